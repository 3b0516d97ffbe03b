"""The demo property and the synthetic generator produce valid, realistic data."""
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.demo import DEMO_OPERATORS, generate, load_demo
from frontdesk.core.operators import OperatorService
from frontdesk.core.people import parse_resident_id
from frontdesk.core.settings import SettingsService
from frontdesk.registration.models import Person, Room


def test_demo_property(store):
    summary = load_demo(store)
    assert summary["rooms"] == 432 and summary["people"] > 500
    assert SettingsService(store).get().property_name == "翠湖花园（演示）"
    for username, _name, role, password in DEMO_OPERATORS:
        assert OperatorService(store).authenticate(username, password).role == role
    with store.read() as s:
        people = s.scalars(select(Person)).all()
        codes = s.scalars(select(Room.code).order_by(Room.id).limit(3)).all()
        areas = s.scalars(select(Room.area)).all()
    for p in people:
        parse_resident_id(p.id_number)  # every ID number is valid
        assert len(p.phone) == 11 and p.name_initials
    assert codes == ["1-1-101", "1-1-102", "1-1-201"]
    assert all(Decimal("80") < a < Decimal("150") for a in areas)  # m², not hundredths


def test_generate_small(any_store):
    figures = generate(any_store, rooms=500, years=1, seed=1)
    assert figures["rooms"] == 500
    with any_store.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 500
        assert s.scalar(select(func.count()).select_from(Person)) == figures["people"] > 800
    assert figures["audit"] > figures["people"]


def test_generated_fee_history_keeps_the_money_rules(any_store):
    from collections import defaultdict

    from frontdesk.core.audit import SYSTEM
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.models import Bill, Deposit, Receipt
    from frontdesk.fees.service import FeeService
    figures = generate(any_store, rooms=300, years=2, seed=3)
    assert figures["bills"] > 6000 and figures["receipts"] > 500 and figures["reminders"] > 0
    with any_store.read() as s:
        receipts = s.scalars(select(Receipt)).all()
        settled = defaultdict(Decimal)
        for rid, amount in s.execute(select(Bill.receipt_id, Bill.amount).where(Bill.receipt_id.is_not(None))):
            settled[rid] += amount
        deposit_receipts = set(s.scalars(select(Deposit.receipt_id)))
    voided = [r for r in receipts if r.status == "作废"]
    assert voided and all(r.id not in settled for r in voided)  # a voided receipt settles nothing
    for r in receipts:
        if r.status == "正常" and r.id not in deposit_receipts:
            assert settled[r.id] == r.total, r.number
    by_year = defaultdict(list)
    for r in receipts:
        by_year[r.number[2:6]].append(int(r.number.split("-")[1]))
    for numbers in by_year.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert sorted(receipts, key=lambda r: r.number) == sorted(receipts, key=lambda r: (r.issued_at, r.id))
    assert ArrearsService(any_store).arrears()  # some rooms owe
    # the desk numbers on from the history: the next receipt follows the last one of this year
    room = next(r for r in ArrearsService(any_store).arrears())
    boss = SYSTEM.__class__(1, "zhuguan", "主管", "supervisor")
    fees = FeeService(any_store)
    issued = fees.take_payment(boss, room.room_id, [b.id for b in fees.due_bills(room.room_id)], "现金")
    assert int(issued.number.split("-")[1]) == len(by_year.get(issued.number[2:6], [])) + 1
