"""Fees (收费): price standards, bills, payments with receipts, voids. Plain Python, no Qt.

Money rules: every amount is ``Decimal`` rounded half up to the fen once, at the bill line;
totals are sums of rounded lines. A bill is settled by at most one live receipt: settling is a
guarded ``UPDATE … WHERE receipt_id IS NULL`` inside the payment's transaction, so a second desk
paying the same bill gets a clear message and nothing doubles. Receipt numbers come from the
gap-free counter in the same transaction.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select, update

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, Conflict, NeedsConfirmation, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import Fixed2, Operator, now
from frontdesk.core.money import CENT, money_in
from frontdesk.core.numbering import next_number
from frontdesk.core.operators import require_supervisor
from frontdesk.core.settings import PropertySettings
from frontdesk.core.settings import load as load_settings
from frontdesk.fees.models import (CYCLES, DEPOSIT_KINDS, LATE_FEE_ITEM, METHODS, RECEIPT_PREFIX, REFUND_PREFIX, RULES,
                                   Bill, BillCancel, BillPart, Deposit, FeeItem, FeePrice, Receipt, ReceiptLine)
from frontdesk.fees.shift import pay_out
from frontdesk.registration.service import Custody, Room

PERIODIC = ("area_monthly", "unit_monthly")
ONE_OFF = ("fixed", "area_fixed", "service")  # billed from the desk, one room at a time
ZERO = Decimal("0.00")
MAX_PRICE = Decimal(100000)  # a price, or a paid service's amount
CUSTODY_RATE = 70  # % of the property fee while a room is in custody (seed)


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """The month ``k`` months after (or before, k < 0) year-month."""
    n = year * 12 + month - 1 + k
    return n // 12, n % 12 + 1


def parse_month(text: str, today: date) -> tuple[int, int]:
    """"2026-07", "2026-7", "202607" or empty (this month) → (year, month)."""
    text = (text or "").strip()
    if not text:
        return today.year, today.month
    m = re.fullmatch(r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*月?", text)
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a month as YYYY-MM, e.g. {example}."),
                              "month", example=f"{today:%Y-%m}")
    return int(m.group(1)), int(m.group(2))


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def line_amount(quantity: Decimal, price: Decimal, rate_pct: int = 100) -> Decimal:
    """The one place a bill line is rounded: half up, to the fen."""
    return (Decimal(quantity) * Decimal(price) * Decimal(rate_pct) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def late_fee(owed: Decimal, period_end: date, on: date, settings: PropertySettings) -> Decimal:
    """滞纳金 of one overdue bill to a day — the one place it is computed. Off unless the property
    enables it; runs from the end of the billed period plus the grace days, per day or per month
    begun (30 days); rounded half up to the fen per bill; never more than the amount owed."""
    if not settings.late_fee_enabled or owed <= 0:
        return ZERO
    overdue = (on - period_end).days - settings.late_fee_grace_days
    if overdue <= 0:
        return ZERO
    units = overdue if settings.late_fee_basis == "day" else -(-overdue // 30)
    fee = (owed * settings.late_fee_rate * units / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return min(fee, owed)


@dataclass(frozen=True)
class DueBill:
    id: int
    item: str
    period_start: date
    period_end: date
    quantity: Decimal
    unit_price: Decimal
    rate_pct: int
    amount: Decimal
    paid: Decimal = ZERO  # by part payments so far
    late_fee: Decimal = ZERO  # to the day asked
    description: str = ""
    one_off: bool = False

    @property
    def owed(self) -> Decimal:
        return self.amount - self.paid

    @classmethod
    def of(cls, b: Bill, item: str, on: date, settings: PropertySettings) -> DueBill:
        """What a bill still asks for on ``on``, with its late fee to that day."""
        return cls(b.id, item, b.period_start, b.period_end, b.quantity, b.unit_price, b.rate_pct, b.amount, b.paid,
                   late_fee(b.amount - b.paid, b.period_end, on, settings), b.description, b.one_off)


@dataclass(frozen=True)
class PaymentPlan:
    """What a payment pays of each bill (oldest first), and the late fee of exactly that."""
    entries: list[tuple[DueBill, Decimal]]
    late: Decimal  # charged
    waived: Decimal  # not charged: a supervisor waived it

    @property
    def total(self) -> Decimal:
        return sum((part for _, part in self.entries), ZERO) + self.late

    late_bills: int = 0  # how many of the bills paid carry a late fee


def plan_payment(due: list[DueBill], amount, on: date, settings: PropertySettings, waive: bool = False) -> PaymentPlan:
    """The one rule for what a payment takes: ``amount`` (of the bills, late fee not included)
    pays the bills oldest first — less than all of them only where the property allows part
    payments — and the late fee is that of what it pays, so no day of lateness is charged twice."""
    owed = sum((b.owed for b in due), ZERO)
    if owed <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount to pay must be above zero."), "bills")
    pay = owed if amount in (None, "") else money_in(amount, "amount", owed)
    if pay != owed and not settings.partial_payments:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This property takes whole bills only: the amount must "
                                                          "be {total}."), "amount", total=owed)
    entries, left = [], pay
    for b in due:
        part = min(b.owed, left)
        if part > 0:
            entries.append((b, part))
        left -= part
    fees = [late_fee(part, b.period_end, on, settings) for b, part in entries]
    late = sum(fees, ZERO)
    return PaymentPlan(entries, ZERO if waive else late, late if waive else ZERO, sum(1 for f in fees if f))


# what is still owed of unpaid bills, summed in the database
OWED_SUM = func.sum(Bill.amount - Bill.paid, type_=Fixed2)


def unpaid(on: date) -> tuple:
    """The conditions of bills due and unpaid on a day (arrears: their period has begun)."""
    return Bill.receipt_id.is_(None), Bill.cancel_id.is_(None), Bill.period_start <= on


def unpaid_total(s, room_id: int, on: date | None = None) -> Decimal:
    """What a room owes on a day (bills begun and unpaid) — another task's warning (a release slip)."""
    return s.scalar(select(OWED_SUM).where(Bill.room_id == room_id, *unpaid(on or clock.today()))) or ZERO


@dataclass(frozen=True)
class IssuedReceipt:
    id: int
    number: str
    total: Decimal
    change: Decimal


class FeeService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- items and price standards (supervisor) ----------------------------------------------
    def add_item(self, actor: Actor, code: str, name: str, rule: str, applies_to: str = "住宅",
                 custody_rate: bool = False, cycle: int = 1) -> int:
        require_supervisor(actor)
        code, name = (code or "").strip().upper(), (name or "").strip()
        check = Checks()  # every field at once
        for value, field in ((code, "code"), (name, "name")):
            if not value:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the item's code and name."), field)
        if rule not in RULES:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Unknown rule."), "rule")
        if cycle not in CYCLES:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Bill monthly, quarterly or yearly."), "cycle")
        check.done()
        with self.store.write() as s:
            if s.scalar(select(FeeItem.id).where(FeeItem.code == code)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The item code {code} is already used."), "code",
                                      code=code)
            item = FeeItem(code=code, name=name[:32], rule=rule, applies_to=applies_to, custody_rate=custody_rate,
                           cycle=cycle if rule in PERIODIC else 1, active=True, created_at=now())
            s.add(item)
            s.flush()
            audit.record(s, actor, "create", "fee_item", item.id, after={"code": code, "name": name, "rule": rule})
            return item.id

    def set_price(self, actor: Actor, item_id: int, valid_from: date | None, price) -> None:
        """A new price from a date. Issued bills keep the price they were made with."""
        require_supervisor(actor)
        if valid_from is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A price needs the date it is valid from."),
                                  "valid_from")
        price = money_in(price, "price", MAX_PRICE)
        with self.store.write() as s:
            if s.get(FeeItem, item_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such fee item."))
            if s.scalar(select(FeePrice.id).where(FeePrice.item_id == item_id, FeePrice.valid_from == valid_from)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This item already has a price from {day}."),
                                      "valid_from", day=valid_from.isoformat())
            s.add(FeePrice(item_id=item_id, valid_from=valid_from, price=price, created_at=now(), created_by=actor.id))
            audit.record(s, actor, "create", "fee_item", item_id, after={"price": price, "valid_from": valid_from})

    @staticmethod
    def _price(s, item_id: int, day: date) -> Decimal | None:
        return s.scalar(select(FeePrice.price).where(FeePrice.item_id == item_id, FeePrice.valid_from <= day)
                        .order_by(FeePrice.valid_from.desc()).limit(1))

    def price_table(self, day: date | None = None) -> list[tuple]:
        """Every item with the price valid on ``day``: (id, code, name, rule, applies_to, custody_rate,
        price, valid_from, cycle in months)."""
        day = day or clock.today()
        with self.store.read() as s:
            out = []
            for item in s.scalars(select(FeeItem).where(FeeItem.active.is_(True)).order_by(FeeItem.id)):
                row = s.execute(select(FeePrice.price, FeePrice.valid_from).where(
                    FeePrice.item_id == item.id, FeePrice.valid_from <= day)
                    .order_by(FeePrice.valid_from.desc()).limit(1)).first()
                out.append((item.id, item.code, item.name, item.rule, item.applies_to, item.custody_rate,
                            row[0] if row else None, row[1] if row else None, item.cycle))
            return out

    def items(self) -> list[FeeItem]:
        with self.store.read() as s:
            return list(s.scalars(select(FeeItem).where(FeeItem.active.is_(True)).order_by(FeeItem.id)))

    # ---- bills -------------------------------------------------------------------------------
    def month_unusual(self, year: int, month: int, today: date | None = None) -> NeedsConfirmation | None:
        """A month more than one month ahead of today, or before the property's first bills, is
        most likely a typo (2036-11 for 2026-11): the question to ask, naming the month and how many
        rooms it would bill — or None for an ordinary month."""
        today = today or clock.today()
        with self.store.read() as s:
            first = s.scalar(select(func.min(Bill.period_start)).where(Bill.one_off.is_(False),
                                                                       Bill.cancel_id.is_(None)))
            uses = set(s.scalars(select(FeeItem.applies_to).where(FeeItem.active.is_(True),
                                                                  FeeItem.rule.in_(PERIODIC))))
            q = select(func.count()).select_from(Room).where(Room.state != "未交付")
            if "全部" not in uses:
                q = q.where(Room.use.in_(uses))
            rooms = s.scalar(q)
        shown = f"{year}-{month:02d}"
        if (year, month) > add_months(today.year, today.month, 1):
            return NeedsConfirmation(QT_TRANSLATE_NOOP(
                "Errors", "{month} is more than a month ahead of today. Bill {rooms} rooms for {month} anyway?"),
                "month", month=shown, rooms=rooms)
        if first is not None and date(year, month, 1) < first:
            return NeedsConfirmation(QT_TRANSLATE_NOOP(
                "Errors", "{month} is before the property's first bills ({first}). Bill {rooms} rooms for {month} "
                          "anyway?"), "month", month=shown, first=f"{first:%Y-%m}", rooms=rooms)
        return None

    def cancel_month(self, actor: Actor, year: int, month: int, reason: str) -> BillCancel:
        """撤销开账 (supervisor, with a reason): the unpaid bills that billing a month made are
        cancelled — kept, marked with the cancel, audited; never deleted. A room with anything of
        that month paid (in whole or part) keeps all its bills of the month."""
        require_supervisor(actor)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A cancel needs a reason."), "reason")
        start = date(year, month, 1)
        with self.store.write() as s:
            rows = s.execute(select(Bill.id, Bill.room_id, Bill.amount, Bill.paid, Bill.receipt_id)
                             .join(FeeItem, FeeItem.id == Bill.item_id)
                             .where(Bill.period_start == start, Bill.one_off.is_(False), Bill.cancel_id.is_(None),
                                    FeeItem.rule.in_(PERIODIC))).all()
            kept = {r.room_id for r in rows if r.paid or r.receipt_id is not None}
            take = [r for r in rows if r.room_id not in kept]
            if not take:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There are no unpaid bills of {month} to cancel."),
                                      "month", month=f"{year}-{month:02d}")
            cancel = BillCancel(period_start=start, reason=reason[:200], bills=len(take),
                                total=sum((r.amount for r in take), ZERO), kept_rooms=len(kept), cancelled_at=now(),
                                cancelled_by=actor.id, operator_name=actor.display_name)
            s.add(cancel)
            s.flush()
            ids = [r.id for r in take]
            for i in range(0, len(ids), 500):
                change_state(s, Bill, ids[i:i + 500], {"receipt_id": None, "paid": ZERO, "cancel_id": None},
                             {"cancel_id": cancel.id}, message=_PAID_ELSEWHERE, field="month")
            audit.record(s, actor, "cancel", "bill", f"{year}-{month:02d}", after={
                "bills": len(take), "total": cancel.total, "kept_rooms": len(kept), "reason": reason},
                summary=f"{year}-{month:02d}：{len(take)}")
            s.expunge(cancel)
            return cancel

    def generate_month(self, actor: Actor, year: int, month: int, progress=None, confirmed: bool = False) -> int:
        """Bills of every periodic item for every room it applies to, for one month — or, for an
        item billed quarterly or yearly, for the quarter or year that begins with this month. Each
        month's bill uses the price valid on its first day. Running it again makes no second bill.
        Rooms in custody on a month's first day pay the custody rate. Returns how many bills were
        made; ``progress(done, total)`` is called as rooms are billed. An unusual month
        (``month_unusual``) is billed only ``confirmed``."""
        question = None if confirmed else self.month_unusual(year, month)
        if question is not None:
            raise question
        made = 0
        with self.store.write() as s:
            items = [i for i in s.scalars(select(FeeItem).where(FeeItem.active.is_(True), FeeItem.rule.in_(PERIODIC))
                                          .order_by(FeeItem.id)) if (month - 1) % i.cycle == 0]
            rooms_of = {}
            for item in items:
                q = select(Room.id, Room.area).where(Room.state != "未交付")
                if item.applies_to != "全部":
                    q = q.where(Room.use == item.applies_to)
                rooms_of[item.id] = s.execute(q.order_by(Room.id)).all()
            todo = sum(len(rooms_of[i.id]) * i.cycle for i in items)
            done = 0
            for item in items:
                for k in range(item.cycle):
                    y, m = add_months(year, month, k)
                    start, end = month_bounds(y, m)
                    price = self._price(s, item.id, start)
                    rooms = rooms_of[item.id]
                    if price is None:
                        done += len(rooms)
                        continue
                    in_custody = set(s.scalars(select(Custody.room_id).where(
                        Custody.agreement_date <= start, or_(Custody.ended_on.is_(None), Custody.ended_on >= start))))
                    have = set(s.scalars(select(Bill.room_id).where(
                        Bill.item_id == item.id, Bill.period_start == start, Bill.one_off.is_(False),
                        Bill.cancel_id.is_(None))))
                    for i in range(0, len(rooms), 2000):
                        rows = []
                        for room_id, area in rooms[i:i + 2000]:
                            if room_id in have:
                                continue
                            qty = area if item.rule == "area_monthly" else Decimal(1)
                            rate = CUSTODY_RATE if item.custody_rate and room_id in in_custody else 100
                            rows.append({"room_id": room_id, "item_id": item.id, "period_start": start,
                                         "period_end": end, "quantity": qty, "unit_price": price, "rate_pct": rate,
                                         "amount": line_amount(qty, price, rate), "description": "",
                                         "one_off": False, "paid": ZERO, "created_at": now(),
                                         "created_by": actor.id})
                        if rows:
                            s.execute(Bill.__table__.insert(), rows)
                        made += len(rows)
                        done += len(rooms[i:i + 2000])
                        if progress:
                            progress(done, todo)
            audit.record(s, actor, "create", "bill", f"{year}-{month:02d}", after={"bills": made},
                         summary=f"{year}-{month:02d}：{made}")
        return made

    def add_bill(self, actor: Actor, room_id: int, item_id: int, amount=None, description: str = "",
                 day: date | None = None) -> int:
        """A one-off bill for one room from the desk (维修基金, 垃圾清运费, a paid repair …): a fixed
        item at its price, a per-m² one at area × price, a paid service at the amount entered."""
        with self.store.write() as s:
            return one_off_bill(s, actor, room_id, item_id, amount, description, day)

    def bills_ahead(self, actor: Actor, room_id: int, item_id: int, months: int, today: date | None = None) -> list[int]:
        """预收: bills for the next ``months`` months not billed yet, at today's price, for paying
        in advance. Returns their ids (they are due until the payment settles them)."""
        if not 1 <= months <= 36:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {lo} to {hi}."),
                                  "months", lo=1, hi=36)
        today = today or clock.today()
        with self.store.write() as s:
            item, room = s.get(FeeItem, item_id), s.get(Room, room_id)
            if item is None or item.rule not in PERIODIC or room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such fee item."))
            price = self._price(s, item.id, today)
            if price is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This item has no price yet."), "item")
            last = s.scalar(select(Bill.period_start).where(Bill.room_id == room_id, Bill.item_id == item_id,
                                                            Bill.one_off.is_(False))
                            .order_by(Bill.period_start.desc()).limit(1))
            y, m = (last.year, last.month) if last else (today.year, today.month - 1)
            qty = room.area if item.rule == "area_monthly" else Decimal(1)
            ids = []
            for _ in range(months):
                y, m = add_months(y, m, 1)
                start, end = month_bounds(y, m)
                bill = Bill(room_id=room_id, item_id=item_id, period_start=start, period_end=end, quantity=qty,
                            unit_price=price, rate_pct=100, amount=line_amount(qty, price), description="预收",
                            one_off=False, paid=ZERO, created_at=now(), created_by=actor.id)
                s.add(bill)
                s.flush()
                ids.append(bill.id)
            audit.record(s, actor, "create", "bill", room_id, after={"item": item.name, "months_ahead": months})
            return ids

    def room_receipts(self, room_id: int, limit: int = 20) -> list[tuple]:
        """The room's latest receipts: (id, number, issued_at, total, method, status, correction)
        — status as the desk reads it (正常, 作废, 已红冲, 红冲 SJ…), correction what a supervisor
        may do with it: "void" (its shift is open), "reverse" (its shift is closed) or None."""
        with self.store.read() as s:
            rows = s.scalars(select(Receipt).where(Receipt.room_id == room_id)
                             .order_by(Receipt.issued_at.desc(), Receipt.id.desc()).limit(limit)).all()
            ids = [r.id for r in rows]
            reversed_ = set(s.scalars(select(Receipt.reverses_id).where(Receipt.reverses_id.in_(ids))))
            deposits = set(s.scalars(select(Deposit.receipt_id).where(Deposit.receipt_id.in_(ids))))
            originals = dict(s.execute(select(Receipt.id, Receipt.number).where(
                Receipt.id.in_([r.reverses_id for r in rows if r.reverses_id]))).all())
            out = []
            for r in rows:
                status = r.status
                if r.reverses_id:
                    status = f"红冲 {originals.get(r.reverses_id, '')}"
                elif r.id in reversed_:
                    status = "已红冲"
                out.append((r.id, r.number, r.issued_at, r.total, r.method, status,
                            _correction(r, r.id in reversed_, r.id in deposits)))
            return out

    def correction(self, receipt_id: int) -> str:
        """What a wrong receipt takes: "void" while its shift is open, "reverse" (红冲) once it is
        closed — asked before anyone types a reason; a plain message when neither applies."""
        with self.store.read() as s:
            r = s.get(Receipt, receipt_id)
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such receipt."))
            kind = _correction(r, self._reversal_of(s, r.id) is not None, is_deposit_receipt(s, r.id))
            if kind is None:
                if r.status != "正常":
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} is already void."), "reason",
                                          number=r.number)
                if is_deposit_receipt(s, r.id):
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A deposit is returned by refunding it, not "
                                                                      "by reversing its receipt."), "reason")
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} cannot be reversed."), "reason",
                                      number=r.number)
            return kind

    def due_bills(self, room_id: int, on: date | None = None) -> list[DueBill]:
        """What a room owes, oldest first (arrears first), with what part payments left and the
        late fee of each to ``on`` (today)."""
        on = on or clock.today()
        with self.store.read() as s:
            settings = load_settings(s)
            rows = s.execute(select(Bill, FeeItem.name).join(FeeItem, FeeItem.id == Bill.item_id)
                             .where(Bill.room_id == room_id, Bill.receipt_id.is_(None), Bill.cancel_id.is_(None))
                             .order_by(Bill.period_start, FeeItem.id, Bill.id)).all()
            return [DueBill.of(b, name, on, settings) for b, name in rows]

    # ---- payments and receipts ---------------------------------------------------------------
    def take_payment(self, actor: Actor, room_id: int, bill_ids: list[int], method: str, reference: str = "",
                     cash_received=None, payer: str = "", amount=None, waive_reason: str | None = None,
                     on: date | None = None) -> IssuedReceipt:
        """One transaction: settle the bills, take the next receipt number, write the receipt, audit.

        What it takes is ``plan_payment``'s: the bills (or, with ``amount``, part of them), and the
        late fee of what is paid as a line of its own, which a supervisor may waive with a reason."""
        if not bill_ids:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose what is being paid."), "bills")
        check_method(method, reference)
        waive = waive_reason is not None
        if waive:
            require_supervisor(actor)
            waive_reason = waive_reason.strip()
            if not waive_reason:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A waiver needs a reason."), "late_fee")
        with self.store.write() as s:
            return pay_bills(s, actor, room_id, bill_ids, method, reference, cash_received, payer, amount,
                             waive_reason, on)

    def void(self, actor: Actor, receipt_id: int, reason: str, float_ok: bool = False) -> None:
        """作废 (supervisor, with a reason): the receipt stays, marked; its bills are due again. The
        money goes back out of the drawer that took it: the void counts in the issuing operator's
        shift (``shift.pay_out``: cash beyond what that drawer holds needs ``float_ok``)."""
        require_supervisor(actor)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A void needs a reason."), "reason")
        with self.store.write() as s:
            r = s.get(Receipt, receipt_id)
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such receipt."))
            if r.status != "正常":
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} is already void."), "reason",
                                      number=r.number)
            if r.shift_id is not None or r.reverses_id is not None or self._reversal_of(s, r.id):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} belongs to a closed shift: "
                                                                  "reverse it (红冲) instead of voiding it."),
                                      "reason", number=r.number)
            on_receipt_void(s, r.id)
            advance = pay_out(s, r.operator_id, r.total, r.method, float_ok) if r.operator_id else None
            change_state(s, Receipt, r.id, {"status": "正常", "shift_id": None},
                         {"status": "作废", "void_reason": reason[:200], "voided_at": now(), "voided_by": actor.id,
                          "float_advance": advance},
                         message=_CHANGED_ELSEWHERE, field="reason", number=r.number)
            _reopen(s, r.id, r.number)
            audit.record(s, actor, "void", "receipt", r.number, {"status": "正常"},
                         {"status": "作废", "reason": reason, **({"float_paid": advance} if advance else {})},
                         summary=f"{r.number} {r.total}")

    @staticmethod
    def _reversal_of(s, receipt_id: int) -> int | None:
        return s.scalar(select(Receipt.id).where(Receipt.reverses_id == receipt_id))

    def reverse(self, actor: Actor, receipt_id: int, reason: str, method: str | None = None, reference: str = "",
                float_ok: bool = False) -> IssuedReceipt:
        """红冲 (supervisor, with a reason): a negative receipt linked to the original, counted in the
        shift of the desk that pays the money back (the actor's); the original's bills are due
        again. For receipts of a closed shift. The money goes back by ``method`` (the original's
        unless given; cash beyond what the drawer holds needs ``float_ok``, see ``shift.pay_out``)."""
        require_supervisor(actor)
        reason = (reason or "").strip()
        check = Checks()
        if not reason:
            check.fail(QT_TRANSLATE_NOOP("Errors", "A reversal needs a reason."), "reason")
        if method is not None:
            check(check_method, method, reference)
        check.done()
        with self.store.write() as s:
            r = s.get(Receipt, receipt_id)
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such receipt."))
            if r.status != "正常" or r.reverses_id is not None or r.total <= 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} cannot be reversed."), "reason",
                                      number=r.number)
            if self._reversal_of(s, r.id):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} is already reversed."), "reason",
                                      number=r.number)
            if is_deposit_receipt(s, r.id):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A deposit is returned by refunding it, not by "
                                                                  "reversing its receipt."), "reason")
            if r.shift_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} is in an open shift: void it "
                                                                  "instead."), "reason", number=r.number)
            if method is None or method == r.method:
                method, reference = r.method, (reference or "").strip() or r.reference
            advance = pay_out(s, actor.id, r.total, method, float_ok)
            number = next_number(s, RECEIPT_PREFIX)
            neg = Receipt(number=number, issued_at=now(), room_id=r.room_id, payer=r.payer, total=-r.total,
                          method=method, reference=(reference or "").strip()[:64], cash_received=None,
                          operator_id=actor.id, operator_name=actor.display_name, status="正常",
                          void_reason=reason[:200], reverses_id=r.id, reprints=0, float_advance=advance)
            s.add(neg)
            s.flush()
            for line in s.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id)):
                s.add(ReceiptLine(receipt_id=neg.id, item_name=line.item_name, period=line.period,
                                  detail=f"红冲 {r.number}", amount=-line.amount))
            _reopen(s, r.id, r.number)
            audit.record(s, actor, "create", "receipt", number, after={
                "reverses": r.number, "total": -r.total, "method": method, "reason": reason,
                **({"float_paid": advance} if advance else {})}, summary=f"红冲 {r.number}")
            return IssuedReceipt(neg.id, number, -r.total, Decimal("0.00"))

    def reprint(self, actor: Actor, number: str, deliver=None) -> int:
        """A reprint (补打) is marked 副本 on paper and recorded here. Returns the receipt's id.
        ``deliver(receipt_id)`` writes the copy inside the same transaction: a copy that could not be
        written is not counted or audited as printed."""
        with self.store.write() as s:
            r = s.scalar(select(Receipt).where(Receipt.number == (number or "").strip().upper()))
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such receipt."))
            r.reprints += 1
            audit.record(s, actor, "print", "receipt", r.number, after={"reprint": r.reprints})
            if deliver is not None:
                deliver(r.id)
            return r.id

    def register(self, date_from: date, date_to: date) -> list[tuple]:
        """收据登记簿: every receipt issued in the dates (voided ones included, with who approved the
        void and when), in number order."""
        from frontdesk.core.listing import date_range
        with self.store.read() as s:
            receipts = s.execute(select(Receipt, Room.code).outerjoin(Room, Room.id == Receipt.room_id)
                                 .where(*date_range(Receipt.issued_at, date_from, date_to))
                                 .order_by(Receipt.number)).all()
            items = {}
            for rid, name, period in s.execute(select(ReceiptLine.receipt_id, ReceiptLine.item_name, ReceiptLine.period)
                                               .where(ReceiptLine.receipt_id.in_([r.id for r, _ in receipts]))):
                items.setdefault(rid, []).append(f"{name} {period}")
            approvers = dict(s.execute(select(Operator.id, Operator.display_name).where(
                Operator.id.in_({r.voided_by for r, _ in receipts if r.voided_by}))).all())
            return [(r.number, r.issued_at, r.payer, code or "", "；".join(items.get(r.id, [])), r.total, r.method,
                     r.operator_name, r.status, r.void_reason,
                     f"{approvers.get(r.voided_by, '')} {r.voided_at:%Y-%m-%d %H:%M}" if r.voided_at else "")
                    for r, code in receipts]

    def receipt(self, receipt_id: int) -> tuple[Receipt, list[ReceiptLine], str]:
        """A receipt, its lines and its room code (for printing)."""
        with self.store.read() as s:
            r = s.get(Receipt, receipt_id)
            if r is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such receipt."))
            lines = list(s.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id).order_by(ReceiptLine.id)))
            code = s.scalar(select(Room.code).where(Room.id == r.room_id)) or ""
            return r, lines, code

    def collected(self) -> Decimal:
        """Money collected: the sum of receipts not voided."""
        with self.store.read() as s:
            return sum(s.scalars(select(Receipt.total).where(Receipt.status == "正常")), Decimal("0.00"))


def pay_bills(s, actor: Actor, room_id: int, bill_ids: list[int], method: str, reference: str = "",
              cash_received=None, payer: str = "", amount=None, waive_reason: str | None = None,
              on: date | None = None) -> IssuedReceipt:
    """``FeeService.take_payment`` inside the caller's transaction (its arguments checked there): a
    task that bills a document pays the bill in the transaction that issues the document."""
    waive = waive_reason is not None
    on = on or clock.today()
    settings = load_settings(s)
    bills = s.execute(select(Bill, FeeItem.name).join(FeeItem, FeeItem.id == Bill.item_id)
                      .where(Bill.id.in_(bill_ids), Bill.room_id == room_id)
                      .order_by(Bill.period_start, FeeItem.id, Bill.id)).all()
    if len(bills) != len(set(bill_ids)):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these bills do not belong to this room."))
    if any(b.receipt_id is not None or b.cancel_id is not None for b, _ in bills):
        raise Conflict(_PAID_ELSEWHERE, "bills")
    plan = plan_payment([DueBill.of(b, name, on, settings) for b, name in bills], amount, on, settings, waive)
    pay, late, waived = plan.total, plan.late, plan.waived
    lines = receipt_lines(plan.entries, on)
    if late:
        lines.append({"item_name": LATE_FEE_ITEM, "period": f"计至 {on:%Y-%m-%d}",
                      "detail": f"{plan.late_bills} 笔逾期", "amount": late})
    receipt, change = _issue_receipt(s, actor, room_id, pay, method, reference, cash_received, payer, lines)
    if waived:
        receipt.late_fee_waived, receipt.waive_reason, receipt.waived_by = waived, waive_reason[:200], actor.id
    _settle(s, receipt.id, plan.entries)
    # what this receipt settled, not what was ticked: every bill it paid anything of, and
    # under "parts" those paid in part (a BillPart row each); "parts" is written even when
    # empty — it marks the rows consistency.problems compares with the bills
    audit.record(s, actor, "create", "receipt", receipt.number, after={
        "room_id": room_id, "total": pay, "method": method, "bills": sorted(b.id for b, _ in plan.entries),
        "parts": {b.id: part for b, part in sorted(plan.entries, key=lambda e: e[0].id)
                  if not (b.paid == 0 and part == b.amount)},
        **({"late_fee": late} if late else {}),
        **({"late_fee_waived": waived, "waive_reason": waive_reason} if waive else {})},
        summary=f"{receipt.number} {pay}")
    return IssuedReceipt(receipt.id, receipt.number, pay, change)


def one_off_bill(s, actor: Actor, room_id: int, item_id: int, amount=None, description: str = "",
                 day: date | None = None) -> int:
    """A one-off bill inside the caller's transaction (the desk's 临时收费, or a paid repair that
    another task completes in its own transaction — the order and its bill commit together)."""
    day = day or now().date()
    description = (description or "").strip()[:100]
    item, room = s.get(FeeItem, item_id), s.get(Room, room_id)
    if room is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
    if item is None or not item.active or item.rule not in ONE_OFF:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a one-off item."), "item")
    if item.rule == "service":
        price, qty = money_in(amount, "amount", MAX_PRICE), Decimal(1)
    else:
        price = FeeService._price(s, item.id, day)
        if price is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This item has no price yet."), "item")
        qty = room.area if item.rule == "area_fixed" else Decimal(1)
    bill = Bill(room_id=room_id, item_id=item_id, period_start=day, period_end=day, quantity=qty,
                unit_price=price, rate_pct=100, amount=line_amount(qty, price), description=description,
                one_off=True, paid=ZERO, created_at=now(), created_by=actor.id)
    s.add(bill)
    s.flush()
    audit.record(s, actor, "create", "bill", bill.id, after={
        "room": room.code, "item": item.name, "amount": bill.amount, "description": description})
    return bill.id


def item_price(s, code: str, day: date) -> tuple[int, str, str, Decimal | None] | None:
    """An active item by its code (WYF, WXJJ …) with its price valid on ``day``: (id, name, rule,
    price or None); None when there is no such active item."""
    item = s.scalar(select(FeeItem).where(FeeItem.code == code, FeeItem.active.is_(True)))
    return None if item is None else (item.id, item.name, item.rule, FeeService._price(s, item.id, day))


def late_fee_due(s, room_id: int, bill_ids: list[int], on: date | None = None, new=()) -> Decimal:
    """The late fee ``pay_bills`` takes on ``on`` (today) with these whole bills of the room and the
    bills ``new`` (``(amount, period_end)`` each) made just before it: what a task quotes before it
    takes the payment, bill by bill by the one rule (``late_fee``)."""
    on = on or clock.today()
    settings = load_settings(s)
    owed = [(b.amount - b.paid, b.period_end) for b in s.scalars(
        select(Bill).where(Bill.id.in_(bill_ids), Bill.room_id == room_id))] if bill_ids else []
    return sum((late_fee(amount, end, on, settings) for amount, end in [*owed, *new]), ZERO)


def month_due(s, room_id: int, item_id: int, start: date) -> tuple[int, Decimal] | None:
    """The room's live periodic bill of an item for the month beginning ``start``: (id, still owed),
    or None when that month is not billed yet."""
    row = s.execute(select(Bill.id, Bill.amount, Bill.paid, Bill.receipt_id).where(
        Bill.room_id == room_id, Bill.item_id == item_id, Bill.period_start == start, Bill.one_off.is_(False),
        Bill.cancel_id.is_(None))).first()
    if row is None:
        return None
    return row.id, ZERO if row.receipt_id is not None else row.amount - row.paid


def month_bill(s, actor: Actor, room_id: int, item_id: int, start: date, amount: Decimal, description: str = "") -> int:
    """A periodic item's bill for one room and the month beginning ``start``, made now inside the
    caller's transaction at ``amount`` (a first month counted by days: the caller's rule), area × the
    price valid on its first day as its quantity and price; the month's one bill, so the monthly run
    makes no second one."""
    item, room = s.get(FeeItem, item_id), s.get(Room, room_id)
    if item is None or item.rule not in PERIODIC or room is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such fee item."))
    price = FeeService._price(s, item.id, start)
    if price is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This item has no price yet."), "item")
    qty = room.area if item.rule == "area_monthly" else Decimal(1)
    bill = Bill(room_id=room_id, item_id=item_id, period_start=start, period_end=month_bounds(start.year, start.month)[1],
                quantity=qty, unit_price=price, rate_pct=100, amount=money_in(amount, "amount", MAX_PRICE, 0),
                description=(description or "")[:100], one_off=False, paid=ZERO, created_at=now(), created_by=actor.id)
    s.add(bill)
    s.flush()
    audit.record(s, actor, "create", "bill", bill.id, after={
        "room": room.code, "item": item.name, "amount": bill.amount, "description": bill.description})
    return bill.id


PAID_REPAIR_ITEM = ("YCWX", "有偿维修")  # the paid-service item a paid repair is billed under


def service_item(s, code: str, name: str) -> int:
    """The paid-service item ``code`` (有偿维修, 装修垃圾清运费, 出入证工本费 …) another task bills
    under; made on first use."""
    item_id = s.scalar(select(FeeItem.id).where(FeeItem.code == code))
    if item_id is None:
        item = FeeItem(code=code, name=name, rule="service", applies_to="全部",
                       custody_rate=False, cycle=1, active=True, created_at=now())
        s.add(item)
        s.flush()
        item_id = item.id
    return item_id


def paid_repair_item(s) -> int:
    """The paid-service item (有偿维修) repairs are billed under; made on first use."""
    return service_item(s, *PAID_REPAIR_ITEM)


def charge_now(s, actor: Actor, room_id: int, item: tuple[str, str], amount, description: str, method: str,
               reference: str = "", payer: str = "") -> tuple[int, IssuedReceipt]:
    """A one-off charge for a document (装修垃圾清运费, a pass's card fee), billed and paid on one
    ordinary receipt in the caller's transaction — in the receptionist's shift like any other.
    ``item`` is the service item's (code, name). Returns the bill's id and the receipt."""
    check_method(method, reference)
    bill_id = one_off_bill(s, actor, room_id, service_item(s, *item), amount, description)
    return bill_id, pay_bills(s, actor, room_id, [bill_id], method, reference, None, payer)


# ---- deposits, inside the caller's transaction (fees.deposits is the desk's own screen of them) ----
_DEPOSIT_SETTLED = QT_TRANSLATE_NOOP("Errors", "This deposit was already refunded, forfeited or voided; it cannot "
                                               "be settled again.")
_DEPOSIT_SETTLED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "This deposit was just refunded, forfeited or voided at "
                                                         "another desk; nothing was changed here.")
MAX_DEPOSIT = 1_000_000


def take_deposit(s, actor: Actor, room_id: int | None, kind: str, amount, method: str, reference: str = "",
                 cash_received=None, payer: str = "", held_for: str = "") -> tuple[int, IssuedReceipt]:
    """Take a deposit on a receipt of its own (a liability, not income); returns its id and the receipt.
    ``held_for``: the paper of another task it is held for (a renovation permit, a worker pass) — it
    is then refunded or forfeited only with that paper, by its task (``settle_deposit``)."""
    check = Checks()
    if kind not in DEPOSIT_KINDS:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "kind", choices="、".join(DEPOSIT_KINDS))
    amount = check(money_in, amount, "amount", MAX_DEPOSIT)
    check(check_method, method, reference)
    check.done()
    if room_id is not None and s.get(Room, room_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
    receipt, change = _issue_receipt(s, actor, room_id, amount, method, reference, cash_received, payer,
                                     [{"item_name": "押金", "period": kind, "detail": "", "amount": amount}])
    dep = Deposit(room_id=room_id, kind=kind, payer=(payer or "").strip()[:64], amount=amount,
                  receipt_id=receipt.id, collected_at=receipt.issued_at, status="held", held_for=held_for[:20])
    s.add(dep)
    s.flush()
    audit.record(s, actor, "create", "deposit", dep.id, after={"kind": kind, "amount": amount,
                                                              "receipt": receipt.number,
                                                              **({"held_for": held_for} if held_for else {})})
    return dep.id, IssuedReceipt(receipt.id, receipt.number, amount, change)


def held_deposit(s, deposit_id: int, desk: bool = False) -> Deposit:
    """A deposit still held; ``desk``: settled at the fees desk, so not one held for another task's paper."""
    dep = s.get(Deposit, deposit_id)
    if dep is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such deposit."))
    if dep.status != "held":
        raise ValidationError(_DEPOSIT_SETTLED, "amount")
    if desk and dep.held_for:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This deposit is held for {paper}: it is refunded or "
                                                          "forfeited with that paper on the 证件 tab (the renovation's "
                                                          "acceptance, the pass returned or lost)."), "amount",
                              paper=dep.held_for)
    return dep


def settle_deposit(s, actor: Actor, deposit_id: int, keep, reason: str = "", method: str = "现金",
                   reference: str = "", float_ok: bool = False) -> str | None:
    """End a held deposit once, in the caller's transaction: keep ``keep`` (0: 退还 all; part or all:
    扣除 with ``reason``) and pay the rest back by ``method`` out of the actor's drawer (cash beyond
    what it holds: a supervisor lets the float pay, ``float_ok``). Who may keep money is the
    caller's rule (a supervisor's forfeit at the fees desk; a lost pass forfeits by the pass rule).
    Every field is checked at once. Returns the refund voucher number, or None when nothing is paid back."""
    reason = (reason or "").strip()
    dep = held_deposit(s, deposit_id)
    check = Checks()
    kept = check(money_in, keep, "amount", dep.amount, low_included=True)
    if kept and not reason:
        check.fail(QT_TRANSLATE_NOOP("Errors", "A forfeit needs a reason."), "reason")
    if kept is None or kept < dep.amount:
        check(check_method, method, reference)
    check.done()
    back = dep.amount - kept
    if float_ok:
        require_supervisor(actor)
    advance = pay_out(s, actor.id, back, method, float_ok) if back else None
    status = "forfeited" if kept else "refunded"
    change_state(s, Deposit, dep.id, {"status": "held"}, {
        "status": status, "settled_at": now(), "settled_by": actor.id, "forfeit_amount": kept,
        "refund_amount": back, "float_advance": advance, "reason": reason[:200],
        "voucher_number": next_number(s, REFUND_PREFIX) if back else None,
        "refund_method": method if back else None,
        "refund_reference": (reference or "").strip()[:64] if back else ""},
        message=_DEPOSIT_SETTLED_ELSEWHERE, field="amount")
    s.refresh(dep)
    after = {"status": status, "refund": back, "voucher": dep.voucher_number, "method": method} if not kept else \
        {"status": status, "kept": kept, "refund": back, "reason": reason}
    audit.record(s, actor, "update", "deposit", dep.id, {"status": "held"}, after)
    return dep.voucher_number


@dataclass(frozen=True)
class DepositFacts:
    """What another task may know of a deposit it asked for: held, refunded, forfeited or void (its
    receipt voided), how much, on which receipt, what was kept and paid back, and the voucher."""
    id: int
    status: str
    amount: Decimal
    receipt: str
    kept: Decimal | None
    refunded: Decimal | None
    voucher: str | None


def deposit_facts(s, deposit_ids) -> dict[int, DepositFacts]:
    ids, out = sorted({i for i in deposit_ids if i is not None}), {}
    for start in range(0, len(ids), 500):
        for d, number in s.execute(select(Deposit, Receipt.number).join(Receipt, Receipt.id == Deposit.receipt_id)
                                   .where(Deposit.id.in_(ids[start:start + 500]))):
            out[d.id] = DepositFacts(d.id, d.status, d.amount, number, d.forfeit_amount, d.refund_amount,
                                     d.voucher_number)
    return out


@dataclass(frozen=True)
class BillFacts:
    """What another task may know of a bill it caused (a paid repair): its room, its amount, and
    whether a live receipt has paid it (a void makes it unpaid again) and that receipt's number."""
    room_id: int
    amount: Decimal
    paid: bool
    receipt: str | None = None  # the number of the receipt that paid it


def bill_facts(s, bill_ids) -> dict[int, BillFacts]:
    """The facts of the bills ``bill_ids``, read in chunks (an IN list stays within every database's
    limit) — only those bills, never the whole table."""
    ids, out = sorted({i for i in bill_ids if i is not None}), {}
    for start in range(0, len(ids), 500):
        for bid, room_id, amount, receipt_id, number in s.execute(
                select(Bill.id, Bill.room_id, Bill.amount, Bill.receipt_id, Receipt.number)
                .outerjoin(Receipt, Receipt.id == Bill.receipt_id).where(Bill.id.in_(ids[start:start + 500]))):
            out[bid] = BillFacts(room_id, amount, receipt_id is not None, number)
    return out


def room_fees_section(s, room_id: int):
    """Fees due, the last payments and the deposits held of a room, for the room card."""
    from frontdesk.core.money import format_yuan
    from frontdesk.registration.service import CardSection
    due = s.execute(select(func.count(), func.min(Bill.period_start), OWED_SUM)
                    .where(Bill.room_id == room_id, *unpaid(clock.today()))).one()
    last = s.execute(select(Receipt.number, Receipt.issued_at, Receipt.total).where(
        Receipt.room_id == room_id, Receipt.status == "正常").order_by(Receipt.issued_at.desc()).limit(3)).all()
    held = s.execute(select(Deposit.kind, Deposit.amount, Deposit.collected_at).where(
        Deposit.room_id == room_id, Deposit.status == "held").order_by(Deposit.collected_at)).all()
    if not due[0] and not last and not held:
        return None
    lines = []
    if due[0]:
        lines.append((QT_TRANSLATE_NOOP("RoomCard", "Owes {amount}: {n} bills, the oldest from {month}."),
                      {"amount": format_yuan(due[2] or ZERO), "n": due[0],
                       "month": f"{due[1]:%Y-%m}"}))
    else:
        lines.append((QT_TRANSLATE_NOOP("RoomCard", "Nothing due."), {}))
    lines += [(QT_TRANSLATE_NOOP("RoomCard", "Paid {amount} on {day}, receipt {number}."),
               {"amount": format_yuan(t), "day": f"{at:%Y-%m-%d}", "number": n}) for n, at, t in last]
    lines += [(QT_TRANSLATE_NOOP("RoomCard", "Deposit held: {kind} {amount}, since {day}."),
               {"kind": kind, "amount": format_yuan(a), "day": f"{at:%Y-%m-%d}"}) for kind, a, at in held]
    return CardSection(QT_TRANSLATE_NOOP("RoomCard", "Fees"), lines, warning=bool(due[0]))


def check_cash(cash_received, total: Decimal, settings: PropertySettings) -> Decimal:
    """实收现金: at least what is due and at most what is due plus the property's bound (a typed
    99999999 is refused before any change is printed)."""
    return money_in(cash_received, "cash_received", total + settings.cash_over_limit, low=total, low_included=True)


def check_method(method: str, reference: str) -> None:
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "method",
                              choices="、".join(METHODS))
    if method != "现金" and not (reference or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A non-cash payment needs its reference number."),
                              "reference")


def _issue_receipt(s, actor: Actor, room_id, total: Decimal, method: str, reference: str, cash_received, payer: str,
                   lines: list[dict]) -> tuple[Receipt, Decimal]:
    """Write a receipt with the next gap-free number inside the caller's transaction; returns it and
    the change for cash. The one place receipts are made."""
    change = Decimal("0.00")
    cash = None
    if method == "现金":
        cash = total if cash_received in (None, "") else check_cash(cash_received, total, load_settings(s))
        change = cash - total
    receipt = Receipt(number=next_number(s, RECEIPT_PREFIX), issued_at=now(), room_id=room_id,
                      payer=(payer or "").strip()[:64], total=total, method=method,
                      reference=(reference or "").strip()[:64], cash_received=cash, operator_id=actor.id,
                      operator_name=actor.display_name, status="正常", reprints=0)
    s.add(receipt)
    s.flush()
    for line in lines:
        s.add(ReceiptLine(receipt_id=receipt.id, **line))
    return receipt, change


_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Receipt {number} was just voided, reversed or closed at another "
                                                 "desk; nothing was changed here. Refresh and look again.")
_PAID_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Some of these bills were just paid at another desk. Refresh the "
                                             "list; nothing was charged.")


def _settle(s, receipt_id: int, entries) -> None:
    """Mark what a receipt pays, guarded against another desk paying the same bills meanwhile:
    every update must find the bill as it was read, or the whole payment is refused."""
    whole = [b.id for b, part in entries if b.paid == 0 and part == b.amount]
    change_state(s, Bill, whole, {"receipt_id": None, "paid": ZERO, "cancel_id": None}, {"receipt_id": receipt_id},
                 message=_PAID_ELSEWHERE, field="bills")
    for b, part in entries:
        if b.id in whole:
            continue
        values = {"paid": b.paid + part}
        if b.paid + part == b.amount:
            values["receipt_id"] = receipt_id
        change_state(s, Bill, b.id, {"receipt_id": None, "paid": b.paid, "cancel_id": None}, values,
                     message=_PAID_ELSEWHERE,
                     field="bills")
        s.add(BillPart(bill_id=b.id, receipt_id=receipt_id, amount=part))


def _reopen(s, receipt_id: int, number: str) -> None:
    """A receipt voided or reversed: its bills are due again, less what other live receipts paid.
    Called once per receipt, after the compare-and-set that voided or reversed it; each part is
    taken back only while the bill still holds it (``paid`` never goes below 0)."""
    for part in s.scalars(select(BillPart).where(BillPart.receipt_id == receipt_id)).all():
        change_state(s, Bill, part.bill_id, {}, {"paid": Bill.paid - part.amount, "receipt_id": None},
                     also=(Bill.paid >= part.amount,), message=_CHANGED_ELSEWHERE, field="reason", number=number)
    s.execute(update(Bill).where(Bill.receipt_id == receipt_id).values(receipt_id=None)
              .execution_options(synchronize_session="fetch"))


def receipt_lines(entries, on: date | None = None) -> list[dict]:
    """One line per item and consecutive run of months: 物业管理费 2026-01 至 2026-06, area × price.
    ``entries`` are (due bill, amount paid of it now); a bill paid in part has a line of its own;
    months that begin after the day paid (``on``) are paid ahead and marked 预收 on a line of their own."""
    on = on or clock.today()
    groups: OrderedDict = OrderedDict()
    for b, part in entries:
        whole = b.paid == 0 and part == b.amount
        ahead = not b.one_off and b.period_start > on
        key = (b.item, b.unit_price, b.rate_pct, b.quantity, b.one_off, None if whole else b.id, ahead)
        groups.setdefault(key, []).append((b, part))
    out = []
    for (name, price, rate, qty, one_off, part_of, ahead), bs in groups.items():
        bs.sort(key=lambda e: e[0].period_start)
        first, last = bs[0][0].period_start, bs[-1][0].period_start
        if one_off:
            period = f"{first:%Y-%m-%d}"
        else:
            period = f"{first:%Y-%m}" if first == last else f"{first:%Y-%m} 至 {last:%Y-%m}"
        detail = f"{qty} × {price}" + (f" × {rate}%" if rate != 100 else "") + (f" × {len(bs)} 月" if len(bs) > 1 else "")
        if one_off and bs[0][0].description:
            detail = f"{bs[0][0].description}，{detail}"
        if ahead:
            detail = f"预收 {detail}"
        if part_of is not None:
            b = bs[0][0]
            detail += f"（应收 {b.amount}，已付 {b.paid}，本次 {bs[0][1]}）"
        out.append({"item_name": name, "period": period, "detail": detail[:80],
                    "amount": sum((p for _, p in bs), ZERO)})
    return out


def on_receipt_void(s, receipt_id: int) -> None:
    """A voided deposit receipt cancels the deposit it took — only while the deposit is still held."""
    dep = s.scalar(select(Deposit).where(Deposit.receipt_id == receipt_id))
    if dep is None:
        return
    message = QT_TRANSLATE_NOOP("Errors", "The deposit of this receipt is already settled; the receipt cannot be "
                                          "voided.")
    if dep.status != "held":
        raise ValidationError(message, "reason")
    change_state(s, Deposit, dep.id, {"status": "held"}, {"status": "void", "settled_at": now()}, message=message,
                 field="reason")


def _correction(r: Receipt, reversed_: bool, deposit: bool) -> str | None:
    if r.status != "正常" or r.reverses_id is not None or reversed_:
        return None
    if r.shift_id is None:
        return "void"
    return None if deposit or r.total <= 0 else "reverse"


def is_deposit_receipt(s, receipt_id: int) -> bool:
    return s.scalar(select(Deposit.id).where(Deposit.receipt_id == receipt_id)) is not None


def _bill_periods(s, value):
    """Bill ids in the audit log → "物业管理费 2026-01 至 2026-06" (a count of bills stays a count)."""
    if not isinstance(value, list):
        return value
    rows = s.execute(select(FeeItem.name, func.min(Bill.period_start), func.max(Bill.period_start), func.count())
                     .join(FeeItem, FeeItem.id == Bill.item_id).where(Bill.id.in_(value)).group_by(FeeItem.name)).all()
    return "；".join(f"{name} {a:%Y-%m}" + (f" 至 {b:%Y-%m}（{n} 笔）" if n > 1 else "") for name, a, b, n in rows) or value


def _bill_parts(s, value):
    """{bill id: amount} of a payment's audit row → "物业管理费 2027-10：¥12.34" (none: "—")."""
    if not isinstance(value, dict):
        return value
    if not value:
        return "—"
    from frontdesk.core.money import format_yuan
    ids = [int(k) for k in value if str(k).isdigit()]
    bills = {bid: (f"{name} {start:%Y-%m-%d}" if one_off else f"{name} {start:%Y-%m}", start)
             for bid, name, start, one_off in s.execute(
                 select(Bill.id, FeeItem.name, Bill.period_start, Bill.one_off)
                 .join(FeeItem, FeeItem.id == Bill.item_id).where(Bill.id.in_(ids)))} if ids else {}
    out = []
    for key, amount in value.items():
        what, start = bills.get(int(key) if str(key).isdigit() else None, (f"#{key}", date.max))
        try:
            amount = format_yuan(amount)
        except (ValidationError, TypeError):
            pass  # shown as the log holds it
        out.append((start, what, amount))
    return "；".join(f"{what}：{amount}" for _, what, amount in sorted(out))


def _deposit_name(s, entity_id: str, _translate):
    """A deposit in the audit log → "装修押金（业主） 1-1-702 ¥2,000.00（SJ2026-000012）", not its id."""
    if not str(entity_id).isdigit():
        return None
    row = s.execute(select(Deposit.kind, Deposit.amount, Room.code, Receipt.number)
                    .join(Receipt, Receipt.id == Deposit.receipt_id).outerjoin(Room, Room.id == Deposit.room_id)
                    .where(Deposit.id == int(entity_id))).first()
    if row is None:
        return None
    kind, amount, code, number = row
    return " ".join(x for x in (kind, code or "", f"¥{amount:,.2f}（{number}）") if x)


audit.record_names("deposit", _deposit_name)
audit.lookup("bills", _bill_periods)
audit.lookup("parts", _bill_parts)
audit.label_fields({
    "held_for": QT_TRANSLATE_NOOP("AuditFields", "held for the paper"),
    "bills": QT_TRANSLATE_NOOP("AuditFields", "bills"), "parts": QT_TRANSLATE_NOOP("AuditFields", "parts paid"),
    "late_fee": QT_TRANSLATE_NOOP("AuditFields", "late fee"),
    "late_fee_waived": QT_TRANSLATE_NOOP("AuditFields", "late fee waived"),
    "waive_reason": QT_TRANSLATE_NOOP("AuditFields", "reason for the waiver"),
    "months_ahead": QT_TRANSLATE_NOOP("AuditFields", "months paid ahead"),
    "item": QT_TRANSLATE_NOOP("AuditFields", "fee item"), "rule": QT_TRANSLATE_NOOP("AuditFields", "rule"),
    "receipt": QT_TRANSLATE_NOOP("AuditFields", "receipt"), "reverses": QT_TRANSLATE_NOOP("AuditFields", "reverses"),
    "refund": QT_TRANSLATE_NOOP("AuditFields", "refunded"), "kept": QT_TRANSLATE_NOOP("AuditFields", "kept"),
    "voucher": QT_TRANSLATE_NOOP("AuditFields", "voucher"), "net": QT_TRANSLATE_NOOP("AuditFields", "net"),
    "cash_expected": QT_TRANSLATE_NOOP("AuditFields", "cash expected"),
    "cash_counted": QT_TRANSLATE_NOOP("AuditFields", "cash counted"),
    "difference": QT_TRANSLATE_NOOP("AuditFields", "difference"),
    "kept_rooms": QT_TRANSLATE_NOOP("AuditFields", "rooms that kept their bills"),
    "readings": QT_TRANSLATE_NOOP("AuditFields", "readings"), "baselines": QT_TRANSLATE_NOOP("AuditFields", "baselines"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "what for"),
    "arrears": QT_TRANSLATE_NOOP("AuditFields", "owed then"), "outcome": QT_TRANSLATE_NOOP("AuditFields", "outcome"),
    "float_paid": QT_TRANSLATE_NOOP("AuditFields", "advanced by the float"),
})
audit.label_values("rule", {  # as the fee items' form names them
    "area_monthly": QT_TRANSLATE_NOOP("Fees", "per m² per month × area"),
    "unit_monthly": QT_TRANSLATE_NOOP("Fees", "per month (e.g. a parking space)"),
    "fixed": QT_TRANSLATE_NOOP("Fees", "fixed, one-off"), "area_fixed": QT_TRANSLATE_NOOP("Fees", "per m², one-off"),
    "metered": QT_TRANSLATE_NOOP("Fees", "metered (price × reading difference)"),
    "deposit": QT_TRANSLATE_NOOP("Fees", "deposit (refundable)"),
    "service": QT_TRANSLATE_NOOP("Fees", "paid service (price per case)")}, "Fees")
audit.label_values("status", {  # a deposit's (a receipt's are written in Chinese: 正常, 作废)
    "held": QT_TRANSLATE_NOOP("Fees", "held"), "refunded": QT_TRANSLATE_NOOP("Fees", "refunded"),
    "forfeited": QT_TRANSLATE_NOOP("Fees", "forfeited"), "void": QT_TRANSLATE_NOOP("Fees", "void")}, "Fees")
