"""The demo property and the synthetic generator produce valid, realistic data."""
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core.demo import DEMO_OPERATORS, generate, load_demo
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
