"""The monthly workbook (月度报表) on a small property built by hand whose right answers are known:
a part payment, a month paid ahead, arrears paid back, a void; the workbook read back with openpyxl
(numbers, formats, formulas with their values, charts); its 收据 agrees with the receipt register;
bad months are refused with no file. Time is pinned: nothing depends on today."""
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from frontdesk.cli import main
from frontdesk.core import clock, report
from frontdesk.core.errors import ValidationError
from frontdesk.core.settings import SettingsService
from frontdesk.fees.documents import write_register
from frontdesk.fees.service import FeeService
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.tasks import TASKS
from tests.conftest import set_up

D = Decimal


def at(day, hour=10):
    return clock.pinned(datetime(2026, *day, hour))


@pytest.fixture
def prop(store):
    """Four rooms of 1.85/m² (1-1-101 and 1-1-201: 89.55 m² → 165.67; 1-1-102 and 1-1-202: 120 m² → 222.00)."""
    with at((1, 2)):
        boss = set_up(store)
        SettingsService(store).update(boss, partial_payments=True)
        reg = RegistrationService(store)
        reg.create_building_rooms(boss, "1", plan_building(1, 2, 2, ["89.55", "120.00"]), state="已入住")
        fees = FeeService(store)
        item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
        fees.set_price(boss, item, date(2026, 1, 1), "1.85")
        fees.generate_month(boss, 2026, 1)
    rooms = {h.room_code: h.room_id for h in reg.search("1-")}

    def pay(room, day, amount=None, n=None):
        with at(day):
            due = fees.due_bills(rooms[room])
            return fees.take_payment(boss, rooms[room], [b.id for b in due[:n]], "现金", amount=amount)

    pay("1-1-102", (1, 20))
    pay("1-1-201", (1, 20))
    with at((2, 2)):
        fees.generate_month(boss, 2026, 2)
    pay("1-1-101", (2, 10), n=1)  # January, in February: recovered in February
    pay("1-1-102", (2, 20))
    pay("1-1-201", (2, 20))
    with at((3, 2)):
        fees.generate_month(boss, 2026, 3)
    pay("1-1-101", (3, 5))  # February (arrears) and March
    with at((3, 10)):
        fees.bills_ahead(boss, rooms["1-1-102"], item, 1)
    pay("1-1-102", (3, 10))  # March and April, paid ahead
    pay("1-1-201", (3, 12), amount="100.00")  # a part of March
    void = pay("1-1-202", (3, 3), n=1)  # January, then voided: still owed
    with at((3, 4)):
        fees.void(boss, void.id, "收错房号")
    return store, boss, rooms


def read(path):
    return load_workbook(path), load_workbook(path, data_only=True)


def table(ws, header_row=4):
    heads = [c.value for c in ws[header_row]]
    rows = []
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        rows.append(dict(zip(heads, row)))
    return rows


def test_the_months_figures_are_the_known_right_answers(prop, tmp_path):
    store, _boss, _rooms = prop
    out = tmp_path / "m.xlsx"
    with at((4, 2)):
        report.write(store, "2026-03", out, TASKS, lambda _c, t: t)
    wb, values = read(out)
    assert wb.sheetnames[0] == "Overview" and ["Fees", "Arrears", "Receipts", "Deposits"] == \
        [n for n in wb.sheetnames if n in ("Fees", "Arrears", "Receipts", "Deposits")]
    assert wb.sheetnames[-2:] == ["Exceptions", "Definitions"]
    assert "monthly report 2026-03" in wb["Overview"]["A1"].value and "翠湖花园" in wb["Overview"]["A1"].value
    assert "Made 2026-04-02 10:00" in wb["Overview"]["A2"].value

    over = {r["Figure"]: r for r in table(values["Overview"]) if r["Figure"]}
    assert over["Billed this month"]["This month"] == pytest.approx(775.34)
    assert over["Paid of this month"]["This month"] == pytest.approx(487.67)  # 165.67 + 222 + 100 + 0
    assert over["Paid of this month"]["Last month"] == pytest.approx(387.67)  # 222 + 165.67 (101's Feb paid in March)
    assert over["Collection rate"]["This month"] == pytest.approx(0.629)
    assert over["Arrears recovered"]["This month"] == pytest.approx(165.67)  # 101's February
    assert over["Paid ahead"]["This month"] == pytest.approx(222.00)  # 102's April
    assert over["Room collection rate"]["This month"] == pytest.approx(0.5)
    assert over["Arrears at month end"]["This month"] == pytest.approx(731.67)  # 201: 65.67, 202: 666.00
    assert over["Rooms in arrears"]["This month"] == 2
    ws = wb["Overview"]
    row = next(r for r in range(5, 60) if ws.cell(r, 1).value == "Collection rate")
    assert ws.cell(row, 2).number_format == "0.0%" and ws.cell(row + 1, 2).number_format == "#,##0.00"
    assert len(ws._charts) >= 1 and ws.freeze_panes == "A5"

    fees_ws, fees_v = wb["Fees"], values["Fees"]
    [line] = [r for r in table(fees_v) if r["Fee item"] == "物业管理费"]
    assert (line["Billed this month"], line["Owed of this month"], line["Rooms billed"], line["Rooms fully paid"]) == \
        (pytest.approx(775.34), pytest.approx(287.67), 4, 2)
    assert isinstance(fees_ws["C5"].value, (int, float)) and fees_ws["C5"].number_format == "#,##0.00"
    total = next(r for r in range(5, 10) if fees_ws.cell(r, 1).value == "Total")
    assert fees_ws.cell(total, 3).value.startswith("=SUM(")  # a live formula …
    assert fees_v.cell(total, 3).value == pytest.approx(775.34)  # … carrying its value
    assert fees_ws.cell(total, 8).value.startswith("=IF(") and fees_v.cell(total, 8).value == pytest.approx(0.629)
    assert fees_ws.auto_filter.ref and fees_ws.freeze_panes == "A5"

    arrears = {r["Room"]: r for r in table(values["Arrears"]) if r["Room"] and r["Room"] != "Total"}
    assert set(arrears) == {"1-1-201", "1-1-202"}
    assert arrears["1-1-202"]["Owed"] == pytest.approx(666.00) and arrears["1-1-202"]["Months owed"] == 3
    assert arrears["1-1-202"]["Owed since"] == datetime(2026, 1, 1) and arrears["1-1-202"]["Age (months)"] == "≤3"

    receipts = [r for r in table(values["Receipts"]) if r["Receipt no."] not in (None, "Total")]
    assert len(receipts) == 4 and [r["Status"] for r in receipts].count("作废") == 1


def test_the_receipts_sheet_agrees_with_the_receipt_register(prop, tmp_path):
    store, *_ = prop
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
        write_register(store, date(2026, 3, 1), date(2026, 3, 31), tmp_path / "r.xlsx")
    month = load_workbook(tmp_path / "m.xlsx", data_only=True)["Receipts"]
    register = load_workbook(tmp_path / "r.xlsx", data_only=True).worksheets[0]

    def body(ws):
        rows = [r for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
        return [r[:11] for r in rows[:-1]], rows[-1][5]
    (m_rows, m_total), (r_rows, r_total) = body(month), body(register)
    assert m_rows == r_rows and m_total == r_total == pytest.approx(875.34)  # 331.34 + 444 + 100, the void left out


def test_the_receipts_taken_apart_add_up_to_the_register_and_their_bills_to_the_fees_received(prop, tmp_path):
    """收据核对: March's register total is what its live receipts paid of bills (收费's 本月收款), of late
    fees and of deposits, plus the 红冲 issued in March of a February receipt — nothing unexplained."""
    from frontdesk.fees.deposits import DepositService
    from frontdesk.fees.models import Receipt
    from frontdesk.fees.shift import ShiftService
    from sqlalchemy import select
    store, boss, rooms = prop
    fees = FeeService(store)
    with at((2, 28), 18):
        ShiftService(store).close(boss, str(ShiftService(store).figures(boss).cash_expected))
    with store.read() as s:
        feb, feb_total = s.execute(select(Receipt.id, Receipt.total).where(
            Receipt.room_id == rooms["1-1-201"], Receipt.issued_at >= datetime(2026, 2, 1),
            Receipt.issued_at < datetime(2026, 3, 1))).one()
    with at((3, 20)):
        fees.reverse(boss, feb, "重复缴费", "转账", "6222 0000 1111")
    with at((3, 25)):
        SettingsService(store).update(boss, late_fee_enabled=True)
        late = fees.take_payment(boss, rooms["1-1-202"], [b.id for b in fees.due_bills(rooms["1-1-202"])], "微信", "WX1")
        DepositService(store).collect(boss, rooms["1-1-101"], "出入证押金", "50", "现金", cash_received="50")
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
    wb = load_workbook(tmp_path / "m.xlsx", data_only=True)
    parts = {r[0]: r[1] for r in wb["Receipts taken apart"].iter_rows(min_row=5, values_only=True) if r[0]}
    register = [r for r in wb["Receipts"].iter_rows(min_row=5, values_only=True) if r[0]][-1][5]
    received = [r for r in wb["Fees"].iter_rows(min_row=5, values_only=True) if r[0]][-1][11]
    assert parts["Total"] == pytest.approx(register) and parts["Bills paid (收费's received in the month)"] == \
        pytest.approx(received)
    assert parts["Late fees"] > 0 and parts["Deposits taken"] == 50
    assert parts["红冲 receipts issued in the month"] == pytest.approx(-float(feb_total))
    assert parts["Not explained (nothing, when the books are right)"] == 0
    assert received == pytest.approx(875.34 + float(late.total) - parts["Late fees"])  # prop's three and 1-1-202's bills
    assert not [r for r in wb["Exceptions"].iter_rows(min_row=5, values_only=True) if r[0] and "not explained" in r[0]]


@pytest.mark.parametrize("text, words", [("2026-13", "YYYY-MM"), ("March", "YYYY-MM"), ("2026-05", "not begun"),
                                         ("2025-12", "first records")])
def test_a_bad_month_is_refused_and_no_file_is_written(prop, tmp_path, text, words):
    store, *_ = prop
    out = tmp_path / "m.xlsx"
    with at((4, 2)), pytest.raises(ValidationError) as err:
        report.write(store, text, out, TASKS, lambda _c, t: t)
    assert words in err.value.text() and err.value.field == "month"
    assert not out.exists()


def test_the_command_line_writes_the_workbook_and_refuses_a_future_month(prop, sqlite_url, tmp_path, capsys, qapp,
                                                                        monkeypatch):
    url = sqlite_url
    monkeypatch.setenv("FRONTDESK_NOW", "2026-04-02T10:00")
    out = tmp_path / "m.xlsx"
    assert main(["--db", url, "report", "monthly", "2026-03", "--out", str(out)]) == 0
    assert out.exists() and "2026-03" in capsys.readouterr().out
    assert main(["--db", url, "report", "monthly", "2026-06", "--out", str(tmp_path / "n.xlsx")]) == 1
    assert not (tmp_path / "n.xlsx").exists()


def test_in_chinese_the_sheets_have_the_names_management_reads(prop, tmp_path, zh_translate):
    store, *_ = prop
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, zh_translate)
    wb = load_workbook(tmp_path / "m.xlsx")
    assert wb.sheetnames == ["概览", "入住", "工单", "钥匙", "证件", "收费", "欠费", "收据", "收据核对", "押金", "异常",
                             "说明"]
    assert wb["收费"]["C4"].value == "当期应收" and wb["概览"]["D4"].value == "环比"
    assert "月度报表 2026-03" in wb["概览"]["A1"].value


def test_in_chinese_a_bad_month_says_so_in_chinese(prop, tmp_path, zh_translate):
    store, *_ = prop
    with at((4, 2)), pytest.raises(ValidationError) as err:
        report.write(store, "2026-05", tmp_path / "m.xlsx", TASKS, zh_translate)
    assert err.value.text(zh_translate) == "2026-05 尚未开始；月度报表只能做本月或以前的月份。"


# ---- the work orders' part -------------------------------------------------------------------------
@pytest.fixture
def orders(prop):
    """March 2026 (2nd a Monday): a leak fixed on time and followed up, satisfied; the same leak again a
    week later (a repeat fault), fixed, the resident unsatisfied (reopened, then overdue at month end);
    a lift repair paused before its deadline (its clock stopped); a complaint found invalid and explained;
    a valid complaint answered and handled in time."""
    from frontdesk.core.workdays import CalendarService
    from frontdesk.workorders.service import WorkOrderService
    store, boss, rooms = prop
    CalendarService(store).ensure_seeded()
    svc = WorkOrderService(store)
    cats = {leaf: i for i, _p, leaf in svc.categories()}
    dept = dict((n, i) for i, n in svc.departments())["工程部"]
    room = rooms["1-1-101"]

    def leak(day):
        with at(day, 9):
            o = svc.register(boss, kind="repair_home", content="厨房水管漏水", room_id=room, category_id=cats["漏水"])
        with at(day, 10):
            svc.dispatch(boss, o.id, dept)
        return o
    a = leak((3, 2))
    with at((3, 3)):
        svc.complete(boss, a.id, result="已换水管")
    with at((3, 4)):
        svc.follow_up(boss, a.id, reached=True, attitude="满意", skill="满意", manners="满意", satisfaction=5)
    b = leak((3, 9))
    with at((3, 10)):
        svc.complete(boss, b.id, result="已紧固")
    with at((3, 11)):
        svc.follow_up(boss, b.id, reached=True, attitude="满意", skill="一般", manners="满意", satisfaction=2,
                      comment="还在漏")
    with at((3, 16), 9):
        lift = svc.register(boss, kind="repair_common", content="3号电梯异响", place="1栋电梯",
                            category_id=cats["电梯故障"])
    with at((3, 16), 10):
        svc.dispatch(boss, lift.id, dept)
        svc.pause(boss, lift.id, "等配件")
    with at((3, 18), 9):
        bad = svc.register(boss, kind="complaint", content="物业费太贵", room_id=room)
    with at((3, 18), 10):
        svc.reply(boss, bad.id, "已解释收费标准经业委会批准公示", "无效")
    with at((3, 19), 9):
        good = svc.register(boss, kind="complaint", content="楼道垃圾未清", room_id=rooms["1-1-102"])
    with at((3, 19), 10):
        svc.reply(boss, good.id, "已安排保洁", "有效")
        svc.dispatch(boss, good.id, dict((n, i) for i, n in svc.departments())["保洁部"])
    with at((3, 19), 15):
        svc.complete(boss, good.id, result="已清理")
    return store, {"a": a.number, "b": b.number, "lift": lift.number}


def test_the_work_orders_figures_are_the_known_right_answers(orders, tmp_path):
    store, numbers = orders
    out = tmp_path / "m.xlsx"
    with at((4, 2)):
        report.write(store, "2026-03", out, TASKS, lambda _c, t: t)
    wb, values = read(out)
    over = {r["Figure"]: r for r in table(values["Overview"]) if r["Figure"]}
    assert [over[k]["This month"] for k in ("Repairs in homes", "Repairs in common areas", "Complaints",
                                            "Help requests")] == [2, 1, 2, 0]
    assert over["Repairs in homes"]["Last month"] == 0
    assert over["Repair on-time rate"]["This month"] == pytest.approx(0.5)  # a on time, b reopened; the lift paused
    assert over["Follow-up rate"]["This month"] == pytest.approx(1.0)  # a; b is back with the department
    assert over["Satisfaction"]["This month"] == pytest.approx(0.5)  # a's call 5, b's 2
    assert over["Repeat-fault rate"]["This month"] == pytest.approx(0.3333)
    assert over["Valid complaints"]["This month"] == 1
    assert over["Complaint reply rate"]["This month"] == pytest.approx(1.0)
    assert over["Repair on-time rate"]["Last month"] is None
    ws = wb["Overview"]
    row = next(r for r in range(5, 40) if ws.cell(r, 1).value == "Satisfaction")
    assert ws.cell(row, 2).number_format == "0.0%" and isinstance(ws.cell(row, 2).value, (int, float))
    assert len(ws._charts) == 2

    lines = [r for r in table(values["Work orders"]) if r["Kind"] not in (None, "Total")]
    home = next(r for r in lines if r["Kind"] == "Repair in a home")
    assert (home["Category"], home["Department"], home["Registered"], home["Completed"], home["On time"],
            home["Followed up"], home["Unsatisfied"], home["Reopened"]) == ("水电 → 漏水", "工程部", 2, 1, 1, 1, 1, 1)
    complaints = [r for r in lines if r["Kind"] == "Complaint"]
    assert sum(r["Valid complaints"] for r in complaints) == 1 and sum(r["Invalid complaints"] for r in complaints) == 1
    ws, v = wb["Work orders"], values["Work orders"]
    total = next(r for r in range(5, 20) if ws.cell(r, 1).value == "Total")
    assert ws.cell(total, 4).value.startswith("=SUM(") and v.cell(total, 4).value == 5
    assert ws.cell(5, 4).number_format == "#,##0"

    exceptions = [(r["What"], r["Record"]) for r in table(values["Exceptions"]) if r["What"]]
    assert ("Completion overdue", numbers["b"]) in exceptions
    assert ("Unsatisfied follow-up", numbers["b"]) in exceptions and ("Repeat fault", numbers["b"]) in exceptions
    assert not [r for r in exceptions if r[1] in (numbers["a"], numbers["lift"])]
    defined = {r["Figure"] for r in table(values["Definitions"])}
    assert {"Repair on-time rate", "Follow-up rate", "Satisfaction", "Repeat-fault rate",
            "Complaint reply rate"} <= defined


# ---- the keys' part --------------------------------------------------------------------------------
def test_the_keys_at_month_end_are_the_known_right_answers(prop, tmp_path):
    """March: the roof's keys lent on the 5th, due back the 6th, back only on 1 April (overdue at the
    month's end); the pump room's lent and returned; the lift room's lent on the 30th, due in April; the
    gate's lost; a handover count found an unlabelled key."""
    from frontdesk.core.operators import OperatorService
    from frontdesk.keys.service import KeyService
    from tests.test_keys_service import png
    store, boss, _rooms = prop
    OperatorService(store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    svc = KeyService(store)
    with at((3, 2)):
        roof, pump, lift, gate = (svc.by_tag(svc.register_public(boss, place=p, hook=f"A-0{i}", pieces=1)).id
                                  for i, p in enumerate(("天台", "水泵房", "电梯机房", "大门"), start=1))

    def lend(key, day, back):
        with at(day):
            svc.lend(boss, key, person_kind="公司员工", person="工程部 刘工", purpose="维修",
                     expected_back=datetime(2026, *back, 17), unsigned="电话授权")
    lend(roof, (3, 5), (3, 6))
    lend(pump, (3, 10), (3, 11))
    with at((3, 11)):
        svc.take_back(boss, pump, pieces=1, unsigned="电话授权")
    lend(lift, (3, 30), (4, 3))
    with at((3, 20)):
        svc.mark(boss, gate, "lost", "钥匙丢失")
    with at((3, 25)):
        count = svc.handover(boss, incoming="qiantai", incoming_password="Qiantai2026", missing={},
                             extra={"K99999": "柜内发现无标签钥匙"}, signature=png(), incoming_signature=png())
    with at((4, 1)):
        svc.take_back(boss, roof, pieces=1, unsigned="电话授权")
    out = tmp_path / "m.xlsx"
    with at((4, 2)):
        report.write(store, "2026-03", out, TASKS, lambda _c, t: t)
    wb, values = read(out)
    over = {r["Figure"]: r for r in table(values["Overview"]) if r["Figure"]}
    assert (over["Keys out at month end"]["This month"], over["Keys out at month end"]["Last month"]) == (2, 0)
    assert over["Keys overdue at month end"]["This month"] == 1
    [public] = [r for r in table(values["Keys"]) if r["Key kind"] == "公共钥匙"]
    assert [public[k] for k in ("Kept at month end", "Out at month end", "Overdue at month end", "Lent", "Returned",
                                "Lost")] == [3, 2, 1, 3, 1, 1]
    ws, v = wb["Keys"], values["Keys"]
    total = next(r for r in range(5, 12) if ws.cell(r, 1).value == "Total")
    assert ws.cell(total, 5).value.startswith("=SUM(") and v.cell(total, 5).value == 3
    exceptions = {r["What"]: r for r in table(values["Exceptions"]) if r["What"] in ("Key overdue",
                                                                                    "Handover count difference")}
    assert exceptions["Key overdue"]["Record"] == svc.key(roof).tag
    assert exceptions["Key overdue"]["Day"] == datetime(2026, 3, 6)
    assert exceptions["Handover count difference"]["Record"] == count
    assert "K99999" in exceptions["Handover count difference"]["Detail"]


# ---- the passes' part ------------------------------------------------------------------------------
def test_the_passes_of_the_month_are_the_known_right_answers(prop, tmp_path):
    """March: a renovation permit issued (works 3-2 to 3-20, not accepted: past its end), a worker pass
    under it lost, another past its end and not returned; a temporary pass; February had none."""
    from frontdesk.passes.service import PassService
    from tests.test_gate import RIC
    store, boss, rooms = prop
    svc = PassService(store)
    with at((3, 1), 9):
        RegistrationService(store).add_person(boss, rooms["1-1-101"], name="张业主", relation="业主",
                                              phone="13800138000")
    with at((3, 2), 9):
        number = svc.apply(boss, rooms["1-1-101"], contractor="美家装饰", manager="赵工", manager_phone="13911112222",
                           workers=2, works=["墙面"], start=date(2026, 3, 2), end=date(2026, 3, 20),
                           documents=["装修协议"])
        reno = svc.renovation_of(number)
        svc.record_test(boss, reno.id, "water", "合格", date(2026, 3, 2), "刘工")
        svc.record_test(boss, reno.id, "pressure", "合格", date(2026, 3, 2), "刘工")
        svc.sign_off(boss, reno.id, True, "刘工")
        svc.approve(boss, reno.id)
        svc.take_money(boss, reno.id)
        svc.issue(boss, reno.id)
        lost = svc.issue_worker(boss, reno.id, name="孙师傅", id_number=RIC, phone="13700001111",
                                valid_to=date(2026, 3, 15))
        kept = svc.issue_worker(boss, reno.id, name="钱师傅", id_number=RIC, phone="13700001112",
                                valid_to=date(2026, 3, 15))
        svc.issue_temporary(boss, name="李四", id_number=RIC, reason="送货", days=1)
    with at((3, 10)):
        svc.end_worker(boss, svc.doc(lost.number).id, lost=True)
    out = tmp_path / "m.xlsx"
    with at((4, 2)):
        report.write(store, "2026-03", out, TASKS, lambda _c, t: t)
    wb, values = read(out)
    over = {r["Figure"]: r for r in table(values["Overview"]) if r["Figure"]}
    assert (over["Renovation permits issued"]["This month"], over["Renovation permits issued"]["Last month"]) == (1, 0)
    assert over["Worker passes issued"]["This month"] == 2 and over["Temporary passes issued"]["This month"] == 1
    sheet = {r["Document type"]: r for r in table(values["Passes"]) if r["Document type"]}
    assert [sheet["施工人员出入证"][k] for k in ("Issued", "Returned or accepted", "Lost", "Expired")] == [2, 0, 1, 1]
    assert sheet["装修许可证"]["Expired"] == 1 and sheet["临时出入证"]["Expired"] == 1
    ws = wb["Passes"]
    total = next(r for r in range(5, 15) if ws.cell(r, 1).value == "Total")
    assert ws.cell(total, 2).value.startswith("=SUM(") and values["Passes"].cell(total, 2).value == 4
    past = {r["Record"] for r in table(values["Exceptions"]) if r["What"] == "Past its end"}
    assert past == {number, kept.number}  # the lost pass is closed


def test_move_ins_and_the_occupancy_rate(store, tmp_path):
    """入住: six rooms delivered and one not; an owner moved in in January, one in March, a tenant who left in
    March (not living there at its end), an agent only (not counted): delivered 6, occupied 2 at March's
    end, 1 move-in in March, 入住率 2 ÷ 6."""
    with at((1, 2)):
        boss = set_up(store)
        reg = RegistrationService(store)
        reg.create_building_rooms(boss, "2", plan_building(1, 3, 2, ["89.55", "120.00"]), state="空置")
        rooms = {h.room_code: h.room_id for h in reg.search("2-")}
        reg.create_building_rooms(boss, "9", plan_building(1, 1, 1, ["60.00"]), state="未交付")
        reg.add_person(boss, rooms["2-1-101"], name="甲", relation="业主", since=date(2026, 1, 5))
        reg.add_person(boss, rooms["2-1-102"], name="乙", relation="业主", since=date(2026, 3, 8))
        tenant = reg.add_person(boss, rooms["2-1-201"], name="丙", relation="租户", since=date(2026, 1, 1))
        reg.add_person(boss, rooms["2-1-202"], name="丁", relation="受托人", since=date(2026, 3, 1),
                       document="委托书 2026-03-01")
    with at((3, 20)):
        with store.read() as s:
            from frontdesk.registration.models import Occupancy
            from sqlalchemy import select
            link = s.scalar(select(Occupancy.id).where(Occupancy.person_id == tenant))
        reg.move_out(boss, link, date(2026, 3, 20))
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
    wb = load_workbook(tmp_path / "m.xlsx")
    ws = wb["Move-in"]
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=5) if r[0].value in ("2", "9")}
    assert rows["2"][1:4] == [6, 2, 1] and rows["9"][1:4] == [0, 0, 0]
    assert rows["2"][4] == pytest.approx(2 / 6, abs=1e-4) and ws.cell(row=5, column=5).number_format.endswith("%")
    overview = {r[0].value: [c.value for c in r] for r in wb["Overview"].iter_rows(min_row=5) if r[0].value}
    assert overview["Move-ins"][1:3] == [1, 0] and overview["Occupancy rate"][1] == pytest.approx(2 / 6, abs=1e-4)


def test_occupied_means_lived_in_on_the_months_last_day(store, tmp_path):
    """An owner of record of a vacant room does not make it occupied; a room's state on a past month's
    last day is what it was then (a later change does not rewrite March), and a room built later is not
    in March at all."""
    with at((1, 2)):
        boss = set_up(store)
        reg = RegistrationService(store)
        reg.create_building_rooms(boss, "3", plan_building(1, 1, 3, ["89.55"] * 3), state="空置")
        rooms = {h.room_code: h.room_id for h in reg.search("3-")}
        for code, name in (("3-1-101", "甲"), ("3-1-102", "乙")):
            reg.add_person(boss, rooms[code], name=name, relation="业主", since=date(2026, 1, 5))
        reg.update_room(boss, rooms["3-1-101"], state="空置")  # bought, not living there
    with at((4, 10)):
        reg.update_room(boss, rooms["3-1-102"], state="空置")  # moved out after March
        reg.create_building_rooms(boss, "4", plan_building(1, 1, 1, ["60.00"]), state="已入住")
    with at((5, 2)):
        for month in ("2026-03", "2026-04"):
            report.write(store, month, tmp_path / f"{month}.xlsx", TASKS, lambda _c, t: t)

    def row(month, building):
        ws = load_workbook(tmp_path / f"{month}.xlsx")["Move-in"]
        return next(([c.value for c in r][1:4] for r in ws.iter_rows(min_row=5) if r[0].value == building), None)
    assert row("2026-03", "3") == [3, 1, 0] and row("2026-03", "4") is None
    assert row("2026-04", "3") == [3, 0, 0] and row("2026-04", "4") == [1, 0, 0]


def test_the_work_orders_sheet_agrees_with_the_work_order_register(orders, tmp_path):
    """One source of truth: the month's orders registered, kind by kind, are the rows `export workorders`
    writes for the same days."""
    from collections import Counter

    from frontdesk.workorders.documents import write_register as orders_register
    store, _numbers = orders
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
        n = orders_register(store, date(2026, 3, 1), date(2026, 3, 31), tmp_path / "w.xlsx")
    lines = [r for r in table(load_workbook(tmp_path / "m.xlsx", data_only=True)["Work orders"])
             if r["Kind"] not in (None, "Total")]
    register = load_workbook(tmp_path / "w.xlsx", data_only=True).worksheets[0]
    heads = [c.value for c in register[4]]
    kinds = Counter(row[heads.index("Type of order")] for row in register.iter_rows(min_row=5, values_only=True)
                    if row[0] and str(row[0]).startswith("GD"))
    sheet = Counter()
    for r in lines:
        sheet[r["Kind"]] += r["Registered"]
    assert sum(sheet.values()) == n == sum(kinds.values()) and n > 0
    assert sheet == kinds


# ---- the passes' and the keys' parts against their registers ------------------------------------------
def register_sheets(path):
    """Each sheet of a register workbook as its rows (dicts by header), the totals row left out."""
    wb = load_workbook(path, data_only=True)
    return {ws.title: [r for r in table(ws) if r[ws.cell(4, 1).value] not in (None, "Total")] for ws in wb.worksheets}


def in_march(value):
    return value is not None and datetime(2026, 3, 1) <= value < datetime(2026, 4, 1)


@pytest.fixture
def papers(prop):
    """March 2026, every paper issued in it (the register lists the papers issued in its days) but one
    permit applied for in February and issued on 2 March: a permit accepted before its end; one at its end
    on the 31st; one voided before issue; one applied for on the 30th and issued only on 1 April. Worker
    passes: one lost, one returned, one past its end (returned on 1 April). Temporary passes: one run out,
    one valid into April, one voided. Release slips: one used at the gate, one never used. Hot work: one
    closed by its end-of-work check, one a receptionist recorded that no supervisor ever approved."""
    from frontdesk.core.operators import OperatorService
    from frontdesk.passes.service import PassService
    from tests.test_gate import RIC
    store, boss, rooms = prop
    svc = PassService(store)
    OperatorService(store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(store).authenticate("qiantai", "Qiantai2026")
    with at((2, 20), 9):
        for code, name in (("1-1-101", "张业主"), ("1-1-102", "王业主"), ("1-1-201", "赵业主"), ("1-1-202", "钱业主")):
            RegistrationService(store).add_person(boss, rooms[code], name=name, relation="业主", phone="13800138000")

    def apply(room, day, start, end):
        with at(day, 9):
            return svc.renovation_of(svc.apply(boss, rooms[room], contractor="美家装饰", manager="赵工",
                                               manager_phone="13911112222", workers=2, works=["墙面"],
                                               start=date(2026, *start), end=date(2026, *end),
                                               documents=["装修协议"])).id

    def approve(reno, day):
        with at(day, 10):
            svc.record_test(boss, reno, "water", "合格", date(2026, *day), "刘工")
            svc.record_test(boss, reno, "pressure", "合格", date(2026, *day), "刘工")
            svc.sign_off(boss, reno, True, "刘工")
            svc.approve(boss, reno)
            svc.take_money(boss, reno)

    def issue(reno, day):
        with at(day, 11):
            return svc.issue(boss, reno)
    february = apply("1-1-202", (2, 26), (3, 2), (3, 31))
    approve(february, (2, 27))
    issue(february, (3, 2))
    accepted = apply("1-1-101", (3, 2), (3, 2), (3, 20))
    approve(accepted, (3, 2))
    issue(accepted, (3, 2))
    voided = apply("1-1-102", (3, 3), (3, 9), (3, 30))
    with at((3, 4)):
        svc.void(boss, voided, "业主取消装修")
    late = apply("1-1-201", (3, 30), (4, 1), (4, 30))

    def worker(name, to):
        with at((3, 2), 14):
            return svc.doc(svc.issue_worker(boss, accepted, name=name, id_number=RIC, phone="13700001111",
                                            valid_to=date(2026, *to)).number).id
    lost, returned, kept = worker("孙师傅", (3, 15)), worker("钱师傅", (3, 15)), worker("李师傅", (3, 16))
    with at((3, 10)):
        svc.end_worker(boss, lost, lost=True)
    with at((3, 12)):
        svc.end_worker(boss, returned)
    with at((3, 18)):
        svc.accept(boss, accepted, True)
    with at((3, 5)):
        svc.issue_temporary(boss, name="快递员", id_number=RIC, reason="送货", days=1)
    with at((3, 6)):
        void = svc.issue_temporary(boss, name="搬运工", id_number=RIC, reason="送货", days=3)
        svc.void_doc(boss, svc.doc(void.number).id, "填错姓名")
    with at((3, 31), 9):
        svc.issue_temporary(boss, name="送水工", id_number=RIC, reason="送水", days=3)
    slip = dict(bearer="王业主", id_number=RIC, reason="搬家", items=[("沙发", "1")], confirmed_by="王业主",
                confirmed_how="本人到场")
    with at((3, 12), 11):
        used = svc.issue_release(boss, rooms["1-1-102"], **slip)
    with at((3, 12), 15):
        assert svc.verify(boss, used.number).used_now
    with at((3, 13), 11):
        svc.issue_release(boss, rooms["1-1-102"], **slip)
    hot = dict(place="地下车库", id_number=RIC, cert_no="T1101052019", cert_expiry=date(2027, 1, 1),
               start=datetime(2026, 3, 20, 10), end=datetime(2026, 3, 20, 14), extinguisher=True, cleared=True,
               watcher="保安 吴")
    with at((3, 20), 9):
        closed = svc.issue_hot_work(boss, welder="周焊工", **hot)
        svc.issue_hot_work(clerk, welder="吴焊工", **hot)  # recorded, never approved: no permit issued
    with at((3, 20), 13):
        svc.close_hot_work(boss, svc.doc(closed.number).id, "无余火，已断电")
    return store, boss, (late, kept)


def test_the_passes_sheet_agrees_with_the_passes_register(papers, tmp_path):
    """One source of truth: each type's issued, returned, lost and expired on 证件 are what the register
    `export passes` writes for the same days tells, read as it stood at the month's end."""
    from frontdesk.passes.documents import write_register as passes_register
    from frontdesk.passes.service import PassService
    store, boss, (late, kept) = papers
    with at((3, 31), 23):  # the register as it stood at the month's end (its states are today's)
        passes_register(store, date(2026, 3, 1), date(2026, 3, 31), tmp_path / "p.xlsx")
    svc = PassService(store)
    with at((4, 1), 10):  # April changes nothing of March
        svc.record_test(boss, late, "water", "合格", date(2026, 4, 1), "刘工")
        svc.record_test(boss, late, "pressure", "合格", date(2026, 4, 1), "刘工")
        svc.sign_off(boss, late, True, "刘工")
        svc.approve(boss, late)
        svc.take_money(boss, late)
        svc.issue(boss, late)
        svc.end_worker(boss, kept)
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
    sheet = {r["Document type"]: r for r in table(load_workbook(tmp_path / "m.xlsx", data_only=True)["Passes"])
             if r["Document type"] not in (None, "Total")}
    register = register_sheets(tmp_path / "p.xlsx")
    live = {"有效", "已过期", "施工中", "已停工"}  # still in force, or meant to be, at the month's end

    def counts(rows, issued, end):
        return {"Issued": sum(in_march(r[issued]) for r in rows),
                "Returned or accepted": sum(r["State"] in ("已退还", "已验收", "已退押") for r in rows),
                "Lost": sum(r["State"] == "已遗失" for r in rows),
                "Expired": sum(in_march(r[end]) and (r["State"] in live or r["State"].startswith("未退（"))  # a
                               for r in rows)}  # worker pass still out after its renovation ended is out too
    permits = register["Renovation permits"]
    assert {r["State"] for r in permits} == {"施工中", "已验收", "已作废", "已申请"}  # Feb's issued in March is listed
    expected = {"装修许可证": counts(permits, "Issued", "End")}
    for name in ("施工人员出入证", "临时出入证", "动火证", "物品放行条"):
        rows = register[name]
        expected[name] = counts([r for r in rows if not r["State"].startswith("待审批")], "Issued", "Valid to")
    got = {name: {k: row[k] for k in ("Issued", "Returned or accepted", "Lost", "Expired")}
           for name, row in sheet.items()}
    assert got == expected
    assert expected == {  # the known right answers, so the two cannot agree on a wrong figure
        "装修许可证": {"Issued": 2, "Returned or accepted": 1, "Lost": 0, "Expired": 1},
        "施工人员出入证": {"Issued": 3, "Returned or accepted": 1, "Lost": 1, "Expired": 1},
        "临时出入证": {"Issued": 3, "Returned or accepted": 0, "Lost": 0, "Expired": 1},
        "动火证": {"Issued": 1, "Returned or accepted": 0, "Lost": 0, "Expired": 0},
        "物品放行条": {"Issued": 2, "Returned or accepted": 0, "Lost": 0, "Expired": 1}}


def test_the_keys_sheet_agrees_with_the_key_register(prop, tmp_path):
    """One source of truth: the sets kept, out and overdue at the month's end on 钥匙 are the key register's
    sheet 1 written at the month's end, and its loans, returns and losses are its sheet 2's movements of the
    month, kind by kind. March: the roof's keys lent and late (back only in April), the pump room's lent and
    returned twice, the lift room's lent on the 30th due in April, the gate's lost; a room's rectification
    keys lent to a contractor and returned, another room's lent and late at the month's end; an owner's set
    collected by the owner."""
    from collections import Counter

    from frontdesk.keys.documents import write_register as keys_register
    from frontdesk.keys.service import KeyService
    from tests.test_gate import RIC
    from tests.test_keys_service import png
    store, boss, rooms = prop
    svc = KeyService(store)
    with at((3, 1), 9):
        for code, name in (("1-1-101", "张业主"), ("1-1-102", "王业主"), ("1-1-201", "赵业主")):
            RegistrationService(store).add_person(boss, rooms[code], name=name, relation="业主", phone="13800138000")
    with at((3, 2)):
        roof, pump, lift, gate = (svc.by_tag(svc.register_public(boss, place=p, hook=f"A-0{i}", pieces=1)).id
                                  for i, p in enumerate(("天台", "水泵房", "电梯机房", "大门"), start=1))
        mine, theirs = (svc.by_tag(svc.keep(boss, rooms[code], owner=name, pieces=2, hook=hook, signature=png())[0]).id
                        for code, name, hook in (("1-1-101", "张业主", "B-01"), ("1-1-102", "王业主", "B-02")))
        _tag, receipt = svc.keep(boss, rooms["1-1-201"], owner="赵业主", pieces=1, hook="B-03", kind="owner",
                                 signature=png())

    def lend(key, day, back, **who):
        with at(day):
            svc.lend(boss, key, **({"person_kind": "公司员工", "person": "工程部 刘工"} | who), purpose="维修",
                     expected_back=datetime(2026, *back, 17), unsigned="电话授权")

    def back(key, day):
        with at(day, 16):
            svc.take_back(boss, key, pieces=svc.key(key).pieces, unsigned="电话授权")
    lend(roof, (3, 5), (3, 6))
    lend(pump, (3, 10), (3, 11))
    back(pump, (3, 11))
    lend(pump, (3, 20), (3, 21))
    back(pump, (3, 21))
    lend(lift, (3, 30), (4, 3))
    with at((3, 20)):
        svc.mark(boss, gate, "lost", "钥匙丢失")
    lend(mine, (3, 12), (3, 13), person_kind="施工方", person="美家装饰 赵工", phone="13911112222", id_number=RIC)
    back(mine, (3, 13))
    lend(theirs, (3, 28), (3, 29))
    with at((3, 15)):
        svc.collect(boss, receipt, person="赵业主", pieces=1, signature=png())
    with at((3, 31), 23):  # sheet 1 is the sets as they are when written: at the month's end
        keys_register(store, date(2026, 3, 1), date(2026, 3, 31), tmp_path / "k.xlsx")
    back(roof, (4, 1))  # April changes nothing of March
    back(lift, (4, 1))
    with at((4, 2)):
        report.write(store, "2026-03", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
    month = load_workbook(tmp_path / "m.xlsx", data_only=True)
    sheet = {r["Key kind"]: r for r in table(month["Keys"]) if r["Key kind"] not in (None, "Total")}
    sets, moves = register_sheets(tmp_path / "k.xlsx").values()
    kind = {r["Key tag"]: r["Kind"] for r in sets}
    done = Counter((kind[m["Key tag"]], m["Action"]) for m in moves)
    expected = {k: {"Kept at month end": sum(r["Kind"] == k and r["State"] in ("在柜", "借出") for r in sets),
                    "Out at month end": sum(r["Kind"] == k and r["State"] == "借出" for r in sets),
                    "Overdue at month end": sum(r["Kind"] == k and r["Overdue"] == "是" for r in sets),
                    "Lent": done[k, "借出"], "Returned": done[k, "归还"], "Lost": done[k, "遗失"]}
                for k in ("整改钥匙", "业主留存", "公共钥匙")}
    assert {k: {c: row[c] for c in expected[k]} for k, row in sheet.items()} == expected
    assert expected["公共钥匙"] == {"Kept at month end": 3, "Out at month end": 2, "Overdue at month end": 1,
                                "Lent": 4, "Returned": 2, "Lost": 1}  # the known right answers
    assert expected["整改钥匙"] == {"Kept at month end": 2, "Out at month end": 1, "Overdue at month end": 1,
                                "Lent": 2, "Returned": 1, "Lost": 0}
    assert expected["业主留存"] == dict.fromkeys(expected["业主留存"], 0)
    over = {r["Figure"]: r["This month"] for r in table(month["Overview"]) if r["Figure"]}
    assert (over["Keys out at month end"], over["Keys overdue at month end"]) == (
        sum(r["State"] == "借出" for r in sets), sum(r["Overdue"] == "是" for r in sets)) == (3, 2)


def test_a_deposit_collected_on_the_30th_is_held_over_a_year_at_the_months_end(store, tmp_path):
    """At 2026-01-31 a deposit collected on 2025-01-30 (or 01-31) has been held over a year; one of
    2025-02-01 has not (the cutoff is one year before the month's end, whatever the day)."""
    from frontdesk.fees.deposits import DepositService
    with clock.pinned(datetime(2025, 1, 2, 9)):
        boss = set_up(store)
        reg = RegistrationService(store)
        reg.create_building_rooms(boss, "1", plan_building(1, 1, 1, ["89.55"]), state="已入住")
    room = reg.search("1-")[0].room_id
    deposits = DepositService(store)
    for day, amount in (((1, 30), "100.00"), ((1, 31), "200.00"), ((2, 1), "400.00")):
        with clock.pinned(datetime(2025, *day, 10)):
            deposits.collect(boss, room, "其他押金", amount, "现金")
    with clock.pinned(datetime(2026, 2, 2, 10)):
        report.write(store, "2026-01", tmp_path / "m.xlsx", TASKS, lambda _c, t: t)
    _wb, values = read(tmp_path / "m.xlsx")
    [line] = [r for r in table(values["Deposits"]) if r["Deposit kind"] == "其他押金"]
    assert line["Amount held"] == pytest.approx(700.00)
    assert line["Held over a year"] == pytest.approx(300.00)  # 01-30 and 01-31, not 02-01
