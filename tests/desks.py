"""Desks at work, for the crash and many-desk tests and their long versions in ``benchmarks/``.

``prepare`` sets up a small property (a few dozen rooms, three months billed, part payments on,
two supervisors and two receptionists; a second building delivered and vacant, its owners of record,
for the move-ins). ``work`` is one desk's day in fast motion, seeded: whole
and part payments, 预收 (bills ahead, then paid), voids of recent receipts, shift closes, 红冲 of
closed receipts, deposits taken, refunded and kept; work orders and passes; owners' keys kept,
keys lent, taken back and collected; move-ins started for building 2's vacant rooms and taken
on a step at a time (resumed wherever another desk left them), finished or cancelled. A refusal
is counted by kind — a clash with another desk (:class:`Conflict`) or a rule (``ValidationError``);
anything else (a driver error, a traceback) escapes and fails the run.

    python -m tests.desks URL --user zhuguan [--seed N] [--seconds S]

runs one desk in its own process: it prints ``ready`` when logged in, works until killed or for
``S`` seconds, then prints its counts as JSON. A new task adds its desk actions to ``ACTIONS``.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from frontdesk.core.errors import Conflict, ValidationError

PASSWORD = "Desk2026pw"
USERS = {"zhuguan": ("王主管", "supervisor"), "zhuguan2": ("赵主管", "supervisor"),
         "qiantai": ("李前台", "receptionist"), "qiantai2": ("张前台", "receptionist")}


def prepare(store, rooms_per_floor: int = 4, floors: int = 6) -> None:
    """The property every desk works on."""
    from frontdesk.core.operators import OperatorService
    from frontdesk.core.settings import SettingsService
    from frontdesk.fees.service import FeeService
    from frontdesk.registration.service import RegistrationService, plan_building
    boss = SettingsService(store).first_setup(
        {"property_name": "翠湖花园", "company_name": "示例物业服务有限公司", "address": "示例市示例路1号",
         "hotline": "010-12345678"}, "zhuguan", USERS["zhuguan"][0], PASSWORD)
    for user, (name, role) in USERS.items():
        if user != "zhuguan":
            OperatorService(store).add(boss, user, name, role, PASSWORD)
    SettingsService(store).update(boss, partial_payments=True)
    RegistrationService(store).create_building_rooms(
        boss, "1", plan_building(1, floors, rooms_per_floor, ["89.55", "120.00", "66.10", "142.30"][:rooms_per_floor]),
        state="已入住")
    fees = FeeService(store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly")
    fees.set_price(boss, item, date(2026, 1, 1), "1.85")
    for m in (1, 2, 3):
        fees.generate_month(boss, 2026, m)
    # the key cabinet: the first floor's owners (whose keys the desks keep) and a few public keys
    from frontdesk.core.people import id_check_digit
    from frontdesk.keys.service import KeyService
    reg = RegistrationService(store)
    for n, hit in enumerate(reg.search("1-1-1")[:rooms_per_floor]):
        body = f"11010519800101{n + 1:03d}"
        reg.add_person(boss, hit.room_id, name=OWNERS[n % len(OWNERS)], relation="业主",
                       id_number=body + id_check_digit(body), phone=f"1380013{n:04d}")
    keys = KeyService(store)
    for n, place in enumerate(("1栋水泵房", "1栋天台", "配电房")):
        keys.register_public(boss, place=place, hook=f"B-{n + 1:02d}", pieces=2)
    # building 2, delivered and vacant, each room's owner of record: the rooms the desks' move-ins are for
    fund = fees.add_item(boss, "WXJJ", "维修基金", "area_fixed")
    fees.set_price(boss, fund, date(2026, 1, 1), "30.00")
    reg.create_building_rooms(boss, "2", plan_building(1, 2, rooms_per_floor, ["89.55", "120.00", "66.10",
                                                                              "142.30"][:rooms_per_floor]),
                              state="空置")
    for n, hit in enumerate(reg.search("2-1-")):
        body = f"11010519850101{n + 1:03d}"
        reg.add_person(boss, hit.room_id, name=OWNERS[n % len(OWNERS)], relation="业主",
                       id_number=body + id_check_digit(body), phone=f"1390013{n:04d}")
        reg.update_room(boss, hit.room_id, state="空置")  # an owner of record, nobody living there yet


OWNERS = ("张业主", "李业主", "王业主", "赵业主")


def signature() -> bytes:
    """A signature as the pad gives it (a small PNG)."""
    import io

    from PIL import Image, ImageDraw
    im = Image.new("L", (120, 40), 255)
    ImageDraw.Draw(im).line([(5, 30), (40, 8), (70, 30), (110, 10)], fill=0, width=3)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def pad(store, megabytes: int) -> None:
    """Make the store about ``megabytes`` larger (old audit rows), so that copying it takes a while."""
    from datetime import datetime

    from frontdesk.core.models import AuditEntry
    row = {"at": datetime(2020, 1, 1), "operator_id": None, "operator_name": "系统", "action": "update",
           "entity": "room", "entity_id": "0", "summary": "", "before": None, "after": "x" * 1000}
    with store.write() as s:
        for _ in range(megabytes):
            s.execute(AuditEntry.__table__.insert(), [row] * 1000)


class Desk:
    def __init__(self, store, username: str, seed: int) -> None:
        from frontdesk.core.operators import OperatorService
        from frontdesk.fees.deposits import DepositService
        from frontdesk.fees.models import FeeItem
        from frontdesk.fees.service import FeeService
        from frontdesk.fees.shift import ShiftService
        from frontdesk.registration.models import Room
        self.store = store
        self.actor = OperatorService(store).authenticate(username, PASSWORD)
        self.rng = random.Random(seed)
        self.fees, self.deposits, self.shifts = FeeService(store), DepositService(store), ShiftService(store)
        with store.read() as s:
            self.rooms = list(s.scalars(select(Room.id).order_by(Room.id)))
            self.item = s.scalar(select(FeeItem.id).where(FeeItem.code == "WYF"))
        self.counts: Counter = Counter()

    def _recent(self, *where, n: int = 30) -> list[int]:
        from frontdesk.fees.models import Receipt
        with self.store.read() as s:
            return list(s.scalars(select(Receipt.id).where(Receipt.total > 0, *where)
                                  .order_by(Receipt.id.desc()).limit(n)))

    def pay(self) -> None:
        room = self.rng.choice(self.rooms)
        due = self.fees.due_bills(room)[:self.rng.randint(1, 4)]
        if not due:
            return
        owed = sum((b.owed for b in due), Decimal("0.00"))
        part = self.rng.random() < 0.3 and owed > 1
        amount = (owed * Decimal(self.rng.randint(20, 90)) / 100).quantize(Decimal("0.01")) if part else None
        self.fees.take_payment(self.actor, room, [b.id for b in due], self.rng.choice(["现金", "微信"]),
                               reference="WX" + str(self.rng.randint(10**6, 10**7)), amount=amount,
                               payer="业主")
        self.counts["receipts"] += 1

    def ahead(self) -> None:
        room = self.rng.choice(self.rooms)
        ids = self.fees.bills_ahead(self.actor, room, self.item, self.rng.randint(1, 3))
        self.fees.take_payment(self.actor, room, ids, "现金", payer="业主")
        self.counts["receipts"] += 1

    def void(self) -> None:
        from frontdesk.fees.models import Receipt
        ids = self._recent(Receipt.status == "正常", Receipt.shift_id.is_(None), Receipt.reverses_id.is_(None))
        if ids:
            target = self.rng.choice(ids)
            self._paying_out(lambda ok: self.fees.void(self.actor, target, "收错", float_ok=ok))
            self.counts["voids"] += 1

    def reverse(self) -> None:
        from frontdesk.fees.models import Receipt
        ids = self._recent(Receipt.status == "正常", Receipt.shift_id.is_not(None), Receipt.reverses_id.is_(None))
        if ids:
            target = self.rng.choice(ids)
            self._paying_out(lambda ok: self.fees.reverse(self.actor, target, "退费", float_ok=ok))
            self.counts["reversals"] += 1

    def _paying_out(self, act) -> None:
        """Money paid back beyond the drawer's cash: a supervisor lets the float pay it, a
        receptionist is told to pay by transfer or fetch one (counted as refused)."""
        from frontdesk.core.errors import NeedsConfirmation
        try:
            act(False)
        except NeedsConfirmation:
            if not self.actor.is_supervisor:
                raise ValidationError("drawer short") from None
            act(True)

    def close(self) -> None:
        self.shifts.close(self.actor, self.shifts.figures(self.actor).cash_expected)
        self.counts["shift_closes"] += 1

    def deposit(self) -> None:
        self.deposits.collect(self.actor, self.rng.choice(self.rooms), "出入证押金", str(self.rng.randint(20, 90)),
                              "现金", payer="住户")
        self.counts["receipts"] += 1

    def settle_deposit(self) -> None:
        held = self.deposits.list(held_only=True)
        if not held:
            return
        d = self.rng.choice(held[-20:])
        if self.actor.is_supervisor and self.rng.random() < 0.5:
            self._paying_out(lambda ok: self.deposits.forfeit(self.actor, d.id, str(min(d.amount, Decimal(10))),
                                                              "损坏", float_ok=ok))
        else:
            self._paying_out(lambda ok: self.deposits.refund(self.actor, d.id, float_ok=ok))
        self.counts["deposits_settled"] += 1

    # ---- work orders: registered, dispatched, completed (a paid repair billed with it), followed up
    def _orders(self, state: str) -> list[int]:
        from frontdesk.workorders.models import WorkOrder
        with self.store.read() as s:
            return list(s.scalars(select(WorkOrder.id).where(WorkOrder.state == state)
                                  .order_by(WorkOrder.id.desc()).limit(20)))

    def order(self) -> None:
        from frontdesk.workorders.service import WorkOrderService
        WorkOrderService(self.store).register(self.actor, kind="repair_home", content="水管漏水",
                                              room_id=self.rng.choice(self.rooms))
        self.counts["orders"] += 1

    def dispatch(self) -> None:
        from frontdesk.workorders.service import WorkOrderService
        svc = WorkOrderService(self.store)
        ids = self._orders("registered")
        if ids:
            svc.dispatch(self.actor, self.rng.choice(ids), svc.departments()[0][0])

    def complete_order(self) -> None:
        from frontdesk.workorders.service import WorkOrderService
        ids = self._orders("dispatched")
        if ids:
            WorkOrderService(self.store).complete(self.actor, self.rng.choice(ids), result="已修好",
                                                  labour=str(self.rng.choice((0, 30, 50))))

    def follow(self) -> None:
        from frontdesk.workorders.service import WorkOrderService
        ids = self._orders("completed")
        if ids:
            WorkOrderService(self.store).follow_up(self.actor, self.rng.choice(ids), reached=True, on_time=True,
                                                   attitude="满意", skill="满意", manners="满意", satisfaction=5)

    # ---- passes: temporary passes issued, papers checked at the gate (a release slip used once)
    def temporary(self) -> None:
        from frontdesk.core.people import id_check_digit
        from frontdesk.passes.service import PassService
        body = f"1101051990{self.rng.randrange(1, 13):02d}{self.rng.randrange(1, 29):02d}{self.rng.randrange(100, 999)}"
        PassService(self.store).issue_temporary(self.actor, name="访客", id_number=body + id_check_digit(body),
                                                reason="送货", room_id=self.rng.choice(self.rooms))
        self.counts["passes"] += 1

    def gate(self) -> None:
        from frontdesk.passes.models import PassDoc
        from frontdesk.passes.service import PassService
        with self.store.read() as s:
            numbers = list(s.scalars(select(PassDoc.number).order_by(PassDoc.id.desc()).limit(20)))
        if numbers:
            PassService(self.store).verify(self.actor, self.rng.choice(numbers))

    # ---- keys: an owner's set kept, keys lent and taken back, a kept set collected on its 收条
    def _sets(self, state: str) -> list[tuple]:
        from frontdesk.keys.models import KeySet
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(KeySet.id, KeySet.pieces, KeySet.receipt, KeySet.collectors)
                                                .where(KeySet.state == state).order_by(KeySet.id.desc()).limit(20))]

    def keep_key(self) -> None:
        from frontdesk.keys.service import KeyService
        from frontdesk.registration.service import current_owners
        svc = KeyService(self.store)
        with self.store.read() as s:
            owners = current_owners(s, self.rooms)
        hooks = [h for h in svc.free_hooks() if h.startswith("A-")]
        if not owners or not hooks:
            return
        room = self.rng.choice(sorted(owners))
        svc.keep(self.actor, room, owner=owners[room][0][0], pieces=self.rng.randint(1, 4),
                 hook=self.rng.choice(hooks[:5]), contractor=self.rng.choice(("", "美家装饰 赵工")),
                 signature=signature())
        self.counts["keys_kept"] += 1

    def lend_key(self) -> None:
        from datetime import timedelta

        from frontdesk.core.models import now
        from frontdesk.keys.service import KeyService
        sets = self._sets("in")
        if sets:
            set_id = self.rng.choice(sets)[0]
            KeyService(self.store).lend(self.actor, set_id, person_kind="公司员工", person="工程部 王师傅",
                                        purpose="维修", expected_back=now() + timedelta(hours=4),
                                        signature=signature())
            self.counts["keys_lent"] += 1

    def return_key(self) -> None:
        from frontdesk.keys.service import KeyService
        sets = self._sets("out")
        if sets:
            set_id, pieces, _r, _c = self.rng.choice(sets)
            short, signed = pieces > 1 and self.rng.random() < 0.2, self.rng.random() < 0.7
            KeyService(self.store).take_back(self.actor, set_id, pieces=pieces - short,
                                             note="少一把，借用人称遗落" if short else "",
                                             unsigned="" if signed else "借用人已离开，电话确认",
                                             signature=signature() if signed else None)
            self.counts["keys_returned"] += 1

    def collect_key(self) -> None:
        from frontdesk.keys.service import KeyService
        sets = [r for r in self._sets("in") if r[2]]
        if sets:
            _id, pieces, receipt, collectors = self.rng.choice(sets)
            KeyService(self.store).collect(self.actor, receipt, person=self.rng.choice(json.loads(collectors)),
                                           pieces=pieces, signature=signature())
            self.counts["keys_collected"] += 1

    # ---- the move-in: one started for a vacant room with an owner, or one under way resumed, a step at a time
    def move_in(self) -> None:
        from datetime import timedelta

        from frontdesk.core import clock
        from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS, MoveIn
        from frontdesk.movein.service import MoveInService
        from frontdesk.registration.models import Room
        from frontdesk.registration.service import current_owners
        svc = MoveInService(self.store)
        with self.store.read() as s:
            live = list(s.scalars(select(MoveIn.id).where(MoveIn.state == "open").order_by(MoveIn.id)))
            busy = set(s.scalars(select(MoveIn.room_id).where(MoveIn.state == "open")))
            vacant = [r for r in s.scalars(select(Room.id).where(Room.state == "空置").order_by(Room.id))
                      if r not in busy]
            owners = current_owners(s, vacant)
        vacant = [r for r in vacant if owners.get(r)]
        if vacant and (not live or self.rng.random() < 0.3):
            svc.start(self.actor, self.rng.choice(vacant))
            self.counts["move_ins"] += 1
            return
        if not live:
            return
        mid = self.rng.choice(live)
        view = svc.get(mid)
        step = view.next_step
        if self.rng.random() < 0.05:
            svc.cancel(self.actor, mid, "业主改期")
        elif step == "documents":
            with self.store.read() as s:
                owner = current_owners(s, [view.room_id])[view.room_id][0][0]
            delivered = max(clock.today() - timedelta(days=self.rng.randint(0, 40)), date(2026, 1, 1))
            svc.documents(self.actor, mid, who="owner", owner=owner, checked=DOCUMENTS["owner"], delivered_on=delivered)
        elif step == "forms":
            svc.forms(self.actor, mid, signed=FORMS)
        elif step == "items":
            svc.items(self.actor, mid, handed=ITEMS, signature=signature())
        elif step == "fees":
            svc.fees(self.actor, mid, method=self.rng.choice(["现金", "微信"]),
                     reference="WX" + str(self.rng.randint(10**6, 10**7)), payer="业主")
            self.counts["receipts"] += 1
        elif step == "inspection":
            svc.inspection(self.actor, mid, engineer="陈工", water=str(self.rng.randint(0, 30)),
                           power=str(self.rng.randint(0, 30)), gas="0.5", agreed=True,
                           defects=["卫生间墙面渗水"] if self.rng.random() < 0.3 else [])
        elif step == "keys":
            svc.keys(self.actor, mid, handed=self.rng.randint(2, 4), signature=signature())
        else:
            svc.finish(self.actor, mid, custody=self.rng.random() < 0.2)
            self.counts["move_ins_finished"] += 1
        self.counts["move_in_steps"] += 1

    def step(self) -> None:
        actions = ACTIONS["supervisor" if self.actor.is_supervisor else "receptionist"]
        name = self.rng.choices([a for a, _ in actions], [w for _, w in actions])[0]
        try:
            getattr(self, name)()
        except Conflict:
            self.counts["clashes_refused"] += 1
        except ValidationError:
            self.counts["rules_refused"] += 1  # e.g. already void, nothing to close: said plainly


ACTIONS = {"receptionist": [("pay", 6), ("ahead", 2), ("close", 1), ("deposit", 1), ("settle_deposit", 1),
                            ("order", 2), ("dispatch", 2), ("complete_order", 2), ("follow", 1), ("temporary", 1),
                            ("gate", 1), ("keep_key", 1), ("lend_key", 2), ("return_key", 2), ("collect_key", 1),
                            ("move_in", 1)],
           "supervisor": [("pay", 3), ("ahead", 1), ("void", 3), ("reverse", 2), ("close", 1), ("deposit", 1),
                          ("settle_deposit", 1), ("dispatch", 1), ("complete_order", 1), ("lend_key", 1),
                          ("return_key", 1)]}


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--user", default="zhuguan")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--seconds", type=float, default=0)
    p.add_argument("--backup", action="store_true", help="write backups in a loop instead")
    args = p.parse_args(argv)
    from frontdesk.core.store import open_store
    store = open_store(args.url, migrate=False)
    if args.backup:
        from frontdesk.core.backup import backup_store
        print("ready", flush=True)
        while True:
            backup_store(store, "manual", keep=5)
    desk = Desk(store, args.user, args.seed)
    print("ready", flush=True)
    end = time.monotonic() + args.seconds if args.seconds else None
    while end is None or time.monotonic() < end:
        desk.step()
    print(json.dumps(desk.counts), flush=True)
    store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
