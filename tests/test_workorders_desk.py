"""The 工单 tab at a busy desk (issue 19), driven as a user: every step's form names the order it
acts on, the detail pane says where, who, what and what came of it, F7 tells the new number and
prints its slip at once, the completion form says what the resident pays, the complaint form speaks
of complaints, and long text is bounded where it is typed."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from frontdesk.core.workdays import CalendarService
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import open_main_window, type_text, when_modal
from tests.helpers import choose_room

LONG = "厨房水槽下面的水管接头一直在滴水，地板已经泡起来了，楼下邻居说天花板也有水渍，请尽快派人来看看"


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    CalendarService(store).ensure_seeded()
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 12, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-1201")[0].room_id
    reg.add_person(supervisor, room, name="张三", relation="业主", phone="13800138000")
    svc = WorkOrderService(store)
    svc.add_worker(supervisor, dict((n, i) for i, n in svc.departments())["工程部"], "王师傅", "13900000001")
    w = open_main_window(qtbot, store, supervisor)
    w.room = room
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.form.tabs.currentWidget() is w.pages["workorders"]
    return w


def _leak(store, actor, room):
    svc = WorkOrderService(store)
    leak = next(i for i, _p, n in svc.categories() if n == "漏水")
    return svc.register(actor, kind="repair_home", content=LONG, room_id=room, category_id=leak, reporter="张三",
                        phone="13800138000")


def _seen_on(qtbot, button, seen: dict):
    """Click ``button``; the form that opens is read (title, head) and cancelled with Esc."""
    def read(dlg):
        seen.update(title=dlg.windowTitle(), head=dlg.form.info.text())
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    done = when_modal(qtbot, read)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    done.check()
    return seen


def test_every_step_names_the_order_it_acts_on(window, store, supervisor, qtbot):
    svc = WorkOrderService(store)
    order = _leak(store, supervisor, window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    f = tab.form
    for button in (f.dispatchButton, f.replyButton, f.cancelButton):
        seen = _seen_on(qtbot, button, {})
        assert order.number in seen["title"], seen
        assert order.number in seen["head"] and "3-1-1201" in seen["head"], seen
        assert LONG[:20] in seen["head"] and LONG not in seen["head"] and "…" in seen["head"], seen
    svc.dispatch(supervisor, order.id, dict((n, i) for i, n in svc.departments())["工程部"])
    tab.reload()
    tab.select(order.id)
    seen = _seen_on(qtbot, f.completeButton, {})
    assert order.number in seen["title"] and "3-1-1201" in seen["head"] and LONG[:20] in seen["head"]
    svc.complete(supervisor, order.id, result="更换三通", materials="三通 2 12.50", labour="50")
    tab.reload()
    tab.select(order.id)
    seen = _seen_on(qtbot, f.followButton, {})
    assert order.number in seen["title"] and "3-1-1201" in seen["head"] and "13800138000" in seen["head"]


def test_the_detail_pane_says_where_who_what_and_what_came_of_it(window, store, supervisor, qtbot):
    svc = WorkOrderService(store)
    order = _leak(store, supervisor, window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    text = tab.form.detail.toPlainText()
    assert "3-1-1201" in text and "张三" in text and "138****8000" in text and "13800138000" not in text
    assert "水电 → 漏水" in text and LONG in text
    svc.dispatch(supervisor, order.id, dict((n, i) for i, n in svc.departments())["工程部"])
    svc.complete(supervisor, order.id, result="更换三通", materials="三通 2 12.50", labour="50")
    fees = FeeService(store)
    receipt = fees.take_payment(supervisor, window.room, [b.id for b in fees.due_bills(window.room)], "现金",
                                cash_received=Decimal(100))
    svc.follow_up(supervisor, order.id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                  satisfaction=5, comment="师傅很仔细")
    tab.reload()
    tab.select(order.id)
    text = tab.form.detail.toPlainText()
    assert "更换三通" in text and "三通 × 2 @ 12.50" in text
    assert "人工费：¥50.00" in text  # 25 of materials + 50 of labour = the 75 paid
    assert "有偿维修 75.00 元：已缴费" in text and receipt.number in text
    assert "师傅很仔细" in text and "满意度 5" in text
    c = svc.register(supervisor, kind="complaint", content="楼上装修噪音太大", room_id=window.room, reporter="张三",
                     phone="13800138000", severity="严重", urgent=True)
    svc.reply(supervisor, c.id, "已联系施工方停止噪音施工")
    tab.reload()
    tab.select(c.id)
    text = tab.form.detail.toPlainText()
    assert "投诉人：张三" in text and "报修人" not in text and "严重程度：严重　紧急：是" in text
    assert "投诉内容：楼上装修噪音太大" in text and "已联系施工方停止噪音施工" in text
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_id(r) == c.id)
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    replied = tab.model.index(row, headers.index("答复时间")).data()
    assert replied and replied[:4] == str(svc.get(c.id).replied_at.year)  # the list shows it was answered


def _register_by_f7(qtbot, window, content: str):
    """F7 where the window is, the room typed, the content typed, Ctrl+Enter."""
    def fill(dlg):
        f = dlg.form
        if dlg.room_id is None:
            choose_room(qtbot, dlg)
        type_text(qtbot, f.content, content)
        qtbot.keyClick(f.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()


def test_after_f7_the_desk_is_told_the_number_and_prints_the_slip_at_once(window, store, qtbot, boxes):
    from frontdesk.ui.print_preview import PrintPreview
    from tests.helpers import pdf_text
    tab = window.workorders
    _register_by_f7(qtbot, window, "阳台地漏堵了")
    order = WorkOrderService(store).get(tab.current_id())
    assert boxes.shown == []  # nothing blocks the desk
    assert tab.notice.isVisible() and order.number in tab.notice.label.text() and "3-1-1201" in tab.notice.label.text()
    assert order.number in window.statusBar().currentMessage()
    from tests.test_alt_keys import clashes
    assert clashes(window, [a.text() for a in window.menuBar().actions()]) == {}  # its button's Alt letter too
    qtbot.mouseClick(tab.notice.printButton, Qt.MouseButton.LeftButton)  # the slip, from the notice
    preview = window.findChildren(PrintPreview)[-1]
    text = pdf_text(preview.pdf)
    assert "维修工作单" in text and order.number in text and "副本" not in text
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.form.table.setFocus()
    qtbot.keyClick(tab.form.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # again: Ctrl+P
    assert "副本" in pdf_text(window.findChildren(PrintPreview)[-1].pdf)


def test_f7_on_the_room_card_tells_the_number_in_the_status_bar(window, store, qtbot, boxes):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    reg_tab = window.registration
    reg_tab.open_room(window.room)
    card = reg_tab.form.card.toPlainText()
    assert "未完成的工单" not in card and "工单" not in card.split("张三")[-1]  # no promise of a feature to come
    _register_by_f7(qtbot, window, "卫生间灯不亮")
    assert window.form.tabs.currentWidget() is window.pages["registration"] and boxes.shown == []
    message = window.statusBar().currentMessage()
    assert "GD" in message and "卫生间灯不亮" in message
    reg_tab.refresh_card()
    assert "卫生间灯不亮" in reg_tab.form.card.toPlainText()


def _dispatched(store, actor, **kw):
    svc = WorkOrderService(store)
    order = svc.register(actor, **kw)
    svc.dispatch(actor, order.id, dict((n, i) for i, n in svc.departments())["工程部"])
    return order


def test_the_completion_form_says_what_the_resident_pays_and_ctrl_enter_saves(window, store, supervisor, qtbot):
    from datetime import timedelta

    from frontdesk.core import clock
    svc = WorkOrderService(store)
    order = _dispatched(store, supervisor, kind="repair_home", content="卫生间水管爆裂", room_id=window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    seen = []

    def complete(dlg):
        f = dlg.form
        seen.append(f.charge.text())  # nothing typed yet
        type_text(qtbot, f.result, "更换水管")
        f.materials.setFocus()
        type_text(qtbot, f.materials, "水管 1 35")
        f.labour.setFocus()
        qtbot.keyClicks(f.labour, "46")
        seen.append(f.charge.text())
        f.labour.setText("4x")
        seen.append(f.charge.text())  # not readable yet: says so, in grey
        f.labour.setText("46")
        f.materials.setFocus()
        qtbot.keyClick(f.materials, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves

    done = when_modal(qtbot, complete)
    qtbot.mouseClick(tab.form.completeButton, Qt.MouseButton.LeftButton)
    done.check()
    assert seen[0] == "免费（未计材料与人工费）"
    assert seen[1] == "有偿 ¥81.00（材料 ¥35.00 + 人工 ¥46.00），在收费页缴纳"
    assert seen[2].startswith("—") and "金额" in seen[2]
    o = svc.get(order.id)
    assert o.state == "completed" and o.price == Decimal("81.00") and o.bill_id is not None
    # inside the warranty, and a common area: free, and the form says why
    svc.set_warranty(supervisor, window.room, clock.today() + timedelta(days=30))
    free = _dispatched(store, supervisor, kind="repair_home", content="门锁坏", room_id=window.room)
    common = _dispatched(store, supervisor, kind="repair_common", content="楼道灯坏", place="3栋楼道")
    for oid, expected in ((free.id, "保修期内免费"), (common.id, "免费（非户内维修）")):
        tab.reload()
        tab.select(oid)

        def read(dlg):
            dlg.form.labour.setText("80")
            seen.append(dlg.form.charge.text())
            dlg.done(0)  # read only: put away without the discard question

        done = when_modal(qtbot, read)
        qtbot.mouseClick(tab.form.completeButton, Qt.MouseButton.LeftButton)
        done.check()
        assert seen[-1].startswith(expected), seen[-1]


def test_the_complaint_form_speaks_of_complaints_and_its_categories_filter_as_typed(window, store, qtbot):
    from frontdesk.workorders.service import offered_for
    svc = WorkOrderService(store)
    seen = {}

    def fill(dlg):
        f = dlg.form
        items = lambda: [f.category.itemText(i) for i in range(f.category.count())]  # noqa: E731
        seen["repair"] = (f.reporterLabel.text(), f.contentLabel.text(), f.preferred.isVisibleTo(dlg), items())
        f.kind.setCurrentIndex(f.kind.findData("complaint"))
        seen["complaint"] = (f.reporterLabel.text(), f.contentLabel.text(), f.preferred.isVisibleTo(dlg), items(),
                             f.urgencyHint.text())
        f.category.setFocus()
        type_text(qtbot, f.category.lineEdit(), "噪")  # typing filters the list
        popup = f.category.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        seen["found"] = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        choose_room(qtbot, dlg)
        type_text(qtbot, f.content, "楼上每晚装修到十一点")
        qtbot.keyClick(f.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dlg.isVisible():
            seen["errors"] = {k: dlg.errors.text(k) for k in dlg.errors.fields}
            dlg.done(0)  # put away, typed text and all, without the discard question

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert "errors" not in seen, seen["errors"]
    reporter, content, preferred, cats = seen["repair"]
    assert reporter == "报修人(&B)" and content == "报修内容(&W) *" and preferred
    assert "水电 → 漏水" in cats and "电梯 → 电梯故障" not in cats and "噪音 → 装修/邻里噪音" not in cats
    reporter, content, preferred, cats, hint = seen["complaint"]
    assert reporter == "投诉人(&B)" and content == "投诉内容(&W) *" and not preferred
    assert "水电 → 漏水" not in cats and "噪音 → 装修/邻里噪音" in cats
    assert all(offered_for("complaint", c.split(" → ")[0]) for c in cats[1:]) and len(cats) < len(svc.categories())
    assert "严重程度" in hint and "2 小时" in hint  # what 严重 and 紧急 each mean
    assert seen["found"] == ["噪音 → 装修/邻里噪音"]
    o = svc.get(window.workorders.current_id())
    assert o.kind == "complaint" and o.preferred_time == ""
    assert o.category_id == next(i for i, _p, n in svc.categories() if n == "装修/邻里噪音")


def test_a_category_typed_but_not_in_the_list_is_refused_at_its_field(window, qtbot):
    seen = {}

    def fill(dlg):
        f = dlg.form
        f.category.setFocus()
        type_text(qtbot, f.category.lineEdit(), "不存在的类别")
        type_text(qtbot, f.content, "x")
        dlg.submit()
        seen["category"] = dlg.errors.text("category")
        dlg.done(0)  # put away, typed text and all, without the discard question

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert "类别" in seen["category"]


def test_long_text_is_bounded_where_it_is_typed(window, store, supervisor, qtbot):
    from frontdesk.core.errors import DomainError
    from frontdesk.workorders.models import WorkOrder
    svc = WorkOrderService(store)
    seen = {}

    def fill(dlg):
        f = dlg.form
        choose_room(qtbot, dlg)
        type_text(qtbot, f.content, "厨房漏水")
        seen["typed"] = (f.contentCount.text(), f.reporterCount.text())
        f.content.setPlainText("漏" * 501)  # pasted
        seen["over"] = f.contentCount.text()
        qtbot.keyClick(f.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["error"] = dlg.errors.text("content")
        dlg.done(0)  # put away, typed text and all, without the discard question

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen["typed"] == ("4/500", "2/64") and seen["over"] == "501/500"
    assert seen["error"] == "最多 500 个字。"
    with pytest.raises(DomainError) as refused:  # the service refuses it at its field too
        svc.register(supervisor, kind="repair_common", content="x" * 501, place="3" * 65)
    assert {e.field for e in refused.value.errors} == {"content", "place"}
    # an order of 3,000 characters (from before the limit): the completion form stays on the screen
    order = _dispatched(store, supervisor, kind="repair_home", content="旧", room_id=window.room)
    with store.write() as s:
        s.get(WorkOrder, order.id).content = "很长的描述" * 600
    tab = window.workorders
    tab.reload()
    tab.select(order.id)

    def measure(dlg):
        seen["height"] = dlg.height()
        seen["screen"] = dlg.screen().availableGeometry().height()
        seen["head"] = dlg.form.info.text()
        type_text(qtbot, dlg.form.result, "已修")
        seen["result"] = dlg.form.resultCount.text()
        dlg.done(0)  # measured only: put away without the discard question

    done = when_modal(qtbot, measure)
    qtbot.mouseClick(tab.form.completeButton, Qt.MouseButton.LeftButton)
    done.check()
    assert seen["height"] < min(seen["screen"], 600) and len(seen["head"]) < 100 and seen["result"] == "2/200"


def test_esc_in_a_filled_f7_form_asks_before_the_call_is_lost(window, store, qtbot, boxes):
    seen = {}

    def fill(dlg):
        f = dlg.form
        qtbot.keyClick(f.content, Qt.Key.Key_Escape)  # nothing typed yet: Esc simply closes
        seen["empty"] = (dlg.isVisible(), list(boxes.shown))

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen["empty"] == (False, [])

    def typed(dlg):
        f = dlg.form
        choose_room(qtbot, dlg)
        type_text(qtbot, f.content, "厨房漏水")
        boxes.answer = False  # 不放弃
        qtbot.keyClick(f.content, Qt.Key.Key_Escape)
        seen["kept"] = (dlg.isVisible(), f.content.toPlainText())
        boxes.answer = True
        qtbot.keyClick(f.content, Qt.Key.Key_Escape)
        seen["gone"] = dlg.isVisible()

    done = when_modal(qtbot, typed)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen["kept"] == (True, "厨房漏水") and seen["gone"] is False
    assert [k for k, text in boxes.shown] == ["ask", "ask"] and "放弃" in boxes.shown[0][1]
    assert WorkOrderService(store).board()["not_dispatched"] == 0  # nothing was saved


def test_a_long_paste_into_a_line_is_kept_and_refused_at_its_field_not_cut(window, store, supervisor, qtbot, boxes):
    """取消原因 of 300 characters pasted: the line keeps all of it and says it is too long as it is
    pasted; OK refuses it at the field and the order stays as it was."""
    from tests.conftest import fill_reason
    order = _leak(store, supervisor, window.room)
    tab = window.workorders
    tab.reload()
    tab.select(order.id)
    seen = {}

    def then(dlg):
        seen["text"] = len(dlg.form.reason.text())
        seen["error"] = dlg.errors.text("reason")

    done = fill_reason(qtbot, then=then, reason="业主要求取消" * 50)
    qtbot.mouseClick(tab.form.cancelButton, Qt.MouseButton.LeftButton)
    done.check()
    assert seen["text"] == 300 and "200" in seen["error"]
    assert WorkOrderService(store).get(order.id).state == "registered"


def test_esc_in_the_room_box_unchooses_the_room(window, store, qtbot, boxes):
    """F7, a room chosen, Esc in the room box: the box is empty and so is the choice — the call is not
    filed on that home (a common repair with its place is saved without a room)."""
    seen = {}

    def fill(dlg):
        f = dlg.form
        choose_room(qtbot, dlg)
        seen["chosen"] = dlg.room_id
        qtbot.keyClick(dlg.room_box, Qt.Key.Key_Escape)
        seen["after"] = (dlg.room_box.text(), dlg.room_id)
        f.kind.setCurrentIndex(f.kind.findData("repair_common"))
        f.place.setFocus()
        type_text(qtbot, f.place, "3栋电梯")
        type_text(qtbot, f.content, "电梯异响")
        qtbot.keyClick(f.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    done.check()
    assert seen["chosen"] == window.room and seen["after"] == ("", None)
    o = WorkOrderService(store).get(window.workorders.current_id())
    assert o.room_id is None and o.place == "3栋电梯"


def test_completing_a_complaint_asks_how_it_was_handled_not_for_materials(window, store, supervisor, qtbot, boxes):
    from frontdesk.workorders.dialogs import CompleteDialog
    svc = WorkOrderService(store)
    c = svc.register(supervisor, kind="complaint", content="楼道堆放杂物", room_id=window.room)
    svc.dispatch(supervisor, c.id, dict((n, i) for i, n in svc.departments())["保洁部"])
    dlg = CompleteDialog(store, supervisor, c.id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    assert not f.materials.isVisible() and not f.labour.isVisible() and not f.charge.isVisible()
    assert f.resultLabel.text() == "处理情况(&H) *"
    type_text(qtbot, f.result, "已通知保洁清理")
    dlg.reject()  # something typed: Esc asks first
    assert boxes.shown[-1][0] == "ask" and not dlg.isVisible()
