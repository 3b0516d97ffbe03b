<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Acceptance</source>
        <translation>装修验收</translation>
    </message>
    <message>
        <source>Passed: the owner's deposit is refunded now (&amp;P)</source>
        <translation>验收合格：立即退还业主押金(&amp;P)</translation>
    </message>
    <message>
        <source>What must be put &amp;right</source>
        <translation>整改内容(&amp;R)</translation>
    </message>
    <message>
        <source>New inspection &amp;on</source>
        <translation>复验日期(&amp;O)</translation>
    </message>
    <message>
        <source>Refund &amp;by</source>
        <translation>退款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Transf&amp;er / transaction no.</source>
        <translation>转账流水号/交易流水号(&amp;E)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Frontdesk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}
Your data is safe: nothing half-done was saved. Details are in {log}.</source>
        <translation>出现了意外错误：{error}
数据是安全的：未完成的操作不会被保存。详细信息已记录在 {log}。</translation>
    </message>
</context>
<context>
    <name>ArrearsDialog</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2 个月</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 个月</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 个月</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 个月</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>due</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>{n} rooms owe {amount}; {letters} are due a demand letter.</source>
        <translation>共 {n} 户欠费，合计 {amount}；其中 {letters} 户应发催缴函。</translation>
    </message>
    <message>
        <source>Demand letters</source>
        <translation>催缴函</translation>
    </message>
    <message>
        <source>Payment notices</source>
        <translation>缴费通知单</translation>
    </message>
    <message>
        <source>No room listed is due one.</source>
        <translation>列表中没有需要打印的房屋。</translation>
    </message>
    <message>
        <source>Arrears and reminders</source>
        <translation>欠费催缴</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Owing at least</source>
        <translation>欠费至少(&amp;W)</translation>
    </message>
    <message>
        <source>Only rooms due a demand &amp;letter</source>
        <translation>只看应发催缴函的(&amp;L)</translation>
    </message>
    <message>
        <source>Late fee &amp;to</source>
        <translation>滞纳金计至(&amp;T)</translation>
    </message>
    <message>
        <source>Record a reminder for the selected room</source>
        <translation>为选中的房屋记录催缴</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. will pay next week</source>
        <translation>例如：业主说下周来交</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Print payment &amp;notices…</source>
        <translation>打印缴费通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>Print demand l&amp;etters…</source>
        <translation>打印催缴函(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Collect from this room</source>
        <translation>为此房收费(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Call or visit</source>
        <translation>来电来访</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>应收账单</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Shift close</source>
        <translation>交班日结单</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>催缴记录</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Monthly report made final</source>
        <translation>月度报表定稿</translation>
    </message>
    <message>
        <source>Work-order categories and staff</source>
        <translation>工单设置（类别、部门、人员）</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Pass or slip</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Rules of passes and permits</source>
        <translation>证件规则</translation>
    </message>
    <message>
        <source>Key set</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Key paper</source>
        <translation>钥匙单据</translation>
    </message>
    <message>
        <source>Key count at handover</source>
        <translation>交接班钥匙盘点</translation>
    </message>
    <message>
        <source>Key cabinet rules</source>
        <translation>钥匙柜设置</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住办理</translation>
    </message>
    <message>
        <source>Move-in rules</source>
        <translation>入住办理规则</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Search record, summary or operator…</source>
        <translation>搜索记录、摘要或操作员…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部操作员</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>audit-log-{date}.xlsx</source>
        <translation>审计日志-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} entries were written to {path}.</source>
        <translation>已将 {n} 条记录写入 {path}。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>须改密码</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>property</source>
        <translation>物业名称</translation>
    </message>
    <message>
        <source>management company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>demo property</source>
        <translation>演示物业</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{n} items: {first} …</source>
        <translation>共 {n} 项：{first} …</translation>
    </message>
    <message>
        <source>held for the paper</source>
        <translation>所属证件</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>parts paid</source>
        <translation>部分支付</translation>
    </message>
    <message>
        <source>late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>late fee waived</source>
        <translation>减免滞纳金</translation>
    </message>
    <message>
        <source>reason for the waiver</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>months paid ahead</source>
        <translation>预收月数</translation>
    </message>
    <message>
        <source>fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>reverses</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>退款凭证</translation>
    </message>
    <message>
        <source>net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>rooms that kept their bills</source>
        <translation>保留账单的房屋</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>初始读数</translation>
    </message>
    <message>
        <source>what for</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>owed then</source>
        <translation>当时欠费</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>advanced by the float</source>
        <translation>备用金垫付</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>parking space</source>
        <translation>车位号</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>structural change</source>
        <translation>改动结构</translation>
    </message>
    <message>
        <source>approval due</source>
        <translation>审批时限</translation>
    </message>
    <message>
        <source>water-retention test</source>
        <translation>闭水试验</translation>
    </message>
    <message>
        <source>pressure test</source>
        <translation>打压试验</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>owner signed</source>
        <translation>业主签字</translation>
    </message>
    <message>
        <source>engineering supervisor</source>
        <translation>工程主管</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>contractor's deposit refundable from</source>
        <translation>施工方押金可退日期</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>renovation permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>welding certificate</source>
        <translation>电气焊操作证</translation>
    </message>
    <message>
        <source>items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>fees owed</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>end-of-work check</source>
        <translation>完工检查</translation>
    </message>
    <message>
        <source>new inspection on</source>
        <translation>复验日期</translation>
    </message>
    <message>
        <source>to put right</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>房屋数</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>content</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>转工单</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>move-in state</source>
        <translation>入住办理状态</translation>
    </message>
    <message>
        <source>move-in step</source>
        <translation>入住办理步骤</translation>
    </message>
    <message>
        <source>who comes</source>
        <translation>办理人身份</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>受托人/经办人</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>documents checked</source>
        <translation>已查验资料</translation>
    </message>
    <message>
        <source>forms signed</source>
        <translation>已签署表格</translation>
    </message>
    <message>
        <source>items handed over</source>
        <translation>已移交资料</translation>
    </message>
    <message>
        <source>inspected by</source>
        <translation>验房人</translation>
    </message>
    <message>
        <source>water meter</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>electricity meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>gas meter</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <source>rectification orders</source>
        <translation>整改工单</translation>
    </message>
    <message>
        <source>keys handed over</source>
        <translation>移交钥匙数</translation>
    </message>
    <message>
        <source>key kept</source>
        <translation>留存钥匙</translation>
    </message>
    <message>
        <source>move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>power meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>small registration</source>
        <translation>小型登记</translation>
    </message>
    <message>
        <source>weekend batch</source>
        <translation>周末批次</translation>
    </message>
    <message>
        <source>agreement date</source>
        <translation>托管协议日期</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <source>use over the limits</source>
        <translation>用量超限</translation>
    </message>
    <message>
        <source>custody ended</source>
        <translation>托管结束日期</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>work order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>lock after idle (minutes)</source>
        <translation>闲置锁屏（分钟）</translation>
    </message>
    <message>
        <source>backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <source>custody: water per reading (m³)</source>
        <translation>托管：每次抄表用水上限（m³）</translation>
    </message>
    <message>
        <source>custody: electricity per reading (kWh)</source>
        <translation>托管：每次抄表用电上限（kWh）</translation>
    </message>
    <message>
        <source>late fee charged</source>
        <translation>收取滞纳金</translation>
    </message>
    <message>
        <source>late fee counted</source>
        <translation>滞纳金计算方式</translation>
    </message>
    <message>
        <source>late fee rate (%)</source>
        <translation>滞纳金比例（%）</translation>
    </message>
    <message>
        <source>grace days after the billed month</source>
        <translation>账期后宽限天数</translation>
    </message>
    <message>
        <source>cash above the amount due, at most</source>
        <translation>现金最多超出应收</translation>
    </message>
    <message>
        <source>part payment of a bill allowed</source>
        <translation>允许部分缴费</translation>
    </message>
    <message>
        <source>office hours end</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>receipt paper</source>
        <translation>收据纸张</translation>
    </message>
    <message>
        <source>follow-up: hours between two unanswered calls</source>
        <translation>回访：两次未接通间隔（小时）</translation>
    </message>
    <message>
        <source>payment code (what it says)</source>
        <translation>收款码（二维码内容）</translation>
    </message>
    <message>
        <source>payment code picture</source>
        <translation>收款码图片</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>holidays entered for the year</source>
        <translation>已录入全年节假日</translation>
    </message>
    <message>
        <source>years from the program's calendar</source>
        <translation>取自程序日历的年份</translation>
    </message>
    <message>
        <source>holidays and working weekends</source>
        <translation>节假日及调休日</translation>
    </message>
    <message>
        <source>type of order</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>reply by</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>caused by repair</source>
        <translation>关联维修单</translation>
    </message>
    <message>
        <source>a copy (副本)</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>main category</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>working days to complete</source>
        <translation>完成时限（工作日）</translation>
    </message>
    <message>
        <source>follow-up rule</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>working days to the follow-up call</source>
        <translation>回访时限（工作日）</translation>
    </message>
    <message>
        <source>repair warranty until</source>
        <translation>房屋保修期至</translation>
    </message>
    <message>
        <source>owner's renovation deposit</source>
        <translation>装修押金（业主）</translation>
    </message>
    <message>
        <source>owner's deposit with a structural change</source>
        <translation>改动结构的业主押金</translation>
    </message>
    <message>
        <source>contractor's deposit</source>
        <translation>装修押金（施工方）</translation>
    </message>
    <message>
        <source>construction-waste fee</source>
        <translation>装修垃圾清运费</translation>
    </message>
    <message>
        <source>working days to approve</source>
        <translation>审批时限（工作日）</translation>
    </message>
    <message>
        <source>months before the contractor's refund</source>
        <translation>施工方押金退还（验收后月数）</translation>
    </message>
    <message>
        <source>worker pass deposit</source>
        <translation>出入证押金</translation>
    </message>
    <message>
        <source>worker pass card fee</source>
        <translation>出入证工本费</translation>
    </message>
    <message>
        <source>worker pass: months at most</source>
        <translation>出入证最长月数</translation>
    </message>
    <message>
        <source>temporary pass: days</source>
        <translation>临时出入证天数</translation>
    </message>
    <message>
        <source>temporary pass: paper</source>
        <translation>临时出入证：纸型</translation>
    </message>
    <message>
        <source>hot work: hours at most</source>
        <translation>动火最长小时数</translation>
    </message>
    <message>
        <source>permitted working hours</source>
        <translation>施工时间</translation>
    </message>
    <message>
        <source>no noisy work</source>
        <translation>禁止噪音施工</translation>
    </message>
    <message>
        <source>works checklist</source>
        <translation>装修项目清单</translation>
    </message>
    <message>
        <source>places of public keys</source>
        <translation>公共钥匙部位</translation>
    </message>
    <message>
        <source>cabinet panels</source>
        <translation>钥匙柜挂板</translation>
    </message>
    <message>
        <source>loan period (hours)</source>
        <translation>借用时限（小时）</translation>
    </message>
    <message>
        <source>kind of key</source>
        <translation>钥匙类别</translation>
    </message>
    <message>
        <source>where the key is</source>
        <translation>钥匙状态</translation>
    </message>
    <message>
        <source>hook</source>
        <translation>挂钩位置</translation>
    </message>
    <message>
        <source>keys counted</source>
        <translation>清点把数</translation>
    </message>
    <message>
        <source>person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>may collect</source>
        <translation>可领取人</translation>
    </message>
    <message>
        <source>emergency entry allowed</source>
        <translation>允许紧急入户</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>expected back</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>keys missing</source>
        <translation>缺少把数</translation>
    </message>
    <message>
        <source>incoming receptionist</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>expected in the cabinet</source>
        <translation>应在柜</translation>
    </message>
    <message>
        <source>found</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>first month's property fee</source>
        <translation>首月物业费</translation>
    </message>
    <message>
        <source>property fee item</source>
        <translation>物业费收费项目</translation>
    </message>
    <message>
        <source>maintenance fund item</source>
        <translation>维修基金收费项目</translation>
    </message>
    <message>
        <source>rectification department</source>
        <translation>整改派单部门</translation>
    </message>
    <message>
        <source>required steps</source>
        <translation>必办步骤</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <source>reset by a supervisor</source>
        <translation>已由主管重置</translation>
    </message>
    <message>
        <source>changed by its owner</source>
        <translation>已由本人修改</translation>
    </message>
    <message>
        <source>Property and preferences</source>
        <translation>物业信息与偏好设置</translation>
    </message>
    <message>
        <source>Demo property</source>
        <translation>演示物业</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>转单</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Complaint found invalid</source>
        <translation>投诉不成立</translation>
    </message>
    <message>
        <source>Category {name}</source>
        <translation>类别 {name}</translation>
    </message>
    <message>
        <source>Department {name}</source>
        <translation>部门 {name}</translation>
    </message>
    <message>
        <source>Worker {name}</source>
        <translation>维修人员 {name}</translation>
    </message>
    <message>
        <source>Default categories and departments</source>
        <translation>默认类别与部门</translation>
    </message>
    <message>
        <source>Rules of passes and permits</source>
        <translation>证件规则</translation>
    </message>
    <message>
        <source>Key cabinet rules</source>
        <translation>钥匙柜设置</translation>
    </message>
    <message>
        <source>Move-in rules</source>
        <translation>入住办理规则</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>关闭时备份</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前备份</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>one per room position, e.g. 89.5, 120.25</source>
        <translation>按每层户型位置依次填写，例如 89.5, 120.25</translation>
    </message>
    <message>
        <source>{n} rooms will be created (the first 200 are shown):</source>
        <translation>将创建 {n} 间房屋（显示前 200 间）：</translation>
    </message>
    <message>
        <source>New building from a pattern</source>
        <translation>批量建房</translation>
    </message>
    <message>
        <source>&amp;Building number *</source>
        <translation>楼栋号(&amp;B) *</translation>
    </message>
    <message>
        <source>Building &amp;name</source>
        <translation>楼栋名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Entrances</source>
        <translation>单元数(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Floors</source>
        <translation>层数(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rooms per floor</source>
        <translation>每层户数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Areas by position (m²) *</source>
        <translation>各户型面积（㎡）(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>用途(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The public holidays of {year} are not entered yet: once the State Council's notice is out, enter each day off and each adjusted working day under Settings → Holiday calendar and mark the year complete. Until then, work-order deadlines in {year} are counted Monday to Friday and marked “guessed”.</source>
        <translation>{year}年的法定节假日尚未录入：国务院办公厅通知发布后，请在 设置 → 节假日日历 中逐日录入放假和调休上班日，并点“该年已录入完整”。在此之前，{year}年的工单时限按周一至周五计算，标为“估算”。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>a public holiday (day off)</source>
        <translation>法定节假日（放假）</translation>
    </message>
    <message>
        <source>an adjusted working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>working day (调休)</source>
        <translation>上班（调休）</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Holidays of {year} are known.</source>
        <translation>{year} 年节假日数据齐全。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No holiday data for {year}.&lt;/b&gt; Deadlines count Monday to Friday until a supervisor enters the year's holidays and marks it complete.</source>
        <translation>&lt;b&gt;{year} 年尚无节假日数据。&lt;/b&gt;在主管录入该年节假日并标记完成之前，期限按周一至周五计算。</translation>
    </message>
    <message>
        <source>Have all holidays and adjusted working days of {year} been entered?</source>
        <translation>{year} 年的节假日和调休上班日是否已全部录入？</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Mark a day (supervisor)</source>
        <translation>设置某一天（主管）</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;This day is</source>
        <translation>该日为(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Year is &amp;complete</source>
        <translation>该年已录入完整(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save day</source>
        <translation>保存该日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>room code or resident (optional)</source>
        <translation>房号或住户（可不填）</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>来电来访登记</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房屋(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>来电/来访人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;What was asked *</source>
        <translation>事由(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Answer given</source>
        <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
        <source>Reply &amp;promised by</source>
        <translation>约定答复时间(&amp;E)</translation>
    </message>
    <message>
        <source>An expert must answer: promise a reply time</source>
        <translation>需专业人员答复：约定答复时间</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Main category</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>完成时限（工作日）</translation>
    </message>
    <message>
        <source>Follow-up rule</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Follow-up days</source>
        <translation>回访时限（工作日）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Work-order categories</source>
        <translation>工单类别</translation>
    </message>
    <message>
        <source>The categories offered when an order is registered, and how long each may take. An urgent order always has 24 hours. Orders already registered keep their deadlines.</source>
        <translation>登记工单时可选的类别及各类别的完成时限。紧急工单一律 24 小时内完成。修改只影响以后登记的工单，已登记工单的时限不变。</translation>
    </message>
    <message>
        <source>&amp;Main category *</source>
        <translation>大类(&amp;M) *</translation>
    </message>
    <message>
        <source>Categor&amp;y *</source>
        <translation>小类(&amp;Y) *</translation>
    </message>
    <message>
        <source>Complete &amp;within (working days) *</source>
        <translation>完成时限（工作日）(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Follow-up rule *</source>
        <translation>回访规则(&amp;F) *</translation>
    </message>
    <message>
        <source>Follow up wit&amp;hin (working days)</source>
        <translation>回访时限（工作日）(&amp;H)</translation>
    </message>
    <message>
        <source>as the rule says</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Stop or &amp;resume use</source>
        <translation>停用/启用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing on the command line: {what}.</source>
        <translation>命令行缺少：{what}。</translation>
    </message>
    <message>
        <source>{arg} cannot be {value}; choose one of {choices}.</source>
        <translation>{arg} 不能是 {value}，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>{arg} needs a value after it.</source>
        <translation>{arg} 后面需要一个值。</translation>
    </message>
    <message>
        <source>{arg} needs a date as YYYY-MM-DD, not {value}.</source>
        <translation>{arg} 需要 YYYY-MM-DD 格式的日期，而不是 {value}。</translation>
    </message>
    <message>
        <source>{arg} cannot be {value}.</source>
        <translation>{arg} 不能是 {value}。</translation>
    </message>
    <message>
        <source>Not understood: {what}.</source>
        <translation>无法识别：{what}。</translation>
    </message>
    <message>
        <source>The command line is not right: {detail}</source>
        <translation>命令行有误：{detail}</translation>
    </message>
    <message>
        <source>Run “frontdesk --help” to see the commands.</source>
        <translation>运行“frontdesk --help”查看可用的命令。</translation>
    </message>
    <message>
        <source>make the month final (定稿, a supervisor): later reports of it are this file, later corrections are listed on the next month's 异常</source>
        <translation>将该月报表定稿（主管）：此后该月报表即为此文件，之后的更正列在下月的异常表</translation>
    </message>
    <message>
        <source>with --final: the supervisor; the password is asked (or read from the first line of standard input)</source>
        <translation>与 --final 同用：定稿的主管；密码会询问（或从标准输入第一行读取）</translation>
    </message>
    <message>
        <source>who is acting; the password is asked (or read from the first line of standard input)</source>
        <translation>操作员用户名；随后询问其密码（或从标准输入的第一行读取）</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>import a workbook</source>
        <translation>导入 Excel 工作簿</translation>
    </message>
    <message>
        <source>export a register to Excel</source>
        <translation>导出登记簿到 Excel</translation>
    </message>
    <message>
        <source>print a document to PDF (marked as a copy)</source>
        <translation>把单据输出为 PDF（标明“副本”）</translation>
    </message>
    <message>
        <source>write a report workbook</source>
        <translation>生成报表工作簿</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The monthly report of {month} was written to {path}.</source>
        <translation>{month} 的月度报表已写入 {path}。</translation>
    </message>
    <message>
        <source>The monthly report of {month} was made final (定稿) and written to {path}.</source>
        <translation>{month} 的月度报表已定稿，并写入 {path}。</translation>
    </message>
    <message>
        <source>the monthly report to management (every task's figures of a month)</source>
        <translation>给管理层的月度报表（各项业务一个月的数字）</translation>
    </message>
    <message>
        <source>Frontdesk — the front desk of a residential property.</source>
        <translation>Frontdesk —— 住宅物业客服前台系统。</translation>
    </message>
    <message>
        <source>The store is chosen by --db URL, else the FRONTDESK_DB environment variable, else the SQLite file
in the user data folder. Examples:
  frontdesk                                start the application
  frontdesk demo                           fill an empty store with the demo property
  frontdesk --db postgresql://user:pw@host/frontdesk      use a PostgreSQL server
  frontdesk backup --to /media/usb         write a backup and print its path
  frontdesk restore FILE.fdbak             put a backup in place of the store (the current one is kept)
  frontdesk check                          full integrity check
  frontdesk generate --rooms 10000 --years 10   build a large synthetic property (benchmarks)</source>
        <translation>数据库的选择顺序：--db 指定的地址，其次是环境变量 FRONTDESK_DB，否则使用用户数据文件夹中的
SQLite 文件。示例：
  frontdesk                                启动程序
  frontdesk demo                           向空数据库写入演示物业
  frontdesk --db postgresql://user:pw@host/frontdesk      使用 PostgreSQL 服务器
  frontdesk backup --to /media/usb         写入一份备份并显示其路径
  frontdesk restore FILE.fdbak             用备份替换当前数据库（当前数据库会保留）
  frontdesk check                          完整性检查
  frontdesk generate --rooms 10000 --years 10   生成大型测试物业（性能测试用）</translation>
    </message>
    <message>
        <source>database URL or SQLite file (default: FRONTDESK_DB or the user data folder)</source>
        <translation>数据库地址或 SQLite 文件（默认：FRONTDESK_DB 或用户数据文件夹）</translation>
    </message>
    <message>
        <source>start the application (the default)</source>
        <translation>启动程序（默认）</translation>
    </message>
    <message>
        <source>fill an empty store with a small demo property and its demo operators</source>
        <translation>向空数据库写入小型演示物业及演示操作员</translation>
    </message>
    <message>
        <source>build a large synthetic property (for benchmarks)</source>
        <translation>生成大型测试物业（性能测试用）</translation>
    </message>
    <message>
        <source>number of rooms</source>
        <translation>房屋数量</translation>
    </message>
    <message>
        <source>years of history</source>
        <translation>历史年数</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>write a backup of the store and print its path</source>
        <translation>写入数据库备份并显示其路径</translation>
    </message>
    <message>
        <source>folder to write to (default: the backups folder)</source>
        <translation>写入的文件夹（默认：备份文件夹）</translation>
    </message>
    <message>
        <source>put a backup in place of the store (the current store is kept)</source>
        <translation>用备份替换当前数据库（当前数据库会保留）</translation>
    </message>
    <message>
        <source>the backup file (.fdbak)</source>
        <translation>备份文件（.fdbak）</translation>
    </message>
    <message>
        <source>check the store's integrity and schema</source>
        <translation>检查数据库的完整性和结构版本</translation>
    </message>
    <message>
        <source>check that this installed program can do its whole job (on a throw-away store; your data is not opened)</source>
        <translation>自检：在临时数据上检查本程序能否完成全部工作（不会打开您的数据）</translation>
    </message>
    <message>
        <source>keep the files it writes in DIR</source>
        <translation>把自检写出的文件保留在 DIR 文件夹</translation>
    </message>
    <message>
        <source>The store {where} breaks the desk's rules in {n} places (listed above). Make a backup and call support before going on.</source>
        <translation>数据 {where} 有 {n} 处不符合前台规则（见上方列表）。请先备份并联系技术支持，再继续使用。</translation>
    </message>
    <message>
        <source>write an empty template workbook</source>
        <translation>生成空白模板工作簿</translation>
    </message>
    <message>
        <source>print the rooms and people the search box finds</source>
        <translation>显示搜索框会找到的房屋和人员</translation>
    </message>
    <message>
        <source>The demo property {name} is already in {where}; nothing was changed.</source>
        <translation>演示物业 {name} 已在 {where} 中，未做任何改动。</translation>
    </message>
    <message>
        <source>Demo property {name} loaded into {where}: {rooms} rooms, {people} people.</source>
        <translation>演示物业 {name} 已写入 {where}：{rooms} 间房屋，{people} 位人员。</translation>
    </message>
    <message>
        <source>Demo operators (user name / password):</source>
        <translation>演示操作员（用户名 / 密码）：</translation>
    </message>
    <message>
        <source>Generated {rooms} rooms, {people} people, {operators} operators, {custody} custody rooms, {calls} calls and visits and {audit} audit entries in {seconds} s.</source>
        <translation>已生成 {rooms} 间房屋、{people} 位人员、{operators} 名操作员、{custody} 间托管房屋、{calls} 条来电来访和 {audit} 条审计记录，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Fee history: {bills} bills, {receipts} receipts, {shift_closes} shift closes, {deposits} deposits and {reminders} reminders.</source>
        <translation>收费历史：{bills} 笔应收、{receipts} 张收据、{shift_closes} 次交班、{deposits} 笔押金和 {reminders} 条催缴记录。</translation>
    </message>
    <message>
        <source>Work orders: {work_orders}.</source>
        <translation>工单：{work_orders} 张。</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>已恢复 {file}。</translation>
    </message>
    <message>
        <source>The previous data was kept as {kept}.</source>
        <translation>原有数据已保留为 {kept}。</translation>
    </message>
    <message>
        <source>The store is sound but its schema is {rev}; it will be upgraded to {head} at the next start.</source>
        <translation>数据库完好，但结构版本为 {rev}；下次启动时将升级到 {head}。</translation>
    </message>
    <message>
        <source>The store {where} is sound (integrity check passed, schema {rev}).</source>
        <translation>数据库 {where} 完好（完整性检查通过，结构版本 {rev}）。</translation>
    </message>
    <message>
        <source>the roster workbook (.xlsx)</source>
        <translation>业主花名册工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>import nothing if any row is bad</source>
        <translation>只要有一行不合格就什么都不导入</translation>
    </message>
    <message>
        <source>write the rejected rows with their reasons here</source>
        <translation>把不合格的行及原因写到这个文件</translation>
    </message>
    <message>
        <source>import the owners' roster</source>
        <translation>导入业主花名册</translation>
    </message>
    <message>
        <source>write the owners' roster template</source>
        <translation>生成业主花名册模板</translation>
    </message>
    <message>
        <source>row {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 行</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons were written to {path}.</source>
        <translation>不合格的行及原因已写入 {path}。</translation>
    </message>
    <message>
        <source>{good} rows went in ({rooms} new rooms, {people} new people, {same} already present); {bad} rows were rejected.</source>
        <translation>已导入 {good} 行（新增 {rooms} 间房屋，{people} 位人员，{same} 行已存在）；{bad} 行不合格。</translation>
    </message>
    <message>
        <source>Nothing was imported: {bad} of {rows} rows were rejected.</source>
        <translation>未导入任何数据：{rows} 行中有 {bad} 行不合格。</translation>
    </message>
    <message>
        <source>the receipt number, e.g. SJ2026-000123</source>
        <translation>收据编号，例如 SJ2026-000123</translation>
    </message>
    <message>
        <source>the receipt register (voided receipts included)</source>
        <translation>收据登记簿（含作废收据）</translation>
    </message>
    <message>
        <source>a receipt's PDF, marked as a copy</source>
        <translation>收据 PDF，标明“副本”</translation>
    </message>
    <message>
        <source>{n} receipts were written to {path}.</source>
        <translation>已将 {n} 张收据写入 {path}。</translation>
    </message>
    <message>
        <source>the work-order number, e.g. GD2026-000123</source>
        <translation>工单编号，例如 GD2026-000123</translation>
    </message>
    <message>
        <source>the work-order register</source>
        <translation>工单登记簿</translation>
    </message>
    <message>
        <source>a work-order slip's PDF</source>
        <translation>维修工作单 PDF</translation>
    </message>
    <message>
        <source>{n} work orders were written to {path}.</source>
        <translation>已将 {n} 张工单写入 {path}。</translation>
    </message>
    <message>
        <source>Passes: {renovations} renovations and {passes} passes and permits.</source>
        <translation>证件：{renovations} 户装修，{passes} 张出入证和许可证。</translation>
    </message>
    <message>
        <source>the register of passes and permits (a sheet per type of paper)</source>
        <translation>证件登记簿（每类证件一个工作表）</translation>
    </message>
    <message>
        <source>{n} papers were written to {path}.</source>
        <translation>已将 {n} 份证件写入 {path}。</translation>
    </message>
    <message>
        <source>a pass's or permit's PDF (装修许可证, 施工证, 临时证, 动火证, 放行条)</source>
        <translation>证件的 PDF（装修许可证、施工证、临时证、动火证、放行条）</translation>
    </message>
    <message>
        <source>the paper's number, e.g. ZX2026-000012 or FX2026-000034</source>
        <translation>证件编号，如 ZX2026-000012 或 FX2026-000034</translation>
    </message>
    <message>
        <source>a key paper's PDF (钥匙收条, 钥匙借用单, 交接班钥匙盘点表)</source>
        <translation>钥匙单据的 PDF（钥匙收条、钥匙借用单、交接班钥匙盘点表）</translation>
    </message>
    <message>
        <source>the paper's number, e.g. YS2026-000012, JY2026-000034 or PD2026-000005</source>
        <translation>单据编号，例如 YS2026-000012、JY2026-000034 或 PD2026-000005</translation>
    </message>
    <message>
        <source>Key cabinet: {key_sets} key sets, {key_moves} movements, {key_counts} handover counts, {keys_out} keys out now.</source>
        <translation>钥匙柜：{key_sets} 套钥匙，{key_moves} 条进出记录，{key_counts} 次交接班盘点，当前借出 {keys_out} 套。</translation>
    </message>
    <message>
        <source>the key register: every key set with where it is, and the movements in the days</source>
        <translation>钥匙登记簿：每套钥匙及其所在，以及期间的钥匙流水</translation>
    </message>
    <message>
        <source>{n} key sets were written to {path}.</source>
        <translation>已将 {n} 套钥匙写入 {path}。</translation>
    </message>
    <message>
        <source>a move-in confirmation's PDF (入住确认单)</source>
        <translation>入住确认单的 PDF</translation>
    </message>
    <message>
        <source>the move-in's number, e.g. RZ2026-000003</source>
        <translation>入住办理编号，例如 RZ2026-000003</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Void approved by, at</source>
        <translation>作废批准人及时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议日期</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最近巡查</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Water used (m³)</source>
        <translation>用水（吨）</translation>
    </message>
    <message>
        <source>Electricity used (kWh)</source>
        <translation>用电（度）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>押存天数</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证编号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owed (yuan)</source>
        <translation>欠费（元）</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation>最早欠费</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>账龄（天）</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>最近催缴</translation>
    </message>
    <message>
        <source>Demand letter</source>
        <translation>催缴函</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Owed then</source>
        <translation>当时欠费</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Key receipt</source>
        <translation>钥匙收条</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Place (public key)</source>
        <translation>位置（公共钥匙）</translation>
    </message>
    <message>
        <source>Keys in the set</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Lent since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Paper no.</source>
        <translation>单据编号</translation>
    </message>
    <message>
        <source>Kind of person</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Keys counted</source>
        <translation>清点数量</translation>
    </message>
    <message>
        <source>Keys missing</source>
        <translation>缺少数量</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Why not signed</source>
        <translation>未签名原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电/来访人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复/处理</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit held</source>
        <translation>押金在押</translation>
    </message>
    <message>
        <source>Deposit refunded</source>
        <translation>押金已退</translation>
    </message>
    <message>
        <source>Deposit forfeited</source>
        <translation>押金扣除</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>End</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Quantity × price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用房屋</translation>
    </message>
    <message>
        <source>Custody rate</source>
        <translation>托管费率</translation>
    </message>
    <message>
        <source>Current price</source>
        <translation>现行单价</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Billed every</source>
        <translation>计费周期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Type of order</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>房屋/位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Hours paused</source>
        <translation>暂停小时</translation>
    </message>
    <message>
        <source>Replied on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Complaint finding</source>
        <translation>投诉结论</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>Deadlines on a guessed calendar</source>
        <translation>时限按估算日历</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已收费（元）</translation>
    </message>
    <message>
        <source>Repair that caused it</source>
        <translation>关联维修单</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>红冲</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>At least {n} characters, letters and digits</source>
        <translation>至少 {n} 位，含字母和数字</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete the order</source>
        <translation>完成工单</translation>
    </message>
    <message>
        <source>&amp;Result *</source>
        <translation>处理结果(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <source>one per line: name quantity unit price, e.g. 三通 2 12.50</source>
        <translation>每行一项：名称 数量 单价，如 三通 2 12.50</translation>
    </message>
    <message>
        <source>&amp;Labour (yuan)</source>
        <translation>人工费（元）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>工时(&amp;H)</translation>
    </message>
    <message>
        <source>The resident &amp;signed the slip</source>
        <translation>住户已在工作单上签字(&amp;S)</translation>
    </message>
    <message>
        <source>The resident pays</source>
        <translation>住户应付</translation>
    </message>
    <message>
        <source>How it was &amp;handled *</source>
        <translation>处理情况(&amp;H) *</translation>
    </message>
    <message>
        <source>— ({problem})</source>
        <translation>—（{problem}）</translation>
    </message>
    <message>
        <source>Paid {total} (materials {materials} + labour {labour}), collected at the fees tab</source>
        <translation>有偿 {total}（材料 {materials} + 人工 {labour}），在收费页缴纳</translation>
    </message>
    <message>
        <source>Free: inside the warranty (until {day})</source>
        <translation>保修期内免费（保修至 {day}）</translation>
    </message>
    <message>
        <source>Free: not a repair inside a home</source>
        <translation>免费（非户内维修）</translation>
    </message>
    <message>
        <source>Free: no materials or labour charged</source>
        <translation>免费（未计材料与人工费）</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Put {room} into custody</source>
        <translation>{room} 办理托管</translation>
    </message>
    <message>
        <source>Date of the custody agreement and the meter readings at the start.</source>
        <translation>填写托管协议日期和托管开始时的水电表读数。</translation>
    </message>
    <message>
        <source>Agreement &amp;date</source>
        <translation>协议日期(&amp;D)</translation>
    </message>
    <message>
        <source>End the custody of {room}</source>
        <translation>结束 {room} 的托管</translation>
    </message>
    <message>
        <source>The date the owner takes the room back and the meter readings then.</source>
        <translation>填写业主收回房屋的日期和当时的水电表读数。</translation>
    </message>
    <message>
        <source>Inspection of {room}</source>
        <translation>{room} 巡查登记</translation>
    </message>
    <message>
        <source>Weekly, and before and after heavy rain. Read both meters.</source>
        <translation>每周一次，暴雨前后各一次。请抄录水表和电表。</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Water meter (m³) *</source>
        <translation>水表读数（吨）(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Electricity meter (kWh) *</source>
        <translation>电表读数（度）(&amp;E) *</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>The days to include (both included). Last month is filled in.</source>
        <translation>要包括的日期（含首尾两天）。已填入上个月。</translation>
    </message>
    <message>
        <source>The month to report. Last month is filled in.</source>
        <translation>要做报表的月份，已填上月。</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DepositsDialog</name>
    <message>
        <source>Deposits — {room}</source>
        <translation>押金 — {room}</translation>
    </message>
    <message>
        <source>Deposits held (all rooms)</source>
        <translation>押金台账（在押，全部房屋）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Held: {amount}</source>
        <translation>在押合计：{amount}</translation>
    </message>
    <message>
        <source>{kind} of {amount}: enter what is kept and why; the rest is paid back with a refund voucher.</source>
        <translation>{kind} {amount}：填写扣除金额和原因，其余部分开具退款凭证退还。</translation>
    </message>
    <message>
        <source>Refund the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>The whole deposit, {kind} of {amount}, is paid back with a refund voucher.</source>
        <translation>全额退还押金（{kind} {amount}），开具退款凭证。</translation>
    </message>
    <message>
        <source>Amount &amp;kept (yuan)</source>
        <translation>扣除金额（元）(&amp;K)</translation>
    </message>
    <message>
        <source>Keep part or all of {amount}</source>
        <translation>扣除押金（共 {amount}）</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Show &amp;kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退还(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keep part or all…</source>
        <translation>扣除(&amp;U)…</translation>
    </message>
    <message>
        <source>Take a deposit</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan) *</source>
        <translation>金额（元）(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>收款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference no.</source>
        <translation>交易流水号(&amp;F)</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>交款人(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Take the deposit and print</source>
        <translation>收取押金并打印(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation>部门(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>人员(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>转单</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 共 {pages} 页</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>(company seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Operator list</source>
        <translation>操作员名单</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>As of {date} the desk has {n} operators, {a} of them active.</source>
        <translation>截至 {date}，前台共有操作员 {n} 名，其中在用 {a} 名。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <source>If you can read every line below, Chinese text, digits and the QR code print correctly on this printer.</source>
        <translation>如果下面每一行都清晰可读，说明本打印机可以正确打印中文、数字和二维码。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A PostgreSQL store is backed up on its server (pg_dump); ask the database administrator.</source>
        <translation>PostgreSQL 数据库的备份在服务器上进行（pg_dump），请联系数据库管理员。</translation>
    </message>
    <message>
        <source>Cannot write backups to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a Frontdesk backup. Choose a .fdbak file from the backups folder.</source>
        <translation>{path} 不是 Frontdesk 备份文件。请从备份文件夹中选择 .fdbak 文件。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}).</source>
        <translation>备份文件 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Frontdesk.</source>
        <translation>备份文件 {path} 由较新版本的 Frontdesk 创建。</translation>
    </message>
    <message>
        <source>The restore failed: {reason}</source>
        <translation>恢复失败：{reason}</translation>
    </message>
    <message>
        <source>The data file {path} does not exist.</source>
        <translation>数据文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The data file {path} cannot be read (no permission).</source>
        <translation>无法读取数据文件 {path}（没有权限）。</translation>
    </message>
    <message>
        <source>The data file {path} is locked by another program. Close the other Frontdesk window or program and try again.</source>
        <translation>数据文件 {path} 被其他程序锁定。请关闭其他 Frontdesk 窗口或程序后重试。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged and cannot be opened ({reason}).</source>
        <translation>数据文件 {path} 已损坏，无法打开（{reason}）。</translation>
    </message>
    <message>
        <source>The file {path} is not a Frontdesk data file.</source>
        <translation>文件 {path} 不是 Frontdesk 数据文件。</translation>
    </message>
    <message>
        <source>The data file {path} failed its integrity check ({reason}).</source>
        <translation>数据文件 {path} 未通过完整性检查（{reason}）。</translation>
    </message>
    <message>
        <source>Not a database address: {url}</source>
        <translation>不是有效的数据库地址：{url}</translation>
    </message>
    <message>
        <source>The data file {path} is on a network place ({where}). An SQLite data file on a network share or drive loses data (its locking does not hold there), so it is not opened. Keep the data on this computer's own disk; for several desks sharing data use a PostgreSQL server.</source>
        <translation>数据文件 {path} 位于网络位置（{where}）上。SQLite 数据文件放在网络共享或网络驱动器上会丢失数据（文件锁在那里不可靠），因此不予打开。请把数据放在本机硬盘上；几台电脑共用数据请使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Cannot write in the data folder {path} ({reason}). Ask IT to give this user permission to change that folder, or set the environment variable FRONTDESK_HOME to a folder this user can write, then start Frontdesk again.</source>
        <translation>无法写入数据文件夹 {path}（{reason}）。请电脑管理员给当前用户修改这个文件夹的权限，或者用环境变量 FRONTDESK_HOME 指定一个当前用户可以写入的文件夹，然后重新启动本程序。</translation>
    </message>
    <message>
        <source>The data file {path} is read-only. Ask IT to give this user write access to it and its folder.</source>
        <translation>数据文件 {path} 为只读。请信息部门为当前用户开通该文件及其文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The data file {path} is missing.</source>
        <translation>数据文件 {path} 不见了。</translation>
    </message>
    <message>
        <source>Cannot connect to the database {url}: {reason}</source>
        <translation>无法连接数据库 {url}：{reason}</translation>
    </message>
    <message>
        <source>This store already holds real data ({n} operators). Demo and generated data only go into an empty store: name a new one with --db.</source>
        <translation>该数据库已有真实数据（{n} 名操作员）。演示数据和生成数据只能写入空数据库：请用 --db 指定一个新的数据库。</translation>
    </message>
    <message>
        <source>This data was written by a newer version of Frontdesk (schema {rev}). Please install the newer version.</source>
        <translation>该数据由较新版本的 Frontdesk 写入（结构版本 {rev}），请安装新版本。</translation>
    </message>
    <message>
        <source>The upgrade of the data failed its consistency check; nothing was changed.</source>
        <translation>数据升级未通过一致性检查，未做任何改动。</translation>
    </message>
    <message>
        <source>Not an amount of money: {value}</source>
        <translation>不是有效的金额：{value}</translation>
    </message>
    <message>
        <source>The amount is far too large (at most {max} yuan).</source>
        <translation>金额过大（最多 {max} 元），请检查是否多输了数字。</translation>
    </message>
    <message>
        <source>Please enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places (fen): {value}</source>
        <translation>金额最多两位小数（到分）：{value}</translation>
    </message>
    <message>
        <source>The amount must be from {low} to {high}.</source>
        <translation>金额须在 {low} 至 {high} 之间。</translation>
    </message>
    <message>
        <source>The amount must be above {low} and at most {high}.</source>
        <translation>金额须大于 {low}，且不超过 {high}。</translation>
    </message>
    <message>
        <source>A meter reading is a number from 0 to 99999999.</source>
        <translation>读数应为 0 到 99999999 之间的数字。</translation>
    </message>
    <message>
        <source>A document prefix is 1 to 8 capital letters.</source>
        <translation>单据编号前缀须为 1 至 8 个大写字母。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters, with both letters and digits.</source>
        <translation>密码至少 {n} 位，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 2 至 32 位字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>Please enter the operator's name.</source>
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 32 characters).</source>
        <translation>姓名过长（最多 32 个字）。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this. Ask your supervisor to log in.</source>
        <translation>只有主管可以进行此操作，请主管登录后办理。</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>未知的角色。</translation>
    </message>
    <message>
        <source>The user name {name} is already taken; choose another.</source>
        <translation>用户名 {name} 已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your supervisor.</source>
        <translation>该账号已停用，请联系主管。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>No such operator.</source>
        <translation>没有这个操作员。</translation>
    </message>
    <message>
        <source>At least one active supervisor must remain.</source>
        <translation>必须保留至少一名在用的主管。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>A gate account only checks papers in the gate's window; it cannot print or export.</source>
        <translation>门岗账号只能在门岗窗口核验证件，不能打印或导出。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits and a final digit or X.</source>
        <translation>身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number does not exist.</source>
        <translation>身份证号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is not plausible.</source>
        <translation>身份证号码中的出生日期不合理。</translation>
    </message>
    <message>
        <source>The last character (check digit) of this ID number is wrong; please check the number again.</source>
        <translation>身份证号码最后一位（校验码）不正确，请再核对一遍号码。</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请填写电话号码。</translation>
    </message>
    <message>
        <source>A phone number may contain only digits and dashes.</source>
        <translation>电话号码只能包含数字和短横线。</translation>
    </message>
    <message>
        <source>This is not a valid phone number: use an 11-digit mobile or a landline with its area code, such as 010-12345678.</source>
        <translation>电话号码无效：请填写 11 位手机号，或带区号的固定电话，例如 010-12345678。</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>无法读取文件 {name}。</translation>
    </message>
    <message>
        <source>The picture is {size} MB; a payment code picture may be at most {most} MB. Save a smaller copy (a screenshot of the code will do).</source>
        <translation>图片大小为 {size} MB，收款码图片最大 {most} MB。请另存一份较小的图片（收款码截图即可）。</translation>
    </message>
    <message>
        <source>The file is empty: choose the payment code picture.</source>
        <translation>文件是空的：请选择收款码图片。</translation>
    </message>
    <message>
        <source>The picture has too many pixels to read: save a smaller copy (a screenshot of the code will do).</source>
        <translation>图片像素太多，无法读取：请另存一份较小的图片（收款码截图即可）。</translation>
    </message>
    <message>
        <source>This picture is a {kind} file: load the payment code as a PNG or JPEG picture.</source>
        <translation>该图片是 {kind} 格式：请载入 PNG 或 JPEG 格式的收款码图片。</translation>
    </message>
    <message>
        <source>This file is not a picture that can be opened: load the payment code as a PNG or JPEG picture.</source>
        <translation>该文件不是能打开的图片：请载入 PNG 或 JPEG 格式的收款码图片。</translation>
    </message>
    <message>
        <source>No QR code can be read in this picture: load the payment code (收款码) itself, whole and sharp, as the payment app saves it.</source>
        <translation>图片中识别不出二维码：请载入收款码本身（完整、清晰，即微信或支付宝保存的收款码图片）。</translation>
    </message>
    <message>
        <source>This picture holds {n} different QR codes: load a picture of the payment code alone.</source>
        <translation>图片中有 {n} 个不同的二维码：请载入只有收款码的图片。</translation>
    </message>
    <message>
        <source>The QR code in this picture is not a payment code (it says nothing usable).</source>
        <translation>图片中的二维码不是收款码（内容无法使用）。</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>未知的设置项 {key}。</translation>
    </message>
    <message>
        <source>Please enter a whole number from {lo} to {hi}.</source>
        <translation>请输入 {lo} 至 {hi} 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown choice.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>Please enter a percentage above 0 and at most 5, with at most 4 decimals (e.g. 0.03).</source>
        <translation>请输入大于 0、不超过 5 的百分比，最多 4 位小数（例如 0.03）。</translation>
    </message>
    <message>
        <source>Enter a time of day as HH:MM, e.g. 17:30.</source>
        <translation>请按“时:分”填写时间，例如 17:30。</translation>
    </message>
    <message>
        <source>Please enter a number above {lo} and at most {hi}.</source>
        <translation>请输入大于 {lo} 且不超过 {hi} 的数字。</translation>
    </message>
    <message>
        <source>Too long (at most 100 characters).</source>
        <translation>内容过长（最多 100 个字）。</translation>
    </message>
    <message>
        <source>Please enter the property's name.</source>
        <translation>请填写物业（小区）名称。</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>该数据库已完成初始设置。</translation>
    </message>
    <message>
        <source>Please enter a year from 2000 to 2100.</source>
        <translation>请输入 2000 至 2100 之间的年份。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Please write what the caller asked or reported.</source>
        <translation>请填写来电来访的事由。</translation>
    </message>
    <message>
        <source>The time of the call cannot be in the future.</source>
        <translation>来电时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The promised reply time must be after the call.</source>
        <translation>承诺答复时间须晚于来电时间。</translation>
    </message>
    <message>
        <source>Write what came of the reminder (e.g. will pay next week, nobody answered).</source>
        <translation>请填写催缴结果（例如：答应下周来交、无人接听）。</translation>
    </message>
    <message>
        <source>No such room.</source>
        <translation>没有这间房屋。</translation>
    </message>
    <message>
        <source>No such deposit.</source>
        <translation>没有这笔押金。</translation>
    </message>
    <message>
        <source>This deposit was already refunded, forfeited or voided; it cannot be settled again.</source>
        <translation>这笔押金已经退还、扣除或作废，不能再次处理。</translation>
    </message>
    <message>
        <source>This deposit was just refunded, forfeited or voided at another desk; nothing was changed here.</source>
        <translation>这笔押金刚刚已在另一个前台退还、扣除或作废，本机未做任何更改。</translation>
    </message>
    <message>
        <source>A forfeit needs a reason.</source>
        <translation>扣除押金须填写原因。</translation>
    </message>
    <message>
        <source>The deposit of this receipt is already settled; the receipt cannot be voided.</source>
        <translation>该收据对应的押金已退还或扣除，收据不能作废。</translation>
    </message>
    <message>
        <source>No such call log entry.</source>
        <translation>没有这条来电来访记录。</translation>
    </message>
    <message>
        <source>No such registration.</source>
        <translation>没有这条登记。</translation>
    </message>
    <message>
        <source>This room's custody was just changed at another desk; nothing was changed here. Refresh and look again.</source>
        <translation>该房屋的托管状态刚刚已在另一个前台更改，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>This room is already in custody.</source>
        <translation>该房屋已在托管中。</translation>
    </message>
    <message>
        <source>The agreement date cannot be in the future.</source>
        <translation>托管协议日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This room is not in custody.</source>
        <translation>该房屋不在托管中。</translation>
    </message>
    <message>
        <source>Please enter the item's code and name.</source>
        <translation>请填写收费项目的代码和名称。</translation>
    </message>
    <message>
        <source>Unknown rule.</source>
        <translation>未知的计费规则。</translation>
    </message>
    <message>
        <source>The item code {code} is already used.</source>
        <translation>项目代码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>A price needs the date it is valid from.</source>
        <translation>收费标准须注明生效日期。</translation>
    </message>
    <message>
        <source>No such fee item.</source>
        <translation>没有这个收费项目。</translation>
    </message>
    <message>
        <source>This item already has a price from {day}.</source>
        <translation>该项目已有自 {day} 起生效的收费标准。</translation>
    </message>
    <message>
        <source>Choose a metered item.</source>
        <translation>请选择一个抄表计费的项目。</translation>
    </message>
    <message>
        <source>This item has no price yet.</source>
        <translation>该项目尚未设置收费标准。</translation>
    </message>
    <message>
        <source>No room {code}.</source>
        <translation>没有房屋 {code}。</translation>
    </message>
    <message>
        <source>Room {code} appears twice.</source>
        <translation>房屋 {code} 出现了两次。</translation>
    </message>
    <message>
        <source>Room {code} already has a reading for {month}.</source>
        <translation>房屋 {code} 已有 {month} 的读数。</translation>
    </message>
    <message>
        <source>The reading {reading} is lower than the last one ({last}).</source>
        <translation>读数 {reading} 低于上期读数（{last}）。</translation>
    </message>
    <message>
        <source>The sheet needs the columns 房号 and 本期读数.</source>
        <translation>表格需要有“房号”和“本期读数”两列。</translation>
    </message>
    <message>
        <source>Choose what is being paid.</source>
        <translation>请选择本次缴纳的项目。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>A non-cash payment needs its reference number.</source>
        <translation>非现金收款须填写交易流水号。</translation>
    </message>
    <message>
        <source>Some of these bills do not belong to this room.</source>
        <translation>其中有账单不属于该房屋。</translation>
    </message>
    <message>
        <source>The amount to pay must be above zero.</source>
        <translation>缴费金额必须大于零。</translation>
    </message>
    <message>
        <source>There are no unpaid bills of {month} to cancel.</source>
        <translation>{month} 没有可撤销的未缴账单。</translation>
    </message>
    <message>
        <source>This deposit is held for {paper}: it is refunded or forfeited with that paper on the 证件 tab (the renovation's acceptance, the pass returned or lost).</source>
        <translation>这笔押金属于 {paper}：请在证件页随该证件办理退还或扣除（装修验收、退证或挂失）。</translation>
    </message>
    <message>
        <source>Receipt {number} was just voided, reversed or closed at another desk; nothing was changed here. Refresh and look again.</source>
        <translation>收据 {number} 刚刚已在另一个前台作废、红冲或交班，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>Some of these bills were just paid at another desk. Refresh the list; nothing was charged.</source>
        <translation>其中有账单刚刚已在其他前台收款。请刷新列表；本次未收取任何款项。</translation>
    </message>
    <message>
        <source>A void needs a reason.</source>
        <translation>作废须填写原因。</translation>
    </message>
    <message>
        <source>Bill monthly, quarterly or yearly.</source>
        <translation>请选择按月、按季或按年收费。</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>减免滞纳金必须填写原因。</translation>
    </message>
    <message>
        <source>This property takes whole bills only: the amount must be {total}.</source>
        <translation>本物业不允许部分缴费：金额应为 {total}。</translation>
    </message>
    <message>
        <source>{month} is more than a month ahead of today. Bill {rooms} rooms for {month} anyway?</source>
        <translation>{month} 比本月提前一个多月。确定要为 {rooms} 户开出 {month} 的账单吗？</translation>
    </message>
    <message>
        <source>{month} is before the property's first bills ({first}). Bill {rooms} rooms for {month} anyway?</source>
        <translation>{month} 早于本物业最早的账单（{first}）。确定要为 {rooms} 户开出 {month} 的账单吗？</translation>
    </message>
    <message>
        <source>A cancel needs a reason.</source>
        <translation>撤销须填写原因。</translation>
    </message>
    <message>
        <source>No such receipt.</source>
        <translation>没有这张收据。</translation>
    </message>
    <message>
        <source>Receipt {number} is already void.</source>
        <translation>收据 {number} 已作废。</translation>
    </message>
    <message>
        <source>Receipt {number} belongs to a closed shift: reverse it (红冲) instead of voiding it.</source>
        <translation>收据 {number} 所在班次已交班，不能作废，请改为红冲。</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>红冲须填写原因。</translation>
    </message>
    <message>
        <source>Receipt {number} cannot be reversed.</source>
        <translation>收据 {number} 不能红冲。</translation>
    </message>
    <message>
        <source>Receipt {number} is already reversed.</source>
        <translation>收据 {number} 已红冲。</translation>
    </message>
    <message>
        <source>A deposit is returned by refunding it, not by reversing its receipt.</source>
        <translation>押金应通过退还办理，不能红冲其收据。</translation>
    </message>
    <message>
        <source>Receipt {number} is in an open shift: void it instead.</source>
        <translation>收据 {number} 所在班次尚未交班，请直接作废。</translation>
    </message>
    <message>
        <source>The inspection date must lie between the last reading ({last}) and today.</source>
        <translation>巡查日期应在上次读数日期（{last}）和今天之间。</translation>
    </message>
    <message>
        <source>A meter reading cannot be lower than the last one (water {water}, electricity {power}).</source>
        <translation>表读数不能低于上次读数（水 {water}，电 {power}）。</translation>
    </message>
    <message>
        <source>Custody cannot end before it began.</source>
        <translation>托管结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Write dates as 2024-05-01.</source>
        <translation>日期请写成 2024-05-01 的格式。</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx).</source>
        <translation>{path} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Building, entrance and room number and the floor area are required.</source>
        <translation>楼栋、单元、房号和建筑面积为必填项。</translation>
    </message>
    <message>
        <source>The floor is a whole number.</source>
        <translation>楼层应为整数。</translation>
    </message>
    <message>
        <source>The same room appears again on row {line} with other data.</source>
        <translation>同一房屋已出现在第 {line} 行，但数据不一致。</translation>
    </message>
    <message>
        <source>The same person is listed twice for this room.</source>
        <translation>同一房屋中重复登记了同一人员。</translation>
    </message>
    <message>
        <source>The same room appears again on row {line}.</source>
        <translation>同一房屋已出现在第 {line} 行。</translation>
    </message>
    <message>
        <source>Room {code} already exists with area {area} m² and use {use}.</source>
        <translation>房屋 {code} 已存在，面积为 {area}㎡，用途为{use}，与本行不一致。</translation>
    </message>
    <message>
        <source>The floor area must be a positive number of m², such as 89.50.</source>
        <translation>建筑面积须为大于 0 的平方米数，例如 89.50。</translation>
    </message>
    <message>
        <source>An entrance or room number has 1 to 8 letters or digits.</source>
        <translation>单元号和房号由 1 至 8 个字母或数字组成。</translation>
    </message>
    <message>
        <source>This unified social credit code is not valid (18 characters with a check character).</source>
        <translation>统一社会信用代码无效（应为 18 位，含校验位）。</translation>
    </message>
    <message>
        <source>A document number has 5 to 32 letters or digits.</source>
        <translation>证件号码应为 5 至 32 位字母或数字。</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>请填写姓名或单位名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 64 characters).</source>
        <translation>名称过长（最多 64 个字）。</translation>
    </message>
    <message>
        <source>A plate is a province character, a letter and 5 or 6 letters or digits, such as 浙A12345.</source>
        <translation>车牌号由省份简称、一个字母和 5 至 6 位字母或数字组成，例如 浙A12345。</translation>
    </message>
    <message>
        <source>Enter one area for each room position on a floor.</source>
        <translation>请为每层的每个户型位置填写一个面积。</translation>
    </message>
    <message>
        <source>This call was just turned into a work order at another desk; nothing was changed here.</source>
        <translation>这条来电刚刚已在另一个前台转为工单，本机未做任何更改。</translation>
    </message>
    <message>
        <source>A building number has 1 to 8 letters or digits.</source>
        <translation>楼栋号为 1 至 8 位字母或数字。</translation>
    </message>
    <message>
        <source>The pattern makes no rooms.</source>
        <translation>按此规则不会生成任何房屋。</translation>
    </message>
    <message>
        <source>{n} of these rooms already exist, e.g. {code}. Nothing was created.</source>
        <translation>其中 {n} 间房屋已存在（例如 {code}），未创建任何房屋。</translation>
    </message>
    <message>
        <source>An agent needs the power of attorney (委托书): note its date or number.</source>
        <translation>受托人须持委托书：请记录委托书的日期或编号。</translation>
    </message>
    <message>
        <source>{name} is already registered for this room.</source>
        <translation>{name} 已登记在该房屋。</translation>
    </message>
    <message>
        <source>A company is registered with its unified social credit code.</source>
        <translation>单位业主请登记统一社会信用代码。</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>没有这个人员。</translation>
    </message>
    <message>
        <source>No such current resident.</source>
        <translation>没有这位在住人员。</translation>
    </message>
    <message>
        <source>The move-out date is before the move-in date.</source>
        <translation>迁出日期早于入住日期。</translation>
    </message>
    <message>
        <source>Your shift was just closed, or one of its receipts voided, at another desk; nothing was changed here. Look at the shift again.</source>
        <translation>您的班次刚刚已在另一个前台交班，或其中的收据已被作废，本机未做任何更改。请重新查看本班。</translation>
    </message>
    <message>
        <source>{name}'s drawer should hold {held} in cash; paying back {amount} in cash takes {short} from the drawer's float. Pay it back by transfer instead, or confirm that the float pays it (the close shows the advance, to be made good).</source>
        <translation>{name}的钱箱应有现金 {held}，现金退还 {amount} 需从备用金垫付 {short}。可改用转账退还；或确认由备用金垫付（交班单上会列明垫付金额，待补足备用金）。确认垫付吗？</translation>
    </message>
    <message>
        <source>You counted {counted}; the drawer should hold {expected} (difference {diff}). Count again, or enter the reason for the difference.</source>
        <translation>清点现金 {counted}，应有 {expected}（差额 {diff}）。请重新清点，或填写差额原因。</translation>
    </message>
    <message>
        <source>There is nothing to close: no receipts since your last shift close.</source>
        <translation>没有可交班的内容：自上次交班以来没有开具收据。</translation>
    </message>
    <message>
        <source>There are no one-off items yet. A supervisor adds them under Settings → Fee items and prices (rule: fixed, per m² or a paid service).</source>
        <translation>还没有临时收费项目。请主管在“设置 → 收费标准”中添加（计费方式：固定金额、按面积或有偿服务）。</translation>
    </message>
    <message>
        <source>Choose a one-off item.</source>
        <translation>请选择一个一次性收费项目。</translation>
    </message>
    <message>
        <source>Please enter a month as YYYY-MM, e.g. {example}.</source>
        <translation>请按“年-月”输入月份，例如 {example}。</translation>
    </message>
    <message>
        <source>{month} has not begun yet; a monthly report is made for this month or an earlier one.</source>
        <translation>{month} 尚未开始；月度报表只能做本月或以前的月份。</translation>
    </message>
    <message>
        <source>{month} is before the property's first records ({first}); there is nothing to report.</source>
        <translation>{month} 早于本物业的第一条记录（{first}），没有可报的内容。</translation>
    </message>
    <message>
        <source>The report of {month} was already made final (定稿) by {who} on {at}; it is sent as it was then.</source>
        <translation>{month} 的报表已由{who}于 {at} 定稿，将按定稿时的内容输出。</translation>
    </message>
    <message>
        <source>This month's report was just made final (定稿) at another desk; nothing was kept here.</source>
        <translation>该月报表刚在另一台电脑上定稿，本机未做任何保存。</translation>
    </message>
    <message>
        <source>{month} is not over yet; a month is made final after its last day.</source>
        <translation>{month} 尚未结束；月份结束后才能定稿。</translation>
    </message>
    <message>
        <source>This was just changed at another desk; nothing was changed here. Refresh and look again.</source>
        <translation>该记录刚刚已在另一个前台更改，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>Another desk was changing the same records at the same moment; nothing was changed here. Please try again.</source>
        <translation>另一个前台正在同时修改相同的记录，本机未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>That month was just billed for this room at another desk; nothing was changed here. Refresh and look again.</source>
        <translation>该房屋这个月的账单刚刚已在另一个前台生成，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>This receipt was just reversed at another desk; nothing was changed here.</source>
        <translation>这张收据刚刚已在另一个前台红冲，本机未做任何更改。</translation>
    </message>
    <message>
        <source>This reading was just entered at another desk; nothing was changed here.</source>
        <translation>该读数刚刚已在另一个前台录入，本机未做任何更改。</translation>
    </message>
    <message>
        <source>These bills were just paid or voided at another desk; nothing was changed here. Refresh and look again.</source>
        <translation>这些账单刚刚已在另一个前台收款或作废，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}).</source>
        <translation>开始日期（{first}）晚于结束日期（{last}），请检查日期范围。</translation>
    </message>
    <message>
        <source>Please choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>{path} cannot be used as a file name: {reason}</source>
        <translation>{path} 不能用作文件名：{reason}</translation>
    </message>
    <message>
        <source>The file name is too long; please use a shorter one.</source>
        <translation>文件名太长，请换一个短一些的名字。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name in it.</source>
        <translation>{path} 是一个文件夹，请在其中给出文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder or create it first.</source>
        <translation>文件夹 {folder} 不存在。请选择已有的文件夹，或先新建该文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>无法新建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (no permission). Choose another folder, e.g. your documents.</source>
        <translation>没有权限写入文件夹 {folder}。请选择其他文件夹，例如“文档”。</translation>
    </message>
    <message>
        <source>The file {path} is read-only or open in another program. Close it or choose another name.</source>
        <translation>文件 {path} 是只读的，或正被其他程序打开。请关闭该文件，或换一个文件名。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} ({free} MB free). Free some space or choose another place.</source>
        <translation>{folder} 所在磁盘空间不足（剩余 {free} MB）。请清理空间或换一个位置保存。</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>This work-order number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>该工单编号刚刚已被另一个前台使用，本机未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>Work order {number} was just changed at another desk; nothing was changed here. Look at it again.</source>
        <translation>工单 {number} 刚刚已在另一个前台处理，本机未做任何更改。请刷新后再看。</translation>
    </message>
    <message>
        <source>Work order {number} is {state}: the step {step} is not possible now.</source>
        <translation>工单 {number} 当前为“{state}”，现在不能{step}。</translation>
    </message>
    <message>
        <source>Please enter the main category (e.g. 水电).</source>
        <translation>请填写大类（如 水电）。</translation>
    </message>
    <message>
        <source>Please enter the category's name (e.g. 漏水).</source>
        <translation>请填写小类名称（如 漏水）。</translation>
    </message>
    <message>
        <source>{number} was just changed at another desk; nothing was changed here. Look at it again.</source>
        <translation>{number} 刚刚已在另一个前台被修改，这里没有做任何更改。请重新查看。</translation>
    </message>
    <message>
        <source>Key {tag} was just changed at another desk; nothing was changed here. Look at it again.</source>
        <translation>钥匙 {tag} 刚刚已在另一个前台被改动，这里没有做任何更改。请重新查看。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Let {who} sign on the pad, or write why there is no signature (e.g. 电话授权).</source>
        <translation>请{who}在签名板上签名，或写明未签名的原因（如电话授权）。</translation>
    </message>
    <message>
        <source>The signature is not a picture this program drew; sign again.</source>
        <translation>签名图像无效，请重新签名。</translation>
    </message>
    <message>
        <source>Choose the hook the set hangs on.</source>
        <translation>请选择挂钩位置。</translation>
    </message>
    <message>
        <source>The cabinet has no hook {hook} (panels {panels}).</source>
        <translation>钥匙柜没有挂钩 {hook}（挂板：{panels}）。</translation>
    </message>
    <message>
        <source>Hook {hook} already holds key {tag}; choose a free hook.</source>
        <translation>挂钩 {hook} 已挂钥匙 {tag}，请选择空挂钩。</translation>
    </message>
    <message>
        <source>Write what the key opens (e.g. 3栋水泵房).</source>
        <translation>请写明钥匙所开部位（如 3栋水泵房）。</translation>
    </message>
    <message>
        <source>A set has at least one key.</source>
        <translation>一套钥匙至少一把。</translation>
    </message>
    <message>
        <source>Choose the room whose keys are kept.</source>
        <translation>请选择收存钥匙的房屋。</translation>
    </message>
    <message>
        <source>Choose what kind of room key this is.</source>
        <translation>请选择钥匙类别。</translation>
    </message>
    <message>
        <source>No owner is registered for this room: register the owner first (登记, F3).</source>
        <translation>该房屋尚未登记业主：请先在“登记”页签登记业主（F3）。</translation>
    </message>
    <message>
        <source>Choose the owner who leaves the keys.</source>
        <translation>请选择留存钥匙的业主。</translation>
    </message>
    <message>
        <source>{name} is not an owner of this room ({owners}).</source>
        <translation>{name} 不是本房业主（业主：{owners}）。</translation>
    </message>
    <message>
        <source>No key was kept under receipt {number}; check the number on the owner's 钥匙收条.</source>
        <translation>没有收条号为 {number} 的收存钥匙，请核对业主所持钥匙收条上的编号。</translation>
    </message>
    <message>
        <source>Write who collects the keys.</source>
        <translation>请填写领取人。</translation>
    </message>
    <message>
        <source>Key {tag} is {state}; it can be collected only from the cabinet.</source>
        <translation>钥匙 {tag} 当前为“{state}”，只有在柜钥匙才能领取。</translation>
    </message>
    <message>
        <source>The owner named only {names} to collect these keys.</source>
        <translation>业主只指定了 {names} 领取这套钥匙。</translation>
    </message>
    <message>
        <source>{n} keys were kept, {m} counted: write what is missing or why.</source>
        <translation>收存 {n} 把，清点 {m} 把：请写明缺少的钥匙或原因。</translation>
    </message>
    <message>
        <source>Choose who borrows the keys.</source>
        <translation>请选择借用人类别。</translation>
    </message>
    <message>
        <source>Write the borrower's name.</source>
        <translation>请填写借用人姓名。</translation>
    </message>
    <message>
        <source>Enter the borrower's ID number (a contractor or visitor).</source>
        <translation>请填写借用人身份证号（施工方或其他人员必填）。</translation>
    </message>
    <message>
        <source>Write what the keys are for.</source>
        <translation>请填写借用用途。</translation>
    </message>
    <message>
        <source>Enter when the keys are expected back.</source>
        <translation>请填写预计归还时间。</translation>
    </message>
    <message>
        <source>The keys cannot be due back before they go out ({at}).</source>
        <translation>预计归还时间不能早于借出时间（{at}）。</translation>
    </message>
    <message>
        <source>No such key set.</source>
        <translation>没有这套钥匙。</translation>
    </message>
    <message>
        <source>Key {tag} is {state}; only a key in the cabinet can be lent.</source>
        <translation>钥匙 {tag} 当前为“{state}”，只有在柜钥匙才能借出。</translation>
    </message>
    <message>
        <source>Work order {number} is {state}; keys go out only for open work.</source>
        <translation>工单 {number} 已{state}，只能为未完成的工单借出钥匙。</translation>
    </message>
    <message>
        <source>{name} is not an owner of {room} ({owners}); lend as 其他 with a supervisor's approval.</source>
        <translation>{name} 不是 {room} 的业主（业主：{owners}）；请按“其他”借出，并经主管审批。</translation>
    </message>
    <message>
        <source>A loan to {kind} needs a supervisor's approval: the supervisor types user name and password here.</source>
        <translation>借给{kind}须经主管审批：请主管在此输入用户名和密码。</translation>
    </message>
    <message>
        <source>Not a supervisor's user name and password.</source>
        <translation>不是主管的用户名和密码。</translation>
    </message>
    <message>
        <source>Key {tag} is {state}; only a key lent out can be returned.</source>
        <translation>钥匙 {tag} 当前为“{state}”，只有借出的钥匙才能归还。</translation>
    </message>
    <message>
        <source>{n} keys went out; more cannot come back.</source>
        <translation>借出 {n} 把，归还不能多于借出。</translation>
    </message>
    <message>
        <source>No key came back: if the set is lost, mark it lost (遗失) with what happened.</source>
        <translation>一把钥匙也没有归还：如整套遗失，请办理“遗失”并写明经过。</translation>
    </message>
    <message>
        <source>{n} keys went out, {m} came back: write what is missing and why.</source>
        <translation>借出 {n} 把，归还 {m} 把：请写明缺少的钥匙及原因。</translation>
    </message>
    <message>
        <source>Write the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Key {tag} is {state} already.</source>
        <translation>钥匙 {tag} 已是“{state}”。</translation>
    </message>
    <message>
        <source>Write why each of these keys differs from the ledger: {tags}.</source>
        <translation>请写明以下钥匙与台账不符的原因：{tags}。</translation>
    </message>
    <message>
        <source>The incoming receptionist types user name and password.</source>
        <translation>请接班人输入用户名和密码。</translation>
    </message>
    <message>
        <source>The incoming receptionist is someone else.</source>
        <translation>接班人须是另一位操作员，不能是本人。</translation>
    </message>
    <message>
        <source>Key {tag} is not expected in the cabinet.</source>
        <translation>台账上钥匙 {tag} 不在柜内。</translation>
    </message>
    <message>
        <source>Key {tag} is expected in the cabinet already.</source>
        <translation>台账上钥匙 {tag} 已在柜内。</translation>
    </message>
    <message>
        <source>No key receipt, lend slip or count has the number {number}.</source>
        <translation>没有编号为 {number} 的钥匙收条、借用单或盘点表。</translation>
    </message>
    <message>
        <source>A tenant's goods leave with the owner's confirmation: who confirmed?</source>
        <translation>租户搬出物品须经业主确认：请填写确认人。</translation>
    </message>
    <message>
        <source>Who confirmed the release (the owner, or the bearer in person)?</source>
        <translation>请填写确认人（业主，或本人到场）。</translation>
    </message>
    <message>
        <source>This photo is {mb} MB; a pass photo may be at most 2 MB. Choose a smaller picture.</source>
        <translation>这张照片有 {mb} MB，出入证照片最大 2 MB。请选择小一些的图片。</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture. Choose the photo's image file.</source>
        <translation>这个文件不是 PNG 或 JPEG 图片。请选择照片的图片文件。</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>请选择房屋。</translation>
    </message>
    <message>
        <source>Name the contractor.</source>
        <translation>请填写施工单位。</translation>
    </message>
    <message>
        <source>Name the person in charge.</source>
        <translation>请填写施工负责人。</translation>
    </message>
    <message>
        <source>Enter the planned start.</source>
        <translation>请填写计划开工日期。</translation>
    </message>
    <message>
        <source>The planned start cannot be before today.</source>
        <translation>计划开工日期不能早于今天。</translation>
    </message>
    <message>
        <source>The planned start is more than a year away; apply nearer the time.</source>
        <translation>计划开工在一年以后；请临近时再申请。</translation>
    </message>
    <message>
        <source>Enter the planned end.</source>
        <translation>请填写计划完工日期。</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>完工日期不能早于开工日期。</translation>
    </message>
    <message>
        <source>A renovation permit is for at most 12 months; extend it later if the works take longer.</source>
        <translation>装修许可证最长 12 个月；工期更长时以后再办延期。</translation>
    </message>
    <message>
        <source>A structural change needs the housing authority's approval number.</source>
        <translation>改动结构须填写房屋主管部门的批准文号。</translation>
    </message>
    <message>
        <source>The owner must sign the renovation agreement (装修协议) before applying.</source>
        <translation>业主须先签署装修协议，才能申请。</translation>
    </message>
    <message>
        <source>Tick the planned works, or describe them.</source>
        <translation>请勾选装修项目，或填写其他项目。</translation>
    </message>
    <message>
        <source>This room has no owner registered; register the owner on the registration tab first.</source>
        <translation>这间房屋还没有登记业主；请先在“登记”页登记业主。</translation>
    </message>
    <message>
        <source>This room already has a renovation under way ({number}); finish or void it first.</source>
        <translation>这间房屋已有进行中的装修（{number}）；请先办完或作废。</translation>
    </message>
    <message>
        <source>No such renovation.</source>
        <translation>没有这个装修记录。</translation>
    </message>
    <message>
        <source>Unknown test.</source>
        <translation>未知的试验。</translation>
    </message>
    <message>
        <source>Enter the day of the test (not later than today).</source>
        <translation>请填写试验日期（不晚于今天）。</translation>
    </message>
    <message>
        <source>Name who witnessed the test.</source>
        <translation>请填写见证人。</translation>
    </message>
    <message>
        <source>The tests are recorded before approval; {number} is {state}.</source>
        <translation>试验须在审批前登记；{number} 已{state}。</translation>
    </message>
    <message>
        <source>The water-retention test (闭水试验) has not passed yet.</source>
        <translation>闭水试验尚未合格。</translation>
    </message>
    <message>
        <source>The pressure test (打压试验) has not passed (or been put off while the heating runs).</source>
        <translation>打压试验尚未合格（或未登记供暖期暂缓）。</translation>
    </message>
    <message>
        <source>The owner has not signed that the tests passed.</source>
        <translation>业主尚未签字确认试验合格。</translation>
    </message>
    <message>
        <source>The engineering supervisor has not signed.</source>
        <translation>工程主管尚未签字。</translation>
    </message>
    <message>
        <source>{number} is {state}; there is nothing to pay for it now.</source>
        <translation>{number} 现为“{state}”，现在没有需要缴纳的款项。</translation>
    </message>
    <message>
        <source>Everything for {number} is paid already.</source>
        <translation>{number} 的款项已全部缴清。</translation>
    </message>
    <message>
        <source>A permit is issued after approval; {number} is {state}.</source>
        <translation>审批通过后才能发证；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Not paid yet: {what}. Take the money first (收款), then issue the permit.</source>
        <translation>尚未缴纳：{what}。请先收款，再发放许可证。</translation>
    </message>
    <message>
        <source>Write what was found.</source>
        <translation>请填写巡查情况。</translation>
    </message>
    <message>
        <source>Only a violation is deducted from the deposit.</source>
        <translation>只有违规才从押金中扣款。</translation>
    </message>
    <message>
        <source>Write what was ordered (整改要求).</source>
        <translation>请填写整改要求。</translation>
    </message>
    <message>
        <source>Inspections are recorded during the works; {number} is {state}.</source>
        <translation>巡查在施工期间登记；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Write why the works take longer.</source>
        <translation>请填写延期原因。</translation>
    </message>
    <message>
        <source>The new end must be later than {end}.</source>
        <translation>新的完工日期须晚于 {end}。</translation>
    </message>
    <message>
        <source>A renovation may last at most 24 months from its start.</source>
        <translation>装修自开工起最长 24 个月。</translation>
    </message>
    <message>
        <source>Write why the works stop.</source>
        <translation>请填写停工原因。</translation>
    </message>
    <message>
        <source>{number} is {state}.</source>
        <translation>{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Write what must be put right.</source>
        <translation>请填写需要整改的内容。</translation>
    </message>
    <message>
        <source>Enter the day of the new inspection (after today, within 6 months).</source>
        <translation>请填写复验日期（今天以后，6 个月以内）。</translation>
    </message>
    <message>
        <source>Acceptance follows the works; {number} is {state}.</source>
        <translation>验收在施工之后办理；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>The contractor's deposit is refunded after acceptance; {number} is {state}.</source>
        <translation>施工方押金在验收之后退还；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Only an application or an approval not yet issued is voided; {number} is {state}.</source>
        <translation>只能作废尚未发证的申请或审批；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Refund {what} first (收费 → 押金).</source>
        <translation>请先退还{what}（收费 → 押金）。</translation>
    </message>
    <message>
        <source>There is no renovation {number}.</source>
        <translation>没有装修记录 {number}。</translation>
    </message>
    <message>
        <source>{number} has no permit yet ({state}).</source>
        <translation>{number} 尚未发证（{state}）。</translation>
    </message>
    <message>
        <source>Choose the renovation permit the worker works under.</source>
        <translation>请选择施工人员所属的装修许可证。</translation>
    </message>
    <message>
        <source>Enter the worker's name.</source>
        <translation>请填写施工人员姓名。</translation>
    </message>
    <message>
        <source>A worker pass is issued only under a permit in force (施工中); {number} is {state}.</source>
        <translation>只有施工中的装修才能办理施工人员出入证；{number} 现为“{state}”。</translation>
    </message>
    <message>
        <source>Enter the last day the pass is valid.</source>
        <translation>请填写有效期截止日。</translation>
    </message>
    <message>
        <source>The last day cannot be before today.</source>
        <translation>截止日不能早于今天。</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>没有这个证件。</translation>
    </message>
    <message>
        <source>{number} is {state}; it cannot be returned.</source>
        <translation>{number} 现为“{state}”，不能退证。</translation>
    </message>
    <message>
        <source>Enter the holder's name.</source>
        <translation>请填写持证人姓名。</translation>
    </message>
    <message>
        <source>Write the reason: the room visited or the work done.</source>
        <translation>请填写事由：到访房屋或所办事项。</translation>
    </message>
    <message>
        <source>A temporary pass is valid 1 to {n} days.</source>
        <translation>临时出入证有效期为 1 至 {n} 天。</translation>
    </message>
    <message>
        <source>Enter the welder's name.</source>
        <translation>请填写焊工姓名。</translation>
    </message>
    <message>
        <source>Enter the welding certificate's number (电气焊操作证).</source>
        <translation>请填写电气焊操作证编号。</translation>
    </message>
    <message>
        <source>Name the fire watcher.</source>
        <translation>请填写监护人。</translation>
    </message>
    <message>
        <source>Enter the time window: an end after the start.</source>
        <translation>请填写动火时间：结束须晚于开始。</translation>
    </message>
    <message>
        <source>This window is over already.</source>
        <translation>这个动火时段已经过去。</translation>
    </message>
    <message>
        <source>Enter the certificate's expiry.</source>
        <translation>请填写操作证有效期。</translation>
    </message>
    <message>
        <source>A hot-work window is at most {n} hours; a supervisor extends it once the work is under way.</source>
        <translation>动火时段最长 {n} 小时；需要更久的，开工后由主管延时。</translation>
    </message>
    <message>
        <source>Write why the work needs longer.</source>
        <translation>请填写延时的原因。</translation>
    </message>
    <message>
        <source>Extend by at most {n} hours at a time (to {end} at the latest).</source>
        <translation>每次最多延时 {n} 小时（最晚至 {end}）。</translation>
    </message>
    <message>
        <source>{number} is {state}: nothing to do.</source>
        <translation>{number} {state}，无需办理。</translation>
    </message>
    <message>
        <source>{number} waits for a supervisor's approval; it prints once approved.</source>
        <translation>{number} 待主管审批，审批后才能打印。</translation>
    </message>
    <message>
        <source>The welding certificate expires on {day}: hot work is refused.</source>
        <translation>电气焊操作证 {day} 到期，不能动火。</translation>
    </message>
    <message>
        <source>An extinguisher must be at the place of work.</source>
        <translation>动火现场须配备灭火器。</translation>
    </message>
    <message>
        <source>Combustibles must be cleared first.</source>
        <translation>须先清理易燃物。</translation>
    </message>
    <message>
        <source>Hot work in a home needs its renovation permit in force for the whole window.</source>
        <translation>户内动火须在装修许可证有效期内（整个动火时段）。</translation>
    </message>
    <message>
        <source>Choose the renovation permit, or name the common-area job's place.</source>
        <translation>请选择装修许可证，或填写公共区域的动火地点。</translation>
    </message>
    <message>
        <source>Write the end-of-work check.</source>
        <translation>请填写完工检查情况。</translation>
    </message>
    <message>
        <source>Not a hot-work permit.</source>
        <translation>这不是动火证。</translation>
    </message>
    <message>
        <source>A worker pass cannot outlast its permit: the last day is {day} (the permit's end).</source>
        <translation>施工人员出入证不能超过装修许可证的期限：最迟至 {day}（许可证到期日）。</translation>
    </message>
    <message>
        <source>A worker pass is valid at most {n} months: the last day is {day}.</source>
        <translation>施工人员出入证最长有效 {n} 个月：最迟至 {day}。</translation>
    </message>
    <message>
        <source>Choose the room the goods leave.</source>
        <translation>请选择物品搬出的房屋。</translation>
    </message>
    <message>
        <source>Enter the bearer's name.</source>
        <translation>请填写搬运人姓名。</translation>
    </message>
    <message>
        <source>Line {n}: name the item (at most 32 characters) and give a quantity from 1 to 999.</source>
        <translation>第 {n} 行：请填写物品名称（最多 32 个字）和数量（1 至 999）。</translation>
    </message>
    <message>
        <source>List the goods that leave, with their quantities.</source>
        <translation>请填写放行的物品及数量。</translation>
    </message>
    <message>
        <source>The planned time cannot be in the past.</source>
        <translation>计划时间不能早于现在。</translation>
    </message>
    <message>
        <source>The confirmation cannot be later than now.</source>
        <translation>确认时间不能晚于现在。</translation>
    </message>
    <message>
        <source>This room is let, and {bearer} is registered for it with another ID number: the ID typed does not match the registered one. Check it; otherwise the goods leave with the owner's confirmation — {owners} (as registered).</source>
        <translation>本房已出租，{bearer} 以另一证件号码登记为本房住户：所填证件号码与登记的不符，请核对；否则物品须经业主确认方可放行——业主：{owners}（以登记为准）。</translation>
    </message>
    <message>
        <source>{bearer} is registered as this room's tenant: a tenant's goods leave with the owner's confirmation — {owners} (as registered).</source>
        <translation>{bearer} 登记为本房租户：租户的物品须经业主确认方可放行——业主：{owners}（以登记为准）。</translation>
    </message>
    <message>
        <source>This room is let, and {bearer} is not registered for it: the goods leave with the owner's confirmation — {owners} (as registered).</source>
        <translation>本房已出租，{bearer} 未登记为本房住户：物品须经业主确认方可放行——业主：{owners}（以登记为准）。</translation>
    </message>
    <message>
        <source>A tenant's goods leave with the owner's confirmation: {owners} (as registered).</source>
        <translation>租户搬出物品须经业主确认：{owners}（登记的业主）。</translation>
    </message>
    <message>
        <source>This room owes ¥{owed} in fees. Ask for payment first; a supervisor may release anyway, with a reason.</source>
        <translation>这间房屋欠费 ¥{owed}。请先催缴；确需放行的，由主管填写原因后放行。</translation>
    </message>
    <message>
        <source>{number} is {state}; it cannot be voided.</source>
        <translation>{number} 现为“{state}”，不能作废。</translation>
    </message>
    <message>
        <source>There is no document {number}.</source>
        <translation>没有证件 {number}。</translation>
    </message>
    <message>
        <source>Scan or type the paper's number.</source>
        <translation>请扫描或输入证件编号。</translation>
    </message>
    <message>
        <source>{number} was just released at another gate; do not let the goods out again.</source>
        <translation>{number} 刚刚已在另一个门岗放行，不得再次放行。</translation>
    </message>
    <message>
        <source>Enter a whole number of working days from 1 to {n}.</source>
        <translation>请填写 1 到 {n} 之间的整数工作日。</translation>
    </message>
    <message>
        <source>Choose the follow-up rule.</source>
        <translation>请选择回访规则。</translation>
    </message>
    <message>
        <source>{parent} → {name} is already in the list.</source>
        <translation>{parent} → {name} 已在列表中。</translation>
    </message>
    <message>
        <source>No such category.</source>
        <translation>没有这个类别。</translation>
    </message>
    <message>
        <source>Please enter the department's name (at most {n} characters).</source>
        <translation>请填写部门名称（最多 {n} 个字）。</translation>
    </message>
    <message>
        <source>{name} is already in the list.</source>
        <translation>{name} 已在列表中。</translation>
    </message>
    <message>
        <source>Please enter the worker's name.</source>
        <translation>请填写维修人员姓名。</translation>
    </message>
    <message>
        <source>No such department.</source>
        <translation>没有这个部门。</translation>
    </message>
    <message>
        <source>{department} already has {name} {phone}.</source>
        <translation>{department}已有{name} {phone}。</translation>
    </message>
    <message>
        <source>No such worker.</source>
        <translation>没有这个人员。</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, or leave it empty for no warranty.</source>
        <translation>请按“年-月-日”填写日期；没有保修期则留空。</translation>
    </message>
    <message>
        <source>{until} has already passed: the room's repairs would be paid from today. Set it anyway?</source>
        <translation>{until} 已经过去：该房屋从今天起维修即为有偿。仍要设置吗？</translation>
    </message>
    <message>
        <source>{until} is more than {years} years ahead: the room's repairs would be free until then. Set it anyway?</source>
        <translation>{until} 距今超过 {years} 年：该房屋在此之前维修都免费。仍要设置吗？</translation>
    </message>
    <message>
        <source>Choose the kind of work order.</source>
        <translation>请选择工单类型。</translation>
    </message>
    <message>
        <source>Please write what is wrong or what is asked.</source>
        <translation>请填写报修、投诉或求助的内容。</translation>
    </message>
    <message>
        <source>Choose the room, or name the place (e.g. 3栋电梯); only a complaint may be anonymous.</source>
        <translation>请选择房屋，或填写公共区域位置（如 3栋电梯）；只有投诉可以匿名。</translation>
    </message>
    <message>
        <source>The reply time asked for must be later than now.</source>
        <translation>要求的答复时间必须晚于现在。</translation>
    </message>
    <message>
        <source>Line {line}: write the material as name, quantity and unit price (e.g. 三通 2 12.50).</source>
        <translation>第 {line} 行：请按“名称 数量 单价”填写（如 三通 2 12.50）</translation>
    </message>
    <message>
        <source>Line {line}: the material needs its name.</source>
        <translation>第 {line} 行：请填写材料名称</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be a number.</source>
        <translation>第 {line} 行：数量须为数字</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be above 0 and at most {most}.</source>
        <translation>第 {line} 行：数量须大于 0 且不超过 {most}</translation>
    </message>
    <message>
        <source>Line {line}: the unit price must be an amount in yuan.</source>
        <translation>第 {line} 行：单价须为金额（元）</translation>
    </message>
    <message>
        <source>Line {line}: the unit price must be from {low} to {high}.</source>
        <translation>第 {line} 行：单价须在 {low} 至 {high} 之间</translation>
    </message>
    <message>
        <source>Line {line}: the unit price has at most two decimal places (fen).</source>
        <translation>第 {line} 行：单价最多两位小数（到分）</translation>
    </message>
    <message>
        <source>The materials come to {total}; a repair is charged at most {most}.</source>
        <translation>材料合计 {total}，一次维修最多收费 {most}。</translation>
    </message>
    <message>
        <source>Materials and labour come to {total}; a repair is charged at most {most}.</source>
        <translation>材料与人工合计 {total}，一次维修最多收费 {most}。</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <source>No such work order.</source>
        <translation>没有这张工单。</translation>
    </message>
    <message>
        <source>Please write what was done.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>The completion time cannot be in the future.</source>
        <translation>完成时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The completion time is before the order was dispatched ({at}).</source>
        <translation>完成时间早于派单时间（{at}）。</translation>
    </message>
    <message>
        <source>Rate the overall satisfaction from 1 to 5.</source>
        <translation>请为总体满意度打 1 至 5 分。</translation>
    </message>
    <message>
        <source>Work order {number} is due its follow-up call first.</source>
        <translation>工单 {number} 须先回访才能关闭。</translation>
    </message>
    <message>
        <source>Please write the reply given.</source>
        <translation>请填写答复内容。</translation>
    </message>
    <message>
        <source>A complaint found invalid has no repair that caused it: leave the repair order empty, or choose 有效.</source>
        <translation>投诉不成立就没有引起投诉的维修单：请清空关联维修单号，或选择“有效”。</translation>
    </message>
    <message>
        <source>{number} is not a repair order: a complaint names the repair that caused it.</source>
        <translation>{number} 不是维修工单：投诉应关联引起它的维修单。</translation>
    </message>
    <message>
        <source>There is no work order {number}.</source>
        <translation>没有这个工单：{number}。</translation>
    </message>
    <message>
        <source>{number} is not a work order number (e.g. GD2026-000123).</source>
        <translation>{number} 不是工单编号（如 GD2026-000123）。</translation>
    </message>
    <message>
        <source>Only a complaint can be found invalid.</source>
        <translation>只有投诉才能认定为不成立。</translation>
    </message>
    <message>
        <source>Only a complaint is linked to the repair that caused it.</source>
        <translation>只有投诉才能关联引起它的维修单。</translation>
    </message>
    <message>
        <source>The last call about {number} ({last}) was not answered; calls are at least {hours} hours apart. The next may be made from {next}.</source>
        <translation>{number} 上次回访（{last}）未接通；两次回访至少间隔 {hours} 小时，下次回访请于 {next} 起再打。</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation>请从列表中选择部门。</translation>
    </message>
    <message>
        <source>Choose a worker of that department.</source>
        <translation>请选择该部门的人员。</translation>
    </message>
    <message>
        <source>{name} is no longer active; choose another worker.</source>
        <translation>{name} 已停用，请选择其他人员。</translation>
    </message>
    <message>
        <source>Hours are a number above 0 and at most 1000.</source>
        <translation>工时须大于 0 且不超过 1000。</translation>
    </message>
    <message>
        <source>Choose the room from the list (Enter on it).</source>
        <translation>请从列表中选择房屋（在其上按回车）。</translation>
    </message>
    <message>
        <source>This room already has a renovation under way (just registered at another desk?); finish or void it first. Nothing was changed here.</source>
        <translation>这间房屋已有进行中的装修（刚在另一个前台登记？）；请先办完或作废。这里没有做任何更改。</translation>
    </message>
    <message>
        <source>This renovation number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>这个装修编号刚刚已被另一个前台使用，这里没有做任何更改。请再试一次。</translation>
    </message>
    <message>
        <source>This document number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>这个证件编号刚刚已被另一个前台使用，这里没有做任何更改。请再试一次。</translation>
    </message>
    <message>
        <source>List 1 to 30 works, each at most 16 characters, separated by 、 or commas.</source>
        <translation>请列出 1 至 30 个项目，每项最多 16 个字，用顿号或逗号分隔。</translation>
    </message>
    <message>
        <source>Choose an A6 sheet or a card.</source>
        <translation>请选择 A6 纸或证卡。</translation>
    </message>
    <message>
        <source>Write 1 to 60 characters.</source>
        <translation>请填写 1 至 60 个字。</translation>
    </message>
    <message>
        <source>At most {n} characters ({m} now): shorten it.</source>
        <translation>最多 {n} 个字（现有 {m} 个），请删减。</translation>
    </message>
    <message>
        <source>Another key set hangs on this hook (just registered at another desk?); choose a free hook. Nothing was changed here.</source>
        <translation>这个挂钩已挂有另一套钥匙（可能刚在另一个前台登记），请选择空挂钩。这里没有做任何更改。</translation>
    </message>
    <message>
        <source>This tag number is already on another key set; nothing was changed here. Please try again.</source>
        <translation>这个钥匙编号已用于另一套钥匙，这里没有做任何更改。请重试。</translation>
    </message>
    <message>
        <source>This paper's number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>这个单据编号刚被另一个前台占用，这里没有做任何更改。请重试。</translation>
    </message>
    <message>
        <source>This count's number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>这个盘点编号刚被另一个前台占用，这里没有做任何更改。请重试。</translation>
    </message>
    <message>
        <source>List 1 to 60 places, each at most 16 characters, separated by 、 or commas.</source>
        <translation>请列出 1 到 60 个部位，每个不超过 16 个字，用“、”或逗号分隔。</translation>
    </message>
    <message>
        <source>Write each panel as its letter, rows × hooks per row (A 6×10、B 6×10): 1 to 12 panels, 1 to 20 each way.</source>
        <translation>每块挂板写成“字母 行数×每行挂钩数”（如 A 6×10、B 6×10）：1 到 12 块，行列各 1 到 20。</translation>
    </message>
    <message>
        <source>Key sets hang on {n} hooks this layout drops ({hooks}): move them to other hooks first.</source>
        <translation>新布局去掉了 {n} 个仍挂有钥匙的挂钩（{hooks}）：请先把这些钥匙移到其他挂钩。</translation>
    </message>
    <message>
        <source>This room's move-in was just started at another desk; nothing was changed here. Open it there or resume it.</source>
        <translation>这间房的入住办理刚刚已在另一个前台开始，本机未做任何更改。请到那边继续，或在此继续办理。</translation>
    </message>
    <message>
        <source>This step of the move-in was just done at another desk; nothing was changed here. Look at it again.</source>
        <translation>入住办理的这一步刚刚已在另一个前台完成，本机未做任何更改。请重新查看。</translation>
    </message>
    <message>
        <source>This move-in's number was just taken at another desk; nothing was changed here. Please try again.</source>
        <translation>这张入住单号刚刚已被另一个前台占用，本机未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>Write 1 to 16 characters.</source>
        <translation>请填写 1 至 16 个字符。</translation>
    </message>
    <message>
        <source>Choose the steps from the list.</source>
        <translation>请从列表中选择步骤。</translation>
    </message>
    <message>
        <source>Move-in {number} was just changed at another desk; nothing was changed here. Look at it again.</source>
        <translation>入住办理 {number} 刚刚已在另一个前台被修改，本机未做任何更改。请重新查看。</translation>
    </message>
    <message>
        <source>No such move-in.</source>
        <translation>没有这条入住办理记录。</translation>
    </message>
    <message>
        <source>Room {room} is not delivered yet (未交付): a move-in starts once the room is handed over.</source>
        <translation>房间 {room} 尚未交付（未交付）：交房后才能办理入住。</translation>
    </message>
    <message>
        <source>Room {room} is {state}: a move-in is only for a delivered room nobody lives in (空置).</source>
        <translation>房间 {room} 为{state}：只有已交付且无人入住（空置）的房间才能办理入住。</translation>
    </message>
    <message>
        <source>Room {room}'s move-in {number} is already under way (started {at} by {name}): resume it.</source>
        <translation>房间 {room} 的入住办理 {number} 正在进行中（{name} 于 {at} 开始）：请继续办理。</translation>
    </message>
    <message>
        <source>Choose who comes: {choices}.</source>
        <translation>请选择来办理的人：{choices}。</translation>
    </message>
    <message>
        <source>Check every document before going on; still to see: {left}.</source>
        <translation>请先查验全部资料再继续；尚未查验：{left}。</translation>
    </message>
    <message>
        <source>Choose the owner of the room.</source>
        <translation>请选择本房业主。</translation>
    </message>
    <message>
        <source>Write who comes for the owner (the agent or the company's 经办人).</source>
        <translation>请填写代业主办理的人（受托人或单位经办人）。</translation>
    </message>
    <message>
        <source>Write the delivery date on the move-in notice (交付日期): not after today, at most ten years ago.</source>
        <translation>请填写入住通知书上的交付日期：不晚于今天，不早于十年前。</translation>
    </message>
    <message>
        <source>Every form is filled and signed before going on; still to sign: {left}.</source>
        <translation>请填写并签署全部表格再继续；尚未签署：{left}。</translation>
    </message>
    <message>
        <source>Hand over everything before going on; still to hand over: {left}.</source>
        <translation>请移交全部资料再继续；尚未移交：{left}。</translation>
    </message>
    <message>
        <source>Write the engineer who inspected the room with the owner.</source>
        <translation>请填写与业主一同验房的工程人员。</translation>
    </message>
    <message>
        <source>The owner and the engineer both confirm the meter readings.</source>
        <translation>表读数须经业主和工程人员双方确认。</translation>
    </message>
    <message>
        <source>There is no department {name} to send the rectification orders to: add it under 设置 → 工单.</source>
        <translation>没有可派发整改单的部门“{name}”：请在 设置 → 工单 中添加。</translation>
    </message>
    <message>
        <source>Finish the required steps first: {steps}.</source>
        <translation>请先完成必办步骤：{steps}。</translation>
    </message>
    <message>
        <source>The move-in date lies between the delivery date and today.</source>
        <translation>入住日期应在交付日期与今天之间。</translation>
    </message>
    <message>
        <source>Room {room} is {state} now; it was changed while the move-in was under way. Look at the room first.</source>
        <translation>房间 {room} 现为{state}，在入住办理期间已被更改。请先查看该房间。</translation>
    </message>
    <message>
        <source>Custody starts from the meter readings: do the joint inspection (验房抄表) first.</source>
        <translation>托管须以表读数为起点：请先完成验房抄表。</translation>
    </message>
    <message>
        <source>Write why the move-in is cancelled.</source>
        <translation>请填写取消入住办理的原因。</translation>
    </message>
    <message>
        <source>Move-in {number} is {state}: the confirmation is printed once the move-in is finished.</source>
        <translation>入住办理 {number} {state}：办结后才能打印入住确认单。</translation>
    </message>
    <message>
        <source>Move-in {number} is {state}; nothing more can be done in it.</source>
        <translation>入住办理 {number} {state}，不能再办理。</translation>
    </message>
    <message>
        <source>No move-in has the number {number}.</source>
        <translation>没有编号为 {number} 的入住办理。</translation>
    </message>
    <message>
        <source>This step ({step}) is already done.</source>
        <translation>这一步（{step}）已经办理过了。</translation>
    </message>
    <message>
        <source>Do the steps in order: first {steps}.</source>
        <translation>请按顺序办理：先办{steps}。</translation>
    </message>
    <message>
        <source>Check the documents first (查验资料): the delivery date is on the move-in notice.</source>
        <translation>请先查验资料：交付日期在入住通知书上。</translation>
    </message>
    <message>
        <source>The property fee item {code} is not set up (收费 → 收费项目, per m² per month).</source>
        <translation>物业费收费项目 {code} 尚未设置（收费 → 收费项目，按每平方米每月）。</translation>
    </message>
    <message>
        <source>{item} has no price for {month} yet.</source>
        <translation>{item} 尚无 {month} 的价格。</translation>
    </message>
    <message>
        <source>The maintenance fund item {code} is not set up with a price (收费 → 收费项目).</source>
        <translation>维修基金收费项目 {code} 尚未设置价格（收费 → 收费项目）。</translation>
    </message>
    <message>
        <source>--final needs --operator: the supervisor who makes the month final.</source>
        <translation>--final 需要 --operator：填写定稿的主管用户名。</translation>
    </message>
    <message>
        <source>A gate account only checks papers at the gate; nothing was changed.</source>
        <translation>门岗账号只能在门岗核验证件；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>FeeItemsDialog</name>
    <message>
        <source>A new price applies to bills of periods from its date on; bills already made keep their price.</source>
        <translation>新单价适用于生效日期之后各期的账单；已生成的账单保持原单价。</translation>
    </message>
    <message>
        <source>Fee items and price standards</source>
        <translation>收费项目与收费标准</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新增收费项目</translation>
    </message>
    <message>
        <source>&amp;Code *</source>
        <translation>代码(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>项目名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>计费方式(&amp;R)</translation>
    </message>
    <message>
        <source>Applies &amp;to</source>
        <translation>适用房屋(&amp;T)</translation>
    </message>
    <message>
        <source>Custody &amp;rooms pay the custody rate (70%)</source>
        <translation>托管房屋按托管费率（70%）收取(&amp;D)</translation>
    </message>
    <message>
        <source>Billing c&amp;ycle</source>
        <translation>计费周期(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>新增项目(&amp;A)</translation>
    </message>
    <message>
        <source>New price for the selected item</source>
        <translation>为所选项目设置新单价</translation>
    </message>
    <message>
        <source>&amp;Valid from</source>
        <translation>生效日期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Price (yuan) *</source>
        <translation>单价（元）(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;Set price</source>
        <translation>设置单价(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Fees</name>
    <message>
        <source>per m² per month × area</source>
        <translation>按面积每月（单价 × 面积）</translation>
    </message>
    <message>
        <source>per month (e.g. a parking space)</source>
        <translation>按月（如车位）</translation>
    </message>
    <message>
        <source>fixed, one-off</source>
        <translation>固定金额，一次性</translation>
    </message>
    <message>
        <source>per m², one-off</source>
        <translation>按面积，一次性</translation>
    </message>
    <message>
        <source>metered (price × reading difference)</source>
        <translation>按表计量（单价 × 读数差）</translation>
    </message>
    <message>
        <source>deposit (refundable)</source>
        <translation>押金（可退）</translation>
    </message>
    <message>
        <source>paid service (price per case)</source>
        <translation>有偿服务（按次计价）</translation>
    </message>
    <message>
        <source>month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>quarter (billed in its first month)</source>
        <translation>按季（季度首月开账）</translation>
    </message>
    <message>
        <source>year (billed in January)</source>
        <translation>按年（一月开账）</translation>
    </message>
    <message>
        <source>held</source>
        <translation>在押</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>forfeited</source>
        <translation>已扣除</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>Room or resident… (Ctrl+F)</source>
        <translation>房号或住户……（Ctrl+F）</translation>
    </message>
    <message>
        <source>a payment being taken at {room}</source>
        <translation>正在为 {room} 收款（已填写未确认）</translation>
    </message>
    <message>
        <source>Find a room to collect fees</source>
        <translation>请查找要收费的房屋</translation>
    </message>
    <message>
        <source> (paid {paid} of {amount})</source>
        <translation>（应收 {amount}，已付 {paid}）</translation>
    </message>
    <message>
        <source>Late fee {amount} waived: {reason}</source>
        <translation>滞纳金 {amount} 已减免：{reason}</translation>
    </message>
    <message>
        <source>Late fee to today {amount} (included)</source>
        <translation>滞纳金（计至今日）{amount}，已计入合计</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <source>Not enough cash</source>
        <translation>现金不足</translation>
    </message>
    <message>
        <source>Waive the late fee</source>
        <translation>减免滞纳金</translation>
    </message>
    <message>
        <source>Reason (kept with the receipt):</source>
        <translation>减免原因（随收据保存）：</translation>
    </message>
    <message>
        <source>Reverse receipt {number}</source>
        <translation>红冲收据 {number}</translation>
    </message>
    <message>
        <source>Cancel a month's bills</source>
        <translation>撤销开账</translation>
    </message>
    <message>
        <source>Cancel the unpaid bills of which month (YYYY-MM)?</source>
        <translation>撤销哪个月的未缴账单（年-月，如 2026-11）？</translation>
    </message>
    <message>
        <source>The unpaid bills of {month} are cancelled: kept and marked, no longer due. A room that has paid anything of {month} keeps all its bills of the month.</source>
        <translation>{month} 的未缴账单将被撤销：保留记录并标记，不再应收。{month} 已有缴费（含部分缴费）的房屋，其当月账单全部保留。</translation>
    </message>
    <message>
        <source>{n} bills of {month} ({amount}) were cancelled; {kept} rooms with payments kept theirs.</source>
        <translation>已撤销 {month} 的 {n} 笔账单（{amount}）；{kept} 户因已缴费保留账单。</translation>
    </message>
    <message>
        <source>Cash &amp;counted (yuan)</source>
        <translation>清点现金（元）(&amp;C)</translation>
    </message>
    <message>
        <source>Reason for a &amp;difference</source>
        <translation>差额原因(&amp;D)</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>收据登记簿</translation>
    </message>
    <message>
        <source>The receipts of which month (YYYY-MM)? Leave it empty for this month ({month}).</source>
        <translation>导出哪个月的收据（年-月）？留空为本月（{month}）。</translation>
    </message>
    <message>
        <source>receipt-register-{month}.xlsx</source>
        <translation>收据登记簿-{month}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} receipts were written to {path}.</source>
        <translation>已将 {n} 张收据写入 {path}。</translation>
    </message>
    <message>
        <source>Make the bills of which month (YYYY-MM)? Rooms already billed are skipped.
Leave it empty for this month ({month}).</source>
        <translation>为哪个月开账（年-月）？已开账的房屋会跳过。
留空即为本月（{month}）。</translation>
    </message>
    <message>
        <source>{n} bills were made for {month}.</source>
        <translation>{month} 已生成 {n} 笔应收。</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Void receipt {number}</source>
        <translation>作废收据 {number}</translation>
    </message>
    <message>
        <source>Receipt {number} of {amount} is marked void; its bills are due again. The money goes back out of the drawer that took it. The receipt and its number stay.</source>
        <translation>收据 {number}（{amount}）将标记为作废，所收账单恢复为待缴。款项从收款的那个钱箱退回。收据及其编号保留。</translation>
    </message>
    <message>
        <source>A negative receipt of {amount} is issued against {number} in your shift, and you pay the money back the way chosen; its bills are due again. Both receipts stay.</source>
        <translation>将在您的当班开具一张 {amount} 的红冲收据冲销 {number}，款项由您按所选方式退还；原收据所收账单恢复为待缴。两张收据都保留。</translation>
    </message>
    <message>
        <source>{n} receipts, {v} voids and {d} deposit refunds since your last close. Count the cash in the drawer (without its float) and enter it; you are told what it should be only if the two differ.</source>
        <translation>自上次交班以来共 {n} 张收据、{v} 次作废、{d} 笔押金退还。请清点钱箱中的现金（不含备用金）并输入；只有两者不符时才会告诉您应有金额。</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Bill a month</source>
        <translation>按月开账</translation>
    </message>
    <message>
        <source>A&amp;rrears and reminders…</source>
        <translation>欠费催缴(&amp;N)…</translation>
    </message>
    <message>
        <source>Deposits &amp;held…</source>
        <translation>押金台账(&amp;K)…</translation>
    </message>
    <message>
        <source>Meter readin&amp;gs…</source>
        <translation>抄表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Bill a month…</source>
        <translation>按月开账(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;lose my shift…</source>
        <translation>交班(&amp;L)…</translation>
    </message>
    <message>
        <source>What is due (oldest first) — Space ticks, Ctrl+A ticks all</source>
        <translation>应缴费用（最早的在前）—— 空格勾选，Ctrl+A 全选</translation>
    </message>
    <message>
        <source>Pay &amp;ahead:</source>
        <translation>预收(&amp;A)：</translation>
    </message>
    <message>
        <source>Add &amp;months</source>
        <translation>加入预收(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;One-off charge…</source>
        <translation>临时收费(&amp;O)…</translation>
    </message>
    <message>
        <source>Receipts of this room</source>
        <translation>本房屋的收据</translation>
    </message>
    <message>
        <source>&amp;Deposits…</source>
        <translation>押金(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reprint (copy)</source>
        <translation>补打副本(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;verse (红冲)…</source>
        <translation>红冲(&amp;V)…</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>&amp;Waive late fee…</source>
        <translation>减免滞纳金(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>收款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference no.</source>
        <translation>交易流水号(&amp;J)</translation>
    </message>
    <message>
        <source>Amount &amp;paid of the bills</source>
        <translation>本次付应收(&amp;P)</translation>
    </message>
    <message>
        <source>all that is ticked</source>
        <translation>默认为勾选的全部</translation>
    </message>
    <message>
        <source>&amp;Cash received</source>
        <translation>实收现金(&amp;C)</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>交款人(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Take payment and print (Ctrl+Enter)</source>
        <translation>确认收款并打印(&amp;T)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Ca&amp;ncel a month's bills…</source>
        <translation>撤销开账(&amp;W)…</translation>
    </message>
    <message>
        <source>Rece&amp;ipt register (Excel)…</source>
        <translation>收据登记簿（Excel）(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. The file is saved there; open it with the program you use for such files.</source>
        <translation>这台电脑上没有能打开 {path} 的程序。文件已保存在那里，请用平时打开这类文件的程序打开。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>The resident &amp;answered</source>
        <translation>住户已接听(&amp;A)</translation>
    </message>
    <message>
        <source>The worker came &amp;on time</source>
        <translation>维修人员按时上门(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ttitude</source>
        <translation>服务态度(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;kill</source>
        <translation>维修技能(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Manners</source>
        <translation>礼貌礼仪(&amp;M)</translation>
    </message>
    <message>
        <source>Overall &amp;satisfaction (1–5)</source>
        <translation>总体满意度（1–5）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <source>{head}
Call {reporter} {phone}</source>
        <translation>{head}
致电 {reporter} {phone}</translation>
    </message>
    <message>
        <source>The complaint was handled &amp;on time</source>
        <translation>投诉处理及时(&amp;O)</translation>
    </message>
    <message>
        <source>Problem ta&amp;ken care of</source>
        <translation>问题解决情况(&amp;K)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard what has been typed? Nothing will be saved.</source>
        <translation>放弃已填写的内容？将不会保存。</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>{name} {number} is void ({reason}): do not let it through.</source>
        <translation>{name} {number} 已作废（{reason}），不得放行。</translation>
    </message>
    <message>
        <source>{name} {number} was released on {at}: do not release the goods again.</source>
        <translation>{name} {number} 已于 {at} 放行过，不得再次放行。</translation>
    </message>
    <message>
        <source>{name} {number} expired on {day}: the bearer applies again at the front desk.</source>
        <translation>{name} {number} 已过期（限 {day}），请到客服前台重新办理。</translation>
    </message>
    <message>
        <source>{name} {number}: {holder} ({id}) {room} — let the goods out; released at {time}, recorded.</source>
        <translation>{name} {number}：{holder}（{id}）{room}，可以放行，已登记放行时间 {time}。</translation>
    </message>
    <message>
        <source>{name} {number} is {state}: do not let it through.</source>
        <translation>{name} {number} {state}，不得通行。</translation>
    </message>
    <message>
        <source>{name} {number}: {holder} ({id}) {room}; its renovation {renovation} is {state}: do not let them through.</source>
        <translation>{name} {number}：{holder}（{id}）{room}，所属装修 {renovation} {state}，不得通行。</translation>
    </message>
    <message>
        <source>{name} {number}: {holder} ({id}) {room}; the works may start from {start}: do not let them through before.</source>
        <translation>{name} {number}：{holder}（{id}）{room}；未到开工日期（{start} 起），开工前不得放行。</translation>
    </message>
    <message>
        <source>{name} {number} is valid {start} to {end} only: do not let it through now.</source>
        <translation>{name} {number} 不在有效期内（{start} 至 {end}），不得通行。</translation>
    </message>
    <message>
        <source>{name} {number}: {holder} ({id}) {room}, valid to {end}.</source>
        <translation>{name} {number}：{holder}（{id}）{room}，有效至 {end}。</translation>
    </message>
    <message>
        <source>No such paper: {number}. Check the number, or call the front desk.</source>
        <translation>没有这个证件：{number}。请核对号码，或联系客服前台。</translation>
    </message>
    <message>
        <source>Renovation permit {number}: {room}, {state}, {start} to {end}.</source>
        <translation>装修许可证 {number}：{room}，{state}，{start} 至 {end}。</translation>
    </message>
    <message>
        <source>Renovation permit {number}: {room}, the works may start from {start} (to {end}) — no works allowed before.</source>
        <translation>装修许可证 {number}：{room}，未到开工日期（{start} 起，至 {end}）——开工前不得施工。</translation>
    </message>
    <message>
        <source>Renovation permit {number}: {room}, {state}, {start} to {end} — no works allowed.</source>
        <translation>装修许可证 {number}：{room}，{state}，{start} 至 {end}——不得施工。</translation>
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <source>{property} — gate</source>
        <translation>{property} — 门岗</translation>
    </message>
    <message>
        <source>On duty: {name}</source>
        <translation>值班：{name}</translation>
    </message>
    <message>
        <source>&amp;Log out (Ctrl+Shift+L)</source>
        <translation>退出登录(&amp;L)（Ctrl+Shift+L）</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>HotWorkDialog</name>
    <message>
        <source>Hot-work permit</source>
        <translation>动火证</translation>
    </message>
    <message>
        <source>Under the &amp;permit</source>
        <translation>所属装修许可证(&amp;P)</translation>
    </message>
    <message>
        <source>Pl&amp;ace (common area)</source>
        <translation>公共区域动火地点(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Welder *</source>
        <translation>动火人(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;ID number *</source>
        <translation>身份证号(&amp;I) *</translation>
    </message>
    <message>
        <source>Welding &amp;certificate No. *</source>
        <translation>电气焊操作证编号(&amp;C) *</translation>
    </message>
    <message>
        <source>Certificate e&amp;xpires *</source>
        <translation>操作证有效期至(&amp;X) *</translation>
    </message>
    <message>
        <source>Fro&amp;m *</source>
        <translation>开始时间(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;To *</source>
        <translation>结束时间(&amp;T) *</translation>
    </message>
    <message>
        <source>Fire measures *</source>
        <translation>防火措施 *</translation>
    </message>
    <message>
        <source>Extinguisher on site (&amp;1)</source>
        <translation>现场配备灭火器(&amp;1)</translation>
    </message>
    <message>
        <source>Combustibles cleared (&amp;2)</source>
        <translation>已清理易燃物(&amp;2)</translation>
    </message>
    <message>
        <source>Fire watc&amp;her *</source>
        <translation>监护人(&amp;H) *</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Every row is checked first. Good rows go in together in one step; bad rows are listed with the reason and can be saved to a workbook, fixed and imported again. Importing the same file twice changes nothing.</source>
        <translation>导入前会逐行检查。合格的行一次性导入；不合格的行会列出原因，可另存为工作簿，修改后再次导入。同一文件导入两次不会重复登记。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking and importing…</source>
        <translation>正在检查并导入……</translation>
    </message>
    <message>
        <source>{good} rows went in: {rooms} new rooms, {people} new people, {same} already present. {bad} rows were rejected.</source>
        <translation>已导入 {good} 行：新增 {rooms} 间房屋、{people} 位人员，{same} 行已存在。{bad} 行不合格。</translation>
    </message>
    <message>
        <source>Nothing was imported: {bad} of {rows} rows were rejected.</source>
        <translation>未导入任何数据：{rows} 行中有 {bad} 行不合格。</translation>
    </message>
    <message>
        <source>Row {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>… and {n} more (save the rejected rows to see them all)</source>
        <translation>……另有 {n} 行（保存不合格的行可查看全部）</translation>
    </message>
    <message>
        <source>to fix</source>
        <translation>待修改</translation>
    </message>
    <message>
        <source>Import the owners' roster</source>
        <translation>导入业主花名册</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing if any row is bad</source>
        <translation>严格模式：只要有一行不合格就不导入(&amp;S)</translation>
    </message>
    <message>
        <source>Save the &amp;rejected rows…</source>
        <translation>保存不合格的行(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>开始导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>&amp;Findings *</source>
        <translation>巡查情况(&amp;F) *</translation>
    </message>
    <message>
        <source>A violation (&amp;V)</source>
        <translation>属于违规(&amp;V)</translation>
    </message>
    <message>
        <source>What was &amp;ordered</source>
        <translation>整改要求(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Deduction from the owner's deposit (yuan)</source>
        <translation>从业主押金扣款（元）(&amp;D)</translation>
    </message>
    <message>
        <source>Make a work order for the rectification (&amp;W)</source>
        <translation>生成整改工单(&amp;W)</translation>
    </message>
</context>
<context>
    <name>KeyBackDialog</name>
    <message>
        <source>Keys back</source>
        <translation>钥匙交回</translation>
    </message>
    <message>
        <source>Key &amp;receipt No. *</source>
        <translation>钥匙收条号(&amp;R) *</translation>
    </message>
    <message>
        <source>Collected &amp;by *</source>
        <translation>领取人(&amp;B) *</translation>
    </message>
    <message>
        <source>Keys &amp;counted *</source>
        <translation>清点把数(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Missing, or why</source>
        <translation>缺少情况或原因(&amp;M)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Not signed, because (&amp;Y)</source>
        <translation>未签名原因(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>KeyHandoverDialog</name>
    <message>
        <source>Key count at handover</source>
        <translation>交接班钥匙盘点</translation>
    </message>
    <message>
        <source>&amp;Scan or type a tag found (Enter); Space ticks the row chosen</source>
        <translation>扫描或输入在柜钥匙编号(&amp;S)（回车）；空格键勾选当前行</translation>
    </message>
    <message>
        <source>&amp;Incoming receptionist *</source>
        <translation>接班人用户名(&amp;I) *</translation>
    </message>
    <message>
        <source>Her pass&amp;word *</source>
        <translation>接班人密码(&amp;W) *</translation>
    </message>
    <message>
        <source>Outgoing's signature</source>
        <translation>交班人签名</translation>
    </message>
    <message>
        <source>Incoming's signature</source>
        <translation>接班人签名</translation>
    </message>
    <message>
        <source>Not signed, because (&amp;Y)</source>
        <translation>未签名原因(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>KeyKeepDialog</name>
    <message>
        <source>Keep an owner's keys</source>
        <translation>收存业主钥匙</translation>
    </message>
    <message>
        <source>&amp;Room *</source>
        <translation>房屋(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Owner *</source>
        <translation>业主(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Number of keys *</source>
        <translation>把数(&amp;N) *</translation>
    </message>
    <message>
        <source>Hoo&amp;k *</source>
        <translation>挂钩(&amp;H) *</translation>
    </message>
    <message>
        <source>May also be &amp;collected by (contractor)</source>
        <translation>可代领的施工方(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Emergency entry allowed</source>
        <translation>允许紧急情况入户(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Owner's signature</source>
        <translation>业主签名</translation>
    </message>
    <message>
        <source>Not signed, because (&amp;Y)</source>
        <translation>未签名原因(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>KeyLendDialog</name>
    <message>
        <source>Lend keys</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>Borrower &amp;is *</source>
        <translation>借用人类别(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;urpose *</source>
        <translation>用途(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation>工单号(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Expected back *</source>
        <translation>预计归还(&amp;E) *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Approving supervisor</source>
        <translation>审批主管用户名(&amp;A)</translation>
    </message>
    <message>
        <source>Supervisor's pass&amp;word</source>
        <translation>主管密码(&amp;S)</translation>
    </message>
    <message>
        <source>Borrower's signature</source>
        <translation>借用人签名</translation>
    </message>
    <message>
        <source>Not signed, because (&amp;Y)</source>
        <translation>未签名原因(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>KeyPublicDialog</name>
    <message>
        <source>Register a public key</source>
        <translation>登记公共钥匙</translation>
    </message>
    <message>
        <source>&amp;Opens *</source>
        <translation>部位(&amp;O) *</translation>
    </message>
    <message>
        <source>Hoo&amp;k *</source>
        <translation>挂钩(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Number of keys *</source>
        <translation>把数(&amp;N) *</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;M)</translation>
    </message>
</context>
<context>
    <name>KeyRulesDialog</name>
    <message>
        <source>Key cabinet</source>
        <translation>钥匙柜设置</translation>
    </message>
    <message>
        <source>&amp;Places of public keys</source>
        <translation>公共钥匙部位(&amp;P)</translation>
    </message>
    <message>
        <source>Cabinet &amp;panels</source>
        <translation>钥匙柜挂板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Loan period (hours)</source>
        <translation>借用时限（小时）(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Not signed: {reason}</source>
        <translation>未签名：{reason}</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>{n} keys</source>
        <translation>{n} 把</translation>
    </message>
    <message>
        <source>Key receipt</source>
        <translation>钥匙收条</translation>
    </message>
    <message>
        <source>Received by (front desk)</source>
        <translation>经办人签字</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙编号</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Keys counted</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>收存时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>May collect</source>
        <translation>可领取人</translation>
    </message>
    <message>
        <source>Emergency entry</source>
        <translation>紧急入户</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>The owner leaves these keys with the front desk for rectification.</source>
        <translation>业主将上述钥匙交前台代为保管，用于整改。</translation>
    </message>
    <message>
        <source>The owner leaves these keys in the front desk's keeping.</source>
        <translation>业主将上述钥匙交前台代为保管。</translation>
    </message>
    <message>
        <source> They are handed back only to a person named above, on this receipt (its number or QR code), with the keys counted again. Keep it safe; if it is lost, tell the front desk at once.</source>
        <translation>钥匙只交还给上列可领取人，须出示本收条（编号或二维码）并当面清点数量。请妥善保管本收条，如有遗失请立即告知前台。</translation>
    </message>
    <message>
        <source>Emergency entry: in an emergency (a water leak, a fire) the property may open the door with these keys, two staff present, and tells the owner at once.</source>
        <translation>紧急入户：遇漏水、火警等紧急情况，物业可凭此钥匙开门入户处置，须两名工作人员在场，并立即告知业主。</translation>
    </message>
    <message>
        <source>Owner's signature</source>
        <translation>业主签名</translation>
    </message>
    <message>
        <source>Key lend slip</source>
        <translation>钥匙借用单</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>开启部位</translation>
    </message>
    <message>
        <source>Keys lent</source>
        <translation>借出数量</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Out at</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Borrower's signature</source>
        <translation>借用人签名</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Overdue: due back {due}.</source>
        <translation>已逾期：应于 {due} 归还。</translation>
    </message>
    <message>
        <source>Returned at</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <source>Keys back</source>
        <translation>归还数量</translation>
    </message>
    <message>
        <source>Returned by (signature)</source>
        <translation>归还人签名</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <source>late (due back {due})</source>
        <translation>逾期归还（应还 {due}）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Signature at the return</source>
        <translation>归还人签名</translation>
    </message>
    <message>
        <source>The borrower keeps the keys safe, lends them to no one else, copies none, and brings them back by the time due; a lost key is reported to the front desk at once.</source>
        <translation>借用人须妥善保管钥匙，不得转借、不得复制，按时归还；如有遗失，请立即告知前台。</translation>
    </message>
    <message>
        <source>Shift handover key count</source>
        <translation>交接班钥匙盘点表</translation>
    </message>
    <message>
        <source>Checked by (supervisor)</source>
        <translation>主管复核</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>盘点时间</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Outgoing receptionist</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming receptionist</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Expected in the cabinet</source>
        <translation>账面在柜</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} 套</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>The outgoing and incoming receptionists counted the key sets in the cabinet together, hook by hook, against what the ledger expects there.</source>
        <translation>交班人与接班人共同逐个挂钩清点钥匙柜内的钥匙，并与台账核对。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Missing or extra</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No differences: every set the ledger expects hangs on its hook.</source>
        <translation>无差异：台账上在柜的钥匙均在各自挂钩上。</translation>
    </message>
    <message>
        <source>Outgoing receptionist's signature</source>
        <translation>交班人签名</translation>
    </message>
    <message>
        <source>Incoming receptionist's signature</source>
        <translation>接班人签名</translation>
    </message>
    <message>
        <source>Key tag labels</source>
        <translation>钥匙标签</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels. Sign on the pad with the mouse, a pen or a finger.</source>
        <translation>Ctrl+Enter 保存，Esc 取消。请用鼠标、手写笔或手指在签名板上签名。</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重签</translation>
    </message>
    <message>
        <source>Keep an owner's keys (收存)</source>
        <translation>收存业主钥匙</translation>
    </message>
    <message>
        <source>room code or resident, then Enter</source>
        <translation>房号或住户姓名，回车选定</translation>
    </message>
    <message>
        <source>The owner signs here</source>
        <translation>请业主在此签名</translation>
    </message>
    <message>
        <source>Lend {tag}</source>
        <translation>借出钥匙 {tag}</translation>
    </message>
    <message>
        <source>{tag} {what}, {n} keys, hook {hook}</source>
        <translation>{tag} {what}，{n} 把，挂钩 {hook}</translation>
    </message>
    <message>
        <source>The borrower signs here</source>
        <translation>请借用人在此签名</translation>
    </message>
    <message>
        <source>The owner collects the keys (领取)</source>
        <translation>业主领取钥匙</translation>
    </message>
    <message>
        <source>Scan or type the number on the owner's 钥匙收条, then Enter.</source>
        <translation>请扫描或输入业主所持钥匙收条上的编号，然后回车。</translation>
    </message>
    <message>
        <source>{tag} returned (归还)</source>
        <translation>归还钥匙 {tag}</translation>
    </message>
    <message>
        <source>{tag} {what}: {n} keys went out to {holder}; count what came back.</source>
        <translation>{tag} {what}：借给 {holder} {n} 把，请清点交回的钥匙。</translation>
    </message>
    <message>
        <source>The person at the counter signs here</source>
        <translation>请交回人在此签名</translation>
    </message>
    <message>
        <source>{tag} {what}: {n} keys on hook {hook}; may be collected by {names}.</source>
        <translation>{tag} {what}：{n} 把，挂钩 {hook}；可领取人：{names}。</translation>
    </message>
    <message>
        <source>Renovation: {reno}</source>
        <translation>装修：{reno}</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>把数</translation>
    </message>
    <message>
        <source>There</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>Why it differs</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>{n} key sets should hang in the cabinet. {who} hands over.</source>
        <translation>台账应在柜 {n} 套钥匙。交班人：{who}。</translation>
    </message>
    <message>
        <source>{who} signs here</source>
        <translation>请{who}在此签名</translation>
    </message>
    <message>
        <source>The incoming receptionist signs here</source>
        <translation>请接班人在此签名</translation>
    </message>
    <message>
        <source>not expected in the cabinet</source>
        <translation>台账上不在柜</translation>
    </message>
    <message>
        <source>A supervisor changes these rules.</source>
        <translation>这些设置由主管修改。</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Tag</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>挂钩</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>把数</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还时间</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应在柜</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>K00012, 3-1-1201, 水泵房, a borrower's name … then Enter</source>
        <translation>K00012、3-1-1201、水泵房、借用人姓名……回车</translation>
    </message>
    <message>
        <source>held by the desk</source>
        <translation>前台保管中</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Handover count</source>
        <translation>交接班盘点</translation>
    </message>
    <message>
        <source>The shift is closed. Count the key cabinet with the incoming receptionist now?</source>
        <translation>已交班。现在与接班人一起盘点钥匙柜吗？</translation>
    </message>
    <message>
        <source>In the cabinet {n_in} · lent out {n_out} · &lt;span style='color:#b42318;font-weight:bold'&gt;overdue {late}&lt;/span&gt;</source>
        <translation>在柜 {n_in} · 借出 {n_out} · &lt;span style='color:#b42318;font-weight:bold'&gt;逾期 {late}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>In the cabinet {n_in} · lent out {n_out} · nothing overdue</source>
        <translation>在柜 {n_in} · 借出 {n_out} · 无逾期</translation>
    </message>
    <message>
        <source>Panel {name}</source>
        <translation>挂板 {name}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No key chosen. Find one by its tag, room, place or borrower; Ctrl+K keeps an owner's keys.</source>
        <translation>未选择钥匙。可按编号、房号、部位或借用人查找；Ctrl+K 收存业主钥匙。</translation>
    </message>
    <message>
        <source>Hook {hook}; {n} keys; kept on receipt {receipt}</source>
        <translation>挂钩 {hook}；{n} 把；收条 {receipt}</translation>
    </message>
    <message>
        <source>Hook {hook}; {n} keys</source>
        <translation>挂钩 {hook}；{n} 把</translation>
    </message>
    <message>
        <source>May be collected by {names}; emergency entry {yes}</source>
        <translation>可领取人：{names}；紧急入户：{yes}</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Lent to {holder} on {since} ({slip}), due back {due}</source>
        <translation>{since} 借给 {holder}（{slip}），应还 {due}</translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>approved by {who}</source>
        <translation>审批：{who}</translation>
    </message>
    <message>
        <source>{n} missing</source>
        <translation>缺 {n} 把</translation>
    </message>
    <message>
        <source>No key set matches {text}.</source>
        <translation>没有与 {text} 相符的钥匙。</translation>
    </message>
    <message>
        <source>Choose a key in the list first.</source>
        <translation>请先在列表中选择钥匙。</translation>
    </message>
    <message>
        <source>Kept as {tag}; the owner's key receipt {receipt} prints now.</source>
        <translation>已收存为 {tag}；正在打印业主的钥匙收条 {receipt}。</translation>
    </message>
    <message>
        <source>Public key {tag} put in the cabinet.</source>
        <translation>公共钥匙 {tag} 已入柜。</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>{tag} is {state}; only a key in the cabinet can be lent.</source>
        <translation>{tag} 当前为“{state}”，只有在柜钥匙才能借出。</translation>
    </message>
    <message>
        <source>{tag} lent; lend slip {slip}.</source>
        <translation>{tag} 已借出；借用单 {slip}。</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>{tag} is {state}; only a key lent out comes back.</source>
        <translation>{tag} 当前为“{state}”，只有借出的钥匙才能归还。</translation>
    </message>
    <message>
        <source>{tag} is back in the cabinet.</source>
        <translation>{tag} 已归还入柜。</translation>
    </message>
    <message>
        <source>{tag} is back with {n} keys missing (recorded).</source>
        <translation>{tag} 已归还，缺 {n} 把（已记录）。</translation>
    </message>
    <message>
        <source>The keys kept on {receipt} were collected.</source>
        <translation>收条 {receipt} 的钥匙已领取。</translation>
    </message>
    <message>
        <source>Key lost</source>
        <translation>钥匙遗失</translation>
    </message>
    <message>
        <source>Retire the key</source>
        <translation>钥匙停用</translation>
    </message>
    <message>
        <source>Handover count {number} recorded; it prints now.</source>
        <translation>交接班盘点 {number} 已记录，正在打印。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>{tag} has no paper to print.</source>
        <translation>{tag} 没有可打印的单据。</translation>
    </message>
    <message>
        <source>Tag labels</source>
        <translation>钥匙标签</translation>
    </message>
    <message>
        <source>Labels for all {n} keys listed? (No: only for {tag}.)</source>
        <translation>为列表中的全部 {n} 套钥匙打印标签吗？（选“否”：只打印 {tag}）</translation>
    </message>
    <message>
        <source>List the keys first.</source>
        <translation>请先列出钥匙。</translation>
    </message>
    <message>
        <source>Find (tag, room, place, borrower) (&amp;W)</source>
        <translation>查找（编号、房号、部位、借用人）(&amp;W)</translation>
    </message>
    <message>
        <source>Out now (&amp;1)</source>
        <translation>借出中(&amp;1)</translation>
    </message>
    <message>
        <source>All keys (&amp;2)</source>
        <translation>全部钥匙(&amp;2)</translation>
    </message>
    <message>
        <source>Wh&amp;ere</source>
        <translation>状态(&amp;E)</translation>
    </message>
    <message>
        <source>Cabinet (&amp;3)</source>
        <translation>钥匙柜(&amp;3)</translation>
    </message>
    <message>
        <source>Handover counts (&amp;4)</source>
        <translation>盘点记录(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Keep owner's keys… (Ctrl+K)</source>
        <translation>收存业主钥匙(&amp;K)…（Ctrl+K）</translation>
    </message>
    <message>
        <source>P&amp;ublic key…</source>
        <translation>公共钥匙(&amp;U)…</translation>
    </message>
    <message>
        <source>Owner &amp;gets them back…</source>
        <translation>业主领取(&amp;G)…</translation>
    </message>
    <message>
        <source>Re&amp;turned… (Ctrl+R)</source>
        <translation>归还(&amp;T)…（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Lend… (Ctrl+J)</source>
        <translation>借出(&amp;L)…（Ctrl+J）</translation>
    </message>
    <message>
        <source>&amp;Print (Ctrl+P)</source>
        <translation>打印单据(&amp;P)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Tag la&amp;bels…</source>
        <translation>钥匙标签(&amp;B)…</translation>
    </message>
    <message>
        <source>Handover &amp;count…</source>
        <translation>交接班盘点(&amp;C)…</translation>
    </message>
    <message>
        <source>Lost… (&amp;Y)</source>
        <translation>遗失(&amp;Y)…</translation>
    </message>
    <message>
        <source>Retire… (&amp;D)</source>
        <translation>停用(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&lt;h3&gt;Frontdesk is locked&lt;/h3&gt;{name} is logged in. Enter the password to go on, or switch to another operator.</source>
        <translation>&lt;h3&gt;Frontdesk 已锁定&lt;/h3&gt;当前登录：{name}。请输入密码继续，或切换为其他操作员。</translation>
    </message>
    <message>
        <source>Locked — Frontdesk</source>
        <translation>已锁定 — 客服前台</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Switch operator</source>
        <translation>切换操作员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Front desk — please log in</source>
        <translation>客服前台 —— 请登录</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>正在打开数据，请稍候…</translation>
    </message>
    <message>
        <source>Log in — Frontdesk</source>
        <translation>登录 — 客服前台</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the holiday calendar</source>
        <translation>打开节假日日历</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>This part of Frontdesk is not built yet.</source>
        <translation>此功能尚未开放，将在后续版本中提供。</translation>
    </message>
    <message>
        <source>{name} — Frontdesk</source>
        <translation>{name} — 客服前台</translation>
    </message>
    <message>
        <source>Property: {name}</source>
        <translation>物业：{name}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <source>Only a supervisor may do this.</source>
        <translation>只有主管可以进行此操作。</translation>
    </message>
    <message>
        <source>Operator list</source>
        <translation>操作员名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Make the report of {month} final? It is kept as it is written now: later reports of {month} are this file, and what is corrected in {month} afterwards is listed on the next month's 异常. This cannot be undone.</source>
        <translation>将 {month} 的报表定稿？报表按现在的内容保存：此后再出 {month} 的报表都是这份文件，之后对 {month} 的更正列在下月报表的异常表。定稿后不能撤销。</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written to:
{path}</source>
        <translation>备份已保存到：
{path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Frontdesk backups (*.fdbak);;All files (*)</source>
        <translation>Frontdesk 备份 (*.fdbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore {name}? Everything recorded after that backup will not be in the restored data (the current data is kept as a backup first). Frontdesk will ask you to log in again.</source>
        <translation>恢复 {name}？该备份之后登记的内容将不在恢复后的数据中（当前数据会先另存为一份备份）。恢复后需要重新登录。</translation>
    </message>
    <message>
        <source>The backup was restored. Please log in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
    <message>
        <source>on the database server</source>
        <translation>在数据库服务器上</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
    <message>
        <source>Data: {where}
Backups: {backups}
This computer's preferences: {config}</source>
        <translation>数据：{where}
备份：{backups}
本机偏好设置：{config}</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Go to the tab {title}</source>
        <translation>到{title}页</translation>
    </message>
    <message>
        <source>{title} at the room the tab shows</source>
        <translation>在当前标签所示房间{title}</translation>
    </message>
    <message>
        <source>Search (the tab shown, else registration)</source>
        <translation>搜索（当前页的搜索框，没有则到登记页）</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <source>On every tab</source>
        <translation>在任何页面</translation>
    </message>
    <message>
        <source>On the tab {title}</source>
        <translation>在{title}页</translation>
    </message>
    <message>
        <source>About Frontdesk</source>
        <translation>关于客服前台</translation>
    </message>
    <message>
        <source>Frontdesk {version}
The front desk of {name}.

Data schema: {schema} (this version: {head})
Data: {where}
Data folder: {folder}</source>
        <translation>客服前台 {version}
{name} 的客服前台。

数据结构版本：{schema}（本程序：{head}）
数据：{where}
数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Not saved yet:
{what}
Quit anyway? What was typed is lost.</source>
        <translation>以下内容尚未保存：
{what}
仍要退出吗？已填写的内容将丢失。</translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out / switch operator</source>
        <translation>注销 / 切换操作员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Operator list (PDF)</source>
        <translation>操作员名单（PDF）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Monthly report to management…</source>
        <translation>月度报表(&amp;M)…</translation>
    </message>
    <message>
        <source>Make a monthly report &amp;final (定稿)…</source>
        <translation>月度报表定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>A supervisor sends last month's workbook as final: later reports of the month are this file, and what is corrected in it afterwards is listed on the next month's 异常.</source>
        <translation>主管将上月报表定稿报送：此后该月报表即为此文件，之后的更正列在下月的异常表。</translation>
    </message>
    <message>
        <source>Printer &amp;test page</source>
        <translation>打印测试页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Property and preferences…</source>
        <translation>物业信息与偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>操作员管理(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Holiday calendar…</source>
        <translation>节假日日历(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>我的数据在哪里(&amp;W)？</translation>
    </message>
    <message>
        <source>Self-&amp;test…</source>
        <translation>自检(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Keys and help</source>
        <translation>帮助与快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Frontdesk</source>
        <translation>关于客服前台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Which month?</source>
        <translation>哪个月？</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MoveIn</name>
    <message>
        <source>Move-in confirmation</source>
        <translation>入住确认单</translation>
    </message>
    <message>
        <source>Owner (or agent)</source>
        <translation>业主（或受托人）</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>前台经办人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>受托人/经办人</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Custody from</source>
        <translation>托管日期</translation>
    </message>
    <message>
        <source>{tag}, {n} keys on hook {hook}, key receipt {paper}</source>
        <translation>{tag}，{n} 把，挂钩 {hook}，钥匙收条 {paper}</translation>
    </message>
    <message>
        <source>{total}, {method}, receipt {receipt}</source>
        <translation>{total}，{method}，收据 {receipt}</translation>
    </message>
    <message>
        <source>Engineer {engineer}; water {water}, electricity {power}, gas {gas}; rectification orders: {orders}</source>
        <translation>工程人员 {engineer}；水表 {water}，电表 {power}，燃气表 {gas}；整改工单：{orders}</translation>
    </message>
    <message>
        <source>{n} keys handed over; kept: {kept}</source>
        <translation>移交钥匙 {n} 把；留存：{kept}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What was checked, signed or handed over</source>
        <translation>查验、签署、移交内容</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>办理时间及经办人</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>receipt {receipt}</source>
        <translation>收据 {receipt}</translation>
    </message>
    <message>
        <source>Defects found: {defects}</source>
        <translation>验房发现问题：{defects}</translation>
    </message>
    <message>
        <source>The owner confirms the above: the documents were checked, the forms signed, the items and keys received, the fees paid and the meter readings agreed. Defects found are put right through the rectification orders named.</source>
        <translation>业主确认以上内容：资料已查验，表格已签署，资料及钥匙已收到，费用已缴纳，表具读数无异议。验房发现的问题按所列整改工单处理。</translation>
    </message>
    <message>
        <source> (signed on the pad)</source>
        <translation>（已在签字板签名）</translation>
    </message>
    <message>
        <source> (not signed: {reason})</source>
        <translation>（未签名：{reason}）</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <source>Documents</source>
        <translation>查验资料</translation>
    </message>
    <message>
        <source>Forms signed</source>
        <translation>签署表格</translation>
    </message>
    <message>
        <source>Items handed over</source>
        <translation>移交资料</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>缴纳费用</translation>
    </message>
    <message>
        <source>Inspection and meters</source>
        <translation>验房抄表</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>移交钥匙</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Move-in of {room}</source>
        <translation>{room} 入住办理</translation>
    </message>
    <message>
        <source>Ctrl+Enter completes the step shown; Esc closes — the move-in stays and goes on at its next step.</source>
        <translation>Ctrl+Enter 完成当前步骤；Esc 关闭——入住办理保留，下次从下一步继续。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Room {room}    Move-in {number}    {state}</source>
        <translation>房号 {room}    入住办理 {number}    {state}</translation>
    </message>
    <message>
        <source>Still to do: {steps}</source>
        <translation>尚未完成：{steps}</translation>
    </message>
    <message>
        <source>Every required step is done: finish as moved in, or put the room in custody.</source>
        <translation>必需步骤均已完成：办结为已入住，或改为托管。</translation>
    </message>
    <message>
        <source>{step} — done {at} by {operator}</source>
        <translation>{step}——{operator} 于 {at} 办理</translation>
    </message>
    <message>
        <source>Nothing was owed: no receipt.</source>
        <translation>无应缴费用，未开收据。</translation>
    </message>
    <message>
        <source>Receipt {number} issued. Change to give back: {change}.</source>
        <translation>已开收据 {number}。应找零 {change}。</translation>
    </message>
    <message>
        <source>Receipt {number} issued.</source>
        <translation>已开具收据 {number}。</translation>
    </message>
    <message>
        <source>Rectification orders sent to engineering: {orders}.</source>
        <translation>整改工单已派工程部：{orders}。</translation>
    </message>
    <message>
        <source>No defects: no rectification order.</source>
        <translation>验房无问题，无整改工单。</translation>
    </message>
    <message>
        <source>Keys kept on key receipt {number}.</source>
        <translation>留存钥匙，钥匙收条 {number}。</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <source>Move-in confirmation {number}</source>
        <translation>入住确认单 {number}</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住办理</translation>
    </message>
    <message>
        <source>Open the room first (search for it in 登记), then press F9.</source>
        <translation>请先打开房间（在登记中搜索），再按 F9。</translation>
    </message>
    <message>
        <source>Enter saves, Esc cancels. The fund item may be empty: no fund is taken.</source>
        <translation>回车保存，Esc 取消。维修基金项目可留空：不收维修基金。</translation>
    </message>
    <message>
        <source>A supervisor changes these rules.</source>
        <translation>这些规则由主管修改。</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>步骤(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Who comes *</source>
        <translation>办理人(&amp;W) *</translation>
    </message>
    <message>
        <source>&amp;Owner (as registered) *</source>
        <translation>业主（登记在册）(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Agent or company's 经办人</source>
        <translation>受托人或单位经办人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Documents seen *</source>
        <translation>已查验资料(&amp;D) *</translation>
    </message>
    <message>
        <source>Deli&amp;very date (on the notice) *</source>
        <translation>交付日期（入住通知书）(&amp;V) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Forms filled and signed *</source>
        <translation>已填写签署的表格(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Items handed over *</source>
        <translation>已移交资料(&amp;I) *</translation>
    </message>
    <message>
        <source>Owner's signature</source>
        <translation>业主签名</translation>
    </message>
    <message>
        <source>Not signed, because (&amp;Y)</source>
        <translation>未签名原因(&amp;Y)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>&amp;Method *</source>
        <translation>付款方式(&amp;M) *</translation>
    </message>
    <message>
        <source>&amp;Reference (non-cash)</source>
        <translation>交易单号（非现金）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cash received</source>
        <translation>实收现金(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Engineer *</source>
        <translation>工程人员(&amp;E) *</translation>
    </message>
    <message>
        <source>&amp;Water meter *</source>
        <translation>水表读数(&amp;W) *</translation>
    </message>
    <message>
        <source>E&amp;lectricity meter *</source>
        <translation>电表读数(&amp;L) *</translation>
    </message>
    <message>
        <source>&amp;Gas meter *</source>
        <translation>燃气表读数(&amp;G) *</translation>
    </message>
    <message>
        <source>Owner and engineer &amp;agree the readings</source>
        <translation>业主与工程人员确认读数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Defects found, one per line</source>
        <translation>验房问题，每行一条(&amp;D)</translation>
    </message>
    <message>
        <source>Keys &amp;handed over *</source>
        <translation>移交钥匙数(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Keep a set for the rectification (the owner agrees)</source>
        <translation>留存一套钥匙供整改（业主同意）(&amp;K)</translation>
    </message>
    <message>
        <source>Keys ke&amp;pt</source>
        <translation>留存钥匙数(&amp;P)</translation>
    </message>
    <message>
        <source>H&amp;ook</source>
        <translation>挂钩(&amp;O)</translation>
    </message>
    <message>
        <source>May also be &amp;collected by (contractor)</source>
        <translation>也可由施工方领取(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Emergency entry allowed</source>
        <translation>允许紧急开门(&amp;E)</translation>
    </message>
    <message>
        <source>Move-in &amp;date *</source>
        <translation>入住日期(&amp;D) *</translation>
    </message>
    <message>
        <source>Put the room in &amp;custody instead (the owner will not move in)</source>
        <translation>改为托管（业主暂不入住）(&amp;C)</translation>
    </message>
    <message>
        <source>Complete the &amp;step (Ctrl+Enter)</source>
        <translation>完成此步(&amp;S) (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>MoveInRulesDialog</name>
    <message>
        <source>Move-in rules</source>
        <translation>入住办理规则</translation>
    </message>
    <message>
        <source>&amp;First month's fee</source>
        <translation>首月物业费(&amp;F)</translation>
    </message>
    <message>
        <source>Property fee &amp;item code</source>
        <translation>物业费收费项目编码(&amp;I)</translation>
    </message>
    <message>
        <source>Maintenance f&amp;und item code</source>
        <translation>维修基金收费项目编码(&amp;U)</translation>
    </message>
    <message>
        <source>Rectifications go to (&amp;department)</source>
        <translation>整改工单派往(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Required steps</source>
        <translation>必须完成的步骤(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Scan to pay, and write your room number in the payment note</source>
        <translation>扫码缴费，请备注房号</translation>
    </message>
    <message>
        <source>Demand for payment</source>
        <translation>催缴函</translation>
    </message>
    <message>
        <source>Payment notice</source>
        <translation>缴费通知单</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation>欠费起始</translation>
    </message>
    <message>
        <source>Dear {owner}:</source>
        <translation>尊敬的{owner}：</translation>
    </message>
    <message>
        <source>Your home {room} has owed property fees since {oldest}. We reminded you by telephone, but the arrears are still unpaid. As of {day} you owe {amount} ({words}). Under the property service contract, please pay the full amount at the service centre within fifteen days of receiving this letter. If it stays unpaid, {company} will recover it through legal channels. Service hotline: {hotline}.</source>
        <translation>您的房屋 {room} 自 {oldest} 起欠缴物业服务费用，我司已电话提醒，至今仍未缴纳。截至 {day}，共欠 {amount}，大写{words}。根据《物业服务合同》的约定，请您自收到本函之日起十五日内到客服中心缴清全部欠费。逾期仍未缴纳的，{company}将依法通过法律途径追缴。服务热线：{hotline}。</translation>
    </message>
    <message>
        <source>As of {day}, the following fees of your home {room} are unpaid: {amount} in total ({words}). Please pay them at the service centre soon. If you have already paid, please ignore this notice. Service hotline: {hotline}.</source>
        <translation>截至 {day}，您的房屋 {room} 尚有下列费用未缴，合计 {amount}，大写{words}。请尽快到客服中心缴纳。如已缴纳，请忽略本通知。服务热线：{hotline}。</translation>
    </message>
    <message>
        <source>Late fee to {day}: {late}; owed with the late fee: {amount}.</source>
        <translation>滞纳金计至 {day}：{late}；连同滞纳金共计：{amount}。</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>房号：{room}</translation>
    </message>
    <message>
        <source>No room owes anything.</source>
        <translation>没有欠费的房屋。</translation>
    </message>
</context>
<context>
    <name>OneOffDialog</name>
    <message>
        <source>no one-off items yet</source>
        <translation>暂无临时收费项目</translation>
    </message>
    <message>
        <source>from the price standard</source>
        <translation>按收费标准</translation>
    </message>
    <message>
        <source>One-off charge</source>
        <translation>临时收费</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;What for</source>
        <translation>事由(&amp;W)</translation>
    </message>
</context>
<context>
    <name>OperatorEditDialog</name>
    <message>
        <source>Edit operator {name}</source>
        <translation>编辑操作员 {name}</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>新增操作员</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>用户名(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>姓名(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>密码(&amp;P) *</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word *</source>
        <translation>再次输入密码(&amp;W) *</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable {name}? The account can no longer log in; its records stay.</source>
        <translation>停用 {name}？该账号将不能登录，其已有记录全部保留。</translation>
    </message>
    <message>
        <source>Enable {name} again?</source>
        <translation>重新启用 {name}？</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>操作员管理</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print list</source>
        <translation>打印名单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PassRulesDialog</name>
    <message>
        <source>Rules of passes and permits</source>
        <translation>证件规则</translation>
    </message>
    <message>
        <source>&amp;Owner's deposit (yuan)</source>
        <translation>装修押金（业主，元）(&amp;O)</translation>
    </message>
    <message>
        <source>Owner's deposit with a structural &amp;change</source>
        <translation>改动结构的业主押金(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;ntractor's deposit</source>
        <translation>装修押金（施工方）(&amp;N)</translation>
    </message>
    <message>
        <source>Construction-&amp;waste fee</source>
        <translation>装修垃圾清运费(&amp;W)</translation>
    </message>
    <message>
        <source>Working days to &amp;approve</source>
        <translation>审批时限（工作日）(&amp;A)</translation>
    </message>
    <message>
        <source>Contractor's refund: &amp;months after acceptance</source>
        <translation>施工方押金：验收后几个月退还(&amp;M)</translation>
    </message>
    <message>
        <source>Worker pass &amp;deposit</source>
        <translation>出入证押金(&amp;D)</translation>
    </message>
    <message>
        <source>Worker pass card &amp;fee</source>
        <translation>出入证工本费(&amp;F)</translation>
    </message>
    <message>
        <source>Worker pass: months at mo&amp;st</source>
        <translation>出入证最长月数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Temporary pass: days</source>
        <translation>临时出入证天数(&amp;T)</translation>
    </message>
    <message>
        <source>Temporary pass &amp;printed on</source>
        <translation>临时出入证打印在(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hot work: hours at most</source>
        <translation>动火最长小时数(&amp;H)</translation>
    </message>
    <message>
        <source>Permitted working ho&amp;urs</source>
        <translation>施工时间(&amp;U)</translation>
    </message>
    <message>
        <source>No noisy work (&amp;Q)</source>
        <translation>禁止噪音施工(&amp;Q)</translation>
    </message>
    <message>
        <source>Works check&amp;list (、 between)</source>
        <translation>装修项目清单（用顿号分隔）(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Passes</name>
    <message>
        <source>Load-bearing walls, columns, beams and floor slabs may not be removed, cut or widened; no change to the building's facade, balconies or windows.</source>
        <translation>不得拆改、开凿承重墙、柱、梁、楼板；不得改变建筑外立面、阳台和外窗。</translation>
    </message>
    <message>
        <source>The bathroom and kitchen waterproofing are redone and water-tested; pipes in the walls are pressure-tested before they are covered.</source>
        <translation>卫生间、厨房防水须重做并做闭水试验；墙内管道封闭前须做打压试验。</translation>
    </message>
    <message>
        <source>Construction waste is bagged and taken to the place the property names, never to the corridors, stairs or green areas.</source>
        <translation>装修垃圾须袋装并运到物业指定地点，不得堆放在楼道、楼梯或绿地。</translation>
    </message>
    <message>
        <source>Hot work (welding, cutting) needs a hot-work permit; an extinguisher is kept on site.</source>
        <translation>电焊、切割等动火作业须办理动火证；现场须配备灭火器。</translation>
    </message>
    <message>
        <source>Workers carry their worker pass and show it to the guards; they do not stay overnight in the home.</source>
        <translation>施工人员须佩戴出入证并主动出示；不得在户内留宿。</translation>
    </message>
    <message>
        <source>Renovation permit</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>Approved by (property)</source>
        <translation>物业审批人</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Works: {works}</source>
        <translation>装修项目：{works}</translation>
    </message>
    <message>
        <source>Structural change approved by the housing authority: {no}</source>
        <translation>改动结构已经房屋主管部门批准：{no}</translation>
    </message>
    <message>
        <source>Rules of the works</source>
        <translation>施工须知</translation>
    </message>
    <message>
        <source>Noise or a breach of these rules: call the property's service hotline {hotline}; this permit is shown at the door throughout the works.</source>
        <translation>如有噪音扰民或违规施工，请拨打物业服务热线 {hotline}。施工期间本证须张贴于入户门。</translation>
    </message>
    <message>
        <source>Renovation notice to the departments</source>
        <translation>装修通知单</translation>
    </message>
    <message>
        <source>To: engineering department, security department</source>
        <translation>致：工程部、秩序部</translation>
    </message>
    <message>
        <source>Room {room} is under renovation from {start} to {end} (permit {number}). Please inspect the works, let the contractor's workers in with their passes, and report any violation to the front desk.</source>
        <translation>{room} 自 {start} 至 {end} 装修（许可证 {number}）。请按时巡查，凭出入证放行施工人员，发现违规及时告知客服前台。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>秩序部</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>施工人数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>施工期限</translation>
    </message>
    <message>
        <source> (extended {at}: {what}, {who})</source>
        <translation>（{at} 延期：{what}，{who}）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>施工时间</translation>
    </message>
    <message>
        <source>Quiet days</source>
        <translation>噪音限制</translation>
    </message>
    <message>
        <source>Rooms under renovation</source>
        <translation>装修房屋一览表</translation>
    </message>
    <message>
        <source>{n} rooms, as of the time printed below.</source>
        <translation>共 {n} 户，截至下方打印时间。</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>ID: {id}</source>
        <translation>证件：{id}</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>房屋：{room}</translation>
    </message>
    <message>
        <source>Contractor: {name}</source>
        <translation>施工单位：{name}</translation>
    </message>
    <message>
        <source>Trade: {trade}</source>
        <translation>工种：{trade}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>事由：{reason}</translation>
    </message>
    <message>
        <source>Valid: {start} — {end}</source>
        <translation>有效期：{start} 至 {end}</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Temporary pass</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Show this pass at the gate when asked, and hand it back there when you leave for the last time.</source>
        <translation>进出请主动向门岗出示本证；最后一次离开时交回门岗。</translation>
    </message>
    <message>
        <source>Hot-work permit</source>
        <translation>动火证</translation>
    </message>
    <message>
        <source>Welder</source>
        <translation>动火人</translation>
    </message>
    <message>
        <source>Fire watcher</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Welding certificate</source>
        <translation>操作证</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>动火地点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Fire measures: </source>
        <translation>防火措施：</translation>
    </message>
    <message>
        <source>extinguisher on site</source>
        <translation>配备灭火器</translation>
    </message>
    <message>
        <source>combustibles cleared</source>
        <translation>已清理易燃物</translation>
    </message>
    <message>
        <source>fire watcher present</source>
        <translation>有监护人</translation>
    </message>
    <message>
        <source>Extended from {old} to {new} by {by}: {reason}</source>
        <translation>延时：由 {old} 延至 {new}，{by} 批准（{reason}）</translation>
    </message>
    <message>
        <source>End-of-work check: {check}</source>
        <translation>完工检查：{check}</translation>
    </message>
    <message>
        <source>Bearer</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>业主确认</translation>
    </message>
    <message>
        <source>Valid until {day}; used once at the gate.</source>
        <translation>限 {day} 当日有效，门岗放行一次。</translation>
    </message>
    <message>
        <source>Fees owed ¥{owed}; released by the supervisor: {reason}</source>
        <translation>欠费 ¥{owed}；经主管同意放行：{reason}</translation>
    </message>
    <message>
        <source>Goods release slip</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Part 1 · stub (front desk)</source>
        <translation>第一联 存根（客服前台）</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Part 2 · gate</source>
        <translation>第二联 门岗联</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>门岗</translation>
    </message>
    <message>
        <source>Released at</source>
        <translation>放行时间</translation>
    </message>
</context>
<context>
    <name>PassesBoard</name>
    <message>
        <source>Approval overdue</source>
        <translation>审批超期</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Contractor's deposit due back</source>
        <translation>施工方押金可退</translation>
    </message>
    <message>
        <source>Past its end, not accepted</source>
        <translation>超期未验收</translation>
    </message>
    <message>
        <source>Ends this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Hot work waiting for approval</source>
        <translation>动火待审批</translation>
    </message>
    <message>
        <source>Hot work never approved, its window past: void it</source>
        <translation>动火申请未获审批且已过时，请作废</translation>
    </message>
    <message>
        <source>Pass expired, not returned</source>
        <translation>出入证过期未退</translation>
    </message>
    <message>
        <source>Hot work past its window, not closed</source>
        <translation>动火证超时未关闭</translation>
    </message>
</context>
<context>
    <name>PassesDialog</name>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>room code or resident</source>
        <translation>房号或住户</translation>
    </message>
    <message>
        <source>no owner registered</source>
        <translation>未登记业主</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未做</translation>
    </message>
    <message>
        <source>A supervisor records a deduction.</source>
        <translation>扣款由主管登记。</translation>
    </message>
    <message>
        <source>Owner's deposit ¥{amount}, deductions ¥{kept}: ¥{back} is paid back now.</source>
        <translation>业主押金 ¥{amount}，扣款 ¥{kept}：现退还 ¥{back}。</translation>
    </message>
    <message>
        <source>{number}  {room}  {contractor}; permit until {end}. Deposit ¥{deposit} and card fee ¥{fee} are taken now.</source>
        <translation>{number}  {room}  {contractor}；许可证至 {end}。现收押金 ¥{deposit}、工本费 ¥{fee}。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>— a common-area job —</source>
        <translation>— 公共区域作业 —</translation>
    </message>
    <message>
        <source>沙发 1
纸箱 12</source>
        <translation>沙发 1
纸箱 12</translation>
    </message>
    <message>
        <source>The register shows a tenant's goods (or a let room): the owner must confirm.</source>
        <translation>登记显示为租户的物品（或本房已出租）：须业主确认。</translation>
    </message>
    <message>
        <source>A supervisor changes these rules.</source>
        <translation>这些规则由主管修改。</translation>
    </message>
    <message>
        <source>A6 sheet</source>
        <translation>A6 纸</translation>
    </message>
    <message>
        <source>Card (85.6 × 54 mm)</source>
        <translation>证卡（85.6 × 54 毫米）</translation>
    </message>
</context>
<context>
    <name>PassesTab</name>
    <message>
        <source>Permit number, room, owner or contractor…</source>
        <translation>许可证号、房号、业主或施工单位…</translation>
    </message>
    <message>
        <source>Number, room or holder…</source>
        <translation>编号、房号或持证人…</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>all papers</source>
        <translation>全部证件</translation>
    </message>
    <message>
        <source>e.g. FX2026-000001, then Enter</source>
        <translation>如 FX2026-000001，然后按 Enter</translation>
    </message>
    <message>
        <source>{n} things need the desk; overdue ones are red. Enter on a row opens it.</source>
        <translation>共 {n} 项待办，超期的显示为红色。在一行上按 Enter 打开。</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>没有超期或本周到期的事项。</translation>
    </message>
    <message>
        <source>Needs attention ({n}) (&amp;B)</source>
        <translation>待办（{n}）(&amp;B)</translation>
    </message>
    <message>
        <source>Goods: {items}; vehicle {plate}</source>
        <translation>物品：{items}；车牌 {plate}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No renovation chosen. Ctrl+N applies for one.</source>
        <translation>未选择装修。按 Ctrl+N 办理装修申请。</translation>
    </message>
    <message>
        <source>Owner {owner} {phone}; contractor {contractor}, {manager} {mphone}, {n} workers</source>
        <translation>业主 {owner} {phone}；施工单位 {contractor}，负责人 {manager} {mphone}，{n} 人</translation>
    </message>
    <message>
        <source>Works: {works}; {start} to {end}</source>
        <translation>装修项目：{works}；{start} 至 {end}</translation>
    </message>
    <message>
        <source>Approval due {due}; water test {water}; pressure test {pressure}; owner signed {signed}; engineering {engineer}</source>
        <translation>审批时限 {due}；闭水试验 {water}；打压试验 {pressure}；业主签字 {signed}；工程主管 {engineer}</translation>
    </message>
    <message>
        <source>{what} ¥{amount}: {state}</source>
        <translation>{what} ¥{amount}：{state}</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Deduction ¥{amount}: {reason}</source>
        <translation>扣款 ¥{amount}：{reason}</translation>
    </message>
    <message>
        <source>The contractor's deposit is refundable from {day}</source>
        <translation>施工方押金 {day} 起可退</translation>
    </message>
    <message>
        <source>To put right: {what}; new inspection {day}</source>
        <translation>整改：{what}；复验 {day}</translation>
    </message>
    <message>
        <source>Worker pass {number} {holder} until {to}: {state}</source>
        <translation>出入证 {number} {holder} 至 {to}：{state}</translation>
    </message>
    <message>
        <source>Choose a renovation in the list first.</source>
        <translation>请先在列表中选择一个装修。</translation>
    </message>
    <message>
        <source>Renovation {number} applied for; approval is due {due}.</source>
        <translation>已登记装修申请 {number}，审批时限 {due}。</translation>
    </message>
    <message>
        <source>Tests and sign-off</source>
        <translation>试验与签字</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>没有应缴款项。</translation>
    </message>
    <message>
        <source>Take the money — {number}</source>
        <translation>收款 — {number}</translation>
    </message>
    <message>
        <source>Total ¥{total}</source>
        <translation>合计 ¥{total}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>房屋或地点</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>相关人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>End</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Rooms under renovation today: {n}</source>
        <translation>今日装修房屋：{n} 户</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>施工负责人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>施工期限</translation>
    </message>
    <message>
        <source>Find (&amp;J)</source>
        <translation>查找(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Cash received (yuan)</source>
        <translation>实收现金（元）(&amp;C)</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>付款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Change {amount}</source>
        <translation>找零 {amount}</translation>
    </message>
    <message>
        <source>Not enough cash</source>
        <translation>现金不足</translation>
    </message>
    <message>
        <source>Receipts {numbers} issued.</source>
        <translation>已开收据 {numbers}。</translation>
    </message>
    <message>
        <source>Take the money</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>发证并打印</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <source>Work order {number} made for the rectification.</source>
        <translation>已生成整改工单 {number}。</translation>
    </message>
    <message>
        <source>Extend — {number}</source>
        <translation>延期 — {number}</translation>
    </message>
    <message>
        <source>{number} ends {end}. The permit is printed again with the new end.</source>
        <translation>{number} 原定 {end} 完工。延期后重新打印许可证。</translation>
    </message>
    <message>
        <source>New &amp;end (YYYY-MM-DD)</source>
        <translation>新完工日期(&amp;E)（年-月-日）</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Stop the works — {number}</source>
        <translation>停工 — {number}</translation>
    </message>
    <message>
        <source>Stop or resume the works</source>
        <translation>停工/复工</translation>
    </message>
    <message>
        <source>Accepted; refund voucher {voucher}.</source>
        <translation>验收合格；退款凭证 {voucher}。</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>装修验收</translation>
    </message>
    <message>
        <source>These worker passes are not returned yet: {passes}. Ask for them back (退证).</source>
        <translation>以下出入证尚未退还：{passes}。请收回（退证）。</translation>
    </message>
    <message>
        <source>Refund the contractor's deposit — {number}</source>
        <translation>退施工方押金 — {number}</translation>
    </message>
    <message>
        <source>Refund &amp;by</source>
        <translation>退款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Refunded; refund voucher {voucher}.</source>
        <translation>已退款，退款凭证 {voucher}。</translation>
    </message>
    <message>
        <source>Refund the contractor's deposit</source>
        <translation>退施工方押金</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <source>Refund voucher {number}</source>
        <translation>押金退还凭证 {number}</translation>
    </message>
    <message>
        <source>{number} approved; take the money (Alt+M), then issue the permit.</source>
        <translation>{number} 已审批；请先收款（Alt+M），再发证。</translation>
    </message>
    <message>
        <source> Change {amount}.</source>
        <translation> 找零 {amount}。</translation>
    </message>
    <message>
        <source>{number} is {state}: the contractor's deposit is refunded once the renovation is accepted and its waiting time is over ({day}).</source>
        <translation>{number} 当前为“{state}”：施工方押金须在装修验收合格且期满后（{day}）才能退还。</translation>
    </message>
    <message>
        <source>{contractor}: ¥{amount}, refundable from {day}.</source>
        <translation>{contractor}：¥{amount}，{day} 起可退。</translation>
    </message>
    <message>
        <source>Void — {number}</source>
        <translation>作废 — {number}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>No paper chosen.</source>
        <translation>未选择证件。</translation>
    </message>
    <message>
        <source>{holder} {id} {phone}; {room} {purpose}</source>
        <translation>{holder} {id} {phone}；{room} {purpose}</translation>
    </message>
    <message>
        <source>Valid {start} to {end}; recorded {at} by {who}, waiting for a supervisor's approval</source>
        <translation>有效期 {start} 至 {end}；{at} 由 {who} 登记，待主管审批</translation>
    </message>
    <message>
        <source>Valid {start} to {end}; issued {at} by {who}</source>
        <translation>有效期 {start} 至 {end}；{at} 由 {who} 签发</translation>
    </message>
    <message>
        <source>Under permit {number} ({contractor})</source>
        <translation>所属许可证 {number}（{contractor}）</translation>
    </message>
    <message>
        <source>Confirmed by {who} ({how}, {at})</source>
        <translation>确认人 {who}（{how}，{at}）</translation>
    </message>
    <message>
        <source>Released at the gate {at}</source>
        <translation>门岗放行时间 {at}</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>批准人：{who}</translation>
    </message>
    <message>
        <source>Waits for a supervisor's approval</source>
        <translation>待主管审批</translation>
    </message>
    <message>
        <source>Extended from {old} to {new} by {by}: {reason}</source>
        <translation>延时：由 {old} 延至 {new}，{by} 批准（{reason}）</translation>
    </message>
    <message>
        <source>{paper} {number} issued.</source>
        <translation>已签发{paper} {number}。</translation>
    </message>
    <message>
        <source> Receipts {numbers}.</source>
        <translation> 收据 {numbers}。</translation>
    </message>
    <message>
        <source> Choose the passes to print (Shift+↑↓) and press Ctrl+P: up to eight on one card sheet.</source>
        <translation> 选中要打印的出入证（Shift+↑↓）后按 Ctrl+P：一张纸最多印八张。</translation>
    </message>
    <message>
        <source>{paper} {number} recorded; it prints once a supervisor approves it (Approve hot work).</source>
        <translation>{paper} {number} 已登记，待主管审批（“审批动火”）后打印。</translation>
    </message>
    <message>
        <source>Worker pass</source>
        <translation>施工人员出入证</translation>
    </message>
    <message>
        <source>Choose the renovation (施工中) on the renovations page first: a worker pass is issued under its permit.</source>
        <translation>请先在“装修”页选择施工中的装修：出入证须凭其许可证办理。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Choose a paper in the list first.</source>
        <translation>请先在列表中选择一份证件。</translation>
    </message>
    <message>
        <source>Return the pass — {number}</source>
        <translation>退证 — {number}</translation>
    </message>
    <message>
        <source>{holder}: the deposit ¥{amount} is paid back.</source>
        <translation>{holder}：退还押金 ¥{amount}。</translation>
    </message>
    <message>
        <source>Return the pass</source>
        <translation>退证</translation>
    </message>
    <message>
        <source>Pass lost</source>
        <translation>出入证遗失</translation>
    </message>
    <message>
        <source>{number} {holder}: the pass is lost and its deposit is kept. Go on?</source>
        <translation>{number} {holder}：出入证遗失，押金不退。继续吗？</translation>
    </message>
    <message>
        <source>Close hot work — {number}</source>
        <translation>关闭动火证 — {number}</translation>
    </message>
    <message>
        <source>End-of-work &amp;check</source>
        <translation>完工检查(&amp;C)</translation>
    </message>
    <message>
        <source>Close hot work</source>
        <translation>关闭动火证</translation>
    </message>
    <message>
        <source>Approve hot work</source>
        <translation>审批动火</translation>
    </message>
    <message>
        <source>{number} {holder}: {place}, {start} to {end}. Approve it and print the permit?</source>
        <translation>{number} {holder}：{place}，{start} 至 {end}。批准并打印动火证吗？</translation>
    </message>
    <message>
        <source>{number} approved.</source>
        <translation>{number} 已审批。</translation>
    </message>
    <message>
        <source>Extend hot work — {number}</source>
        <translation>动火延时 — {number}</translation>
    </message>
    <message>
        <source>{number} ends {end}; a supervisor extends it by at most {n} hours at a time. The permit is printed again.</source>
        <translation>{number} 至 {end} 结束；主管每次最多延时 {n} 小时。延时后重新打印动火证。</translation>
    </message>
    <message>
        <source>New &amp;end (YYYY-MM-DD HH:MM)</source>
        <translation>新的结束时间(&amp;E)（年-月-日 时:分）</translation>
    </message>
    <message>
        <source>Extend hot work</source>
        <translation>动火延时</translation>
    </message>
    <message>
        <source>¥{kept} kept, ¥{refunded} paid back</source>
        <translation>扣除 ¥{kept}，退还 ¥{refunded}</translation>
    </message>
    <message>
        <source>deposit held</source>
        <translation>押金在押</translation>
    </message>
    <message>
        <source>paid back</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已扣除</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>water test</source>
        <translation>闭水试验</translation>
    </message>
    <message>
        <source>pressure test</source>
        <translation>打压试验</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>money taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>permit issued</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>works stopped</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>works resumed</source>
        <translation>复工</translation>
    </message>
    <message>
        <source>acceptance failed</source>
        <translation>验收不合格</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <source>contractor's deposit paid back</source>
        <translation>退施工方押金</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Check a paper (scan or type its number) (&amp;Q)</source>
        <translation>核验证件（扫码或输入编号）(&amp;Q)</translation>
    </message>
    <message>
        <source>Needs attention (&amp;B)</source>
        <translation>待办(&amp;B)</translation>
    </message>
    <message>
        <source>Renovations (&amp;Z)</source>
        <translation>装修(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Of state</source>
        <translation>状态(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Apply… (Ctrl+N)</source>
        <translation>装修申请(&amp;A)…（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Tests and sign-off…</source>
        <translation>试验与签字(&amp;T)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>审批(&amp;V)</translation>
    </message>
    <message>
        <source>Take the &amp;money…</source>
        <translation>收款(&amp;M)…</translation>
    </message>
    <message>
        <source>Issue and &amp;print</source>
        <translation>发证并打印(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Inspection…</source>
        <translation>巡查(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>延期(&amp;E)…</translation>
    </message>
    <message>
        <source>Stop / resume &amp;works…</source>
        <translation>停工/复工(&amp;W)…</translation>
    </message>
    <message>
        <source>Acceptan&amp;ce…</source>
        <translation>验收(&amp;C)…</translation>
    </message>
    <message>
        <source>Refund the contractor's deposit… (&amp;K)</source>
        <translation>退施工方押金(&amp;K)…</translation>
    </message>
    <message>
        <source>Voi&amp;d…</source>
        <translation>作废(&amp;D)…</translation>
    </message>
    <message>
        <source>Rooms under renovation (&amp;L)</source>
        <translation>装修房屋一览(&amp;L)</translation>
    </message>
    <message>
        <source>Passes and slips (&amp;X)</source>
        <translation>出入证与放行条(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Of kind</source>
        <translation>类别(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;In force only</source>
        <translation>只看有效(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Worker pass…</source>
        <translation>施工人员出入证(&amp;W)…</translation>
    </message>
    <message>
        <source>Temporar&amp;y pass…</source>
        <translation>临时出入证(&amp;Y)…</translation>
    </message>
    <message>
        <source>Hot-wor&amp;k permit…</source>
        <translation>动火证(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Goods release slip…</source>
        <translation>物品放行条(&amp;G)…</translation>
    </message>
    <message>
        <source>Pri&amp;nt (Ctrl+P)</source>
        <translation>打印(&amp;N)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Ret&amp;urn the pass…</source>
        <translation>退证(&amp;U)…</translation>
    </message>
    <message>
        <source>Pass &amp;lost…</source>
        <translation>遗失(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close hot work…</source>
        <translation>关闭动火证(&amp;C)…</translation>
    </message>
    <message>
        <source>Approve hot work (&amp;P)</source>
        <translation>审批动火(&amp;P)</translation>
    </message>
    <message>
        <source>Extend hot work… (&amp;T)</source>
        <translation>动火延时(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>A password needs at least {n} characters, with both letters and digits.</source>
        <translation>密码至少 {n} 位，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Reset password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <source>The operator must change it at the next log-in.</source>
        <translation>该操作员下次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Your password was reset by a supervisor. Please choose your own password now.</source>
        <translation>您的密码已由主管重置，请现在设置自己的密码。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Register a resident — {room}</source>
        <translation>登记住户 — {room}</translation>
    </message>
    <message>
        <source>date or number of the power of attorney (agents)</source>
        <translation>委托书日期或编号（受托人填写）</translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation>登记住户</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>身份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名/名称(&amp;N) *</translation>
    </message>
    <message>
        <source>A &amp;company (name and credit code)</source>
        <translation>单位业主（名称和信用代码）(&amp;C)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机号码(&amp;M)</translation>
    </message>
    <message>
        <source>Other &amp;phone</source>
        <translation>备用电话(&amp;P)</translation>
    </message>
    <message>
        <source>Move-in &amp;date</source>
        <translation>入住日期(&amp;D)</translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation>紧急联系人(&amp;J)</translation>
    </message>
    <message>
        <source>Emergency p&amp;hone</source>
        <translation>紧急联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>Power of &amp;attorney</source>
        <translation>委托书(&amp;A)</translation>
    </message>
    <message>
        <source>Vehicle p&amp;late</source>
        <translation>车牌号(&amp;L)</translation>
    </message>
    <message>
        <source>Parkin&amp;g space</source>
        <translation>车位号(&amp;G)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <source>The printer font cannot draw these characters, which will be missing on paper: {chars}</source>
        <translation>打印字体无法显示以下字符，纸面上将缺失：{chars}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again, or save the PDF.</source>
        <translation>无法启动打印机。请检查打印机是否开机后重试，或先另存为 PDF。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Open in system viewer</source>
        <translation>用系统查看器打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message>
        <source>There is no metered item yet: a supervisor adds one under 设置 → 收费标准.</source>
        <translation>还没有抄表计费的项目：请主管在“设置 → 收费标准”中添加。</translation>
    </message>
    <message>
        <source>Save the reading sheet</source>
        <translation>保存抄表单</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>导入读数</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these rows and import again:</source>
        <translation>没有导入任何读数。请改正以下各行后重新导入：</translation>
    </message>
    <message>
        <source>Row {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{bills} bills made; {baselines} meters read for the first time (their start).</source>
        <translation>已生成 {bills} 笔应收；{baselines} 块表为首次抄表（作为起始读数）。</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Save the reading sheet, fill in the column 本期读数 for the rooms read this month, then import it. The first reading of a meter only sets its start. If any row is wrong, nothing is imported.</source>
        <translation>先保存抄表单，为本月抄到的房屋填写“本期读数”，再导入。每块表的第一次读数只作为起始读数。只要有一行有误，就不会导入任何读数。</translation>
    </message>
    <message>
        <source>&amp;Save the reading sheet…</source>
        <translation>保存抄表单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>导入读数(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>Paid back &amp;by</source>
        <translation>退还方式(&amp;B)</translation>
    </message>
    <message>
        <source>Tra&amp;nsaction no.</source>
        <translation>交易流水号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>原因(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Part 1: stub</source>
        <translation>第一联 存根联</translation>
    </message>
    <message>
        <source>Part 2: for the payer</source>
        <translation>第二联 收据联（交付款人）</translation>
    </message>
    <message>
        <source>Part 3: for the accounts</source>
        <translation>第三联 记账联</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Cash received / change</source>
        <translation>实收现金 / 找零</translation>
    </message>
    <message>
        <source>Total in words: {words}</source>
        <translation>合计（大写）：{words}</translation>
    </message>
    <message>
        <source>Received by (company)</source>
        <translation>收款单位</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Reverses receipt {number}: {reason}</source>
        <translation>红冲原收据 {number}，原因：{reason}</translation>
    </message>
    <message>
        <source>VOID — {reason} (approved by {by}, {at})</source>
        <translation>作废——{reason}（{by} 批准，{at}）</translation>
    </message>
    <message>
        <source>Late fee of {amount} waived: {reason}</source>
        <translation>滞纳金 {amount} 已减免：{reason}</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Quantity × price</source>
        <translation>数量 × 单价</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>REVERSAL</source>
        <translation>红冲</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>{company} (seal)</source>
        <translation>收款单位（盖章）：{company}</translation>
    </message>
    <message>
        <source>Shift close</source>
        <translation>交班日结单</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Receipts issued</source>
        <translation>开具收据</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Deposits refunded</source>
        <translation>押金退还</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收款</translation>
    </message>
    <message>
        <source>By fee item</source>
        <translation>按收费项目</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>按收款方式</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>The drawer's float advanced {amount} for money paid back beyond the cash taken; it is to be made good.</source>
        <translation>本班退款超出所收现金，由备用金垫付 {amount}，须补足备用金。</translation>
    </message>
    <message>
        <source>Reason for the difference: {reason}</source>
        <translation>差额原因：{reason}</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>{number} (approved by {by}, {at})</source>
        <translation>{number}（{by} 批准，{at}）</translation>
    </message>
    <message>
        <source>Cash follows the drawer: a receipt counts in the shift of the operator who issued it, and its void in the same shift, whoever approved it; a reversal (红冲) and a deposit refund count in the shift of the desk that paid the money back. The cash expected is the cash taken less the cash paid back, plus what the float advanced.</source>
        <translation>现金随钱箱：收据计入开具收据的收款员当班，其作废也计入同一班次（无论由谁批准）；红冲和押金退还计入实际退款的前台当班。应有现金 = 所收现金 − 退还现金 + 备用金垫付。</translation>
    </message>
    <message>
        <source>Deposit refund voucher</source>
        <translation>押金退还凭证</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>领款人</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收取日期</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>扣除金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <source>Paid back by</source>
        <translation>退还方式</translation>
    </message>
    <message>
        <source>Reason for keeping part of it: {reason}</source>
        <translation>扣除原因：{reason}</translation>
    </message>
    <message>
        <source>Refunded in words: {words}</source>
        <translation>退还金额（大写）：{words}</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Turned into a work order</source>
        <translation>已转工单</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Reply promised</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>未答复</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>Search: room (3-2-1201, 3栋1201), name, pinyin initials, phone or last 4 digits, plate… (Ctrl+F)</source>
        <translation>搜索：房号（3-2-1201、3栋1201）、姓名、拼音首字母、电话或后四位、车牌……（Ctrl+F）</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>{n} rooms</source>
        <translation>共 {n} 间</translation>
    </message>
    <message>
        <source>No room is shown: find it in the search box, then press {key} again.</source>
        <translation>没有显示房间：先在搜索框找到房间，再按 {key}。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Find a room or a resident in the search box above (Ctrl+F), or pick a room from the list.</source>
        <translation>在上方搜索框（Ctrl+F）中查找房屋或住户，或从左侧列表中选择房屋。</translation>
    </message>
    <message>
        <source>Record an &amp;inspection (F4)</source>
        <translation>托管巡查(&amp;I)（F4）</translation>
    </message>
    <message>
        <source>Put into c&amp;ustody (F4)</source>
        <translation>办理托管(&amp;U)（F4）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>{number}

This look-up is recorded in the audit log.</source>
        <translation>{number}

本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Record that this resident moved out today? The record stays in the room's history.</source>
        <translation>登记该住户今天迁出？记录会保留在房屋历史中。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>没有变更记录。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Roster template</source>
        <translation>花名册模板</translation>
    </message>
    <message>
        <source>owners-roster-template.xlsx</source>
        <translation>业主花名册模板.xlsx</translation>
    </message>
    <message>
        <source>The template was saved to {path}.</source>
        <translation>模板已保存到 {path}。</translation>
    </message>
    <message>
        <source>Water or electricity use since the last reading is above the limit. Check the room for a leak or an intrusion and tell the owner.</source>
        <translation>自上次读数以来的用水或用电量超出限值。请检查房屋是否漏水或有人进入，并通知业主。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>{n} rooms in custody. Red: use above the limits since the last reading, or no inspection for more than 7 days.</source>
        <translation>共 {n} 间托管房屋。红色：自上次读数以来用量超限，或超过 7 天未巡查。</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Search content, caller or room…</source>
        <translation>搜索事由、来电人或房号…</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>&amp;New building…</source>
        <translation>批量建房(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Roster &amp;template…</source>
        <translation>花名册模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;1 Rooms</source>
        <translation>房屋(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <source>Log a &amp;call (F2)</source>
        <translation>来电来访(&amp;C)（F2）</translation>
    </message>
    <message>
        <source>&amp;Register a resident (F3)</source>
        <translation>登记住户(&amp;G)（F3）</translation>
    </message>
    <message>
        <source>C&amp;ustody (F4)</source>
        <translation>托管(&amp;U)（F4）</translation>
    </message>
    <message>
        <source>S&amp;mall registration (F6)</source>
        <translation>小型登记(&amp;M)（F6）</translation>
    </message>
    <message>
        <source>&amp;Edit room…</source>
        <translation>修改房屋(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;L)</translation>
    </message>
    <message>
        <source>Collect &amp;fees (F8)</source>
        <translation>收费(&amp;P) (F8)</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in (F9)</source>
        <translation>入住办理(&amp;V) (F9)</translation>
    </message>
    <message>
        <source>&amp;2 Custody</source>
        <translation>托管(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Calls and visits</source>
        <translation>来电来访(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Small registrations</source>
        <translation>小型登记(&amp;4)</translation>
    </message>
    <message>
        <source>Record an &amp;inspection…</source>
        <translation>巡查登记(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;End custody…</source>
        <translation>结束托管(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Overdue replies only</source>
        <translation>只看逾期未回复(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New entry (F2)</source>
        <translation>新登记(&amp;G)（F2）</translation>
    </message>
    <message>
        <source>Mark &amp;replied</source>
        <translation>标记已回复(&amp;Y)</translation>
    </message>
    <message>
        <source>Turned into a &amp;work order</source>
        <translation>已转工单(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Weekend batch of</source>
        <translation>周末批次(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记已办(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Goods release slip</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>&amp;Room *</source>
        <translation>房屋(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;Bearer *</source>
        <translation>搬运人(&amp;B) *</translation>
    </message>
    <message>
        <source>&amp;ID number *</source>
        <translation>身份证号(&amp;I) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Rea&amp;son *</source>
        <translation>事由(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Goods (a line each: name quantity) *</source>
        <translation>物品(&amp;G)（每行：名称 数量） *</translation>
    </message>
    <message>
        <source>&amp;Vehicle plate</source>
        <translation>车牌号(&amp;V)</translation>
    </message>
    <message>
        <source>Planned &amp;time</source>
        <translation>计划时间(&amp;T)</translation>
    </message>
    <message>
        <source>The bearer is a tenant: the owner must confirm (&amp;N)</source>
        <translation>搬运人为租户：须业主确认(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Confirmed by *</source>
        <translation>确认人(&amp;C) *</translation>
    </message>
    <message>
        <source>Confirmed &amp;how *</source>
        <translation>确认方式(&amp;H) *</translation>
    </message>
    <message>
        <source>Released despite fees owed, because (&amp;E)</source>
        <translation>欠费仍放行的原因(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RenovationDialog</name>
    <message>
        <source>Renovation application</source>
        <translation>装修申请</translation>
    </message>
    <message>
        <source>&amp;Room *</source>
        <translation>房屋(&amp;R) *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>&amp;Contractor *</source>
        <translation>施工单位(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Person in charge *</source>
        <translation>施工负责人(&amp;P) *</translation>
    </message>
    <message>
        <source>P&amp;hone of the person in charge *</source>
        <translation>负责人电话(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Workers *</source>
        <translation>施工人数(&amp;W) *</translation>
    </message>
    <message>
        <source>Planned wor&amp;ks *</source>
        <translation>施工项目(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Other works</source>
        <translation>其他项目(&amp;O)</translation>
    </message>
    <message>
        <source>Planned &amp;start *</source>
        <translation>计划开工(&amp;S) *</translation>
    </message>
    <message>
        <source>Planned &amp;end *</source>
        <translation>计划完工(&amp;E) *</translation>
    </message>
    <message>
        <source>Structural change (needs the housing authority's approval) (&amp;U)</source>
        <translation>改动结构（须房屋主管部门批准）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Approval number</source>
        <translation>批准文号(&amp;A)</translation>
    </message>
    <message>
        <source>Documents seen *</source>
        <translation>已查验资料 *</translation>
    </message>
    <message>
        <source>Application form (&amp;1)</source>
        <translation>装修申请表(&amp;1)</translation>
    </message>
    <message>
        <source>Floor plan (&amp;2)</source>
        <translation>平面图(&amp;2)</translation>
    </message>
    <message>
        <source>Renovation agreement signed (&amp;3)</source>
        <translation>已签装修协议(&amp;3)</translation>
    </message>
    <message>
        <source>Contractor's licence (&amp;4)</source>
        <translation>施工单位资质(&amp;4)</translation>
    </message>
</context>
<context>
    <name>RenovationTestsDialog</name>
    <message>
        <source>Tests and sign-off</source>
        <translation>试验与签字</translation>
    </message>
    <message>
        <source>&amp;Water-retention test</source>
        <translation>闭水试验(&amp;W)</translation>
    </message>
    <message>
        <source>Water test &amp;day</source>
        <translation>闭水试验日期(&amp;D)</translation>
    </message>
    <message>
        <source>Water test wi&amp;tness</source>
        <translation>闭水见证人(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pressure test</source>
        <translation>打压试验(&amp;P)</translation>
    </message>
    <message>
        <source>Pressure test d&amp;ay</source>
        <translation>打压试验日期(&amp;A)</translation>
    </message>
    <message>
        <source>Pressure test witn&amp;ess</source>
        <translation>打压见证人(&amp;E)</translation>
    </message>
    <message>
        <source>The owner signed that the tests passed (&amp;O)</source>
        <translation>业主已签字确认试验合格(&amp;O)</translation>
    </message>
    <message>
        <source>Engineering super&amp;visor who signed</source>
        <translation>签字的工程主管(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>按操作员</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>收据登记簿</translation>
    </message>
    <message>
        <source>{property} — receipt register</source>
        <translation>{property} — 收据登记簿</translation>
    </message>
    <message>
        <source>{company}  Receipts issued {first} to {last}</source>
        <translation>{company}  开票日期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Entries by operator</source>
        <translation>各操作员记录数</translation>
    </message>
    <message>
        <source>Work-order register</source>
        <translation>工单登记簿</translation>
    </message>
    <message>
        <source>{property} — work-order register</source>
        <translation>{property} — 工单登记簿</translation>
    </message>
    <message>
        <source>{company}  Registered {first} to {last}</source>
        <translation>{company}  登记日期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>Renovation permits</source>
        <translation>装修许可证</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Key register</source>
        <translation>钥匙登记簿</translation>
    </message>
    <message>
        <source>Key movements</source>
        <translation>钥匙流水</translation>
    </message>
    <message>
        <source>{company}  As of {at}</source>
        <translation>{company}  截至 {at}</translation>
    </message>
    <message>
        <source>{company}  Movements {first} to {last}</source>
        <translation>{company}  流水日期：{first} 至 {last}</translation>
    </message>
    <message>
        <source>{property} — {what}</source>
        <translation>{property} — {what}</translation>
    </message>
    <message>
        <source>{company}  Issued {first} to {last}</source>
        <translation>{company}  签发日期 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页 共 &amp;N 页</translation>
    </message>
    <message>
        <source>On-time reply rate (replied on time ÷ replies due)</source>
        <translation>答复及时率（按时答复 ÷ 应答复）</translation>
    </message>
    <message>
        <source>On-time completion rate (completed on time ÷ completions due)</source>
        <translation>按时完成率（按时完成 ÷ 应完成）</translation>
    </message>
    <message>
        <source>Completion rate (completed ÷ orders not cancelled nor complaints found invalid)</source>
        <translation>完成率（已完成 ÷ 未取消且非投诉不成立）</translation>
    </message>
    <message>
        <source>Follow-up rate (followed up ÷ due a follow-up; unreachable left out)</source>
        <translation>回访率（已回访 ÷ 应回访，无法回访不计）</translation>
    </message>
    <message>
        <source>Average satisfaction (1 to 5; ratings counted)</source>
        <translation>平均满意度（1–5 分；评分次数）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>{property} — monthly report {month}</source>
        <translation>{property} — 月度报表 {month}</translation>
    </message>
    <message>
        <source>{company}  {first} to {last}  Made {made}</source>
        <translation>{company}  {first} 至 {last}  制表于 {made}</translation>
    </message>
    <message>
        <source>Final (定稿) by {who}</source>
        <translation>定稿：{who}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>单号/房号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子（计算口径）</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>This month less last month, divided by last month; for a rate, the change in points (this month's rate less last month's)</source>
        <translation>本月减上月，再除以上月；比率的环比为百分点之差（本月比率减上月比率）</translation>
    </message>
    <message>
        <source>Empty when last month's figure is zero or empty</source>
        <translation>上月数字为零或为空时不计算</translation>
    </message>
    <message>
        <source>Final month's figure changed</source>
        <translation>已定稿月份数据变动</translation>
    </message>
    <message>
        <source>{figure}: sent {sent}, now {now}</source>
        <translation>{figure}：报送时 {sent}，现为 {now}</translation>
    </message>
    <message>
        <source>Correction after 定稿</source>
        <translation>定稿后更正</translation>
    </message>
    <message>
        <source>Received in the month</source>
        <translation>本月收款</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Billed this month</source>
        <translation>当期应收</translation>
    </message>
    <message>
        <source>Paid of this month</source>
        <translation>当期实收</translation>
    </message>
    <message>
        <source>Arrears recovered</source>
        <translation>欠费追回</translation>
    </message>
    <message>
        <source>Paid ahead</source>
        <translation>预收</translation>
    </message>
    <message>
        <source>Owed of this month</source>
        <translation>当期欠费</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>收费率</translation>
    </message>
    <message>
        <source>Rooms billed</source>
        <translation>应收户数</translation>
    </message>
    <message>
        <source>Rooms fully paid</source>
        <translation>缴清户数</translation>
    </message>
    <message>
        <source>Room collection rate</source>
        <translation>户收费率</translation>
    </message>
    <message>
        <source>What the receipts took</source>
        <translation>收据构成</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠费金额</translation>
    </message>
    <message>
        <source>Months owed</source>
        <translation>欠费月数</translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation>欠费起始</translation>
    </message>
    <message>
        <source>Age (months)</source>
        <translation>账龄（月）</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>最近催缴</translation>
    </message>
    <message>
        <source>Deposit kind</source>
        <translation>押金类别</translation>
    </message>
    <message>
        <source>Held at month end</source>
        <translation>月末在押笔数</translation>
    </message>
    <message>
        <source>Amount held</source>
        <translation>月末在押金额</translation>
    </message>
    <message>
        <source>Held over a year</source>
        <translation>其中超过一年</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>本月收取</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>本月退还</translation>
    </message>
    <message>
        <source>Forfeited</source>
        <translation>本月扣除</translation>
    </message>
    <message>
        <source>Arrears at month end</source>
        <translation>月末欠费总额</translation>
    </message>
    <message>
        <source>Rooms in arrears</source>
        <translation>月末欠费户数</translation>
    </message>
    <message>
        <source>Deposits held</source>
        <translation>月末押金结存</translation>
    </message>
    <message>
        <source>Bills paid (收费's received in the month)</source>
        <translation>账单收款（即收费表本月收款）</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Deposits taken</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <source>Not explained (nothing, when the books are right)</source>
        <translation>无法对应（账目正确时为零）</translation>
    </message>
    <message>
        <source>The month's receipts reversed since</source>
        <translation>本月收据其后被红冲</translation>
    </message>
    <message>
        <source>红冲 receipts issued in the month</source>
        <translation>本月开出的红冲收据</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Receipts taken apart</source>
        <translation>收据核对</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Arrears over a year</source>
        <translation>欠费超过一年</translation>
    </message>
    <message>
        <source>Receipts not explained by bills, late fees or deposits</source>
        <translation>收据金额与账单、滞纳金、押金对不上</translation>
    </message>
    <message>
        <source>Collection by building</source>
        <translation>各楼栋收费</translation>
    </message>
    <message>
        <source>The bills of the month's periods (one-off charges of its days included)</source>
        <translation>本月账期的应收（含本月各日的临时收费）</translation>
    </message>
    <message>
        <source>Bills cancelled with their month; late fees; deposits</source>
        <translation>已撤销开账的应收；滞纳金；押金</translation>
    </message>
    <message>
        <source>What live receipts issued by the month's end paid of the month's bills (paid ahead included)</source>
        <translation>月末前开出的有效收据所付的本月应收（含此前预收）</translation>
    </message>
    <message>
        <source>Voided and reversed receipts</source>
        <translation>已作废和已红冲的收据</translation>
    </message>
    <message>
        <source>What live receipts issued in the month paid of bills of earlier months</source>
        <translation>本月开出的有效收据所付的以前月份应收</translation>
    </message>
    <message>
        <source>What live receipts issued in the month paid of bills of later months</source>
        <translation>本月开出的有效收据所付的以后月份应收</translation>
    </message>
    <message>
        <source>Rooms whose bills of the month were all paid by its end</source>
        <translation>本月应收在月末前全部缴清的户数</translation>
    </message>
    <message>
        <source>Rooms billed in the month</source>
        <translation>本月有应收的户数</translation>
    </message>
    <message>
        <source>Bills begun by the month's end less what live receipts issued by then paid of them</source>
        <translation>月末前已开始的应收，减去月末前有效收据已付部分</translation>
    </message>
    <message>
        <source>Late fees not yet charged</source>
        <translation>尚未收取的滞纳金</translation>
    </message>
    <message>
        <source>Deposits collected by the month's end and not refunded or forfeited by then</source>
        <translation>月末前收取、到月末尚未退还或扣除的押金</translation>
    </message>
    <message>
        <source>Deposits whose receipt was voided</source>
        <translation>收据已作废的押金</translation>
    </message>
    <message>
        <source>Every receipt issued in the month; the total counts the receipts whose status is 正常 (a 红冲 counts negative)</source>
        <translation>本月开出的全部收据；合计只计状态为“正常”的收据（红冲收据为负数）</translation>
    </message>
    <message>
        <source>Voided receipts</source>
        <translation>已作废的收据</translation>
    </message>
    <message>
        <source>What live receipts issued in the month paid of bills of any month: this month's paid in it, arrears recovered and paid ahead</source>
        <translation>本月开出的有效收据所缴各月账单金额：本月账单在本月所缴、欠费追回与预收之和</translation>
    </message>
    <message>
        <source>What was paid before the month of its bills; late fees; deposits</source>
        <translation>本月之前已缴的本月账单金额；滞纳金；押金</translation>
    </message>
    <message>
        <source>The receipt register's total taken apart: bills paid (equal to received in the month on 收费), late fees, deposits, what none of these explains, the month's receipts reversed since and the 红冲 issued in it; the parts add up to the register's total</source>
        <translation>收据登记簿合计的构成：账单收款（等于收费表的本月收款）、滞纳金、押金、无法对应部分、本月收据其后被红冲的金额与本月开出的红冲收据；各项之和等于登记簿合计</translation>
    </message>
    <message>
        <source>Keys out at month end</source>
        <translation>月末借出钥匙</translation>
    </message>
    <message>
        <source>Keys overdue at month end</source>
        <translation>月末逾期未还钥匙</translation>
    </message>
    <message>
        <source>Key kind</source>
        <translation>钥匙类型</translation>
    </message>
    <message>
        <source>Kept at month end</source>
        <translation>月末保管</translation>
    </message>
    <message>
        <source>Out at month end</source>
        <translation>月末借出</translation>
    </message>
    <message>
        <source>Overdue at month end</source>
        <translation>月末逾期</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遗失</translation>
    </message>
    <message>
        <source>Key overdue</source>
        <translation>钥匙逾期未还</translation>
    </message>
    <message>
        <source>Handover count difference</source>
        <translation>交接班盘点差异</translation>
    </message>
    <message>
        <source>Key sets lent out and not returned by the month's end</source>
        <translation>借出且截至月末未归还的钥匙</translation>
    </message>
    <message>
        <source>Key sets out at the month's end whose loan was due back before it</source>
        <translation>月末仍借出且约定归还时间已过的钥匙</translation>
    </message>
    <message>
        <source>Key sets in the desk's custody at the month's end: in the cabinet or lent</source>
        <translation>月末由前台保管的钥匙：在柜或借出</translation>
    </message>
    <message>
        <source>Sets collected by their owners, lost or retired</source>
        <translation>已被业主领取、遗失或停用的钥匙</translation>
    </message>
    <message>
        <source>Shift handover counts in the month that found more or fewer sets than the ledger expects</source>
        <translation>本月交接班盘点中与台账不符（缺少或多出）的记录</translation>
    </message>
    <message>
        <source>Renovation permits issued</source>
        <translation>装修许可证发放数</translation>
    </message>
    <message>
        <source>Worker passes issued</source>
        <translation>施工人员出入证发放数</translation>
    </message>
    <message>
        <source>Temporary passes issued</source>
        <translation>临时出入证发放数</translation>
    </message>
    <message>
        <source>Hot-work permits issued</source>
        <translation>动火证发放数</translation>
    </message>
    <message>
        <source>Release slips issued</source>
        <translation>物品放行条开具数</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Returned or accepted</source>
        <translation>退还或验收</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Past its end</source>
        <translation>证件超期</translation>
    </message>
    <message>
        <source>Contractor deposit due for refund</source>
        <translation>施工方押金到期应退</translation>
    </message>
    <message>
        <source>Permits and passes issued in the month, by type</source>
        <translation>本月发放的许可证和证件，按类型统计</translation>
    </message>
    <message>
        <source>Passes returned in the month; renovation permits whose works were accepted in it</source>
        <translation>本月退还的证件；本月验收的装修许可证</translation>
    </message>
    <message>
        <source>Permits and passes whose end fell in the month</source>
        <translation>有效期在本月结束的许可证和证件</translation>
    </message>
    <message>
        <source>Voided papers; papers returned, accepted or closed before their end</source>
        <translation>已作废的证件；在到期前已退还、验收或关闭的证件</translation>
    </message>
    <message>
        <source>Renovation permits, worker passes and hot-work permits past their end at the month's end, not accepted, returned or closed by then</source>
        <translation>月末已过有效期且截至月末未验收、未退还或未关闭的装修许可证、施工人员出入证和动火证</translation>
    </message>
    <message>
        <source>Contractors' deposits whose refund day came by the month's end, not refunded by then</source>
        <translation>截至月末已到可退日期但尚未退还的施工方押金</translation>
    </message>
    <message>
        <source>Repairs in homes</source>
        <translation>户内报修</translation>
    </message>
    <message>
        <source>Repairs in common areas</source>
        <translation>公共报修</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Enquiries and suggestions</source>
        <translation>咨询建议</translation>
    </message>
    <message>
        <source>Repair on-time rate</source>
        <translation>报修及时率</translation>
    </message>
    <message>
        <source>Follow-up rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Repeat-fault rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>Valid complaints</source>
        <translation>有效投诉</translation>
    </message>
    <message>
        <source>Complaint reply rate</source>
        <translation>投诉及时率</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>返工</translation>
    </message>
    <message>
        <source>Invalid complaints</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work orders by category</source>
        <translation>工单类别分布</translation>
    </message>
    <message>
        <source>Completion overdue</source>
        <translation>工单超时未完成</translation>
    </message>
    <message>
        <source>Unsatisfied follow-up</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <source>Repeat fault</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Orders registered in the month, by kind, category and department; completed, on time, followed up by its end</source>
        <translation>本月登记的工单，按类型、类别和部门统计；截至月末的完成、及时完成和回访数</translation>
    </message>
    <message>
        <source>Repairs completed by their completion deadline</source>
        <translation>在完成时限内完成的报修</translation>
    </message>
    <message>
        <source>Repairs whose completion deadline fell in the month</source>
        <translation>完成时限在本月的报修</translation>
    </message>
    <message>
        <source>Cancelled orders; orders paused before their deadline and not resumed (their clock is stopped)</source>
        <translation>已取消的工单；在时限前暂停且尚未恢复的工单（计时已停止）</translation>
    </message>
    <message>
        <source>Repairs completed in the month and followed up</source>
        <translation>本月完成且已回访的报修</translation>
    </message>
    <message>
        <source>Repairs completed in the month</source>
        <translation>本月完成的报修</translation>
    </message>
    <message>
        <source>Orders the resident could not be reached about (无法回访); orders reopened and not completed again</source>
        <translation>无法回访的工单；返工后尚未再次完成的工单</translation>
    </message>
    <message>
        <source>Follow-up calls in the month that reached a satisfied resident</source>
        <translation>本月接通且住户满意的回访</translation>
    </message>
    <message>
        <source>Follow-up calls in the month that reached the resident</source>
        <translation>本月接通的回访</translation>
    </message>
    <message>
        <source>Unanswered calls; a call is unsatisfied at 1 or 2 points or any 不满意 rating</source>
        <translation>未接通的回访；评分 1 或 2 分或任一项为“不满意”即为不满意</translation>
    </message>
    <message>
        <source>Repairs registered in the month that repeat a repair of the same room and category within 30 days</source>
        <translation>本月登记、30 天内同一房间同一类别再次报修的工单</translation>
    </message>
    <message>
        <source>Repairs registered in the month</source>
        <translation>本月登记的报修</translation>
    </message>
    <message>
        <source>Complaints registered in the month found valid (投诉成立)</source>
        <translation>本月登记且经调查成立的投诉（投诉成立）</translation>
    </message>
    <message>
        <source>Complaints not yet investigated</source>
        <translation>尚未调查的投诉</translation>
    </message>
    <message>
        <source>Complaints answered by their reply deadline</source>
        <translation>在答复时限内答复的投诉</translation>
    </message>
    <message>
        <source>Complaints whose reply deadline fell in the month</source>
        <translation>答复时限在本月的投诉</translation>
    </message>
    <message>
        <source>Cancelled complaints</source>
        <translation>已取消的投诉</translation>
    </message>
    <message>
        <source>Move-ins</source>
        <translation>本月入住</translation>
    </message>
    <message>
        <source>Occupancy rate</source>
        <translation>入住率</translation>
    </message>
    <message>
        <source>Rooms delivered</source>
        <translation>已交付房屋</translation>
    </message>
    <message>
        <source>Rooms occupied at month end</source>
        <translation>月末已入住房屋</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Rooms built and handed over to their buyers (not 未交付) by the month's last day</source>
        <translation>月末前已建成并交付业主的房屋（不含未交付）</translation>
    </message>
    <message>
        <source>Rooms whose state on the month's last day was 已入住 or 出租, with an owner, a family member or a tenant living there</source>
        <translation>月末最后一天状态为已入住或出租、且有业主、家属或租户居住的房屋</translation>
    </message>
    <message>
        <source>Vacant rooms with an owner of record, rooms in custody, rooms with only an agent registered</source>
        <translation>仅有登记业主的空置房屋、托管房屋、仅登记受托人的房屋</translation>
    </message>
    <message>
        <source>Rooms occupied at the month's end whose first owner or family member moved in during the month</source>
        <translation>月末已入住、且首位业主或家属的入住日期在本月内的房屋</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Gate guard</source>
        <translation>门岗</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>Owners and residents</source>
        <translation>业主与住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Nobody registered yet (F3).</source>
        <translation>尚未登记人员（F3）。</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Use above the limits!</source>
        <translation>用量超出限值！</translation>
    </message>
    <message>
        <source>no inspection yet</source>
        <translation>尚未巡查</translation>
    </message>
    <message>
        <source>since the previous reading</source>
        <translation>自上次读数以来</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>In custody since</source>
        <translation>托管开始于</translation>
    </message>
    <message>
        <source>last inspection</source>
        <translation>最近巡查</translation>
    </message>
    <message>
        <source>Owes {amount}: {n} bills, the oldest from {month}.</source>
        <translation>欠费 {amount}：{n} 笔，最早 {month}。</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>无欠费。</translation>
    </message>
    <message>
        <source>Paid {amount} on {day}, receipt {number}.</source>
        <translation>{day} 缴费 {amount}，收据 {number}。</translation>
    </message>
    <message>
        <source>Deposit held: {kind} {amount}, since {day}.</source>
        <translation>在押押金：{kind} {amount}，{day} 起。</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>{number} {state}: {content} (complete by {due}){late}</source>
        <translation>{number} {state}：{content}（{due} 前完成）{late}</translation>
    </message>
    <message>
        <source>{number} {state}: {content}</source>
        <translation>{number} {state}：{content}</translation>
    </message>
    <message>
        <source>Work orders (F7: new)</source>
        <translation>工单（F7 报修）</translation>
    </message>
    <message>
        <source>{tag} {kind}, {n} keys: in the cabinet, hook {hook}</source>
        <translation>{tag} {kind} {n} 把：在柜，挂钩 {hook}</translation>
    </message>
    <message>
        <source>{tag} {kind}, {n} keys: lent to {holder}, due back {due}{late}</source>
        <translation>{tag} {kind} {n} 把：借给 {holder}，应还 {due}{late}</translation>
    </message>
    <message>
        <source>{tag} {kind}, {n} keys: {state}</source>
        <translation>{tag} {kind} {n} 把：{state}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>{number} renovation {state}, {start} to {end}, {contractor}{late}</source>
        <translation>{number} 装修{state}，{start} 至 {end}，{contractor}{late}</translation>
    </message>
    <message>
        <source>{number} {kind} {holder}, valid to {to}</source>
        <translation>{number} {kind} {holder}，有效期至 {to}</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>证件</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Edit room {room}</source>
        <translation>修改房屋 {room}</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>修改房屋</translation>
    </message>
    <message>
        <source>&amp;Area (m²) *</source>
        <translation>建筑面积（㎡）(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>用途(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Required. One row per person of a room; a room without people takes one row with the name empty.</source>
        <translation>必填。每位人员一行；没有人员的房屋占一行，姓名留空。</translation>
    </message>
    <message>
        <source>Type it as text so Excel keeps every digit.</source>
        <translation>请以文本格式填写，以免 Excel 丢失位数。</translation>
    </message>
    <message>
        <source>Unknown columns: {cols}. Use the template's headers.</source>
        <translation>未知的列：{cols}。请使用模板中的列标题。</translation>
    </message>
    <message>
        <source>Missing columns: {cols}.</source>
        <translation>缺少必需的列：{cols}。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Payment and its receipt</source>
        <translation>收款及收据</translation>
    </message>
    <message>
        <source>Payment notices with the payment code</source>
        <translation>缴费通知单（含收款码）</translation>
    </message>
    <message>
        <source>Deposit refund voucher</source>
        <translation>押金退款凭证</translation>
    </message>
    <message>
        <source>Shift close</source>
        <translation>交班单</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>收据登记簿</translation>
    </message>
    <message>
        <source>Search (room, pinyin initials)</source>
        <translation>搜索（房号、拼音首字母）</translation>
    </message>
    <message>
        <source>Roster template</source>
        <translation>花名册模板</translation>
    </message>
    <message>
        <source>{room}; {name} by {initials}</source>
        <translation>{room}；按拼音首字母 {initials} 找到 {name}</translation>
    </message>
    <message>
        <source>{name}, {pages} page(s)</source>
        <translation>{name}，{pages} 页</translation>
    </message>
    <message>
        <source>{name}, {rows} rows</source>
        <translation>{name}，{rows} 行</translation>
    </message>
    <message>
        <source>{files} files, {revisions} schema revisions</source>
        <translation>{files} 个文件，{revisions} 个数据升级脚本</translation>
    </message>
    <message>
        <source>holidays of {first}–{last}</source>
        <translation>{first}–{last} 年的节假日</translation>
    </message>
    <message>
        <source>; {year} has no data: counted Monday–Friday</source>
        <translation>；{year} 年没有数据，按周一至周五计算</translation>
    </message>
    <message>
        <source>schema {schema}</source>
        <translation>数据结构 {schema}</translation>
    </message>
    <message>
        <source>{rooms} rooms, {people} people</source>
        <translation>{rooms} 间房，{people} 人</translation>
    </message>
    <message>
        <source>integrity and every task's rules</source>
        <translation>数据完整，符合各项业务规则</translation>
    </message>
    <message>
        <source>{n} tabs</source>
        <translation>{n} 个页签</translation>
    </message>
    <message>
        <source>Shipped files</source>
        <translation>随附文件</translation>
    </message>
    <message>
        <source>Chinese translation</source>
        <translation>中文翻译</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>New store through the migrations</source>
        <translation>新建数据库（经升级脚本）</translation>
    </message>
    <message>
        <source>Demo property</source>
        <translation>演示物业</translation>
    </message>
    <message>
        <source>Operator list and printer test page</source>
        <translation>操作员名单及打印测试页</translation>
    </message>
    <message>
        <source>Store check</source>
        <translation>数据检查</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Frontdesk {version} self-test: {n} checks in {folder}</source>
        <translation>客服前台 {version} 自检：共 {n} 项，文件写在 {folder}</translation>
    </message>
    <message>
        <source>OK  </source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Self-test FAILED: {failed} of {n} checks failed ({seconds:.1f} s). The program cannot do all its work; reinstall it, or give this output to whoever supports it.</source>
        <translation>自检未通过：{n} 项中有 {failed} 项失败（用时 {seconds:.1f} 秒）。本程序不能完成全部工作，请重新安装，或把以上内容交给技术支持。</translation>
    </message>
    <message>
        <source>Self-test passed: all {n} checks ({seconds:.1f} s).</source>
        <translation>自检通过：{n} 项全部通过（用时 {seconds:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Work order and its slip</source>
        <translation>工单及维修工作单</translation>
    </message>
    <message>
        <source>Work-order register</source>
        <translation>工单登记簿</translation>
    </message>
    <message>
        <source>Renovation permit and worker passes</source>
        <translation>装修许可证及施工人员出入证</translation>
    </message>
    <message>
        <source>Goods release slip and the gate</source>
        <translation>物品放行条及门岗核验</translation>
    </message>
    <message>
        <source>Register of passes and permits</source>
        <translation>证件登记簿</translation>
    </message>
    <message>
        <source>Key receipt and lend slip</source>
        <translation>钥匙收条及借用单</translation>
    </message>
    <message>
        <source>Key count at handover and tag labels</source>
        <translation>交接班钥匙盘点及钥匙标签</translation>
    </message>
    <message>
        <source>Key register</source>
        <translation>钥匙登记簿</translation>
    </message>
    <message>
        <source>Move-in confirmation</source>
        <translation>入住确认单</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>{n} checks done …</source>
        <translation>已完成 {n} 项……</translation>
    </message>
    <message>
        <source>Some checks failed: the program cannot do all its work. Reinstall it, or send the lines above to support.</source>
        <translation>有检查项未通过：本程序不能完成全部工作。请重新安装，或把上面的内容发给技术支持。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>The self-test could not be started: {error}</source>
        <translation>无法启动自检：{error}</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <source>The program checks, on throw-away data in a temporary folder, that it can do its whole job: papers, exports, search, the main window. Your data is not opened. It takes about half a minute.</source>
        <translation>程序在临时文件夹里用一份演示数据检查自己能否完成全部工作：打印单据、导出报表、搜索、主窗口。不会打开您的数据。大约需要半分钟。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>per day overdue</source>
        <translation>按逾期天数</translation>
    </message>
    <message>
        <source>per month overdue</source>
        <translation>按逾期月数</translation>
    </message>
    <message>
        <source>A4, three parts (stub, payer, accounts)</source>
        <translation>A4 三联（存根、收据、记账）</translation>
    </message>
    <message>
        <source>A5, the payer's copy only</source>
        <translation>A5，只打收据联</translation>
    </message>
    <message>
        <source>only a supervisor may change this</source>
        <translation>仅主管可以修改</translation>
    </message>
    <message>
        <source>None loaded. The property's WeChat or Alipay payment code (收款码), a PNG or JPEG picture of at most 2 MB, is printed on payment notices and demand letters.</source>
        <translation>未载入。物业的微信或支付宝收款码（PNG 或 JPEG 图片，不超过 2 MB）将印在缴费通知单和催缴函上。</translation>
    </message>
    <message>
        <source>It says: {text}</source>
        <translation>二维码内容：{text}</translation>
    </message>
    <message>
        <source>Payment code picture</source>
        <translation>收款码图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Frontdesk.</source>
        <translation>新的界面语言将在下次启动 Frontdesk 时生效。</translation>
    </message>
    <message>
        <source>Property and preferences</source>
        <translation>物业信息与偏好设置</translation>
    </message>
    <message>
        <source>Property (printed on every document)</source>
        <translation>物业信息（印在每一份单据上）</translation>
    </message>
    <message>
        <source>Property &amp;name *</source>
        <translation>物业名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Management &amp;company</source>
        <translation>物业公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Service &amp;hotline</source>
        <translation>服务热线(&amp;H)</translation>
    </message>
    <message>
        <source>Payment code</source>
        <translation>收款码</translation>
    </message>
    <message>
        <source>Load a p&amp;icture…</source>
        <translation>载入图片(&amp;I)…</translation>
    </message>
    <message>
        <source>The property's WeChat or Alipay payment code (收款码): a PNG or JPEG picture of at most 2 MB, printed on payment notices and demand letters</source>
        <translation>物业的微信或支付宝收款码：PNG 或 JPEG 图片，不超过 2 MB，印在缴费通知单和催缴函上</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Every desk</source>
        <translation>所有前台通用</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes)</source>
        <translation>空闲锁屏（分钟）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>保留备份份数(&amp;B)</translation>
    </message>
    <message>
        <source>Custody: &amp;water per reading (m³)</source>
        <translation>托管用水上限（每次读数间隔，吨）(&amp;W)</translation>
    </message>
    <message>
        <source>Custody: &amp;electricity per reading (kWh)</source>
        <translation>托管用电上限（每次读数间隔，度）(&amp;E)</translation>
    </message>
    <message>
        <source>Office hours &amp;end (HH:MM; deadlines in working days end then)</source>
        <translation>下班时间（时:分；按工作日计的时限截止于此）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Follow-up: hours between two unanswered calls</source>
        <translation>回访未接通后再打的间隔（小时）(&amp;F)</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Charge a late fee (滞纳金) on overdue bills</source>
        <translation>逾期应收计收滞纳金</translation>
    </message>
    <message>
        <source>Late fee &amp;rate (%)</source>
        <translation>滞纳金比例（%）(&amp;R)</translation>
    </message>
    <message>
        <source>Grace &amp;days after the billed month</source>
        <translation>计费月结束后的宽限天数(&amp;D)</translation>
    </message>
    <message>
        <source>Allow part pa&amp;yment of a bill</source>
        <translation>允许部分缴费(&amp;Y)</translation>
    </message>
    <message>
        <source>Cash above the amount due, at most (yuan, e&amp;xtra)</source>
        <translation>现金超收上限（元）(&amp;X)</translation>
    </message>
    <message>
        <source>Receipt &amp;paper</source>
        <translation>收据纸张(&amp;P)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>界面语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start — set up Frontdesk</source>
        <translation>首次使用——设置客服前台</translation>
    </message>
    <message>
        <source>Welcome. Enter your property's details (they appear on every printed document) and create the first supervisor account. You can change the details later under Settings.</source>
        <translation>欢迎使用。请填写物业信息（将印在每一份打印单据上），并创建第一个主管账号。这些信息以后可在“设置”中修改。</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>物业信息</translation>
    </message>
    <message>
        <source>Property &amp;name *</source>
        <translation>物业名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Management &amp;company</source>
        <translation>物业公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Service &amp;hotline</source>
        <translation>服务热线(&amp;H)</translation>
    </message>
    <message>
        <source>First supervisor</source>
        <translation>第一个主管账号</translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation>用户名(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation>姓名(&amp;F) *</translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation>密码(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;Repeat password *</source>
        <translation>再次输入密码(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>SmallRegistrationDialog</name>
    <message>
        <source>Small registration — {room}</source>
        <translation>小型登记 — {room}</translation>
    </message>
    <message>
        <source>Done in the weekend batch of {day}; tell the owner beforehand.</source>
        <translation>将在 {day} 的周末批次中办理，请提前通知业主。</translation>
    </message>
    <message>
        <source>Small registration</source>
        <translation>小型登记</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>The file may have been damaged by a power cut or a disk fault. Restore the latest backup: the damaged file is kept beside it, nothing is deleted.</source>
        <translation>文件可能因停电或磁盘故障而损坏。请恢复最近的备份：损坏的文件会保留在旁边，不会删除任何内容。</translation>
    </message>
    <message>
        <source>The data file is not where it should be, but backups exist. Restore the latest backup, or ask IT whether the file was moved.</source>
        <translation>数据文件不在原位置，但存在备份。请恢复最近的备份，或询问信息部门文件是否被移动。</translation>
    </message>
    <message>
        <source>This file belongs to another program. Check the data location, or restore a Frontdesk backup.</source>
        <translation>该文件属于其他程序。请检查数据位置，或恢复 Frontdesk 备份。</translation>
    </message>
    <message>
        <source>Another program is using the data. Close other Frontdesk windows, wait a moment and try again.</source>
        <translation>另一个程序正在使用数据。请关闭其他 Frontdesk 窗口，稍候再试。</translation>
    </message>
    <message>
        <source>This user may not write the data file. Ask IT to fix the permissions, then try again.</source>
        <translation>当前用户无权写入数据文件。请信息部门修改权限后重试。</translation>
    </message>
    <message>
        <source>This user may not read the data file. Ask IT to fix the permissions, then try again.</source>
        <translation>当前用户无权读取数据文件。请信息部门修改权限后重试。</translation>
    </message>
    <message>
        <source>Check the network cable and the database server, then try again.</source>
        <translation>请检查网线和数据库服务器，然后重试。</translation>
    </message>
    <message>
        <source>Install the newer version of Frontdesk that wrote this data.</source>
        <translation>请安装写入该数据的较新版本 Frontdesk。</translation>
    </message>
    <message>
        <source>Move the data file to this computer's own disk (copy it while Frontdesk is closed), or ask IT for a PostgreSQL server if several desks must share the data.</source>
        <translation>请把数据文件移到本机硬盘上（在本程序关闭时复制），几台电脑需要共用数据时请电脑管理员提供 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Frontdesk keeps its data, backups and log in this folder and must be able to write there.</source>
        <translation>本程序的数据、备份和日志都保存在这个文件夹里，必须能够写入。</translation>
    </message>
    <message>
        <source>{when}  ({size} KB, {reason})</source>
        <translation>{when}（{size} KB，{reason}）</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Frontdesk backups (*.fdbak);;All files (*)</source>
        <translation>Frontdesk 备份 (*.fdbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the backup {name}? Work recorded after it was taken will not be in the restored data; the current file is kept aside.</source>
        <translation>恢复备份 {name}？该备份之后登记的内容将不在恢复后的数据中；当前文件会另行保留。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The data cannot be opened</source>
        <translation>无法打开数据</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>从其他文件恢复(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>恢复所选备份(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Re&amp;ceipt register…</source>
        <translation>收据登记簿(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Fee items and prices…</source>
        <translation>收费标准(&amp;F)…</translation>
    </message>
    <message>
        <source>Take the payment and print the receipt</source>
        <translation>确认收款并打印收据</translation>
    </message>
    <message>
        <source>In the bills: tick or untick the bill</source>
        <translation>在应缴费用中：勾选或取消勾选这一笔</translation>
    </message>
    <message>
        <source>In the bills: tick them all</source>
        <translation>在应缴费用中：全部勾选</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Log a call or a visit — on any tab, for the room it shows</source>
        <translation>来电来访登记——在任何页面，记在该页显示的房间下</translation>
    </message>
    <message>
        <source>Register a resident of the room shown</source>
        <translation>为显示的房间登记住户</translation>
    </message>
    <message>
        <source>Put the room shown into custody, or record an inspection</source>
        <translation>显示的房间办托管，或记录巡查</translation>
    </message>
    <message>
        <source>A small registration for the room shown</source>
        <translation>为显示的房间做小型登记</translation>
    </message>
    <message>
        <source>Collect fees for the room shown (the fees tab opens at it)</source>
        <translation>为显示的房间收费（转到收费页该房间）</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>&amp;Work-order categories…</source>
        <translation>工单类别(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Departments and workers…</source>
        <translation>部门与维修人员(&amp;D)…</translation>
    </message>
    <message>
        <source>A new work order — on any tab, for the room it shows</source>
        <translation>新建工单——在任何页面，记在该页显示的房间下</translation>
    </message>
    <message>
        <source>Print the chosen order's slip</source>
        <translation>打印所选工单的工作单</translation>
    </message>
    <message>
        <source>Collect fees for the chosen order's room (the fees tab opens at it)</source>
        <translation>为所选工单的房屋收费（打开收费页）</translation>
    </message>
    <message>
        <source>&amp;Work-order register…</source>
        <translation>工单登记簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Repairs, complaints and help requests — registered, dispatched, completed and followed up — will be handled here.</source>
        <translation>报修、投诉和求助的登记、派单、完成和回访将在这里办理。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Key cabinet… (&amp;Y)</source>
        <translation>钥匙柜(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Key register…</source>
        <translation>钥匙登记簿(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep an owner's keys (收存)</source>
        <translation>收存业主钥匙</translation>
    </message>
    <message>
        <source>Lend the key chosen</source>
        <translation>借出所选钥匙</translation>
    </message>
    <message>
        <source>Take the key chosen back</source>
        <translation>归还所选钥匙</translation>
    </message>
    <message>
        <source>The chosen key's whole history</source>
        <translation>所选钥匙的全部历史</translation>
    </message>
    <message>
        <source>Print the chosen key's last paper</source>
        <translation>打印所选钥匙的最新单据</translation>
    </message>
    <message>
        <source>The key cabinet's ledger — keys kept, collected, lent, returned and overdue — will be kept here.</source>
        <translation>钥匙柜台账——钥匙的存放、领取、借出、归还和逾期——将在这里登记。</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Rules of passes and permits… (&amp;Z)</source>
        <translation>证件规则(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Passes and permits register…</source>
        <translation>证件登记簿(&amp;P)…</translation>
    </message>
    <message>
        <source>Apply for a renovation</source>
        <translation>办理装修申请</translation>
    </message>
    <message>
        <source>Print the permit or the paper chosen</source>
        <translation>打印所选的许可证或证件</translation>
    </message>
    <message>
        <source>Renovation permits, worker and temporary passes, hot-work permits and goods release slips will be issued and printed here.</source>
        <translation>装修许可证、施工人员出入证、临时出入证、动火证和物品放行条将在这里办理和打印。</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住办理</translation>
    </message>
    <message>
        <source>Mo&amp;ve-in…</source>
        <translation>入住办理(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>TemporaryPassDialog</name>
    <message>
        <source>Temporary pass</source>
        <translation>临时出入证</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;ID number *</source>
        <translation>身份证号(&amp;I) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Rea&amp;son *</source>
        <translation>事由(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Room visited</source>
        <translation>到访房屋(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Days valid</source>
        <translation>有效天数(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>type to find, e.g. 漏水</source>
        <translation>输入以查找，如 漏水</translation>
    </message>
    <message>
        <source>room code or resident</source>
        <translation>房号或住户</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels.</source>
        <translation>Ctrl+Enter 保存，Esc 取消。</translation>
    </message>
    <message>
        <source>Complain&amp;ant</source>
        <translation>投诉人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Complaint *</source>
        <translation>投诉内容(&amp;W) *</translation>
    </message>
    <message>
        <source>Urgent: replied to within {hours} hours and completed within {complete} hours; otherwise replied to within {days} working days. Severity does not change the deadlines, it is counted in the monthly analysis: serious when safety, damage to property or many households are concerned.</source>
        <translation>紧急：{hours} 小时内答复、{complete} 小时内处理完毕；不紧急：{days} 个工作日内答复。严重程度不影响时限，只用于月度统计分析：涉及人身安全、财产损失或多户受影响的为“严重”。</translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation>联系人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;What is asked *</source>
        <translation>求助/咨询内容(&amp;W) *</translation>
    </message>
    <message>
        <source>Urgent: answered within {minutes} minutes and completed within {complete} hours; otherwise answered by the end of the next working day.</source>
        <translation>紧急：{minutes} 分钟内响应、{complete} 小时内完成；不紧急：下一个工作日下班前响应。</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新工单</translation>
    </message>
    <message>
        <source>&amp;Type *</source>
        <translation>类型(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房屋(&amp;R)</translation>
    </message>
    <message>
        <source>From a &amp;call</source>
        <translation>来电转入(&amp;C)</translation>
    </message>
    <message>
        <source>or &amp;place</source>
        <translation>或位置(&amp;P)</translation>
    </message>
    <message>
        <source>a common area, e.g. 3栋电梯</source>
        <translation>公共区域，如 3栋电梯</translation>
    </message>
    <message>
        <source>Anon&amp;ymous (complaints only)</source>
        <translation>匿名（仅限投诉）(&amp;Y)</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>报修人(&amp;B)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>渠道(&amp;N)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;What is wrong *</source>
        <translation>报修内容(&amp;W) *</translation>
    </message>
    <message>
        <source>Pre&amp;ferred time</source>
        <translation>预约时间(&amp;F)</translation>
    </message>
    <message>
        <source>Reply as&amp;ked by</source>
        <translation>要求答复时间(&amp;K)</translation>
    </message>
    <message>
        <source>The complainant asked to be answered by this time: it is the reply deadline</source>
        <translation>投诉人要求在此时间前答复：以此为答复时限</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>紧急(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <source>Repair in a home</source>
        <translation>户内报修</translation>
    </message>
    <message>
        <source>Repair in a common area</source>
        <translation>公共报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Help request</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Enquiry or suggestion</source>
        <translation>咨询/建议</translation>
    </message>
    <message>
        <source>Safety facility: 2 working days after completion</source>
        <translation>安全设施：完成后 2 个工作日内回访</translation>
    </message>
    <message>
        <source>Leak: 3 working days after the water test</source>
        <translation>漏水：试水后 3 个工作日内回访</translation>
    </message>
    <message>
        <source>Other: 2 working days after completion</source>
        <translation>其他：完成后 2 个工作日内回访</translation>
    </message>
    <message>
        <source>Work-order slip</source>
        <translation>维修工作单</translation>
    </message>
    <message>
        <source>Complaint handling slip</source>
        <translation>投诉处理单</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Complainant (signature)</source>
        <translation>投诉人（签字）</translation>
    </message>
    <message>
        <source>Resident (signature)</source>
        <translation>住户确认（签字）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>派往</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派单时间</translation>
    </message>
    <message>
        <source>Dispatched by</source>
        <translation>派单人</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>What is wrong: {content}</source>
        <translation>报修内容：{content}</translation>
    </message>
    <message>
        <source>… (full text in the system)</source>
        <translation>…（全文见系统）</translation>
    </message>
    <message>
        <source>… ({n} materials in all; see the system)</source>
        <translation>……（共 {n} 项材料，详见系统）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>处理结果：{result}</translation>
    </message>
    <message>
        <source>Completed at: {at}</source>
        <translation>完成时间：{at}</translation>
    </message>
    <message>
        <source>Satisfaction: </source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Charge: </source>
        <translation>收费：</translation>
    </message>
    <message>
        <source>amount ¥{amount} (in words: {words})</source>
        <translation>金额 ¥{amount}（大写：{words}）</translation>
    </message>
    <message>
        <source> ({why})</source>
        <translation>（{why}）</translation>
    </message>
    <message>
        <source>amount ¥________ in words ________________</source>
        <translation>金额 ¥________ 大写 ________________</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Complaint: {content}</source>
        <translation>投诉内容：{content}</translation>
    </message>
    <message>
        <source>Reply: {reply}</source>
        <translation>答复：{reply}</translation>
    </message>
    <message>
        <source>Replied at: {at}</source>
        <translation>答复时间：{at}</translation>
    </message>
    <message>
        <source>Finding: {finding}</source>
        <translation>调查结论：{finding}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Not satisfied at the follow-up call, handled again (time {n}): {said}</source>
        <translation>回访不满意，重新处理（第 {n} 次）：{said}</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>有偿</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>无偿</translation>
    </message>
    <message>
        <source>not a repair inside a home</source>
        <translation>非户内维修</translation>
    </message>
    <message>
        <source>warranty until {date}</source>
        <translation>保修至 {date}</translation>
    </message>
    <message>
        <source>Replies overdue</source>
        <translation>逾期未答复</translation>
    </message>
    <message>
        <source>Completions overdue</source>
        <translation>逾期未完成</translation>
    </message>
    <message>
        <source>Follow-ups due today or overdue</source>
        <translation>今日及逾期待回访</translation>
    </message>
    <message>
        <source>Not dispatched yet</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>{room} reported the same kind of problem before: {number}, {days} days ago</source>
        <translation>{room} 报修过同类问题：{number}，{days} 天前</translation>
    </message>
    <message>
        <source>{room} reported the same kind of problem before: {number}, today</source>
        <translation>{room} 报修过同类问题：{number}，今天</translation>
    </message>
</context>
<context>
    <name>WorkOrdersTab</name>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Number, room, place, reporter or content…</source>
        <translation>编号、房号、位置、报修人或内容……</translation>
    </message>
    <message>
        <source>{n} orders</source>
        <translation>共 {n} 张</translation>
    </message>
    <message>
        <source>A supervisor sets a room's repair warranty.</source>
        <translation>房屋保修期由主管设置。</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Reply due {reply}, complete by {done}{follow}</source>
        <translation>答复时限 {reply}，完成时限 {done}{follow}</translation>
    </message>
    <message>
        <source>, follow-up due {at}</source>
        <translation>，回访时限 {at}</translation>
    </message>
    <message>
        <source>Deadlines marked “guessed” were counted Monday to Friday: the holiday calendar had no data for their year. A supervisor enters it under Settings → Holiday calendar.</source>
        <translation>标为“估算”的时限按周一至周五计算：节假日日历中尚无该年的数据。请主管在 设置 → 节假日日历 中录入。</translation>
    </message>
    <message>
        <source>Paid repair {amount}: {state}</source>
        <translation>有偿维修 {amount} 元：{state}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>not paid yet — collect it at the fees tab</source>
        <translation>未缴费——请在收费页收取</translation>
    </message>
    <message>
        <source>, receipt {number}</source>
        <translation>，收据 {number}</translation>
    </message>
    <message>
        <source>Repeat fault (返修): {room} reported the same kind of problem on {date}: {number}</source>
        <translation>返修：{room} 已于 {date} 报修过同类问题：{number}</translation>
    </message>
    <message>
        <source>Follow-up: {n} calls not answered; the next from {at}</source>
        <translation>回访未接通 {n} 次，下次回访不早于 {at}</translation>
    </message>
    <message>
        <source>Not reached (无法回访) after {n} unanswered calls — not counted as followed up</source>
        <translation>无法回访：{n} 次回访均未接通，不计入回访率</translation>
    </message>
    <message>
        <source>Caused by repair {numbers}</source>
        <translation>关联维修单 {numbers}</translation>
    </message>
    <message>
        <source>Complaints it caused: {numbers}</source>
        <translation>由此引起的投诉：{numbers}</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择一个工单。</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Key {tag} ({where}) lent to {person} at {at}: {state}</source>
        <translation>钥匙 {tag}（{where}）借给 {person}，{at} 借出：{state}</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>not returned yet</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>The order goes back to the desk, to be dispatched again.</source>
        <translation>工单退回客服前台，重新派单。</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印工作单</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>暂停或恢复</translation>
    </message>
    <message>
        <source>The completion clock stops until the order is resumed (waiting for parts, nobody at home …).</source>
        <translation>恢复之前完成时限停止计时（等配件、家中无人等）。</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>What was the resident told? For a complaint, also the finding after investigation: one found invalid (无效) is answered by the explanation written here, which is due within one working day.</source>
        <translation>向住户答复了什么？投诉还需选择调查后的结论：投诉不成立（无效）的，此处填写的解释即为答复，须在一个工作日内向投诉人解释。</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>调查结论(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reply *</source>
        <translation>答复内容(&amp;R) *</translation>
    </message>
    <message>
        <source>Caused by re&amp;pair no.</source>
        <translation>关联维修单号(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>The order is kept, marked cancelled, with the reason.</source>
        <translation>工单保留并标记为已取消，原因记录在案。</translation>
    </message>
    <message>
        <source>Repair warranty of {room}</source>
        <translation>房屋保修期：{room}</translation>
    </message>
    <message>
        <source>{room}: repairs inside this home are free until the day entered; after it (or with none) they are paid.</source>
        <translation>{room}：在此日期之前，户内维修免费；此后（或未设保修期）为有偿服务。</translation>
    </message>
    <message>
        <source>Warranty &amp;until (YYYY-MM-DD)</source>
        <translation>保修截止日期（年-月-日）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;All orders</source>
        <translation>全部工单(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>状态(&amp;Z)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>部门(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>Si&amp;nce</source>
        <translation>登记自(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New order… (F7)</source>
        <translation>新工单(&amp;N)…（F7）</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派单(&amp;D)…</translation>
    </message>
    <message>
        <source>R&amp;eassign…</source>
        <translation>转单(&amp;E)…</translation>
    </message>
    <message>
        <source>Send bac&amp;k…</source>
        <translation>退单(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Print slip</source>
        <translation>打印工作单(&amp;P)</translation>
    </message>
    <message>
        <source>Repl&amp;y…</source>
        <translation>答复(&amp;Y)…</translation>
    </message>
    <message>
        <source>Pa&amp;use / resume…</source>
        <translation>暂停/恢复(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>完成(&amp;C)…</translation>
    </message>
    <message>
        <source>F&amp;ollow-up call…</source>
        <translation>回访(&amp;O)…</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>取消工单(&amp;L)…</translation>
    </message>
    <message>
        <source>Warrant&amp;y of the room…</source>
        <translation>房屋保修期(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation>维修人员(&amp;W)…</translation>
    </message>
    <message>
        <source>Categor&amp;ies…</source>
        <translation>工单类别(&amp;I)…</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Room or place: {where}   Complainant: {who}   Category: {category}</source>
        <translation>位置：{where}　投诉人：{who}　类别：{category}</translation>
    </message>
    <message>
        <source>Severity: {severity}   Urgent: {urgent}</source>
        <translation>严重程度：{severity}　紧急：{urgent}</translation>
    </message>
    <message>
        <source>Complaint: {content}</source>
        <translation>投诉内容：{content}</translation>
    </message>
    <message>
        <source>Reply {at}: {text}</source>
        <translation>答复（{at}）：{text}</translation>
    </message>
    <message>
        <source>Room or place: {where}   Reported by: {who}   Category: {category}</source>
        <translation>房间/地点：{where}　报修人：{who}　类别：{category}</translation>
    </message>
    <message>
        <source>What is wrong: {content}</source>
        <translation>内容：{content}</translation>
    </message>
    <message>
        <source>Preferred time: {time}</source>
        <translation>预约时间：{time}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>处理结果：{result}</translation>
    </message>
    <message>
        <source>Materials: {rows}</source>
        <translation>材料：{rows}</translation>
    </message>
    <message>
        <source>Hours: {hours}   Labour: {labour}</source>
        <translation>工时：{hours}　人工费：{labour}</translation>
    </message>
    <message>
        <source>Follow-up call {at}: satisfaction {n}, attitude {attitude}, problem taken care of {skill}, manners {manners}</source>
        <translation>回访 {at}：满意度 {n}，服务态度 {attitude}，问题解决 {skill}，礼貌礼仪 {manners}</translation>
    </message>
    <message>
        <source>Follow-up call {at}: satisfaction {n}, attitude {attitude}, skill {skill}, manners {manners}</source>
        <translation>回访 {at}：满意度 {n}，态度{attitude}，技术{skill}，礼仪{manners}</translation>
    </message>
    <message>
        <source>Follow-up call {at}: not answered</source>
        <translation>回访 {at}：未接通</translation>
    </message>
    <message>
        <source>Print its slip no&amp;w (Ctrl+P)</source>
        <translation>立即打印工作单(&amp;V)（Ctrl+P）</translation>
    </message>
    <message>
        <source>Put this notice away</source>
        <translation>收起此提示</translation>
    </message>
    <message>
        <source>Work order {number} registered ({head}). Tell the caller the number.</source>
        <translation>已登记工单 {number}（{head}）。请把单号告诉来电人。</translation>
    </message>
    <message>
        <source> The same fault of this room within 30 days: {number} (返修).</source>
        <translation> 该房间 30 天内已有同类报修：{number}（返修）。</translation>
    </message>
</context>
<context>
    <name>WorkerPassDialog</name>
    <message>
        <source>Worker pass</source>
        <translation>施工人员出入证</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;ID number *</source>
        <translation>身份证号(&amp;I) *</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>电话(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;Trade</source>
        <translation>工种(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Valid until *</source>
        <translation>有效期至(&amp;V) *</translation>
    </message>
    <message>
        <source>Ph&amp;oto</source>
        <translation>照片(&amp;O)</translation>
    </message>
    <message>
        <source>Choose… (&amp;C)</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>付款方式(&amp;B)</translation>
    </message>
    <message>
        <source>Payment &amp;reference</source>
        <translation>付款凭证号(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Orders can be dispatched to it once it has workers.</source>
        <translation>部门添加维修人员后即可派单。</translation>
    </message>
    <message>
        <source>Department &amp;name *</source>
        <translation>部门名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Departments and workers</source>
        <translation>部门与维修人员</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>N&amp;ew department…</source>
        <translation>新增部门(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add worker</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;isable worker</source>
        <translation>停用人员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
</TS>