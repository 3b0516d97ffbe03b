"""The move-in (入住办理, DOMAIN §1) without Qt: a delivered, vacant room's owner (or an agent, or a
company's 经办人) is taken through the six steps in order — documents checked, forms signed, items
handed over, the property fee from the delivery date (first month by the days, a rule) and the
maintenance fund taken on a receipt (fees), the meters read with the engineer and each defect made a
rectification order dispatched to engineering (work orders), the keys handed over and a set kept if
the owner agrees (keys) — each step stored as it is done, so an owner who leaves comes back to the
next one. Finishing makes the room 已入住 with the move-in date, or puts it in custody (registration).
Every change is a compare-and-set on the move-in's state and version, audited in its transaction."""
from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, Conflict, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import AuditEntry
from frontdesk.core.money import CENT, to_reading
from frontdesk.core.numbering import next_number
from frontdesk.fees.service import (LATE_FEE_ITEM, ZERO, IssuedReceipt, check_method, item_price, late_fee_due, line_amount, month_bill, month_bounds, month_due,
                                    one_off_bill, pay_bills)
from frontdesk.keys.service import KeyService, check_signature, hook_of
from frontdesk.movein import rules as rules_
from frontdesk.movein.models import DOCUMENTS, FORMS, ITEMS, ORDER, PREFIX, STATES, STEPS, WHO, MoveIn, MoveInStep
from frontdesk.registration.service import Room, current_owners, start_custody
from frontdesk.registration.service import move_in as room_moved_in
from frontdesk.workorders.service import WorkOrderService, department_named

ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Move-in {number} was just changed at another desk; nothing was changed "
                                        "here. Look at it again.")
LIMITS = {"owner": 64, "agent": 64, "engineer": 32, "defect": 200, "reason": 200, "note": 200}
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {n} characters.")
MAX_PIECES = 99


def _clean(value) -> str:
    """Typed text as the kernel keeps it: a NUL pasted in dropped (``core.db`` drops it from every column;
    the steps' data is JSON, where it would stay as ``\\u0000``), the blanks around it stripped."""
    return str(value or "").replace("\x00", "").strip()


def _text(check: Checks, value, field: str, required: str | None = None, limit: str | None = None) -> str:
    text = _clean(value)
    n = LIMITS[limit or field]
    if required and not text:
        check.fail(required, field)
    elif len(text) > n:
        check.fail(_TOO_LONG, field, n=n)
    return text


def _ticked(check: Checks, ticked, wanted: tuple, field: str, message: str) -> list[str]:
    """Every entry of ``wanted`` ticked, or the message naming the ones left."""
    got = {str(t).strip() for t in (ticked or ())}
    left = [w for w in wanted if w not in got]
    if left:
        check.fail(message, field, left="、".join(left))
    return [w for w in wanted if w in got]


def _count(check: Checks, value, field: str, low: int = 1) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        n = -1
    if not low <= n <= MAX_PIECES:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."), field, lo=low,
                   hi=MAX_PIECES)
    return n


def _reading(check: Checks, value, field: str) -> Decimal | None:
    return check(to_reading, value, field)


def _months(first: date, last: date):
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        yield date(y, m, 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def first_month(amount_full: Decimal, area: Decimal, price: Decimal, delivered: date, rule: str) -> tuple[Decimal, str]:
    """The delivery month's property fee: by days (the days from the delivery date to the month's end,
    both counted, ÷ the month's days — area × price × days ÷ days, rounded half up to the fen once) or
    whole; and what the bill says of it."""
    days_in = monthrange(delivered.year, delivered.month)[1]
    days = days_in - delivered.day + 1
    if rule != "days" or days == days_in:
        return amount_full, ""
    amount = (Decimal(area) * Decimal(price) * days / days_in).quantize(CENT, rounding=ROUND_HALF_UP)
    return amount, f"{delivered:%Y-%m-%d} 起 {days}/{days_in} 天"


# ---- what the desk reads ---------------------------------------------------------------------
@dataclass(frozen=True)
class StepView:
    step: str
    at: datetime
    operator: str
    data: dict
    signed: bool
    unsigned: str

    @property
    def name(self) -> str:
        return STEPS[self.step]


@dataclass(frozen=True)
class MoveInView:
    id: int
    number: str
    room_id: int
    room: str
    state: str
    who: str
    owner: str
    agent: str
    delivered_on: date | None
    started_at: datetime
    operator: str
    finished_at: datetime | None
    move_in_date: date | None
    custody_id: int | None
    version: int
    steps: dict = field(default_factory=dict)  # step → StepView, in ORDER
    required: tuple = ORDER

    @property
    def state_text(self) -> str:
        return STATES[self.state]

    @property
    def missing(self) -> list[str]:
        """The required steps not done yet, in order (their keys)."""
        return [k for k in ORDER if k in self.required and k not in self.steps]

    @property
    def next_step(self) -> str | None:
        """Where a resumed move-in goes on: the first step not done."""
        return next((k for k in ORDER if k not in self.steps), None)

    def documents_for(self, who: str | None = None) -> tuple:
        return DOCUMENTS.get(who or self.who or "owner", ())


@dataclass(frozen=True)
class FeeLine:
    label: str         # 物业管理费 2026-11 (2026-11-15 起 16/30 天) / 维修基金
    start: date | None
    amount: Decimal
    bill_id: int | None  # a bill already made (owed), or None: made when the fees are taken
    detail: str = ""
    late: bool = False  # the late fee of the bills already made, as fees charges it today


@dataclass(frozen=True)
class FeePlan:
    lines: tuple

    @property
    def total(self) -> Decimal:
        return sum((x.amount for x in self.lines), ZERO)


def _view(s, m: MoveIn, rules: rules_.Rules) -> MoveInView:
    steps = {r.step: StepView(r.step, r.at, r.operator_name, json.loads(r.data or "{}"), r.signature is not None,
                              r.unsigned)
             for r in s.scalars(select(MoveInStep).where(MoveInStep.move_in_id == m.id))}
    code = s.scalar(select(Room.code).where(Room.id == m.room_id))
    return MoveInView(m.id, m.number, m.room_id, code, m.state, m.who, m.owner, m.agent, m.delivered_on, m.started_at,
                      m.operator_name, m.finished_at, m.move_in_date, m.custody_id, m.version,
                      {k: steps[k] for k in ORDER if k in steps}, rules.required)


class MoveInService:
    rules, set_rules = rules_.RULES.door()  # rules() and set_rules(actor, read, **values)

    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- reading -----------------------------------------------------------------------------
    def get(self, move_in_id: int) -> MoveInView:
        with self.store.read() as s:
            m = s.get(MoveIn, move_in_id)
            if m is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such move-in."))
            return _view(s, m, rules_.load(s))

    def live(self, room_id: int) -> MoveInView | None:
        """The room's move-in under way (to resume), or None."""
        with self.store.read() as s:
            m = s.scalar(select(MoveIn).where(MoveIn.live_room == room_id))
            return _view(s, m, rules_.load(s)) if m else None

    def of_room(self, room_id: int) -> list[MoveInView]:
        with self.store.read() as s:
            rules = rules_.load(s)
            return [_view(s, m, rules) for m in s.scalars(select(MoveIn).where(MoveIn.room_id == room_id)
                                                           .order_by(MoveIn.id))]

    def fee_plan(self, move_in_id: int) -> FeePlan:
        """What the fees step will take, for the payer to confirm: each month from the delivery date to
        this month (a month billed already at what it still owes, a month paid not at all) and the fund."""
        with self.store.read() as s:
            m = self._open(s, move_in_id)
            check = Checks()
            plan = self._plan(s, check, m, rules_.load(s))
            check.done()
            return plan

    # ---- the steps ---------------------------------------------------------------------------
    def start(self, actor: Actor, room_id: int) -> int:
        """Open the room's move-in (its 入住确认单 number taken now). Refused for a room not delivered,
        occupied, rented or in custody, or one whose move-in is already under way."""
        check = Checks()
        with self.store.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            if room.state == "未交付":
                check.fail(QT_TRANSLATE_NOOP("Errors", "Room {room} is not delivered yet (未交付): a move-in starts "
                                                       "once the room is handed over."), "room", room=room.code)
            elif room.state != "空置":
                check.fail(QT_TRANSLATE_NOOP("Errors", "Room {room} is {state}: a move-in is only for a delivered "
                                                       "room nobody lives in (空置)."), "room", room=room.code,
                           state=room.state)
            live = s.scalar(select(MoveIn).where(MoveIn.live_room == room_id))
            if live is not None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Room {room}'s move-in {number} is already under way "
                                                       "(started {at} by {name}): resume it."), "room",
                           room=room.code, number=live.number, at=f"{live.started_at:%Y-%m-%d %H:%M}",
                           name=live.operator_name)
            check.done()
            m = MoveIn(number=next_number(s, PREFIX), room_id=room_id, live_room=room_id, state="open",
                       started_at=clock.now(), started_by=actor.id, operator_name=actor.display_name, version=0)
            s.add(m)
            s.flush()  # a second live move-in of the room clashes here (uq_move_in_live_room)
            audit.record(s, actor, "create", "move_in", m.number, after={
                "room_id": room_id, "movein_state": STATES["open"]}, summary=room.code)
            return m.id

    def documents(self, actor: Actor, move_in_id: int, *, who: str, owner: str, checked, delivered_on: date | None,
                  agent: str = "", note: str = "") -> None:
        """1 查验资料: who comes (the owner, an agent with a power of attorney, a company's 经办人), every
        document of that list seen, the owner as registered, the delivery date on the 入住通知书."""
        check = Checks()
        if who not in WHO:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose who comes: {choices}."), "who", choices="、".join(WHO.values()))
        else:
            checked = _ticked(check, checked, DOCUMENTS[who], "documents", QT_TRANSLATE_NOOP(
                "Errors", "Check every document before going on; still to see: {left}."))
        owner = _text(check, owner, "owner", QT_TRANSLATE_NOOP("Errors", "Choose the owner of the room."))
        agent = _text(check, agent, "agent", QT_TRANSLATE_NOOP("Errors", "Write who comes for the owner (the agent "
                                                                         "or the company's 经办人).")
                      if who in ("agent", "company") else None)
        note = _text(check, note, "note")
        today = clock.today()
        if not isinstance(delivered_on, date) or delivered_on > today or (today - delivered_on).days > 3660:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Write the delivery date on the move-in notice (交付日期): not "
                                                   "after today, at most ten years ago."), "delivered_on")
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "documents")
            owners = [n for n, _p in current_owners(s, [m.room_id]).get(m.room_id, [])]
            if not owners:
                check.fail(QT_TRANSLATE_NOOP("Errors", "No owner is registered for this room: register the owner "
                                                       "first (登记, F3)."), "owner")
            elif owner and owner not in owners:
                check.fail(QT_TRANSLATE_NOOP("Errors", "{name} is not an owner of this room ({owners})."), "owner",
                           name=owner, owners="、".join(owners))
            check.done()
            self._done(s, actor, m, "documents", {"who": who, "documents": checked, "note": note},
                       {"who": who, "owner": owner, "agent": agent, "delivered_on": delivered_on},
                       {"who_comes": WHO[who], "movein_owner": owner, "movein_agent": agent,
                        "delivered_on": delivered_on, "documents_checked": "、".join(checked)})

    def forms(self, actor: Actor, move_in_id: int, *, signed) -> None:
        """2 签署表格: the owner filled the 住户登记表 and signed the 消防安全协议书 and the 管理公约."""
        check = Checks()
        signed = _ticked(check, signed, FORMS, "forms", QT_TRANSLATE_NOOP(
            "Errors", "Every form is filled and signed before going on; still to sign: {left}."))
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "forms")
            check.done()
            self._done(s, actor, m, "forms", {"forms": signed}, {}, {"forms_signed": "、".join(signed)})

    def items(self, actor: Actor, move_in_id: int, *, handed, signature: bytes | None = None,
              unsigned: str = "") -> None:
        """3 移交资料: the 住户手册, 装修指南 and 水电图 handed over, the owner signing for them."""
        check = Checks()
        handed = _ticked(check, handed, ITEMS, "items", QT_TRANSLATE_NOOP(
            "Errors", "Hand over everything before going on; still to hand over: {left}."))
        signature, unsigned = check_signature(check, signature, unsigned, "业主")
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "items")
            check.done()
            self._done(s, actor, m, "items", {"items": handed}, {}, {
                "items_handed": "、".join(handed), "signed": "是" if signature else f"否（{unsigned}）"},
                signature, unsigned)

    def fees(self, actor: Actor, move_in_id: int, *, method: str, reference: str = "", cash_received=None,
             payer: str = "") -> IssuedReceipt | None:
        """4 缴纳费用: the property fee from the delivery date to this month (with the late fee of months
        billed already, as fees charges it) and the maintenance fund, on one receipt in this desk's shift
        (fees); the step records the receipt's total and change. Returns the receipt (None when nothing
        was owed)."""
        check = Checks()
        check(check_method, method, reference)
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "fees")
            rules = rules_.load(s)
            plan = self._plan(s, check, m, rules) if m.delivered_on else None
            check.done()
            fee, fund = item_price(s, rules.fee_item, m.delivered_on), None
            bills = []
            for line in plan.lines:
                if line.late:
                    continue  # charged by fees with the bills it is the fee of
                if line.bill_id is not None:
                    bills.append(line.bill_id)
                elif line.start is not None:
                    bills.append(month_bill(s, actor, m.room_id, fee[0], line.start, line.amount, line.detail))
                else:
                    fund = item_price(s, rules.fund_item, clock.today())
                    bills.append(one_off_bill(s, actor, m.room_id, fund[0], description=f"入住 {m.number}"))
            receipt = pay_bills(s, actor, m.room_id, bills, method, reference, cash_received,
                                (payer or "").strip() or m.owner) if bills else None
            total = receipt.total if receipt else ZERO
            if total != plan.total:  # what the desk was shown is what the receipt takes, or nothing is taken
                raise Conflict(ELSEWHERE, "fees", number=m.number)
            data = {"lines": [{"label": x.label, "detail": x.detail, "amount": str(x.amount)} for x in plan.lines],
                    "bills": bills, "total": str(total), "method": method,
                    "change": str(receipt.change) if receipt and receipt.change is not None else None,
                    "receipt": receipt.number if receipt else None, "receipt_id": receipt.id if receipt else None}
            self._done(s, actor, m, "fees", data, {}, {"receipt": receipt.number if receipt else "—",
                                                       "total": total, "method": method})
            return receipt

    def inspection(self, actor: Actor, move_in_id: int, *, engineer: str, water, power, gas, agreed: bool,
                   defects=(), worker_id: int | None = None) -> list[str]:
        """5 验房抄表: the joint inspection with the engineer — the water, electricity and gas meters read
        and agreed by both sides, each defect found a rectification order dispatched to engineering in
        this transaction. Returns the orders' numbers."""
        check = Checks()
        engineer = _text(check, engineer, "engineer", QT_TRANSLATE_NOOP("Errors", "Write the engineer who inspected "
                                                                                  "the room with the owner."))
        readings = {k: _reading(check, v, k) for k, v in (("water", water), ("power", power), ("gas", gas))}
        if not agreed:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The owner and the engineer both confirm the meter readings."),
                       "agreed")
        found = [_clean(d) for d in (defects or ()) if _clean(d)]
        if any(len(d) > LIMITS["defect"] for d in found):
            check.fail(_TOO_LONG, "defects", n=LIMITS["defect"])
        orders_ = WorkOrderService(self.store)
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "inspection")
            rules = rules_.load(s)
            dept = department_named(s, rules.department) if found else None
            if found and dept is None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "There is no department {name} to send the rectification "
                                                       "orders to: add it under 设置 → 工单."), "defects",
                           name=rules.department)
            check.done()
            numbers = []
            for d in found:
                order = orders_.register(actor, kind="repair_home", channel="巡查", room_id=m.room_id,
                                         reporter=m.owner, content=f"入住验房整改（{m.number}）：{d}", session=s)
                orders_.dispatch(actor, order.id, dept, worker_id, session=s)
                numbers.append(order.number)
            data = {"engineer": engineer, **{k: str(v) for k, v in readings.items()}, "defects": found,
                    "orders": numbers}
            self._done(s, actor, m, "inspection", data, {}, {
                "inspected_by": engineer, "meter_water": readings["water"], "meter_power": readings["power"],
                "meter_gas": readings["gas"], "work_orders": "、".join(numbers) or "无"})
            return numbers

    def keys(self, actor: Actor, move_in_id: int, *, handed, keep: bool = False, kept_pieces=None, hook: str = "",
             contractor: str = "", emergency: bool = False, signature: bytes | None = None,
             unsigned: str = "") -> str | None:
        """6 移交钥匙: the keys handed to the owner, who signs the 回执; with the owner's consent a set is
        kept in the key cabinet for the rectification workers (keys, its 钥匙收条). Returns that
        receipt's number, or None."""
        check = Checks()
        handed = _count(check, handed, "handed")
        signature, unsigned = check_signature(check, signature, unsigned, "业主")
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            self._in_order(s, check, m, "keys")
            kept = check(KeyService(self.store).keep, actor, m.room_id, owner=m.owner, pieces=kept_pieces, hook=hook,
                         contractor=contractor, emergency=emergency, signature=signature, unsigned=unsigned,
                         session=s) if keep else None
            check.done()
            tag, paper = kept or (None, None)
            self._done(s, actor, m, "keys", {"handed": handed, "kept": bool(kept), "tag": tag, "paper": paper,
                                             "hook": hook_of(hook) if kept else ""}, {},
                       {"keys_handed": handed, "key_tag": tag or "不留存", "paper": paper or "—",
                        "signed": "是" if signature else f"否（{unsigned}）"}, signature, unsigned)
            return paper

    def finish(self, actor: Actor, move_in_id: int, *, custody: bool = False, move_in_date: date | None = None) -> None:
        """Done: the room becomes 已入住 with the move-in date — or, for an owner who will not move in,
        goes into custody (托管) from the inspection's meter readings. Refused while a required step is
        missing (each named)."""
        check = Checks()
        day = move_in_date or clock.today()
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            view = _view(s, m, rules_.load(s))
            if view.missing:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Finish the required steps first: {steps}."), "steps",
                           steps="、".join(STEPS[k] for k in view.missing))
            if not isinstance(day, date) or day > clock.today() or (m.delivered_on and day < m.delivered_on):
                check.fail(QT_TRANSLATE_NOOP("Errors", "The move-in date lies between the delivery date and today."),
                           "move_in_date")
            room = s.get(Room, m.room_id)
            if room.state != "空置":
                check.fail(QT_TRANSLATE_NOOP("Errors", "Room {room} is {state} now; it was changed while the move-in "
                                                       "was under way. Look at the room first."), "room",
                           room=room.code, state=room.state)
            readings = view.steps["inspection"].data if "inspection" in view.steps else None
            if custody and readings is None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Custody starts from the meter readings: do the joint "
                                                       "inspection (验房抄表) first."), "custody")
            check.done()
            custody_id = None
            if custody:
                custody_id = start_custody(s, actor, m.room_id, day, readings["water"], readings["power"])
            else:
                room_moved_in(s, actor, m.room_id, day)
            state = "custody" if custody else "moved_in"
            self._move(s, m, {"state": state, "live_room": None, "finished_at": clock.now(), "finished_by": actor.id,
                              "move_in_date": day, "custody_id": custody_id})
            audit.record(s, actor, "update", "move_in", m.number, {"movein_state": STATES["open"]},
                         {"movein_state": STATES[state], "move_in_date": day}, summary=room.code)

    def cancel(self, actor: Actor, move_in_id: int, reason: str) -> None:
        """The move-in is given up (the room was resold, the notice was wrong): the room is free for a new
        one; what its steps made (a receipt, orders, a kept set) stays in those tasks, to be undone there."""
        check = Checks()
        reason = _text(check, reason, "reason", QT_TRANSLATE_NOOP("Errors", "Write why the move-in is cancelled."))
        with self.store.write() as s:
            m = self._open(s, move_in_id)
            check.done()
            self._move(s, m, {"state": "cancelled", "live_room": None, "reason": reason, "finished_at": clock.now(),
                              "finished_by": actor.id})
            audit.record(s, actor, "cancel", "move_in", m.number, {"movein_state": STATES["open"]},
                         {"movein_state": STATES["cancelled"], "reason": reason})

    def by_number(self, number: str) -> MoveInView:
        with self.store.read() as s:
            return _view(s, self._numbered(s, number), rules_.load(s))

    def printed(self, actor: Actor, number: str, deliver=None) -> tuple[MoveInView, bool]:
        """Count a print of the 入住确认单 (the first the original, every later one a 副本, audited):
        ``deliver(view, copy)`` writes the paper inside the transaction — a paper not written is not
        counted. Only a move-in finished (已入住 or 转托管) has a confirmation: an open or cancelled one is
        refused. The prints are the move-in's print rows in the log, taken in turn (compare-and-set on
        its version: of two desks printing at the same moment the second is told to try again, never
        two originals)."""
        with self.store.write() as s:
            m = self._numbered(s, number)
            if m.state not in ("moved_in", "custody"):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Move-in {number} is {state}: the confirmation is "
                                                                  "printed once the move-in is finished."), "state",
                                      number=m.number, state=STATES.get(m.state, m.state))
            copy = bool(s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.entity == "move_in", AuditEntry.entity_id == m.number, AuditEntry.action == "print")))
            change_state(s, MoveIn, m.id, {"version": m.version}, {"version": m.version + 1}, message=ELSEWHERE,
                         field="state", number=m.number)
            s.refresh(m)
            audit.record(s, actor, "print", "move_in", m.number, after={"copy": copy})
            view = _view(s, m, rules_.load(s))
            if deliver is not None:
                deliver(view, copy)
            return view, copy

    # ---- inside -------------------------------------------------------------------------------
    @staticmethod
    def _open(s, move_in_id: int) -> MoveIn:
        m = s.get(MoveIn, move_in_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such move-in."))
        if m.state != "open":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Move-in {number} is {state}; nothing more can be "
                                                              "done in it."), "state", number=m.number,
                                  state=STATES[m.state])
        return m

    @staticmethod
    def _numbered(s, number: str) -> MoveIn:
        m = s.scalar(select(MoveIn).where(MoveIn.number == (number or "").strip().upper()))
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No move-in has the number {number}."), number=number or "—")
        return m

    @staticmethod
    def _in_order(s, check: Checks, m: MoveIn, step: str) -> None:
        """A step once, after the required steps before it."""
        done = set(s.scalars(select(MoveInStep.step).where(MoveInStep.move_in_id == m.id)))
        if step in done:
            check.fail(QT_TRANSLATE_NOOP("Errors", "This step ({step}) is already done."), step, step=STEPS[step])
            return
        required = rules_.load(s).required
        before = [k for k in ORDER[:ORDER.index(step)] if k not in done and (k in required or k == "documents")]
        if before:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Do the steps in order: first {steps}."), step,
                       steps="、".join(STEPS[k] for k in before))

    @staticmethod
    def _move(s, m: MoveIn, values: dict) -> None:
        change_state(s, MoveIn, m.id, {"state": "open", "version": m.version}, {**values, "version": m.version + 1},
                     message=ELSEWHERE, field="state", number=m.number)
        s.refresh(m)

    def _done(self, s, actor: Actor, m: MoveIn, step: str, data: dict, values: dict, shown: dict,
              signature: bytes | None = None, unsigned: str = "") -> None:
        """The step stored with its data, the move-in moved on (compare-and-set), the audit row."""
        self._move(s, m, values)
        s.add(MoveInStep(move_in_id=m.id, step=step, at=clock.now(), operator_id=actor.id,
                         operator_name=actor.display_name, data=json.dumps(data, ensure_ascii=False, default=str),
                         signature=signature, unsigned=unsigned))
        s.flush()
        audit.record(s, actor, "update", "move_in", m.number, None, {"movein_step": STEPS[step], **shown})

    def _plan(self, s, check: Checks, m: MoveIn, rules: rules_.Rules) -> FeePlan:
        if m.delivered_on is None:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Check the documents first (查验资料): the delivery date is on "
                                                   "the move-in notice."), "fees")
            return FeePlan(())
        fee = item_price(s, rules.fee_item, m.delivered_on)
        area = s.scalar(select(Room.area).where(Room.id == m.room_id))
        lines = []
        if fee is None or fee[2] != "area_monthly":
            check.fail(QT_TRANSLATE_NOOP("Errors", "The property fee item {code} is not set up (收费 → 收费项目, "
                                                   "per m² per month)."), "fees", code=rules.fee_item)
        else:
            for start in _months(m.delivered_on, clock.today()):
                due = month_due(s, m.room_id, fee[0], start)
                label = f"{fee[1]} {start:%Y-%m}"
                if due is not None:
                    if due[1] > 0:
                        lines.append(FeeLine(label, start, due[1], due[0], "已出账"))
                    continue
                price = item_price(s, rules.fee_item, start)[3]
                if price is None:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "{item} has no price for {month} yet."), "fees",
                               item=fee[1], month=f"{start:%Y-%m}")
                    continue
                amount, detail = line_amount(area, price), ""
                if start.year == m.delivered_on.year and start.month == m.delivered_on.month:
                    amount, detail = first_month(amount, area, price, m.delivered_on, rules.first_month)
                lines.append(FeeLine(label, start, amount, None, detail))
        if rules.fund_item:
            fund = item_price(s, rules.fund_item, clock.today())
            if fund is None or fund[2] not in ("fixed", "area_fixed") or fund[3] is None:
                check.fail(QT_TRANSLATE_NOOP("Errors", "The maintenance fund item {code} is not set up with a price "
                                                       "(收费 → 收费项目)."), "fees", code=rules.fund_item)
            else:
                amount = line_amount(area if fund[2] == "area_fixed" else Decimal(1), fund[3])
                lines.append(FeeLine(fund[1], None, amount, None, ""))
        late = late_fee_due(s, m.room_id, [x.bill_id for x in lines if x.bill_id is not None], new=[
            (x.amount, month_bounds(x.start.year, x.start.month)[1])
            for x in lines if x.bill_id is None and x.start is not None])
        if late:
            lines.append(FeeLine(LATE_FEE_ITEM, None, late, None, f"计至 {clock.today():%Y-%m-%d}", late=True))
        return FeePlan(tuple(lines))


audit.label_entities({"move_in": QT_TRANSLATE_NOOP("Audit", "Move-in"),
                      "move_in_rule": QT_TRANSLATE_NOOP("Audit", "Move-in rules")})
audit.record_names("move_in_rule", lambda _s, entity_id, translate: translate(
    "AuditValues", QT_TRANSLATE_NOOP("AuditValues", "Move-in rules")) if entity_id == "rules" else None)
audit.label_fields({
    "movein_state": QT_TRANSLATE_NOOP("AuditFields", "move-in state"),
    "movein_step": QT_TRANSLATE_NOOP("AuditFields", "move-in step"),
    "who_comes": QT_TRANSLATE_NOOP("AuditFields", "who comes"),
    "movein_owner": QT_TRANSLATE_NOOP("AuditFields", "owner"),
    "movein_agent": QT_TRANSLATE_NOOP("AuditFields", "agent"),
    "delivered_on": QT_TRANSLATE_NOOP("AuditFields", "delivered on"),
    "documents_checked": QT_TRANSLATE_NOOP("AuditFields", "documents checked"),
    "forms_signed": QT_TRANSLATE_NOOP("AuditFields", "forms signed"),
    "items_handed": QT_TRANSLATE_NOOP("AuditFields", "items handed over"),
    "inspected_by": QT_TRANSLATE_NOOP("AuditFields", "inspected by"),
    "meter_water": QT_TRANSLATE_NOOP("AuditFields", "water meter"),
    "meter_power": QT_TRANSLATE_NOOP("AuditFields", "electricity meter"),
    "meter_gas": QT_TRANSLATE_NOOP("AuditFields", "gas meter"),
    "work_orders": QT_TRANSLATE_NOOP("AuditFields", "rectification orders"),
    "keys_handed": QT_TRANSLATE_NOOP("AuditFields", "keys handed over"),
    "key_tag": QT_TRANSLATE_NOOP("AuditFields", "key kept"),
    "move_in_date": QT_TRANSLATE_NOOP("AuditFields", "move-in date"),
    **rules_.LABELS,
})
