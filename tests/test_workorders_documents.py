"""The work-order papers read back as the desk, the worker and the resident read them: the register
(openpyxl: what each column holds and its type, the figures under the table — formulas that carry
their values — and the footer) on SQLite and PostgreSQL."""
import re
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from frontdesk.core import clock
from frontdesk.core.operators import OperatorService
from frontdesk.core.workdays import CalendarService
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import set_up

LONG_PLACE = "3栋地下车库负二层东北角消防通道旁排水沟"


@pytest.fixture
def wo(any_store):
    boss = set_up(any_store)
    CalendarService(any_store).ensure_seeded()
    OperatorService(any_store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(any_store).authenticate("qiantai", "Qiantai2026")
    reg = RegistrationService(any_store)
    reg.create_building_rooms(boss, "3", plan_building(1, 2, 2, ["89.55", "120.00"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    svc = WorkOrderService(any_store)
    cats = {leaf: i for i, _p, leaf in svc.categories()}
    depts = dict((n, i) for i, n in svc.departments())
    worker = svc.add_worker(boss, depts["工程部"], "王师傅", "13900000001")
    return boss, clerk, svc, room, cats, depts, worker


def at(day: int, hour: int, minute: int = 0):
    return clock.pinned(datetime(2026, 11, day, hour, minute))  # Monday 2 November 2026 onwards


def a_week_of_orders(any_store, wo) -> dict[str, str]:
    """A paid leak repaired in time and followed up at the second call; a lift repaired late whose
    resident never answers (无法回访); a complaint found invalid and explained; one found valid and
    answered late; a help request cancelled. Returns their numbers by letter."""
    boss, clerk, svc, room, cats, depts, worker = wo
    with at(2, 9):
        a = svc.register(clerk, kind="repair_home", content='=HYPERLINK("http://x.example")厨房水管漏水', room_id=room,
                         reporter="张三", phone="13800138000", category_id=cats["漏水"])
        b = svc.register(clerk, kind="repair_common", content="排水沟堵塞", place=LONG_PLACE, category_id=cats["电梯故障"])
        c = svc.register(clerk, kind="complaint", content="夜间施工噪音", anonymous=True, severity="一般")
        d = svc.register(clerk, kind="complaint", content="物业费太贵", room_id=room, reporter="李四",
                         phone="057188886666", severity="一般")
        e = svc.register(clerk, kind="help", content="帮忙搬花盆", room_id=room)
    with at(2, 9, 30):
        svc.dispatch(clerk, a.id, depts["工程部"], worker)
        svc.dispatch(clerk, b.id, depts["工程部"], worker)
        svc.cancel(clerk, e.id, "重复登记")
        svc.find_invalid(clerk, c.id, "施工有许可")
        svc.reply(clerk, c.id, "已向投诉人说明施工许可")
    with at(3, 10):
        bill = svc.complete(clerk, a.id, result="更换三通", labour="50")
        FeeService(any_store).take_payment(clerk, room, [bill], "现金")
    with at(4, 10):
        svc.follow_up(clerk, a.id, reached=False)
    with at(4, 15):
        svc.follow_up(clerk, a.id, reached=True, on_time=True, attitude="满意", skill="满意", manners="满意",
                      satisfaction=4)
    with at(5, 9):
        svc.complete(clerk, b.id, result="疏通排水沟")  # 电梯故障: one working day, so late
        svc.reply(clerk, d.id, "已解释收费标准", "有效")  # due within two working days: late
    for hour in (9, 11, 15):
        with at(6, hour):
            svc.follow_up(clerk, b.id, reached=False)
    return {"a": a.number, "b": b.number, "c": c.number, "d": d.number, "e": e.number}


def value_of(ws, ref: str):
    """What a spreadsheet shows in a cell: its value, or its formula calculated from the cells it
    names (COUNT, COUNTIF(S), AVERAGE, SUM, IFERROR, + and / — what the register writes)."""
    cell = ws[ref]
    if cell.data_type != "f":
        return cell.value

    def cells(first, last):
        return [c.value for row in ws[f"{first}:{last}"] for c in row]

    def matches(v, crit):
        if crit == "<>":
            return v not in (None, "")
        if crit.startswith("<>"):
            return v != crit[2:]
        return v == crit

    env = {
        "R": cells, "C": lambda r: value_of(ws, r),
        "COUNT": lambda vs: sum(isinstance(v, (int, float, datetime)) and not isinstance(v, bool) for v in vs),
        "COUNTIF": lambda vs, crit: sum(matches(v, crit) for v in vs),
        "COUNTIFS": lambda v1, c1, v2, c2: sum(matches(x, c1) and matches(y, c2) for x, y in zip(v1, v2)),
        "AVERAGE": lambda vs: (lambda n: sum(n) / len(n))([v for v in vs if isinstance(v, (int, float))]),
        "SUM": lambda vs: sum(Decimal(str(v)) for v in vs if isinstance(v, (int, float))),
    }
    expr = re.sub(r'"[^"]*"|\b([A-Z]+[0-9]+):([A-Z]+[0-9]+)\b|\b([A-Z]+[0-9]+)\b',
                  lambda m: m[0] if m[0].startswith('"') else f'R("{m[1]}","{m[2]}")' if m[1] else f'C("{m[3]}")',
                  cell.value[1:])
    guarded = re.fullmatch(r'IFERROR\((.*),"—"\)', expr)
    try:
        return eval(guarded[1] if guarded else expr, env)  # noqa: S307 - the register's own formulas
    except (ZeroDivisionError, TypeError):
        if guarded:
            return "—"
        raise


def test_the_register_shows_what_happened_and_its_figures_carry_their_values(wo, any_store, tmp_path, zh_translate):
    from frontdesk.workorders.documents import write_register
    n = a_week_of_orders(any_store, wo)
    path = tmp_path / "工单登记簿.xlsx"
    with at(9, 9):
        assert write_register(any_store, datetime(2026, 11, 1).date(), datetime(2026, 11, 8).date(), path,
                              zh_translate) == 5
    wb, cached = load_workbook(path), load_workbook(path, data_only=True)
    ws, shown = wb.worksheets[0], cached.worksheets[0]
    header = [c.value for c in ws[4]]
    for title in ("事由", "报事人", "电话", "处理结果", "投诉结论", "回访次数", "回访结果"):
        assert title in header, title
    col = {title: i for i, title in enumerate(header)}
    rows = {r[0].value: r for r in ws.iter_rows(min_row=5) if str(r[0].value or "").startswith("GD")}
    a, b, c, d, e = (rows[n[k]] for k in "abcde")

    # what each row says, typed: dates are dates, numbers numbers, typed text stays text
    assert a[col["事由"]].value == '=HYPERLINK("http://x.example")厨房水管漏水' and a[col["事由"]].data_type == "s"
    assert a[col["事由"]].quotePrefix  # a spreadsheet shows it as typed, never runs it
    assert (a[col["报事人"]].value, a[col["电话"]].value) == ("张三", "138****8000")
    assert (d[col["报事人"]].value, d[col["电话"]].value) == ("李四", "0571-****6666")
    assert c[col["报事人"]].value == "匿名" and c[col["电话"]].value in (None, "")
    assert (a[col["处理结果"]].value, b[col["处理结果"]].value) == ("更换三通", "疏通排水沟")
    assert c[col["处理结果"]].value == "已向投诉人说明施工许可" and e[col["处理结果"]].value == "取消：重复登记"
    assert (c[col["投诉结论"]].value, d[col["投诉结论"]].value) == ("投诉不成立", "投诉成立")
    assert a[col["投诉结论"]].value in (None, "")
    assert [r[col["回访次数"]].value for r in (a, b, c, d, e)] == [2, 3, 0, 0, 0]
    assert a[col["回访次数"]].data_type == "n"
    assert (a[col["回访结果"]].value, b[col["回访结果"]].value) == ("已回访", "无法回访")
    assert a[col["满意度"]].value == 4 and a[col["登记时间"]].is_date and b[col["完成时间"]].is_date
    assert a[col["已收费（元）"]].value == 50 and a[col["已收费（元）"]].data_type == "n"
    assert [r[col["按时答复"]].value for r in (a, b, c, d)] == ["是", "是", "是", "否"]
    assert e[col["按时答复"]].value in (None, "") and e[col["按时完成"]].value in (None, "")  # cancelled: not late

    # a room or place is never cut: its column fits the longest, and wraps; the content wraps
    place = ws.column_dimensions[ws.cell(row=4, column=col["房屋/位置"] + 1).column_letter].width
    assert place >= 2 * len(LONG_PLACE) and b[col["房屋/位置"]].value == LONG_PLACE
    assert b[col["房屋/位置"]].alignment.wrap_text and a[col["事由"]].alignment.wrap_text

    # the total keeps its formula and shows its value
    total = next(r for r in ws.iter_rows(min_row=5) if r[0].value == "合计")[col["已收费（元）"]]
    assert total.data_type == "f" and total.value.startswith("=SUM(")
    assert shown[total.coordinate].value == 50 == value_of(ws, total.coordinate)

    # the figures: each a formula over the table, carrying the value it computes
    figures = {r[0].value: r for r in ws.iter_rows(min_row=5) if r[0].value and "率" in str(r[0].value)
               or r[0].value and "满意度" in str(r[0].value)}
    expected = {"答复及时率": (0.75, 3, 4), "按时完成率": (1 / 3, 1, 3), "完成率": (2 / 3, 2, 3),  # invalid: not due
                "回访率": (1.0, 1, 1), "平均满意度": (4.0, 1, None)}
    assert len(figures) == len(expected)
    for label, row in figures.items():
        want = next(v for k, v in expected.items() if label.startswith(k))
        value, counted, of = row[5], row[6], row[7]
        for cell, number in ((value, want[0]), (counted, want[1]), (of, want[2])):
            if number is None:
                assert cell.value is None
                continue
            assert cell.data_type == "f", (label, cell.coordinate)
            assert shown[cell.coordinate].value == pytest.approx(number), (label, cell.coordinate)
            assert value_of(ws, cell.coordinate) == pytest.approx(number), (label, cell.value)
        assert value.number_format == ("0.0" if label.startswith("平均") else "0.0%")

    # printed: page numbers in the footer, the header row on every page
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.print_title_rows == "$4:$4"


def test_an_empty_register_says_so_in_its_figures(wo, any_store, tmp_path):
    from frontdesk.workorders.documents import write_register
    path = tmp_path / "r.xlsx"
    assert write_register(any_store, datetime(2020, 1, 1).date(), datetime(2020, 1, 31).date(), path) == 0
    ws = load_workbook(path).worksheets[0]
    figures = [r for r in ws.iter_rows(min_row=5) if r[0].value and "rate" in str(r[0].value)]
    assert len(figures) == 4 and all(r[5].value == "—" and r[6].value == 0 and r[7].value == 0 for r in figures)
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)  # no formula names no rows


def ticks(doc) -> list[list[tuple[str, bool]]]:
    """The tick boxes of a paper, line by line: (label, ticked)."""
    from frontdesk.core.printing import _TickLine
    return [[t for _w, t in line.tokens if not isinstance(t, str)] for line in doc.story if isinstance(line, _TickLine)]


def test_the_slip_says_who_sent_it_where_in_words_and_what_the_resident_pays(wo, any_store, zh_translate):
    """The worker's slip: the room as the desk says it (3栋1单元101), who dispatched it (after a 转单,
    who sent it on), the charge for the resident to sign — blanks and boxes while open, 有偿 with
    the amount and its 大写 once billed, 无偿 with why — and the satisfaction boxes."""
    from frontdesk.workorders.documents import slip
    from tests.helpers import pdf_text
    boss, clerk, svc, room, cats, depts, worker = wo
    with at(2, 9):
        r = svc.register(clerk, kind="repair_home", content="厨房水管漏水", room_id=room, reporter="张三",
                         phone="13800138000", category_id=cats["漏水"])
        common = svc.register(clerk, kind="repair_common", content="楼道灯不亮", place="3栋楼道")
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
        svc.dispatch(boss, common.id, depts["工程部"], worker)
    doc = slip(any_store, r.id, zh_translate)
    text = pdf_text(doc.build())
    assert doc.pages == 1 and not doc.missing_glyphs
    for expected in ("位置：3栋1单元101", "派单人：李前台", "收费：有偿金额¥________大写________________无偿",
                     "满意度：非常满意满意一般不满意", "维修人员：", "住户确认（签字）："):
        assert expected in text, expected
    assert "3-1-101" not in text
    assert ticks(doc) == [[("有偿", False), ("无偿", False)],
                          [("非常满意", False), ("满意", False), ("一般", False), ("不满意", False)]]

    with at(2, 10):
        other = svc.add_worker(boss, depts["工程部"], "李师傅", "13900000002")
        svc.reassign(boss, r.id, depts["工程部"], other, "王师傅休假")
    with at(3, 10):
        svc.complete(clerk, r.id, result="更换三通", materials=[("三通", "2", "12.50")], labour="50")
    doc = slip(any_store, r.id, zh_translate)
    text = pdf_text(doc.build())
    assert "派单人：王主管" in text and "李师傅" in text  # sent on by the supervisor
    assert "收费：有偿无偿金额¥75.00（大写：人民币柒拾伍元整）" in text
    assert ticks(doc)[0] == [("有偿", True), ("无偿", False)]

    doc = slip(any_store, common.id, zh_translate)
    text = pdf_text(doc.build())
    assert "位置：3栋楼道" in text and "派单人：王主管" in text and "收费：有偿无偿（非户内维修）" in text
    assert ticks(doc)[0] == [("有偿", False), ("无偿", True)]

    with at(4, 9):
        svc.set_warranty(boss, room, datetime(2027, 6, 30).date())
        kept = svc.register(clerk, kind="repair_home", content="门锁坏", room_id=room)
    text = pdf_text(slip(any_store, kept.id, zh_translate).build())
    assert "派单人：—" in text and "无偿（保修至2027-06-30）" in text  # not sent yet; a warranty named


def pages_of(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(pdf)).pages)


def described(any_store, order_id: int, content: str) -> None:
    """An order whose description is longer than the desk may type now (500 characters): one
    registered before that limit, as stores hold them."""
    from sqlalchemy import update

    from frontdesk.workorders.models import WorkOrder
    with any_store.write() as s:
        s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(content=content))


def kept_of(text: str, content: str) -> int:
    """How many characters of ``content`` the slip's text (blanks removed) kept before its mark."""
    body = text.split("报修内容：", 1)[1].split("…（全文见系统）", 1)[0]
    assert content.replace(" ", "").startswith(body), "the slip keeps the beginning"
    return len(body)


def test_a_long_description_never_pushes_the_signatures_off_the_slip(wo, any_store, zh_translate):
    """Issue 19: a 3,000-character description put the slip's signatures on page 3. A slip is one
    page: the description is cut where the page would overflow (measured, so a slip with more on it
    keeps less) and ends with …（全文见系统）; the signatures, the charge and satisfaction are on it."""
    from frontdesk.workorders.documents import slip
    from tests.helpers import pdf_text
    boss, clerk, svc, room, cats, depts, worker = wo
    content = "".join(f"第{i}处：卫生间顶部渗水，水渍沿墙角向下蔓延。" for i in range(1, 200))[:3000]
    assert len(content) == 3000
    with at(2, 9):
        r = svc.register(clerk, kind="repair_home", content=content[:500], room_id=room, reporter="张三",
                         phone="13800138000", category_id=cats["漏水"])
        short = svc.register(clerk, kind="repair_home", content="门锁坏", room_id=room)
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
    described(any_store, r.id, content)
    doc = slip(any_store, r.id, zh_translate)
    pdf = doc.build()
    text = pdf_text(pdf)
    assert pages_of(pdf) == doc.pages == 1 and doc.shortened
    for on_it in ("…（全文见系统）", "维修人员：", "住户确认（签字）：", "日期：", "收费：", "满意度：", "处理结果："):
        assert on_it in text, on_it
    open_kept = kept_of(text, content)
    assert 100 < open_kept < 1000  # several lines of it, not a blind few characters

    with at(3, 10):  # completed with many materials and a long result: less room, less of it kept
        svc.complete(clerk, r.id, result="更换止水阀并重做防水层，" * 8,
                     materials=[(f"防水材料第{i}种", "1", "10") for i in range(1, 13)])
    doc = slip(any_store, r.id, zh_translate)
    pdf = doc.build()
    text = pdf_text(pdf)
    assert pages_of(pdf) == 1 and "住户确认（签字）：" in text and "满意度：" in text
    assert "……（共12项材料，详见系统）" in text and "防水材料第7种" in text and "防水材料第8种" not in text
    assert kept_of(text, content) < open_kept

    doc = slip(any_store, short.id, zh_translate)  # what fits is printed whole, unmarked
    text = pdf_text(doc.build())
    assert "报修内容：门锁坏" in text and "全文见系统" not in text and not doc.shortened and doc.pages == 1


def test_a_slip_with_every_field_at_its_longest_is_still_one_page(wo, any_store, zh_translate):
    """When even the least of the description the slip keeps does not fit (every field at its
    longest), the whole slip is drawn a little smaller: still one page, the signatures on it."""
    from frontdesk.workorders.documents import SLIP_CONTENT_KEPT, slip
    from tests.helpers import pdf_text
    boss, clerk, svc, room, cats, depts, worker = wo
    content = "漏" * 3000
    with at(2, 9):
        r = svc.register(clerk, kind="repair_common", content=content[:500], place="地" * 64, reporter="人" * 64,
                         phone="13800138000", preferred_time="时" * 64, category_id=cats["漏水"])
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
    described(any_store, r.id, content)
    doc = slip(any_store, r.id, zh_translate)
    pdf = doc.build()
    text = pdf_text(pdf)
    assert pages_of(pdf) == 1 and "住户确认（签字）：" in text and "日期：" in text
    assert text.count("地") == 64 and text.count("人") >= 64  # nothing but the description gives way
    assert kept_of(text, content) >= SLIP_CONTENT_KEPT


def test_a_one_page_document_without_a_paragraph_to_cut_shrinks_to_its_page():
    from frontdesk.core.printing import Document, Letterhead
    from tests.helpers import pdf_text
    doc = Document("测试", Letterhead("翠湖花园"), page="A5", signatures=("经办人",), seal=False, one_page=True)
    doc.table(["序号", "内容"], [[str(i), f"第{i}行"] for i in range(1, 61)])
    pdf = doc.build()
    assert pages_of(pdf) == doc.pages == 1 and doc.shortened
    text = pdf_text(pdf)
    assert "第60行" in text and "经办人：" in text
    plain = Document("测试", Letterhead("翠湖花园"), page="A5", signatures=("经办人",), seal=False)
    plain.table(["序号", "内容"], [[str(i), f"第{i}行"] for i in range(1, 61)])
    assert pages_of(plain.build()) > 1  # without one_page a document runs on, as before


def test_the_slip_shows_labour_so_its_lines_add_up_and_a_complaint_prints_as_a_complaint(wo, any_store, zh_translate):
    """A paid repair's slip lists each material with its amount and the labour with its hours — the
    lines add up to the 有偿 amount the resident signs for; a complaint's slip speaks of the complaint
    (投诉人, 投诉内容, the reply and the finding) with no materials and no charge."""
    from frontdesk.workorders.documents import slip
    from tests.helpers import pdf_text
    boss, clerk, svc, room, cats, depts, worker = wo
    with at(2, 9):
        r = svc.register(clerk, kind="repair_home", content="厨房水管漏水", room_id=room, reporter="张三",
                         phone="13800138000", category_id=cats["漏水"])
        svc.dispatch(clerk, r.id, depts["工程部"], worker)
    with at(3, 10):
        svc.complete(clerk, r.id, result="更换三通", materials=[("三通", "2", "12.50"), ("生料带", "1", "3.00")],
                     labour="40", hours="1.5")
    text = pdf_text(slip(any_store, r.id, zh_translate).build())
    assert "三通212.5025.00" in text and "生料带13.003.00" in text
    assert "人工1.5小时40.00" in text and "金额¥68.00" in text  # 25 + 3 + 40
    with at(2, 11):
        c = svc.register(clerk, kind="complaint", content="楼上装修噪音太大", room_id=room, reporter="张三",
                         phone="13800138000", severity="严重", urgent=True)
        svc.reply(clerk, c.id, "已联系施工方，限今天 12:00 起停止噪音施工", "有效")
    doc = slip(any_store, c.id, zh_translate)
    text = pdf_text(doc.build())
    assert doc.pages == 1
    for expected in ("投诉处理单", "投诉人：张三", "投诉内容：楼上装修噪音太大", "严重程度：严重", "答复：已联系施工方",
                     "调查结论：投诉成立", "投诉人（签字）："):
        assert expected in text, expected
    for absent in ("维修工作单", "报修", "材料", "有偿", "无偿"):
        assert absent not in text, absent
