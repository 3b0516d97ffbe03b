"""The move-in without Qt, on SQLite and PostgreSQL: a whole move-in through the six steps (the receipt
in fees, the rectification orders dispatched to 工程部, the key set kept with the owner's signature,
the room 已入住), one resumed after the owner left halfway, custody instead, the first month prorated
by days on several delivery dates, every refusal at its field with nothing changed, the audit rows,
and two desks starting the same room's move-in."""
import io
import json
from datetime import date, datetime
from decimal import Decimal

D = Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from frontdesk.core import clock
from frontdesk.core.errors import Conflict, ValidationError
from frontdesk.core.models import AuditEntry
from frontdesk.core.operators import OperatorService
from frontdesk.core.people import id_check_digit
from frontdesk.fees.service import FeeService
from frontdesk.keys.service import KeyService
from frontdesk.movein.consistency import problems
from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS, MoveIn, MoveInStep
from frontdesk.movein.service import MoveInService, first_month
from frontdesk.registration.custody import CustodyService
from frontdesk.registration.service import Occupancy, RegistrationService, Room, plan_building
from frontdesk.workorders.service import order_facts
from tests.conftest import set_up

NOW = datetime(2026, 11, 20, 10, 0)


def faults(err) -> set[str]:
    return {e.field for e in getattr(err.value, "errors", [err.value])}


def png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (120, 40), 255).save(out, "PNG")
    return out.getvalue()


def ric(body17: str = "11010519900101123") -> str:
    return body17 + id_check_digit(body17)


def _desk(store):
    with clock.pinned(NOW):
        boss = set_up(store)
        ops = OperatorService(store)
        ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
        clerk = ops.authenticate("qiantai", "Qiantai2026")
        reg = RegistrationService(store)
        reg.create_building_rooms(boss, "3", plan_building(1, 2, 2, ["100.00", "89.55"]), state="空置")
        rooms = {c: reg.search(c)[0].room_id for c in ("3-1-101", "3-1-102", "3-1-201", "3-1-202")}
        for code, room in rooms.items():
            reg.add_person(clerk, room, name="张业主" if code != "3-1-202" else "某某科技有限公司",
                           relation="业主", id_number=ric() if code != "3-1-202" else "")
            reg.update_room(boss, room, state="空置")  # an owner of record, nobody living there yet
        fees = FeeService(store)
        wyf = fees.add_item(boss, "WYF", "物业管理费", "area_monthly", applies_to="全部", custody_rate=True)
        fees.set_price(boss, wyf, date(2020, 1, 1), "2.00")
        fund = fees.add_item(boss, "WXJJ", "维修基金", "area_fixed", applies_to="全部")
        fees.set_price(boss, fund, date(2020, 1, 1), "30.00")
    return boss, clerk, MoveInService(store), rooms


@pytest.fixture
def desk(any_store):
    return (any_store, *_desk(any_store))


def _first_steps(svc, clerk, mid, delivered=date(2026, 11, 15)):
    svc.documents(clerk, mid, who="owner", owner="张业主", checked=DOCUMENTS["owner"], delivered_on=delivered)
    svc.forms(clerk, mid, signed=FORMS)
    svc.items(clerk, mid, handed=ITEMS, signature=png())


def count(store, model, *where):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_a_whole_move_in(desk):
    store, boss, clerk, svc, rooms = desk
    room = rooms["3-1-101"]
    with clock.pinned(NOW):
        mid = svc.start(clerk, room)
        _first_steps(svc, clerk, mid)
        plan = svc.fee_plan(mid)
        assert [(x.label, x.amount, x.detail) for x in plan.lines] == [
            ("物业管理费 2026-11", Decimal("106.67"), "2026-11-15 起 16/30 天"), ("维修基金", Decimal("3000.00"), "")]
        receipt = svc.fees(clerk, mid, method="现金", cash_received="3200")
        assert receipt.number.startswith("SJ2026-") and (receipt.total, receipt.change) == (D("3106.67"), D("93.33"))
        orders = svc.inspection(clerk, mid, engineer="陈工", water="12.5", power="3", gas="0.8", agreed=True,
                                defects=["卫生间墙面渗水", "  ", "主卧窗户关不严"])
        assert len(orders) == 2
        paper = svc.keys(clerk, mid, handed=4, keep=True, kept_pieces=2, hook="A-01", signature=png())
        svc.finish(clerk, mid)
    view = svc.get(mid)
    assert (view.state, view.move_in_date, view.missing, view.next_step) == ("moved_in", NOW.date(), [], None)
    assert view.steps["fees"].data["receipt"] == receipt.number and view.steps["keys"].data["paper"] == paper
    assert (view.steps["fees"].data["total"], view.steps["fees"].data["change"]) == ("3106.67", "93.33")
    with store.read() as s:
        assert s.get(Room, room).state == "已入住"
        assert {o.since for o in s.scalars(select(Occupancy).where(Occupancy.room_id == room))} == {NOW.date()}
        for number in orders:
            facts = order_facts(s, number)
            assert (facts.state, facts.room_id) == ("已派单", room)
    assert [r[1] for r in FeeService(store).room_receipts(room)] == [receipt.number]
    assert FeeService(store).due_bills(room) == []  # the month and the fund paid; the monthly run bills no second
    with clock.pinned(NOW):
        assert FeeService(store).generate_month(boss, 2026, 11, confirmed=True) == 3  # the other three rooms
    assert KeyService(store).kept_under(paper).room_id == room
    assert svc.live(room) is None
    # the audit: a start, six steps and the finish, in Chinese
    with store.read() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "move_in").order_by(AuditEntry.id)))
    assert [r.action for r in rows] == ["create"] + ["update"] * 7
    assert ["查验资料", "签署表格", "移交资料", "缴纳费用", "验房抄表", "移交钥匙"] == [
        json.loads(r.after)["movein_step"] for r in rows[1:7]]
    assert '"已入住"' in rows[-1].after and '"办理中"' in rows[-1].before
    assert problems(store) == []


def test_resumed_after_the_owner_left(desk):
    store, boss, clerk, svc, rooms = desk
    room = rooms["3-1-102"]
    with clock.pinned(NOW):
        mid = svc.start(clerk, room)
        svc.documents(clerk, mid, who="agent", owner="张业主", agent="李受托", checked=DOCUMENTS["agent"],
                      delivered_on=date(2026, 10, 31))
        svc.forms(clerk, mid, signed=FORMS)
    from frontdesk.movein.documents import print_confirmation
    with clock.pinned(NOW), pytest.raises(ValidationError) as err:  # no confirmation of a move-in under way
        print_confirmation(store, clerk, svc.get(mid).number, None)
    assert faults(err) == {"state"} and "办理中" in err.value.text()
    later = datetime(2026, 11, 23, 15, 30)
    with clock.pinned(later):  # the owner comes back three days later: the desk finds it and goes on
        again = svc.live(room)
        assert (again.id, again.next_step, again.missing) == (mid, "items", ["items", "fees", "inspection", "keys"])
        assert (again.who, again.agent, again.delivered_on) == ("agent", "李受托", date(2026, 10, 31))
        with pytest.raises(ValidationError) as err:
            svc.finish(clerk, mid)
        assert faults(err) == {"steps"} and "移交资料、缴纳费用、验房抄表、移交钥匙" in err.value.text()
        svc.items(clerk, mid, handed=ITEMS, unsigned="业主委托，受托人代签纸质回执")
        # Oct 31 → 1/31 of 179.10, then November whole
        assert [x.amount for x in svc.fee_plan(mid).lines] == [Decimal("5.78"), Decimal("179.10"),
                                                               Decimal("2686.50")]
        svc.fees(clerk, mid, method="微信", reference="WX123")
        svc.inspection(clerk, mid, engineer="陈工", water=0, power=0, gas=0, agreed=True)
        svc.keys(clerk, mid, handed=3, signature=png())
        svc.finish(clerk, mid)
    view = svc.get(mid)
    assert view.state == "moved_in" and view.steps["forms"].at == NOW < view.steps["items"].at == later
    assert view.steps["inspection"].data["orders"] == []
    assert problems(store) == []


def test_custody_instead(desk):
    store, boss, clerk, svc, rooms = desk
    room = rooms["3-1-201"]
    with clock.pinned(NOW):
        mid = svc.start(clerk, room)
        _first_steps(svc, clerk, mid)
        svc.fees(clerk, mid, method="现金")
        with pytest.raises(ValidationError) as err:  # custody needs the readings; the steps are named too
            svc.finish(clerk, mid, custody=True)
        assert faults(err) == {"steps", "custody"}
        svc.inspection(clerk, mid, engineer="陈工", water="5.5", power="20", gas="1", agreed=True)
        svc.keys(clerk, mid, handed=4, signature=png())
        svc.finish(clerk, mid, custody=True)
    view = svc.get(mid)
    assert view.state == "custody" and view.custody_id is not None
    [row] = CustodyService(store).rooms()
    assert (row.room_id, row.agreement_date) == (room, NOW.date())
    with store.read() as s:
        assert s.get(Room, room).state == "托管"
    assert problems(store) == []


@pytest.mark.parametrize("delivered, amount, detail", [
    (date(2026, 11, 1), "200.00", ""),
    (date(2026, 11, 15), "106.67", "2026-11-15 起 16/30 天"),
    (date(2026, 10, 31), "6.45", "2026-10-31 起 1/31 天"),
    (date(2027, 2, 28), "7.14", "2027-02-28 起 1/28 天"),
    (date(2028, 2, 28), "13.79", "2028-02-28 起 2/29 天"),
    (date(2028, 2, 29), "6.90", "2028-02-29 起 1/29 天"),
])
def test_the_first_month_by_days(delivered, amount, detail):
    full = Decimal("200.00")
    assert first_month(full, Decimal("100.00"), Decimal("2.00"), delivered, "days") == (Decimal(amount), detail)
    assert first_month(full, Decimal("100.00"), Decimal("2.00"), delivered, "whole") == (full, "")
    assert isinstance(first_month(full, Decimal("89.55"), Decimal("1.85"), delivered, "days")[0], Decimal)


def test_the_first_month_rule_and_months_billed_before(desk):
    store, boss, clerk, svc, rooms = desk
    room = rooms["3-1-101"]
    with clock.pinned(datetime(2027, 1, 10, 9, 0)):
        FeeService(store).generate_month(boss, 2026, 12, confirmed=True)  # billed while the room stood empty
        mid = svc.start(clerk, room)
        _first_steps(svc, clerk, mid, delivered=date(2026, 11, 16))
        lines = svc.fee_plan(mid).lines
        assert [(x.label, x.amount, x.bill_id is not None) for x in lines] == [
            ("物业管理费 2026-11", Decimal("100.00"), False), ("物业管理费 2026-12", Decimal("200.00"), True),
            ("物业管理费 2027-01", Decimal("200.00"), False), ("维修基金", Decimal("3000.00"), False)]
        svc.set_rules(boss, first_month="whole", fund_item="")
        assert [x.amount for x in svc.fee_plan(mid).lines] == [Decimal("200.00")] * 3
        with pytest.raises(ValidationError) as err:
            svc.set_rules(boss, first_month="half", required=["nope"])
        assert faults(err) == {"first_month", "required"}


def test_refusals_change_nothing(desk):
    store, boss, clerk, svc, rooms = desk
    reg = RegistrationService(store)
    with clock.pinned(NOW):
        reg.update_room(boss, rooms["3-1-201"], state="未交付")
        reg.update_room(boss, rooms["3-1-202"], state="已入住")
        for code, word in (("3-1-201", "未交付"), ("3-1-202", "已入住")):
            with pytest.raises(ValidationError) as err:
                svc.start(clerk, rooms[code])
            assert faults(err) == {"room"} and word in err.value.text()
        mid = svc.start(clerk, rooms["3-1-101"])
        with pytest.raises(ValidationError) as err:  # a second live move-in of the room
            svc.start(clerk, rooms["3-1-101"])
        assert "resume" in err.value.text()
        # every fault of the documents at once: who, the list, the owner, the date
        with pytest.raises(ValidationError) as err:
            svc.documents(clerk, mid, who="agent", owner="路人甲", checked=DOCUMENTS["owner"],
                          delivered_on=date(2026, 12, 1))
        assert faults(err) == {"documents", "owner", "agent", "delivered_on"}
        assert "受托人身份证、授权委托书" in err.value.errors[0].text()
        with pytest.raises(ValidationError) as err:  # out of order
            svc.forms(clerk, mid, signed=FORMS)
        assert faults(err) == {"forms"} and "查验资料" in err.value.text()
        _first_steps(svc, clerk, mid)
        with pytest.raises(ValidationError) as err:
            svc.items(clerk, mid, handed=ITEMS, signature=png())
        assert faults(err) == {"items"}  # already done
        with pytest.raises(ValidationError) as err:
            svc.fees(clerk, mid, method="支票")
        assert faults(err) == {"method"}
        with pytest.raises(ValidationError) as err:
            svc.inspection(clerk, mid, engineer="", water="-1", power="x", gas="1", agreed=False)
        assert faults(err) == {"engineer", "water", "power", "agreed", "inspection"}
        svc.fees(clerk, mid, method="现金")
        svc.inspection(clerk, mid, engineer="陈工", water=1, power=1, gas=1, agreed=True, defects=["门锁坏"])
        # a kept set without a hook, no count and no signature: keys' own faults with the move-in's
        with pytest.raises(ValidationError) as err:
            svc.keys(clerk, mid, handed=0, keep=True, kept_pieces=None, hook="Z-99")
        assert faults(err) >= {"handed", "signature", "pieces", "hook"}
        with pytest.raises(ValidationError) as err:
            svc.finish(clerk, mid)
        assert faults(err) == {"steps"} and "移交钥匙" in err.value.text()
    view = svc.get(mid)
    assert list(view.steps) == ["documents", "forms", "items", "fees", "inspection"]
    assert count(store, MoveIn) == 1 and count(store, MoveInStep) == 5
    assert KeyService(store).search() == []
    with store.read() as s:
        assert s.get(Room, rooms["3-1-101"]).state == "空置"
    with clock.pinned(NOW):
        svc.cancel(clerk, mid, "业主改期")
        with pytest.raises(ValidationError) as err:
            svc.keys(clerk, mid, handed=2, signature=png())
        assert faults(err) == {"state"}
        assert svc.start(clerk, rooms["3-1-101"]) != mid  # the room is free again
    assert problems(store) == []


def test_a_month_billed_before_the_move_in_is_taken_with_its_late_fee_and_the_step_says_what_the_receipt_took(store):
    """Late fees on, October billed on 10-05 and the owner comes in January: the plan shows the late
    fee fees will charge, the cash asked is the receipt's total, and the step, its audit row and the
    confirmation say what the receipt took."""
    from frontdesk.core.settings import SettingsService
    from frontdesk.movein.documents import print_confirmation
    from tests.helpers import pdf_text
    boss, clerk, svc, rooms = _desk(store)
    room = rooms["3-1-101"]
    with clock.pinned(datetime(2026, 10, 5, 9, 0)):
        FeeService(store).generate_month(boss, 2026, 10, confirmed=True)
    with clock.pinned(datetime(2027, 1, 10, 9, 0)):
        SettingsService(store).update(boss, late_fee_enabled=True)
        mid = svc.start(clerk, room)
        _first_steps(svc, clerk, mid, delivered=date(2026, 10, 1))
        plan = svc.fee_plan(mid)
        late = [x for x in plan.lines if x.late]
        assert len(late) == 1 and late[0].label == "滞纳金" and late[0].amount > 0
        receipt = svc.fees(clerk, mid, method="现金", cash_received=str(plan.total))
        assert receipt.total == plan.total and receipt.change == 0
        svc.inspection(clerk, mid, engineer="陈工", water="1", power="1", gas="1", agreed=True)
        svc.keys(clerk, mid, handed=2, keep=False, signature=png())
        svc.finish(clerk, mid)
        pdf, _missing = print_confirmation(store, clerk, svc.get(mid).number, None, lambda _c, t: t)
    step = svc.get(mid).steps["fees"].data
    assert D(step["total"]) == receipt.total
    assert [r[3] for r in FeeService(store).room_receipts(room) if r[1] == receipt.number] == [receipt.total]
    with store.read() as s:
        rows = [json.loads(r) for r in s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "move_in"))]
    assert [r["total"] for r in rows if "total" in r] == [f"{receipt.total}"]
    assert f"{receipt.total:,.2f}" in pdf_text(pdf)
    with clock.pinned(datetime(2027, 1, 10, 9, 30)):
        assert problems(store) == []


def test_two_desks_start_the_same_room(pg_templates):
    from frontdesk.core.store import open_store
    from tests.race import race
    name = pg_templates.new_db()
    store = open_store(pg_templates.url(name))
    try:
        boss, clerk, svc, rooms = _desk(store)
        with clock.pinned(NOW):
            svc.start(clerk, rooms["3-1-102"])  # the year's counter row exists: the blocker holds it
            outcomes = race(store, "SELECT * FROM doc_counter WHERE prefix = 'RZ' AND year = 2026 FOR UPDATE", {},
                            lambda st: MoveInService(st).start(clerk, rooms["3-1-101"]),
                            lambda st: MoveInService(st).start(clerk, rooms["3-1-101"]))
        won = [o for o in outcomes if o.error is None]
        lost = [o for o in outcomes if o.error is not None]
        assert len(won) == 1 and len(lost) == 1, [o.error for o in outcomes]
        assert isinstance(lost[0].error, Conflict) and "another desk" in lost[0].error.text()
        assert count(store, MoveIn, MoveIn.room_id == rooms["3-1-101"]) == 1
        assert count(store, AuditEntry, AuditEntry.entity == "move_in", AuditEntry.action == "create") == 2
        assert problems(store) == []  # the loser's number was given back: no gap
    finally:
        store.dispose()
        pg_templates.drop(name)
