"""Desks racing on one PostgreSQL store, made deterministic (tests/race.py): the loser of every
race gets a plain "at another desk" message and changes nothing; the money rules hold after."""
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from frontdesk.core import clock
from frontdesk.core.errors import Conflict
from frontdesk.core.models import AuditEntry
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.fees.consistency import problems
from frontdesk.fees.deposits import DepositService
from frontdesk.fees.models import Bill, Deposit, Receipt, ShiftClose
from frontdesk.fees.service import FeeService
from frontdesk.fees.shift import ShiftService
from frontdesk.registration.service import RegistrationService, plan_building
from tests.conftest import set_up
from tests.race import race


@pytest.fixture
def pg_store(pg_templates):
    from frontdesk.core.store import open_store
    name = pg_templates.new_db()
    s = open_store(pg_templates.url(name))
    yield s
    s.dispose()
    pg_templates.drop(name)


@pytest.fixture
def desk(pg_store):
    """Two supervisors and a receptionist; part payments on; one room with three months billed."""
    boss = set_up(pg_store)
    ops = OperatorService(pg_store)
    ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    ops.add(boss, "zhuguan2", "赵主管", "supervisor", "Zhuguan2026")
    clerk = ops.authenticate("qiantai", "Qiantai2026")
    boss2 = ops.authenticate("zhuguan2", "Zhuguan2026")
    SettingsService(pg_store).update(boss, partial_payments=True)
    reg = RegistrationService(pg_store)
    reg.create_building_rooms(boss, "1", plan_building(1, 1, 2, ["89.55", "120.00"]), state="已入住")
    fees = FeeService(pg_store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
    fees.set_price(boss, item, date(2026, 1, 1), "1.85")
    for m in (1, 2, 3):
        fees.generate_month(boss, 2026, m)
    room = reg.search("1-1-101")[0].room_id
    return pg_store, boss, boss2, clerk, fees, item, room


def one_winner(outcomes, message_part="another desk"):
    won = [o for o in outcomes if o.error is None]
    lost = [o for o in outcomes if o.error is not None]
    assert len(won) == 1, [o.error for o in outcomes]
    for o in lost:
        assert isinstance(o.error, Conflict), repr(o.error)  # a plain message, never a driver error
        assert message_part in o.error.text()
    return won[0].value


def count(store, *what):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(what[0]).where(*what[1:]))


def test_two_supervisors_void_the_same_part_payment(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    due = fees.due_bills(room)
    paid = fees.take_payment(clerk, room, [b.id for b in due], "现金", amount=sum(b.owed for b in due) - 100)
    outcomes = race(store, "SELECT id FROM receipt WHERE id = :id FOR UPDATE", {"id": paid.id},
                    lambda st: FeeService(st).void(boss, paid.id, "收错"),
                    lambda st: FeeService(st).void(boss2, paid.id, "重复"))
    one_winner(outcomes)
    assert count(store, AuditEntry, AuditEntry.action == "void", AuditEntry.entity_id == paid.number) == 1
    assert [b.paid for b in fees.due_bills(room)] == [Decimal("0.00")] * 3  # never below zero
    assert problems(store) == []


def test_a_void_and_the_shift_close_race(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    paid = fees.take_payment(clerk, room, [fees.due_bills(room)[0].id], "现金")
    outcomes = race(store, "SELECT id FROM receipt WHERE id = :id FOR UPDATE", {"id": paid.id},
                    lambda st: FeeService(st).void(boss, paid.id, "收错"),
                    lambda st: ShiftService(st).close(clerk, paid.total))
    one_winner(outcomes)
    with store.read() as s:
        r = s.get(Receipt, paid.id)
    assert (r.status == "作废") != (r.shift_id is not None)  # voided, or closed in the shift: never both
    assert problems(store) == []


def test_a_receipt_is_reversed_once(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    paid = fees.take_payment(clerk, room, [b.id for b in fees.due_bills(room)], "现金")
    ShiftService(store).close(clerk, paid.total)
    year = clock.today().year
    outcomes = race(store, "SELECT * FROM doc_counter WHERE prefix = 'SJ' AND year = :y FOR UPDATE", {"y": year},
                    lambda st: FeeService(st).reverse(boss, paid.id, "退费", float_ok=True),
                    lambda st: FeeService(st).reverse(boss2, paid.id, "退费", float_ok=True))
    one_winner(outcomes)
    assert count(store, Receipt, Receipt.reverses_id == paid.id) == 1
    assert len(fees.due_bills(room)) == 3
    assert problems(store) == []  # the loser's number was given back: no gap


def test_a_deposit_is_refunded_or_forfeited_once(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    taken = DepositService(store).collect(clerk, room, "装修押金（业主）", "2000", "现金")
    dep = DepositService(store).list(room)[0].id
    outcomes = race(store, "SELECT id FROM deposit WHERE id = :id FOR UPDATE", {"id": dep},
                    lambda st: DepositService(st).refund(clerk, dep),
                    lambda st: DepositService(st).forfeit(boss, dep, "500", "损坏", float_ok=True))
    one_winner(outcomes)
    with store.read() as s:
        d = s.get(Deposit, dep)
    assert d.status in ("refunded", "forfeited") and d.refund_amount + (d.forfeit_amount or 0) == d.amount
    assert count(store, AuditEntry, AuditEntry.entity == "deposit", AuditEntry.action == "update") == 1
    assert taken.total == Decimal("2000.00") and problems(store) == []


def test_one_shift_closed_at_two_desks(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    paid = fees.take_payment(clerk, room, [fees.due_bills(room)[0].id], "现金")
    outcomes = race(store, "SELECT id FROM receipt WHERE id = :id FOR UPDATE", {"id": paid.id},
                    lambda st: ShiftService(st).close(clerk, paid.total),
                    lambda st: ShiftService(st).close(clerk, paid.total))
    one_winner(outcomes)
    assert count(store, ShiftClose) == 1


def test_two_desks_pay_the_same_bills(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    ids = [b.id for b in fees.due_bills(room)]
    year = clock.today().year
    fees.take_payment(clerk, room, [ids[0]], "现金")  # the counter row exists from here on
    outcomes = race(store, "SELECT * FROM doc_counter WHERE prefix = 'SJ' AND year = :y FOR UPDATE", {"y": year},
                    lambda st: FeeService(st).take_payment(clerk, room, ids[1:], "现金"),
                    lambda st: FeeService(st).take_payment(boss, room, ids[1:], "微信", reference="42"))
    one_winner(outcomes)
    assert count(store, Receipt) == 2 and fees.due_bills(room) == []
    assert problems(store) == []


_CLASH = ("INSERT INTO bill (room_id, item_id, period_start, period_end, quantity, unit_price, rate_pct, amount, "
          "description, one_off, paid, created_at) VALUES (:room, :item, :start, :end, 100, 185, 100, 185, '', false, "
          "0, now())")


def test_pay_ahead_clashing_with_another_desk_gets_a_message(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    outcomes = race(store, _CLASH, {"room": room, "item": item, "start": date(2026, 4, 1), "end": date(2026, 4, 30)},
                    lambda st: FeeService(st).bills_ahead(clerk, room, item, 6))
    assert isinstance(outcomes[0].error, Conflict), repr(outcomes[0].error)
    assert "just billed" in outcomes[0].error.text()
    assert count(store, Bill, Bill.room_id == room) == 4  # three months and the other desk's April


def test_billing_a_month_at_two_desks(desk):
    store, boss, boss2, clerk, fees, item, room = desk
    outcomes = race(store, _CLASH, {"room": room, "item": item, "start": date(2026, 4, 1), "end": date(2026, 4, 30)},
                    lambda st: FeeService(st).generate_month(boss, 2026, 4))
    assert isinstance(outcomes[0].error, Conflict) and "just billed" in outcomes[0].error.text()
    assert fees.generate_month(boss, 2026, 4) == 1  # run again: the other room gets its bill, nothing twice


def test_many_desks_paying_ahead_at_once(desk):
    """No timing tricks: 12 desks press 预收 for the same room together; each either makes the
    months or is told another desk did — never a driver error."""
    import threading
    from frontdesk.core.store import open_store
    store, boss, boss2, clerk, fees, item, room = desk
    stores = [open_store(store.url, migrate=False) for _ in range(12)]
    errors, made = [], []

    def go(st):
        try:
            made.append(FeeService(st).bills_ahead(clerk, room, item, 3))
        except Exception as exc:  # noqa: BLE001 - looked at below
            errors.append(exc)

    threads = [threading.Thread(target=go, args=(st,)) for st in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for st in stores:
        st.dispose()
    assert made and all(isinstance(e, Conflict) for e in errors), errors
    assert count(store, Bill, Bill.room_id == room) == 3 + 3 * len(made)


def test_cancelling_a_month_while_another_desk_takes_its_payment(desk):
    """撤销开账 and a payment of the same bill meet: one wins, the other changes nothing."""
    store, boss, boss2, clerk, fees, item, room = desk
    march = [b.id for b in fees.due_bills(room) if b.period_start == date(2026, 3, 1)]
    outcomes = race(store, "SELECT * FROM bill WHERE id = :bill FOR UPDATE", {"bill": march[0]},
                    lambda st: FeeService(st).cancel_month(boss, 2026, 3, "三月标准有误"),
                    lambda st: FeeService(st).take_payment(clerk, room, march, "现金"))
    winner = one_winner(outcomes)
    if outcomes[0].error is None:  # the cancel won: no receipt, the month is cancelled for both rooms
        assert count(store, Receipt) == 0 and count(store, Bill, Bill.cancel_id.is_not(None)) == 2
    else:  # the payment won: nothing was cancelled, and the supervisor may cancel again (the room keeps it)
        assert winner.number and count(store, Bill, Bill.cancel_id.is_not(None)) == 0
        assert fees.cancel_month(boss, 2026, 3, "三月标准有误").kept_rooms == 1
    assert problems(store) == []


def test_two_desks_move_the_same_work_order(desk):
    """Two desks dispatch (or one cancels while the other completes) the same order: one wins, the
    other is told it was just changed at another desk, and nothing of it is kept."""
    from frontdesk.workorders.models import WorkOrderEvent
    from frontdesk.workorders.service import WorkOrderService
    store, boss, boss2, clerk, fees, item, room = desk
    svc = WorkOrderService(store)
    depts = dict((n, i) for i, n in svc.departments())
    order = svc.register(clerk, kind="repair_common", content="3栋电梯异响", place="3栋电梯", channel="电话")
    hold = "SELECT * FROM work_order WHERE id = :id FOR UPDATE"
    outcomes = race(store, hold, {"id": order.id},
                    lambda st: WorkOrderService(st).dispatch(clerk, order.id, depts["工程部"]),
                    lambda st: WorkOrderService(st).dispatch(boss, order.id, depts["秩序部"]))
    one_winner(outcomes)
    assert count(store, WorkOrderEvent, WorkOrderEvent.order_id == order.id) == 2  # 登记 and one 派单
    outcomes = race(store, hold, {"id": order.id},
                    lambda st: WorkOrderService(st).cancel(boss, order.id, "重复报修"),
                    lambda st: WorkOrderService(st).complete(clerk, order.id, result="已紧固"))
    one_winner(outcomes)
    assert svc.get(order.id).state in ("cancelled", "completed")


def test_two_supervisors_change_the_same_category_or_add_the_same_department(desk):
    """Two supervisors keep the work-order lists at once: one change of a category wins (the other
    is told and its values are not mixed in); the same new department is added once."""
    from frontdesk.workorders.models import WoDepartment
    from frontdesk.workorders.service import WorkOrderService
    store, boss, boss2, clerk, fees, item, room = desk
    svc = WorkOrderService(store)
    leak = next(r for r in svc.category_rows() if r[2] == "漏水")
    hold = "SELECT * FROM wo_category WHERE id = :id FOR UPDATE"
    outcomes = race(store, hold, {"id": leak[0]},
                    lambda st: WorkOrderService(st).save_category(boss, parent="水电", name="漏水", workdays=5,
                                                                 follow_kind="leak", category_id=leak[0]),
                    lambda st: WorkOrderService(st).save_category(boss2, parent="水电", name="漏水", workdays=2,
                                                                 follow_kind="leak", follow_workdays=1,
                                                                 category_id=leak[0]))
    one_winner(outcomes)
    after = next(r for r in svc.category_rows() if r[0] == leak[0])
    assert (after[3], after[6]) in ((5, None), (2, 1))  # one desk's values, whole
    outcomes = race(store, "LOCK TABLE wo_department IN EXCLUSIVE MODE", {},
                    lambda st: WorkOrderService(st).add_department(boss, "电梯维保公司"),
                    lambda st: WorkOrderService(st).add_department(boss2, "电梯维保公司"))
    one_winner(outcomes)
    assert count(store, WoDepartment, WoDepartment.name == "电梯维保公司") == 1


def test_two_desks_set_one_rooms_warranty(desk):
    """Two desks change a room's repair warranty at once: one wins; the other is told and its date
    is not written over the winner's."""
    from datetime import date as day
    from frontdesk.workorders.service import WorkOrderService
    store, boss, boss2, clerk, fees, item, room = desk
    svc = WorkOrderService(store)
    svc.set_warranty(boss, room, day(2027, 6, 30), confirmed=True)  # whatever day the test runs on
    outcomes = race(store, "SELECT * FROM wo_warranty WHERE room_id = :id FOR UPDATE", {"id": room},
                    lambda st: WorkOrderService(st).set_warranty(boss, room, "2028-06-30", confirmed=True),
                    lambda st: WorkOrderService(st).set_warranty(boss2, room, ""))
    one_winner(outcomes)
    assert svc.warranty(room) in (day(2028, 6, 30), None)


def _owned_room(store, boss, room):
    from frontdesk.core.people import id_check_digit
    RegistrationService(store).add_person(boss, room, name="张业主", relation="业主",
                                          id_number="11010519900101123" + id_check_digit("11010519900101123"),
                                          phone="13800138000")
    return "11010519900101123" + id_check_digit("11010519900101123")


def test_two_gates_scan_one_release_slip_it_is_used_once(desk):
    """Two gate PCs scan the same 放行条 at the same moment: one lets the goods out, the other is told
    they just left at another gate; the slip is used once, with one time."""
    from frontdesk.passes.models import PassDoc
    from frontdesk.passes.service import PassService
    store, boss, boss2, clerk, fees, item, room = desk
    ric = _owned_room(store, boss, room)
    svc = PassService(store)
    slip = svc.issue_release(boss, room, bearer="张业主", id_number=ric, reason="搬家", items=[("沙发", "1")],
                             confirmed_by="张业主", confirmed_how="本人到场", arrears_reason="主管同意")
    outcomes = race(store, "SELECT * FROM pass_doc WHERE number = :n FOR UPDATE", {"n": slip.number},
                    lambda st: PassService(st).verify(clerk, slip.number),
                    lambda st: PassService(st).verify(boss2, slip.number))
    won = one_winner(outcomes, "another gate")
    assert won.ok and won.used_now
    assert count(store, PassDoc, PassDoc.state == "used") == 1
    assert count(store, AuditEntry, AuditEntry.entity_id == slip.number, AuditEntry.action == "update") == 1
    assert not svc.verify(clerk, slip.number).ok  # the third scan says when it was used


def test_two_desks_apply_for_one_rooms_renovation_and_take_its_money(desk):
    """The same room applied for at two desks at once: one renovation, the other told; the money for it
    taken at two desks: one set of receipts."""
    from datetime import timedelta
    from frontdesk.passes.models import Renovation
    from frontdesk.passes.service import PassService
    store, boss, boss2, clerk, fees, item, room = desk
    _owned_room(store, boss, room)
    today = clock.today()
    kw = dict(contractor="美家装饰", manager="赵工", manager_phone="13911112222", workers=3, works=["墙面"],
              start=today + timedelta(days=1), end=today + timedelta(days=30), documents=["装修协议"])
    outcomes = race(store, "LOCK TABLE renovation IN EXCLUSIVE MODE", {},
                    lambda st: PassService(st).apply(clerk, room, **kw),
                    lambda st: PassService(st).apply(boss2, room, **kw))
    one_winner(outcomes)
    assert count(store, Renovation) == 1
    svc = PassService(store)
    reno = svc.renovations("live")[0]
    receipts_before = count(store, Receipt)
    outcomes = race(store, "SELECT * FROM renovation WHERE id = :id FOR UPDATE", {"id": reno.id},
                    lambda st: PassService(st).take_money(clerk, reno.id),
                    lambda st: PassService(st).take_money(boss2, reno.id))
    one_winner(outcomes)
    assert count(store, Receipt) - receipts_before == 3 and count(store, Deposit) == 2
    assert problems(store) == []


def test_two_supervisors_approve_and_extend_one_hot_work_permit(desk):
    """A hot-work permit the desk recorded, approved at two desks at once: approved once, one audit row;
    then extended at two desks at once: one new end, the other told."""
    from datetime import timedelta
    from frontdesk.passes.service import PassService
    store, boss, boss2, clerk, fees, item, room = desk
    ric = _owned_room(store, boss, room)
    svc = PassService(store)
    at = clock.now().replace(second=0, microsecond=0)
    asked = svc.issue_hot_work(clerk, place="2栋地下车库", welder="周焊工", id_number=ric, cert_no="T1",
                               cert_expiry=clock.today() + timedelta(days=30), start=at + timedelta(hours=1),
                               end=at + timedelta(hours=3), extinguisher=True, cleared=True, watcher="吴")
    doc_id = svc.doc(asked.number).id
    outcomes = race(store, "SELECT * FROM pass_doc WHERE id = :id FOR UPDATE", {"id": doc_id},
                    lambda st: PassService(st).approve_hot_work(boss, doc_id),
                    lambda st: PassService(st).approve_hot_work(boss2, doc_id))
    one_winner(outcomes)
    assert svc.doc(asked.number).state == "live"
    assert count(store, AuditEntry, AuditEntry.entity_id == asked.number, AuditEntry.action == "update") == 1
    ends = (at + timedelta(hours=5), at + timedelta(hours=7))
    outcomes = race(store, "SELECT * FROM pass_doc WHERE id = :id FOR UPDATE", {"id": doc_id},
                    lambda st: PassService(st).extend_hot_work(boss, doc_id, ends[0], "焊缝未完"),
                    lambda st: PassService(st).extend_hot_work(boss2, doc_id, ends[1], "管道另一段"))
    one_winner(outcomes)
    d = svc.doc(asked.number)
    assert d.valid_to in ends and len(d.details["extensions"]) == 1
    assert d.details["extensions"][0]["to"] == f"{d.valid_to:%Y-%m-%d %H:%M}"


def test_two_supervisors_save_the_passes_rules_at_once(desk):
    """The same rule changed at two desks from the same form: one value kept, the other desk told — on an
    existing rule's row and on one written for the first time."""
    from decimal import Decimal
    from frontdesk.passes.service import PassService
    store, boss, boss2, clerk, fees, item, room = desk
    svc = PassService(store)
    svc.set_rules(boss, waste_fee="350")
    for rule, values in (("waste_fee", ("400", "500")), ("worker_months", ("4", "5"))):
        seen = svc.rules()
        outcomes = race(store, "LOCK TABLE pass_rule IN EXCLUSIVE MODE", {},
                        lambda st, v=values[0]: PassService(st).set_rules(boss, seen, **{rule: v}),
                        lambda st, v=values[1]: PassService(st).set_rules(boss2, seen, **{rule: v}))
        one_winner(outcomes)
        assert str(getattr(svc.rules(), rule)) in {str(Decimal(v).quantize(Decimal("0.01"))) if rule == "waste_fee"
                                                   else v for v in values}


def _signature() -> bytes:
    import io

    from PIL import Image
    out = io.BytesIO()
    Image.new("L", (120, 40), 255).save(out, "PNG")
    return out.getvalue()


def _key_problems(store):
    from frontdesk.keys.consistency import problems as key_problems
    return key_problems(store)


def test_two_desks_lend_one_key_and_take_it_back_at_once(desk):
    """Two desks lend the same key set at the same moment: one loan, one 借用单 number (the loser's is
    given back: no gap), the other desk told and nothing of it kept; then both take it back at once:
    one return."""
    from datetime import timedelta

    from frontdesk.core.models import DocCounter
    from frontdesk.keys.models import KeyMove, KeySet
    from frontdesk.keys.service import KeyService
    store, boss, boss2, clerk, fees, item, room = desk
    svc = KeyService(store)
    tag = svc.register_public(boss, place="3栋水泵房", hook="B-01", pieces=2)
    key = svc.by_tag(tag)
    due = clock.now() + timedelta(hours=4)
    hold = "SELECT * FROM key_set WHERE id = :id FOR UPDATE"
    outcomes = race(store, hold, {"id": key.id},
                    lambda st: KeyService(st).lend(clerk, key.id, person_kind="公司员工", person="工程部 王师傅",
                                                   purpose="维修", expected_back=due, signature=_signature()),
                    lambda st: KeyService(st).lend(boss2, key.id, person_kind="销售", person="小林（置业顾问）",
                                                   phone="13800138000", purpose="看房", expected_back=due,
                                                   signature=_signature()))
    slip = one_winner(outcomes)
    lent = svc.by_tag(tag)
    assert lent.state == "out" and lent.slip == slip
    assert count(store, KeyMove, KeyMove.set_id == key.id, KeyMove.action == "lend") == 1
    assert count(store, AuditEntry, AuditEntry.entity == "key_set", AuditEntry.action == "update") == 1
    with store.read() as s:
        assert s.get(DocCounter, ("JY", clock.today().year)).last_number == 1  # the loser's number given back
    outcomes = race(store, hold, {"id": key.id},
                    lambda st: KeyService(st).take_back(clerk, key.id, pieces=2, signature=_signature()),
                    lambda st: KeyService(st).take_back(boss2, key.id, pieces=2, signature=_signature()))
    one_winner(outcomes)
    assert svc.by_tag(tag).state == "in"
    assert count(store, KeyMove, KeyMove.set_id == key.id, KeyMove.action == "return") == 1
    with store.read() as s:
        assert s.get(KeySet, key.id).loan_id is None
    assert _key_problems(store) == []


def test_two_desks_hang_two_owners_keys_on_one_hook(desk):
    """Two desks keep an owner's keys on the same free hook at the same moment: the database holds the
    hook once — one set kept with its 收条, the other desk told and nothing of it kept."""
    from frontdesk.keys.models import KeyMove, KeySet
    from frontdesk.keys.service import KeyService
    store, boss, boss2, clerk, fees, item, room = desk
    _owned_room(store, boss, room)
    kw = dict(owner="张业主", pieces=3, hook="A-07", signature=_signature())
    outcomes = race(store, "LOCK TABLE key_set IN EXCLUSIVE MODE", {},
                    lambda st: KeyService(st).keep(clerk, room, **kw),
                    lambda st: KeyService(st).keep(boss2, room, contractor="美家装饰 赵工", **kw))
    tag, receipt = one_winner(outcomes, "othing was changed here")
    assert count(store, KeySet) == 1 and count(store, KeyMove, KeyMove.action == "keep") == 1
    assert KeyService(store).kept_under(receipt).tag == tag
    assert _key_problems(store) == []


# ---- the move-in (入住办理): two desks on one move-in -----------------------------------------------
@pytest.fixture
def move_in(pg_store):
    """The move-in's test property (tests/test_movein_service._desk) on PostgreSQL, a second receptionist,
    and room 3-1-101's move-in open with its first three steps done."""
    from tests.test_movein_service import NOW, _desk, _first_steps
    boss, clerk, svc, rooms = _desk(pg_store)
    with clock.pinned(NOW):
        OperatorService(pg_store).add(boss, "qiantai2", "张前台", "receptionist", "Qiantai2026")
        clerk2 = OperatorService(pg_store).authenticate("qiantai2", "Qiantai2026")
        mid = svc.start(clerk, rooms["3-1-101"])
        _first_steps(svc, clerk, mid)
    return pg_store, boss, clerk, clerk2, svc, rooms["3-1-101"], mid


def _movein_counts(store):
    from frontdesk.movein.models import MoveInStep
    from frontdesk.workorders.models import WorkOrder
    return {"receipts": count(store, Receipt), "bills": count(store, Bill), "steps": count(store, MoveInStep),
            "orders": count(store, WorkOrder)}


def _movein_clean(store):
    from frontdesk.movein.consistency import problems as movein_problems
    assert movein_problems(store) == [] and problems(store) == []  # `frontdesk check`: the move-in's rules, fees'


@pytest.mark.parametrize("months", ["new", "billed", "paid"])
def test_two_desks_take_one_move_ins_fees_at_once(move_in, months):
    """The fees step of one move-in at two desks at once — both read the move-in open with its fees not
    taken. Its months not billed yet (both make the month's bill), billed by the monthly run (both pay
    that bill) or billed and paid already (only the fund is left: each desk makes its own bill and
    receipt, and the move-in's compare-and-set decides): one receipt, one step; the other desk is told
    another desk did it, and nothing of its bills, receipt, number or step is kept."""
    from frontdesk.movein.models import MoveInStep
    from frontdesk.movein.service import MoveInService
    from tests.test_movein_service import NOW
    store, boss, clerk, clerk2, svc, room, mid = move_in
    fees = FeeService(store)
    with clock.pinned(NOW):
        if months != "new":
            fees.generate_month(boss, 2026, 11, confirmed=True)
        if months == "paid":
            fees.take_payment(boss, room, [b.id for b in fees.due_bills(room)], "现金")
        plan = svc.fee_plan(mid)
        assert [x.bill_id is None for x in plan.lines] == {"new": [True, True], "billed": [False, True],
                                                           "paid": [True]}[months]
        before = _movein_counts(store)
        outcomes = race(store, "SELECT * FROM move_in WHERE id = :id FOR UPDATE", {"id": mid},
                        lambda st: MoveInService(st).fees(clerk, mid, method="现金", cash_received="5000"),
                        lambda st: MoveInService(st).fees(clerk2, mid, method="微信", reference="WX42"))
    receipt = one_winner(outcomes)
    loser = next(o.error for o in outcomes if o.error is not None).text()
    assert {"new": "just billed", "billed": "just paid", "paid": f"{view_number(svc, mid)} was just changed"}[
        months] in loser, loser  # the month's bill, the bill's payment, or the move-in's compare-and-set
    after = _movein_counts(store)
    made = {"new": 2, "billed": 1, "paid": 1}[months]  # the winner's bills: the month and the fund
    assert after == {**before, "receipts": before["receipts"] + 1, "bills": before["bills"] + made,
                     "steps": before["steps"] + 1}, (before, after)
    assert receipt.total == plan.total
    view = svc.get(mid)
    assert view.steps["fees"].data["receipt"] == receipt.number and view.next_step == "inspection"
    assert [r[1] for r in fees.room_receipts(room)][0] == receipt.number
    with store.read() as s:  # one step's audit row; the loser's receipt number given back (no gap: problems)
        steps = [r for r in s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "move_in"))
                 if "缴纳费用" in (r or "")]
        assert len(steps) == 1 and count(store, MoveInStep, MoveInStep.step == "fees") == 1
    assert fees.due_bills(room) == []
    with clock.pinned(NOW):  # the losing desk, trying again, is told the step is done
        from frontdesk.core.errors import ValidationError
        with pytest.raises(ValidationError) as err:
            svc.fees(clerk2, mid, method="微信", reference="WX42")
        assert "already done" in err.value.text()
    assert _movein_counts(store) == after
    _movein_clean(store)


def view_number(svc, mid) -> str:
    return svc.get(mid).number


def _through_the_keys(store, svc, clerk, mid):
    from tests.test_movein_service import NOW, png
    with clock.pinned(NOW):
        svc.fees(clerk, mid, method="现金")
        svc.inspection(clerk, mid, engineer="陈工", water="12.5", power="3", gas="0.8", agreed=True,
                       defects=["卫生间墙面渗水"])
        svc.keys(clerk, mid, handed=4, signature=png())


@pytest.mark.parametrize("custody", [False, True])
def test_finishing_and_cancelling_one_move_in_at_once(move_in, custody):
    """One desk finishes a move-in (已入住, or custody) while another cancels it: one wins, the other is told
    another desk changed it; the room is as the winner left it — occupied (or in custody) and finished,
    or vacant, free for a new move-in and with no custody begun."""
    from frontdesk.movein.service import MoveInService
    from frontdesk.registration.service import Custody, Occupancy, Room
    from tests.test_movein_service import NOW
    store, boss, clerk, clerk2, svc, room, mid = move_in
    _through_the_keys(store, svc, clerk, mid)
    with store.read() as s:
        since = sorted(str(o.since) for o in s.scalars(select(Occupancy).where(Occupancy.room_id == room)))
    before = _movein_counts(store)
    with clock.pinned(NOW):
        outcomes = race(store, "SELECT * FROM move_in WHERE id = :id FOR UPDATE", {"id": mid},
                        lambda st: MoveInService(st).finish(clerk, mid, custody=custody),
                        lambda st: MoveInService(st).cancel(clerk2, mid, "业主改期"))
    one_winner(outcomes)
    view = svc.get(mid)
    with store.read() as s:
        state = s.get(Room, room).state
        custodies = count(store, Custody, Custody.room_id == room)
        since_now = sorted(str(o.since) for o in s.scalars(select(Occupancy).where(Occupancy.room_id == room)))
        rows = [r for r in s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "move_in", AuditEntry.after.like('%"movein_state"%')))]
    if outcomes[0].error is None:  # the finish won
        assert (view.state, state, custodies) == (("custody", "托管", 1) if custody else ("moved_in", "已入住", 0))
        assert view.move_in_date == NOW.date() and svc.live(room) is None
    else:  # the cancel won: nothing of the finish kept
        assert (view.state, state, custodies, view.move_in_date) == ("cancelled", "空置", 0, None)
        assert since_now == since and view.custody_id is None
        with clock.pinned(NOW):
            assert svc.start(clerk, room) != mid  # the room is free for a new move-in
    assert rows.count("create") == 1 and len(rows) == 2  # opened, and either finished or cancelled: once
    assert _movein_counts(store) == before  # no receipt, bill, step or order of the loser
    _movein_clean(store)


def test_finishing_a_move_in_while_another_desk_changes_the_room(move_in):
    """The room's state changed at another desk (出租) while the move-in is finished: one wins — the room
    rented and the move-in still open, or the move-in finished and the other desk told."""
    from frontdesk.movein.service import MoveInService
    from frontdesk.registration.service import Room
    from tests.test_movein_service import NOW
    store, boss, clerk, clerk2, svc, room, mid = move_in
    _through_the_keys(store, svc, clerk, mid)
    with clock.pinned(NOW):
        outcomes = race(store, "SELECT * FROM room WHERE id = :id FOR UPDATE", {"id": room},
                        lambda st: MoveInService(st).finish(clerk, mid),
                        lambda st: RegistrationService(st).update_room(boss, room, state="出租"))
    one_winner(outcomes)
    view = svc.get(mid)
    with store.read() as s:
        state = s.get(Room, room).state
    assert (view.state, state) == (("moved_in", "已入住") if outcomes[0].error is None else ("open", "出租"))
    _movein_clean(store)
