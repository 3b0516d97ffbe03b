"""Late fees, part payments, one-off and metered bills, billing cycles, arrears and reminders,
payment notices — the rules without Qt, on SQLite and PostgreSQL."""
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from frontdesk.core.errors import DomainError, PermissionDenied, ValidationError
from frontdesk.core.settings import PropertySettings, SettingsService
from frontdesk.fees.arrears import ArrearsService, letter_due
from frontdesk.fees.documents import notices_pdf
from frontdesk.fees.meters import MeterService, read_sheet
from frontdesk.fees.models import Bill, BillPart, Receipt, Reminder
from frontdesk.fees.service import late_fee
from frontdesk.registration.service import RegistrationService
from tests.helpers import pdf_text
from tests.test_fees_service import desk  # noqa: F401 - the shared fixture

D = Decimal


def test_late_fee_rule():
    on = PropertySettings(late_fee_enabled=True, late_fee_rate=D("0.03"), late_fee_grace_days=15)
    end = date(2026, 1, 31)
    assert late_fee(D("1000.00"), end, date(2026, 2, 15), on) == 0  # inside the grace days
    assert late_fee(D("1000.00"), end, date(2026, 2, 16), on) == D("0.30")  # one day: 1000 × 0.03%
    assert late_fee(D("1000.00"), end, date(2026, 3, 18), on) == D("9.30")  # 46 days, 31 past the grace
    assert late_fee(D("165.67"), end, date(2026, 2, 16), on) == D("0.05")  # 0.049701 → half up
    assert late_fee(D("1000.00"), end, date(2036, 1, 1), on) == D("1000.00")  # never more than owed
    monthly = PropertySettings(late_fee_enabled=True, late_fee_basis="month", late_fee_rate=D("1"),
                               late_fee_grace_days=0)
    assert late_fee(D("200.00"), end, date(2026, 2, 1), monthly) == D("2.00")  # a month begun
    assert late_fee(D("200.00"), end, date(2026, 3, 3), monthly) == D("4.00")  # 31 days: two begun
    assert late_fee(D("1000.00"), end, date(2027, 1, 1), PropertySettings()) == 0  # off by default


def test_late_fee_settings_are_checked(store, supervisor):
    svc = SettingsService(store)
    for bad in ("0", "-1", "abc", "6", "0.00001"):
        with pytest.raises(ValidationError) as e:
            svc.update(supervisor, late_fee_rate=bad)
        assert e.value.field == "late_fee_rate"
    with pytest.raises(ValidationError):
        svc.update(supervisor, late_fee_basis="week")
    assert svc.update(supervisor, late_fee_enabled=True, late_fee_rate="0.05%").late_fee_rate == D("0.05")
    assert svc.get().late_fee_enabled and not svc.get().partial_payments


def test_late_fee_on_payment_and_waiver(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    SettingsService(any_store).update(boss, late_fee_enabled=True, late_fee_rate="0.03", late_fee_grace_days=15)
    fees.generate_month(boss, 2026, 1)
    room = rooms["1-1-101"]  # 89.55 m² × 1.85 = 165.67
    on = date(2026, 3, 18)  # 31 days past the grace days
    due = fees.due_bills(room, on=on)
    assert due[0].late_fee == D("1.54")  # 165.67 × 0.0003 × 31 = 1.5407…
    issued = fees.take_payment(clerk, room, [due[0].id], "现金", on=on)
    assert issued.total == D("167.21")
    _r, lines, _ = fees.receipt(issued.id)
    assert [ln.item_name for ln in lines] == ["物业管理费", "滞纳金"] and lines[1].amount == D("1.54")
    fees.void(boss, issued.id, "演示")
    # a receptionist may not waive; a supervisor must give a reason
    with pytest.raises(PermissionDenied):
        fees.take_payment(clerk, room, [due[0].id], "现金", on=on, waive_reason="老人")
    with pytest.raises(ValidationError) as e:
        fees.take_payment(boss, room, [due[0].id], "现金", on=on, waive_reason="  ")
    assert e.value.field == "late_fee"
    waived = fees.take_payment(boss, room, [due[0].id], "现金", on=on, waive_reason="孤寡老人，经理批准")
    r, lines, _ = fees.receipt(waived.id)
    assert waived.total == D("165.67") and len(lines) == 1
    assert r.late_fee_waived == D("1.54") and r.waive_reason == "孤寡老人，经理批准" and r.waived_by == boss.id


def test_part_payments_only_when_allowed(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    for m in (1, 2):
        fees.generate_month(boss, 2026, m)
    room = rooms["1-1-101"]
    ids = [b.id for b in fees.due_bills(room)]  # 2 × 165.67 = 331.34
    with pytest.raises(ValidationError) as e:
        fees.take_payment(clerk, room, ids, "现金", amount="200")
    assert e.value.field == "amount" and "331.34" in e.value.text()
    SettingsService(any_store).update(boss, partial_payments=True)
    for bad in ("0", "331.35", "-5"):
        with pytest.raises(DomainError):
            fees.take_payment(clerk, room, ids, "现金", amount=bad)
    first = fees.take_payment(clerk, room, ids, "现金", amount="200")  # January whole, 34.33 of February
    due = fees.due_bills(room)
    assert [(b.period_start.month, b.paid, b.owed) for b in due] == [(2, D("34.33"), D("131.34"))]
    _r, lines, _ = fees.receipt(first.id)
    assert [ln.amount for ln in lines] == [D("165.67"), D("34.33")] and "已付 0.00" in lines[1].detail
    second = fees.take_payment(clerk, room, [due[0].id], "微信", reference="4200", amount=None)
    assert second.total == D("131.34") and fees.due_bills(room) == []
    # voiding the first receipt: January due again whole, February owes the 34.33 again
    fees.void(boss, first.id, "收错")
    due = fees.due_bills(room)
    assert [(b.period_start.month, b.owed) for b in due] == [(1, D("165.67")), (2, D("34.33"))]
    with any_store.read() as s:
        feb = s.get(Bill, due[1].id)
        live = sum((p.amount for p in s.scalars(select(BillPart).where(BillPart.bill_id == feb.id))
                    if s.get(Receipt, p.receipt_id).status == "正常"), D("0"))
        assert feb.paid == live == D("131.34") and feb.receipt_id is None
    assert fees.collected() == D("131.34")


def test_a_part_payment_pays_the_late_fee_of_what_it_pays_only(desk, any_store):
    """No day of lateness is charged twice: the late fee goes with the money that pays it."""
    boss, clerk, fees, item, rooms = desk
    SettingsService(any_store).update(boss, late_fee_enabled=True, late_fee_rate="0.03", late_fee_grace_days=15,
                                      partial_payments=True)
    for m in (1, 2):
        fees.generate_month(boss, 2026, m)
    room, on = rooms["1-1-101"], date(2026, 4, 30)  # 165.67 a month; January 74 days late, February 46
    due = fees.due_bills(room, on=on)
    assert [b.late_fee for b in due] == [D("3.68"), D("2.29")]
    first = fees.take_payment(clerk, room, [b.id for b in due], "现金", amount="100", on=on)
    _r, lines, _ = fees.receipt(first.id)
    assert first.total == D("102.22") and lines[-1].amount == D("2.22")  # 100 × 0.03% × 74 days
    rest = fees.due_bills(room, on=on)
    assert [b.owed for b in rest] == [D("65.67"), D("165.67")] and [b.late_fee for b in rest] == [D("1.46"), D("2.29")]
    second = fees.take_payment(clerk, room, [b.id for b in rest], "现金", on=on)
    assert second.total == D("231.34") + D("3.75")
    assert D("2.22") + D("3.75") == sum((b.late_fee for b in due), D("0"))  # the whole late fee, once


def test_a_part_paid_bill_paid_meanwhile_at_another_desk(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    SettingsService(any_store).update(boss, partial_payments=True)
    fees.generate_month(boss, 2026, 1)
    room = rooms["1-1-102"]
    bill = fees.due_bills(room)[0]
    with any_store.write() as s:  # another desk took 10.00 of it a moment ago
        s.execute(update(Bill).where(Bill.id == bill.id).values(paid=D("10.00")))
    with pytest.raises(DomainError) as e:
        # this desk read the bill before that: its guarded update finds it changed
        from frontdesk.fees import service as svc
        with any_store.write() as s:
            svc._settle(s, 0, [(bill, D("5.00"))])
    assert "another desk" in e.value.message


def test_one_off_bills_from_the_desk(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    fund = fees.add_item(boss, "WXJJ", "维修基金", "area_fixed")
    fees.set_price(boss, fund, date(2026, 1, 1), "30")
    repair = fees.add_item(boss, "YCWX", "有偿维修", "service")
    room = rooms["1-1-102"]  # 120 m²
    assert fees.add_bill(clerk, room, fund)
    fees.add_bill(clerk, room, repair, "85.5", "更换水龙头")
    fees.add_bill(clerk, room, repair, "40", "疏通下水道")  # twice the same day: two bills
    with pytest.raises(ValidationError) as e:
        fees.add_bill(clerk, room, repair, "0")
    assert e.value.field == "amount"
    with pytest.raises(ValidationError):
        fees.add_bill(clerk, room, item)  # the property fee is billed by the month, not one-off
    due = fees.due_bills(room)
    assert sorted(b.amount for b in due) == [D("40.00"), D("85.50"), D("3600.00")]
    issued = fees.take_payment(clerk, room, [b.id for b in due], "现金", cash_received="4000")
    _r, lines, _ = fees.receipt(issued.id)
    assert issued.change == D("274.50") and len(lines) == 3
    assert any("更换水龙头" in ln.detail for ln in lines)


def test_quarterly_items_bill_the_quarter_at_its_first_month(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    parking = fees.add_item(boss, "TCF", "停车费", "unit_monthly", cycle=3)
    fees.set_price(boss, parking, date(2026, 1, 1), "150")
    fees.set_price(boss, parking, date(2026, 3, 1), "160")
    with pytest.raises(ValidationError):
        fees.add_item(boss, "X", "X", "unit_monthly", cycle=2)
    assert fees.generate_month(boss, 2026, 2) == 4  # February: only the monthly property fee
    made = fees.generate_month(boss, 2026, 1, confirmed=True)  # before the first bills: asked
    assert made == 4 + 4 * 3
    assert fees.generate_month(boss, 2026, 1) == 0
    due = [b for b in fees.due_bills(rooms["1-1-101"]) if b.item == "停车费"]
    assert [(b.period_start.month, b.amount) for b in due] == [(1, D("150.00")), (2, D("150.00")), (3, D("160.00"))]


def test_meter_readings_from_a_sheet(desk, any_store, tmp_path):
    boss, clerk, fees, item, rooms = desk
    water = fees.add_item(boss, "SF", "水费（代收）", "metered")
    fees.set_price(boss, water, date(2026, 1, 1), "4.20")
    meters = MeterService(any_store)
    first = meters.record(clerk, water, 2026, 1, [(2, "1-1-101", "100"), (3, "1-1-102", "50.5"), (4, "1-1-201", "")])
    assert first.written and first.baselines == 2 and first.bills == 0
    sheet = meters.write_sheet(water, 2026, 2, tmp_path / "抄表.xlsx")
    ws = load_workbook(sheet).active
    assert [c.value for c in ws[1]] == ["房号", "上期读数", "本期读数"]
    got = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2)}
    assert got["1-1-101"] == 100 and got["1-1-201"] is None
    for row in ws.iter_rows(min_row=2):
        row[2].value = {"1-1-101": 112.5, "1-1-102": 40}.get(row[0].value)
    ws.parent.save(sheet)
    bad = meters.record(clerk, water, 2026, 2, read_sheet(sheet))
    assert not bad.written and [(line, e.field) for line, e in bad.errors] == [(3, "reading")]
    assert "50.50" in bad.errors[0][1].text()
    assert fees.due_bills(rooms["1-1-101"]) == []  # nothing written
    ok = meters.record(clerk, water, 2026, 2, [(2, "1-1-101", "112.5"), (3, "1-1-102", "60")])
    assert ok.bills == 2
    due = fees.due_bills(rooms["1-1-101"])
    assert [(b.quantity, b.amount, b.description) for b in due] == [(D("12.50"), D("52.50"), "100.00 → 112.50")]
    again = meters.record(clerk, water, 2026, 2, [(2, "1-1-101", "120"), (3, "9-9-999", "1"), (4, "1-1-102", "x")])
    assert [line for line, _ in again.errors] == [2, 3, 4]


def _remind_at(store, reminder_id, when):
    with store.write() as s:
        s.execute(update(Reminder).where(Reminder.id == reminder_id).values(at=when))


def test_arrears_list_reminders_and_the_demand_letter(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    for m in range(1, 7):
        fees.generate_month(boss, 2026, m)
    fees.take_payment(clerk, rooms["1-1-102"], [b.id for b in fees.due_bills(rooms["1-1-102"])], "现金")
    arrears = ArrearsService(any_store)
    on = date(2026, 6, 20)
    rows = arrears.arrears(on)
    assert [r.room for r in rows] == ["1-1-202", "1-1-101", "1-1-201"]  # largest first, then by room
    r101 = next(r for r in rows if r.room == "1-1-101")
    assert r101.months == 6 and r101.amount == D("994.02") and r101.oldest == date(2026, 1, 1)
    assert r101.age_days(on) == 170 and not r101.letter_due
    assert arrears.arrears(on, building="9") == [] and len(arrears.arrears(on, min_months=7)) == 0
    with pytest.raises(ValidationError):
        arrears.remind(clerk, rooms["1-1-101"], "飞鸽传书")
    call = arrears.remind(clerk, rooms["1-1-101"], "电话", "业主说下月来交")
    _remind_at(any_store, call, datetime(2026, 3, 10, 10, 0))
    assert not next(r for r in arrears.arrears(date(2026, 6, 9)) if r.room == "1-1-101").letter_due  # < 3 months
    flagged = next(r for r in arrears.arrears(date(2026, 7, 1)) if r.room == "1-1-101")
    assert flagged.letter_due and flagged.last_reminder == "电话 2026-03-10"
    letter = arrears.remind(clerk, rooms["1-1-101"], "催缴函", "EMS 1234")
    _remind_at(any_store, letter, datetime(2026, 6, 25))
    assert not next(r for r in arrears.arrears(date(2026, 7, 1)) if r.room == "1-1-101").letter_due
    history = arrears.reminders(rooms["1-1-101"])
    assert [h[1] for h in history] == ["催缴函", "电话"] and history[1][3] == D("994.02") and history[1][4] == "李前台"


def test_letter_rule():
    call = datetime(2026, 1, 10, 9)
    assert letter_due([("电话", call)], date(2025, 12, 1), date(2026, 4, 10))
    assert not letter_due([("电话", call)], date(2025, 12, 1), date(2026, 4, 9))  # not three months yet
    assert not letter_due([("电话", call)], date(2026, 2, 1), date(2026, 6, 1))  # owed only since after the call
    assert not letter_due([("上门", call)], date(2025, 12, 1), date(2026, 6, 1))  # a visit is not a phone reminder
    assert not letter_due([("电话", call), ("催缴函", datetime(2026, 4, 20))], date(2025, 12, 1), date(2026, 6, 1))
    assert letter_due([("电话", call), ("催缴函", datetime(2026, 4, 20)), ("短信", datetime(2026, 5, 1))],
                      date(2025, 12, 1), date(2026, 8, 1))


def test_payment_notices_and_letters_pdf(desk, any_store, zh_translate):
    boss, clerk, fees, item, rooms = desk
    SettingsService(any_store).update(boss, late_fee_enabled=True, hotline="010-88886666")
    for m in (1, 2):
        fees.generate_month(boss, 2026, m)
    RegistrationService(any_store).add_person(boss, rooms["1-1-101"], name="张三", relation="业主", phone="13800138000")
    arrears = ArrearsService(any_store)
    on = date(2026, 3, 31)
    ticks = []
    notices = arrears.notices([r.room_id for r in arrears.arrears(on)], on, progress=lambda d, t: ticks.append(d))
    assert len(notices) == 4 and ticks[-1] == 4
    n101 = next(n for n in notices if n.room == "1-1-101")
    assert n101.owner == "张三" and n101.owed == D("331.34") and n101.late > 0
    doc = notices_pdf(any_store, notices, zh_translate)
    pdf = doc.build()
    text = pdf_text(pdf)
    assert doc.pages == 4 and text.count("缴费通知单") >= 4
    assert "张三" in text and "331.34" in text and "滞纳金" in text and "010-88886666" in text
    letters = notices_pdf(any_store, [n101], zh_translate, letter=True)
    text = pdf_text(letters.build())
    assert letters.pages == 1 and "催缴函" in text and "十五日" in text
