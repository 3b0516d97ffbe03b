"""The fees' figures of a month (the monthly report's 收费, 欠费, 押金): what was billed, what was
paid of it and when, what is owed at the month's end, the deposits held. Plain Python, no Qt.

What a bill was paid, and when, is read from its settlements: the part payments (``BillPart``) and
the whole payment (``Bill.receipt_id`` without a part of that receipt), by receipts that are live —
not voided and not reversed (红冲). So a void or a reversal takes the payment out of every month.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import aliased

from frontdesk.core.db import Store
from frontdesk.fees.arrears import ArrearsRow, arrears_rows, months_before
from frontdesk.fees.models import Bill, BillPart, Deposit, FeeItem, Receipt
from frontdesk.fees.service import ZERO
from frontdesk.registration.service import Building, Room

_REVERSAL = aliased(Receipt)


def _live(receipt=Receipt):
    """A receipt that still pays what it paid: not voided, not reversed."""
    return and_(receipt.status == "正常", ~exists().where(_REVERSAL.reverses_id == receipt.id))


def _settlements(s, *where):
    """(bill id, amount paid of it, the receipt's time) of live receipts, under ``where`` (on Bill, Receipt)."""
    parts = (select(BillPart.bill_id, BillPart.amount, Receipt.issued_at)
             .join(Receipt, Receipt.id == BillPart.receipt_id).join(Bill, Bill.id == BillPart.bill_id)
             .where(_live(), *where))
    whole = (select(Bill.id, Bill.amount, Receipt.issued_at).join(Receipt, Receipt.id == Bill.receipt_id)
             .where(_live(), ~exists().where(BillPart.bill_id == Bill.id, BillPart.receipt_id == Bill.receipt_id),
                    *where))
    return list(s.execute(parts)) + list(s.execute(whole))


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


@dataclass(frozen=True)
class Collection:
    """One fee item in one building for a month (or the whole, ``item`` and ``building`` "")."""
    item: str
    building: str
    billed: Decimal = ZERO  # 当期应收: bills of the month's periods
    paid: Decimal = ZERO  # 当期实收: what of them was paid by the month's end (ahead included)
    recovered: Decimal = ZERO  # 欠费追回: paid in the month of bills of earlier months
    ahead: Decimal = ZERO  # 预收: paid in the month of bills of later months
    rooms: int = 0  # rooms billed
    rooms_paid: int = 0  # rooms whose bills of the month were all paid by its end
    received: Decimal = ZERO  # 本月收款: what live receipts issued in the month paid of bills, of any month

    @property
    def owed(self) -> Decimal:  # 当期欠费
        return self.billed - self.paid


def _month_paid(s, first: date, last: date, early=None) -> tuple[dict[int, Bill], dict[int, Decimal]]:
    """The bills of the month's periods (not cancelled) by id, and what live receipts issued by the
    month's end paid of each (``early``, a dict: what of that was paid before the month began)."""
    of_month = (Bill.cancel_id.is_(None), Bill.period_start >= first, Bill.period_start <= last)
    bills = {b.id: b for b in s.execute(select(Bill.id, Bill.room_id, Bill.item_id, Bill.amount).where(*of_month))}
    paid = defaultdict(lambda: ZERO)
    start = _start(first)
    for bid, amount, at in _settlements(s, *of_month, Receipt.issued_at < _start(last + timedelta(days=1))):
        paid[bid] += amount
        if early is not None and at < start:
            early[bid] = early.get(bid, ZERO) + amount
    return bills, paid


def _rooms_paid(bills, paid: dict[int, Decimal]) -> dict[int, bool]:
    """Each room billed: whether all its ``bills`` were paid in full."""
    rooms: dict[int, bool] = {}
    for b in bills:
        rooms[b.room_id] = rooms.get(b.room_id, True) and paid[b.id] == b.amount
    return rooms


def collection(store: Store, first: date, last: date) -> list[Collection]:
    """The month's collection per fee item and building, in item and building order."""
    return month_collection(store, first, last)[0]


def month_collection(store: Store, first: date, last: date) -> tuple[list[Collection], tuple[int, int]]:
    """``collection`` and ``rooms_fully_paid`` of the month from one reading of its bills."""
    start, end = _start(first), _start(last + timedelta(days=1))
    with store.read() as s:
        items = dict(s.execute(select(FeeItem.id, FeeItem.name)).all())
        building = dict(s.execute(select(Room.id, Building.code).join(Building, Building.id == Room.building_id)).all())
        early: dict[int, Decimal] = {}
        bills, paid = _month_paid(s, first, last, early)
        moved = _settlements(s, Bill.cancel_id.is_(None), Receipt.issued_at >= start, Receipt.issued_at < end,
                             (Bill.period_start < first) | (Bill.period_start > last))
        other = {b.id: b for b in s.execute(select(Bill.id, Bill.room_id, Bill.item_id, Bill.period_start).where(
            Bill.id.in_({bid for bid, _a, _t in moved})))}
    rows: dict[tuple, dict] = defaultdict(lambda: {"billed": ZERO, "paid": ZERO, "recovered": ZERO, "ahead": ZERO,
                                                   "received": ZERO, "bills": []})
    for b in bills.values():
        row = rows[(items[b.item_id], building.get(b.room_id, ""))]
        row["billed"] += b.amount
        row["paid"] += paid[b.id]
        row["received"] += paid[b.id] - early.get(b.id, ZERO)
        row["bills"].append(b)
    for bid, amount, _at in moved:
        b = other[bid]
        row = rows[(items[b.item_id], building.get(b.room_id, ""))]
        row["recovered" if b.period_start < first else "ahead"] += amount
        row["received"] += amount
    out = []
    for (item, bldg), r in sorted(rows.items()):
        rooms = _rooms_paid(r["bills"], paid)
        out.append(Collection(item, bldg, r["billed"], r["paid"], r["recovered"], r["ahead"], len(rooms),
                              sum(rooms.values()), r["received"]))
    return out, rooms_paid_of(bills.values(), paid)


@dataclass(frozen=True)
class ReceiptsMade:
    """What the month's receipt register adds up to (its receipts whose status is 正常, a 红冲 counting
    negative), taken apart: what its live receipts paid of bills (收费's 本月收款), of late fees and of
    deposits, what none of these explains (nothing, if the books are right), the month's receipts
    reversed since and the 红冲 issued in it."""
    total: Decimal
    bills: Decimal
    late: Decimal
    deposits: Decimal
    other: Decimal
    reversed: Decimal
    reversals: Decimal


def receipts_made(store: Store, first: date, last: date) -> ReceiptsMade:
    """The month's receipts taken apart (``ReceiptsMade``), from the receipts and what they settled."""
    from frontdesk.fees.models import LATE_FEE_ITEM, ReceiptLine
    start, end = _start(first), _start(last + timedelta(days=1))
    with store.read() as s:
        counted = s.execute(select(Receipt.id, Receipt.total, Receipt.reverses_id).where(
            Receipt.status == "正常", Receipt.issued_at >= start, Receipt.issued_at < end)).all()
        ids = [r.id for r in counted]
        undone = set(s.scalars(select(_REVERSAL.reverses_id).where(_REVERSAL.reverses_id.in_(ids)))) if ids else set()
        live = [r.id for r in counted if r.reverses_id is None and r.id not in undone]
        bills = sum((a for _b, a, _t in _settlements(s, Receipt.id.in_(live))), ZERO) if live else ZERO
        late = s.scalar(select(func.sum(ReceiptLine.amount)).where(
            ReceiptLine.receipt_id.in_(live), ReceiptLine.item_name == LATE_FEE_ITEM)) if live else None
        deposits = s.scalar(select(func.sum(Deposit.amount)).where(Deposit.receipt_id.in_(live))) if live else None
    total = sum((r.total for r in counted), ZERO)
    reversals = sum((r.total for r in counted if r.reverses_id is not None), ZERO)
    undone_total = sum((r.total for r in counted if r.id in undone), ZERO)
    late, deposits = late or ZERO, deposits or ZERO
    other = total - reversals - undone_total - bills - late - deposits
    return ReceiptsMade(total, bills, late, deposits, other, undone_total, reversals)


def rooms_fully_paid(store: Store, first: date, last: date) -> tuple[int, int]:
    """户收费率's parts over every item: (rooms whose bills of the month were all paid by its end, rooms billed)."""
    with store.read() as s:
        bills, paid = _month_paid(s, first, last)
    return rooms_paid_of(bills.values(), paid)


def rooms_paid_of(bills, paid) -> tuple[int, int]:
    rooms = _rooms_paid(bills, paid)
    return sum(rooms.values()), len(rooms)


def arrears_at(store: Store, last: date) -> list[ArrearsRow]:
    """Rooms owing at the end of ``last``: bills begun by then, less what live receipts issued by
    then paid of them; largest first, with the last reminder made by then."""
    end = _start(last + timedelta(days=1))
    with store.read() as s:
        later = select(BillPart.bill_id).join(Receipt, Receipt.id == BillPart.receipt_id).where(Receipt.issued_at >= end)
        paid_later = select(Receipt.id).where(Receipt.issued_at >= end)
        bills = list(s.scalars(select(Bill).where(
            Bill.cancel_id.is_(None), Bill.period_start <= last,
            Bill.receipt_id.is_(None) | Bill.receipt_id.in_(paid_later) | Bill.id.in_(later))))
        ids = [b.id for b in bills]
        paid = defaultdict(lambda: ZERO)
        for start in range(0, len(ids), 500):
            for bid, amount, _at in _settlements(s, Bill.id.in_(ids[start:start + 500]), Receipt.issued_at < end):
                paid[bid] += amount
        owing: dict[int, list] = {}
        for b in bills:
            owed = b.amount - paid[b.id]
            if owed > 0:
                o = owing.setdefault(b.room_id, [ZERO, set(), b.period_start])
                o[0] += owed
                o[1].add(b.period_start.replace(day=1))
                o[2] = min(o[2], b.period_start)
        return arrears_rows(s, {rid: (amount, len(months), oldest) for rid, (amount, months, oldest) in owing.items()},
                            last, before=end)


def age_bucket(oldest: date, last: date) -> str:
    """The age of arrears in months begun, counted to the month's end: ≤3, 4–6, 7–12, >12."""
    months = (last.year - oldest.year) * 12 + last.month - oldest.month + 1
    return "≤3" if months <= 3 else "4–6" if months <= 6 else "7–12" if months <= 12 else ">12"


@dataclass(frozen=True)
class DepositMonth:
    """One kind of deposit in a month."""
    kind: str
    held: int = 0  # deposits held at the month's end
    held_amount: Decimal = ZERO
    held_old: Decimal = ZERO  # of which held for more than a year
    collected: Decimal = ZERO  # in the month
    refunded: Decimal = ZERO
    forfeited: Decimal = ZERO


def deposits_month(store: Store, first: date, last: date) -> list[DepositMonth]:
    """Deposits held at the month's end by kind (and those held for over a year), and what was
    collected, refunded and forfeited in the month; a deposit whose receipt was voided never counts."""
    start, end = _start(first), _start(last + timedelta(days=1))
    year_ago = _start(months_before(last + timedelta(days=1), 12))  # one year before the month's end
    rows: dict[str, dict] = defaultdict(lambda: defaultdict(lambda: ZERO))
    with store.read() as s:
        for d in s.scalars(select(Deposit).where(Deposit.status != "void", Deposit.collected_at < end)):
            r = rows[d.kind]
            if d.settled_at is None or d.settled_at >= end:
                r["held"] += 1
                r["held_amount"] += d.amount
                if d.collected_at < year_ago:
                    r["held_old"] += d.amount
            if d.collected_at >= start:
                r["collected"] += d.amount
            if d.settled_at is not None and start <= d.settled_at < end:
                r["refunded"] += d.refund_amount or ZERO
                r["forfeited"] += d.forfeit_amount or ZERO
    return [DepositMonth(kind, int(r["held"]), r["held_amount"], r["held_old"], r["collected"], r["refunded"],
                         r["forfeited"]) for kind, r in sorted(rows.items())]


def receipt_marks(store: Store, first: date, last: date) -> dict[str, str]:
    """The month's receipts that are a 红冲 or were reversed: number → "红冲 SJ…" / "已红冲 SJ…"."""
    start, end = _start(first), _start(last + timedelta(days=1))
    original = aliased(Receipt)
    with store.read() as s:
        pairs = s.execute(select(Receipt.number, Receipt.issued_at, original.number, original.issued_at)
                          .join(original, original.id == Receipt.reverses_id)
                          .where(((Receipt.issued_at >= start) & (Receipt.issued_at < end))
                                 | ((original.issued_at >= start) & (original.issued_at < end)))).all()
    out = {}
    for neg, _n_at, orig, _o_at in pairs:
        out[neg] = f"红冲 {orig}"
        out[orig] = f"已红冲 {neg}"
    return out
