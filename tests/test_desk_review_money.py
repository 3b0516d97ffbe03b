"""Issue 11's money guards, without Qt, on SQLite and PostgreSQL: a month typed ten years ahead
is asked about and can be cancelled; cash has an upper bound; 红冲 is offered only where it
applies; a deposit refund keeps how the money went back."""
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from frontdesk.core.errors import Invalid, NeedsConfirmation, PermissionDenied, ValidationError
from frontdesk.core.models import AuditEntry
from frontdesk.core.money import money_in
from frontdesk.core.settings import SettingsService
from frontdesk.fees.consistency import problems
from frontdesk.fees.deposits import DepositService
from frontdesk.fees.models import Bill, BillCancel
from tests.test_fees_service import desk  # noqa: F401 - the fixture


def test_a_month_far_ahead_is_asked_about_and_never_billed_silently(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    today = date(2026, 11, 22)
    q = fees.month_unusual(2036, 11, today)
    assert isinstance(q, NeedsConfirmation) and q.params == {"month": "2036-11", "rooms": 4}
    assert fees.month_unusual(2026, 12, today) is None  # next month is ordinary
    with pytest.raises(NeedsConfirmation):
        fees.generate_month(boss, 2036, 11)
    with any_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Bill)) == 0  # nothing was made
    fees.generate_month(boss, 2026, 3)
    q = fees.month_unusual(2026, 1, today)  # before the property's first bills
    assert q is not None and q.params["first"] == "2026-03"
    assert fees.generate_month(boss, 2036, 11, confirmed=True) == 4


def test_a_supervisor_cancels_a_months_unpaid_bills_kept_and_audited(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    fees.generate_month(boss, 2026, 1)
    fees.generate_month(boss, 2036, 11, confirmed=True)
    paid_room = rooms["1-1-101"]
    fees.take_payment(clerk, paid_room, [b.id for b in fees.due_bills(paid_room, date(2036, 12, 1))], "现金")
    with pytest.raises(PermissionDenied):
        fees.cancel_month(clerk, 2036, 11, "输错月份")
    with pytest.raises(ValidationError) as err:
        fees.cancel_month(boss, 2036, 11, "  ")
    assert err.value.field == "reason"
    c = fees.cancel_month(boss, 2036, 11, "输错月份，应为 2026-11")
    assert (c.bills, c.kept_rooms) == (3, 1)
    with any_store.read() as s:
        cancelled = s.scalars(select(Bill).where(Bill.cancel_id.is_not(None))).all()
        assert len(cancelled) == 3 and all(b.period_start == date(2036, 11, 1) for b in cancelled)  # kept
        assert s.get(BillCancel, c.id).reason == "输错月份，应为 2026-11"
    other = rooms["1-1-102"]
    assert [b.period_start for b in fees.due_bills(other, date(2036, 12, 1))] == [date(2026, 1, 1)]
    assert len(fees.due_bills(paid_room, date(2036, 12, 1))) == 0  # its paid bill untouched
    with any_store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "cancel")).one()
        assert entry.entity_id == "2036-11" and "输错月份" in entry.after
    with pytest.raises(ValidationError):
        fees.cancel_month(boss, 2036, 11, "again")  # nothing left to cancel but the paid room's
    assert fees.generate_month(boss, 2036, 11, confirmed=True) == 3  # the month can be billed again
    assert problems(any_store) == []


def test_cash_received_is_bounded_in_one_place(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    fees.generate_month(boss, 2026, 1)
    room = rooms["1-1-101"]
    ids = [b.id for b in fees.due_bills(room)]
    for bad in ("99999999999999", "0", "-5", "165.66"):
        with pytest.raises(ValidationError) as err:
            fees.take_payment(clerk, room, ids, "现金", cash_received=bad)
        assert err.value.field == "cash_received", bad
    assert fees.take_payment(clerk, room, ids, "现金", cash_received="10165.67").change == Decimal("10000.00")
    SettingsService(any_store).update(boss, cash_over_limit="500")
    other = rooms["1-1-102"]
    with pytest.raises(ValidationError):
        fees.take_payment(clerk, other, [b.id for b in fees.due_bills(other)], "现金", cash_received="1000")
    assert money_in("12.5", "x", 100) == Decimal("12.50")
    with pytest.raises(ValidationError) as err:
        money_in("", "x", 100)
    assert err.value.message == "Please enter the amount."


def test_void_or_reverse_is_known_before_the_reason(desk, any_store):
    from frontdesk.fees.shift import ShiftService
    boss, clerk, fees, item, rooms = desk
    fees.generate_month(boss, 2026, 1)
    room = rooms["1-1-101"]
    r = fees.take_payment(clerk, room, [b.id for b in fees.due_bills(room)], "现金")
    assert fees.correction(r.id) == "void"
    assert fees.room_receipts(room)[0][6] == "void"
    ShiftService(any_store).close(clerk, r.total)
    assert fees.correction(r.id) == "reverse"
    neg = fees.reverse(boss, r.id, "业主退费", "转账", "6222 0210 0000 0001")  # paid back by transfer
    rows = {row[1]: row for row in fees.room_receipts(room)}
    assert rows[r.number][5] == "已红冲" and rows[neg.number][5] == f"红冲 {r.number}"
    assert rows[r.number][6] is None and rows[neg.number][6] is None
    with pytest.raises(ValidationError):
        fees.correction(r.id)


def test_a_refund_keeps_how_the_money_went_back(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    deps = DepositService(any_store)
    room = rooms["1-1-101"]
    deps.collect(clerk, room, "装修押金（业主）", "2000", "现金", payer="张三")
    d = deps.list(room)[0]
    with pytest.raises(ValidationError) as err:
        deps.refund(clerk, d.id, "转账", "")
    assert err.value.field == "reference"
    deps.refund(clerk, d.id, "转账", "6222 0001")
    from frontdesk.fees.models import Deposit
    with any_store.read() as s:
        dep = s.get(Deposit, d.id)
        assert (dep.refund_method, dep.refund_reference) == ("转账", "6222 0001")
    deps.collect(clerk, room, "装修押金（业主）", "3000", "现金")
    d2 = deps.list(room, held_only=True)[0]
    with pytest.raises(Invalid) as err:  # every field at once
        deps.forfeit(boss, d2.id, "", "", "微信", "")
    assert {e.field for e in err.value.errors} == {"amount", "reason", "reference"}


def test_services_tell_every_fault_of_a_form_at_once(desk, any_store):
    from frontdesk.core.operators import OperatorService
    from frontdesk.registration.service import RegistrationService
    boss, clerk, fees, item, rooms = desk
    with pytest.raises(Invalid) as err:
        fees.add_item(boss, "", "", "nope")
    assert {e.field for e in err.value.errors} == {"code", "name", "rule"}
    with pytest.raises(Invalid) as err:
        OperatorService(any_store).add(boss, "", "", "nope", "1")
    assert {e.field for e in err.value.errors} >= {"username", "display_name", "role", "password"}
    with pytest.raises(Invalid) as err:
        RegistrationService(any_store).create_building_rooms(boss, "", [], use="nope", state="nope")
    assert {e.field for e in err.value.errors} >= {"use", "state", "entrances"}
    with pytest.raises(Invalid) as err:
        SettingsService(any_store).update(boss, property_name="", late_fee_rate="9", cash_over_limit="-1")
    assert {e.field for e in err.value.errors} == {"property_name", "late_fee_rate", "cash_over_limit"}
