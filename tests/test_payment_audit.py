"""A payment's audit row says what the receipt settled, no more — the bills it paid anything of
and the parts it paid — and ``consistency.problems`` (``frontdesk check``, every crash and race
test) compares it with the store, through voids and 红冲; on SQLite and PostgreSQL."""
import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from frontdesk.core import audit
from frontdesk.core.errors import Conflict
from frontdesk.core.models import AuditEntry
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.fees.consistency import problems
from frontdesk.fees.models import Receipt
from frontdesk.fees.service import FeeService
from frontdesk.fees.shift import ShiftService
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import set_up

D = Decimal
MARCH = date(2026, 3, 20)
APRIL = date(2026, 4, 30)


def _desk(store):
    boss = set_up(store)
    OperatorService(store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(store).authenticate("qiantai", "Qiantai2026")
    SettingsService(store).update(boss, partial_payments=True, late_fee_enabled=True, late_fee_rate="0.03",
                                  late_fee_grace_days=15)
    reg = RegistrationService(store)
    reg.create_building_rooms(boss, "1", plan_building(1, 2, 2, ["89.55", "120.00"]), state="已入住")
    fees = FeeService(store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
    fees.set_price(boss, item, date(2026, 1, 1), "1.85")
    for m in (1, 2, 3):
        fees.generate_month(boss, 2026, m, confirmed=True)
    rooms = {h.room_code: h.room_id for h in reg.search("1-1-")}
    return boss, clerk, fees, item, rooms


@pytest.fixture
def desk(any_store):
    return _desk(any_store)


def audited(store, number) -> dict:
    with store.read() as s:
        return json.loads(s.scalar(select(AuditEntry.after).where(
            AuditEntry.entity == "receipt", AuditEntry.action == "create", AuditEntry.entity_id == number)))


def pay(fees, clerk, room, ids, amount=None, on=APRIL):
    return fees.take_payment(clerk, room, ids, "微信", reference="4200000001", amount=amount, on=on)


def test_the_audit_row_lists_what_was_settled_through_part_payments_ahead_voids_and_reversals(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    # 预收 of twelve months ahead, ten of them paid and 12.34 of the eleventh: the twelfth is not named
    b = rooms["1-1-102"]
    ahead = fees.bills_ahead(clerk, b, item, 12, today=MARCH)
    owed = [x.owed for x in fees.due_bills(b, on=MARCH) if x.id in ahead]
    first = pay(fees, clerk, b, ahead, sum(owed[:10]) + D("12.34"), on=MARCH)
    row = audited(any_store, first.number)
    assert row["bills"] == sorted(ahead[:11]) and row["parts"] == {str(ahead[10]): "12.34"}
    assert "late_fee" not in row and D(row["total"]) == first.total
    rest = pay(fees, clerk, b, ahead[10:], on=MARCH)  # what is left of the eleventh, the twelfth whole
    assert audited(any_store, rest.number)["bills"] == sorted(ahead[10:])
    assert audited(any_store, rest.number)["parts"] == {str(ahead[10]): str(owed[10] - D("12.34"))}
    assert problems(any_store) == []
    ShiftService(any_store).close(clerk, "0")
    fees.reverse(boss, rest.id, "退费")  # 红冲: the eleventh is back to 12.34 paid, the twelfth due
    assert problems(any_store) == []

    # a part over three ticked bills: January whole, 50 of February; March is not named
    a = rooms["1-1-101"]
    due = fees.due_bills(a, on=APRIL)
    part = pay(fees, clerk, a, [x.id for x in due], due[0].owed + 50)
    row = audited(any_store, part.number)
    assert row["bills"] == [due[0].id, due[1].id] and row["parts"] == {str(due[1].id): "50.00"}
    assert D(row["late_fee"]) > 0 and D(row["total"]) == part.total == due[0].owed + 50 + D(row["late_fee"])
    assert problems(any_store) == []
    fees.void(boss, part.id, "收错")  # its part stays a row; January is due again
    again = pay(fees, clerk, a, [x.id for x in fees.due_bills(a, on=APRIL)])
    assert audited(any_store, again.number)["bills"] == sorted(x.id for x in due)
    assert audited(any_store, again.number)["parts"] == {}  # all three whole: the voided part was taken back
    assert problems(any_store) == []  # the voided receipt's January is now another receipt's: no problem

    # another room paid whole, voided, paid again in part
    c = rooms["1-1-201"]
    due_c = fees.due_bills(c, on=APRIL)
    whole = pay(fees, clerk, c, [x.id for x in due_c[:2]])
    assert audited(any_store, whole.number)["parts"] == {}
    fees.void(boss, whole.id, "收错")
    later = pay(fees, clerk, c, [x.id for x in due_c], D("10.00"))
    assert audited(any_store, later.number)["bills"] == [due_c[0].id]
    assert audited(any_store, later.number)["parts"] == {str(due_c[0].id): "10.00"}

    # the reversed 预收 paid again: the rest of the eleventh and the twelfth
    back = pay(fees, clerk, b, [x.id for x in fees.due_bills(b, on=MARCH)
                                if x.id in ahead], on=MARCH)
    row = audited(any_store, back.number)
    assert row["bills"] == sorted(ahead[10:]) and list(row["parts"]) == [str(ahead[10])]
    assert problems(any_store) == []


def test_the_log_reads_the_parts_paid(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    a = rooms["1-1-101"]
    due = fees.due_bills(a, on=APRIL)
    paid = pay(fees, clerk, a, [x.id for x in due], due[0].owed + D("12.34"))
    with any_store.read() as s:
        raw = s.scalar(select(AuditEntry.after).where(AuditEntry.entity_id == paid.number))
        shown = audit.readable(s, raw)
        whole = audit.readable(s, json.dumps({"parts": {}}))
    assert "parts paid：物业管理费 2026-02：¥12.34" in shown
    assert "bills：物业管理费 2026-01 至 2026-02（2 笔）" in shown
    assert whole == "parts paid：—"


def _tamper(store, number, change):
    with store.write() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "receipt", AuditEntry.action == "create",
                                                  AuditEntry.entity_id == number))
        row = json.loads(entry.after)
        change(row)
        entry.after = json.dumps(row, ensure_ascii=False)


def test_an_audit_row_naming_more_than_was_settled_is_reported(desk, any_store):
    boss, clerk, fees, item, rooms = desk
    a, c = rooms["1-1-101"], rooms["1-1-201"]
    due = fees.due_bills(a, on=APRIL)
    part = pay(fees, clerk, a, [x.id for x in due], due[0].owed + 50)
    due_c = fees.due_bills(c, on=APRIL)
    voided = pay(fees, clerk, c, [due_c[0].id])
    fees.void(boss, voided.id, "收错")
    assert problems(any_store) == []

    _tamper(any_store, part.number, lambda row: row["bills"].append(due[2].id))  # March, which it did not pay
    found = problems(any_store)
    assert f"receipt {part.number}: audit row lists bills [{due[2].id}] it did not settle" in found
    assert any(p.startswith(f"receipt {part.number}: total {part.total} but its audit row accounts for") for p in found)

    _tamper(any_store, part.number, lambda row: (row["bills"].remove(due[2].id),
                                                 row["parts"].update({str(due[1].id): "49.00"})))
    assert problems(any_store)[0] == (f"receipt {part.number}: audit row lists parts {{{due[1].id}: 49.00}} "
                                      f"but it paid {{{due[1].id}: 50.00}}")

    _tamper(any_store, part.number, lambda row: (row["bills"].remove(due[0].id), row["parts"].update(
        {str(due[1].id): "50.00"})))
    assert f"receipt {part.number}: settled bills [{due[0].id}] its audit row does not list" in problems(any_store)
    _tamper(any_store, part.number, lambda row: row["bills"].insert(0, due[0].id))
    assert problems(any_store) == []

    # a voided receipt: the store no longer says which bill it paid whole, but its sum and its room do
    late = D(audited(any_store, voided.number)["late_fee"])
    _tamper(any_store, voided.number, lambda row: row["bills"].append(due_c[1].id))
    assert problems(any_store) == [f"receipt {voided.number}: total {voided.total} but its audit row accounts for "
                                   f"{due_c[0].amount + due_c[1].amount + late}"]
    _tamper(any_store, voided.number, lambda row: row.update(bills=[due[2].id]))  # another room's bill
    assert any(f"receipt {voided.number}: audit row lists bills [{due[2].id}] that are not its room's" in p
               for p in problems(any_store))


def test_old_audit_rows_without_parts_are_left_alone(desk, any_store):
    """Rows written before "parts" listed the bills ticked: a store full of them is not reported."""
    boss, clerk, fees, item, rooms = desk
    a = rooms["1-1-101"]
    due = fees.due_bills(a, on=APRIL)
    part = pay(fees, clerk, a, [x.id for x in due], due[0].owed + 50)
    _tamper(any_store, part.number, lambda row: (row.pop("parts"), row.update(bills=[x.id for x in due])))
    assert problems(any_store) == []


def test_two_desks_pay_parts_of_the_same_bills(pg_templates):
    """Two real PostgreSQL sessions take a part of the same room's bills at once: one wins, the
    other is told; the winner's row names exactly what it paid."""
    from frontdesk.core import clock
    from frontdesk.core.store import open_store
    from tests.race import race
    name = pg_templates.new_db()
    store = open_store(pg_templates.url(name))
    try:
        boss, clerk, fees, item, rooms = _desk(store)
        room = rooms["1-1-101"]
        due = fees.due_bills(room, on=APRIL)
        ids = [x.id for x in due]
        pay(fees, clerk, rooms["1-1-102"], [fees.due_bills(rooms["1-1-102"])[0].id])  # the counter row exists
        year = clock.today().year
        outcomes = race(store, "SELECT * FROM doc_counter WHERE prefix = 'SJ' AND year = :y FOR UPDATE", {"y": year},
                        lambda st: pay(FeeService(st), clerk, room, ids, due[0].owed + 20),
                        lambda st: pay(FeeService(st), boss, room, ids, due[0].owed + due[1].owed + 30))
        won = [o.value for o in outcomes if o.error is None]
        lost = [o.error for o in outcomes if o.error is not None]
        assert len(won) == 1 and len(lost) == 1 and isinstance(lost[0], Conflict), lost
        row = audited(store, won[0].number)
        settled = [x.id for x in due if x.id in row["bills"]]
        assert row["bills"] == settled and list(row["parts"]) == [str(settled[-1])]
        with store.read() as s:
            assert s.scalar(select(Receipt.total).where(Receipt.id == won[0].id)) == won[0].total
        assert problems(store) == []
    finally:
        store.dispose()
        pg_templates.drop(name)
