"""The shift close (交班 / 日结): the cash that went through one operator's drawer since their last close.

Cash follows the drawer. A receipt counts in the shift of the operator who issued it (the cash
went into that drawer); its void counts in the same shift, whoever approved it (the cash goes
back out of the drawer that took it — a void is only possible while that shift is open, so the
two net to nothing there, and the close lists who approved the void and when). A 红冲 of a
closed shift's receipt and a deposit refund count in the shift of the operator who pays the
money back. Money paid out in cash beyond what the drawer is expected to hold is refused at that
moment unless a supervisor confirms that the drawer's own float (备用金) pays it; that advance is
recorded and shown on the close, so the cash expected is never below zero and every shift can be
closed. Closing writes the figures once; a closed shift never changes.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, NeedsConfirmation, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import Operator
from frontdesk.core.money import format_yuan, money_in
from frontdesk.core.numbering import next_number
from frontdesk.fees.models import SHIFT_PREFIX, Deposit, Receipt, ReceiptLine, ShiftClose

ZERO = Decimal("0.00")
CASH = "现金"
MAX_COUNT = 10_000_000  # a count above this is a typing slip, not a drawer
_CLOSED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Your shift was just closed, or one of its receipts voided, at another "
                                                "desk; nothing was changed here. Look at the shift again.")


@dataclass
class ShiftFigures:
    operator: str
    receipts: list[tuple[str, Decimal, str, str]] = field(default_factory=list)  # number, total, method, status
    voids: list[tuple[str, Decimal, str, str, str]] = field(default_factory=list)  # number, total, method, by, at
    refunds: list[tuple[str, Decimal, str]] = field(default_factory=list)  # voucher, amount, method (deposits)
    float_paid: Decimal = ZERO  # cash the drawer's float advanced (备用金垫付)
    by_item: dict[str, Decimal] = field(default_factory=OrderedDict)
    by_method: dict[str, Decimal] = field(default_factory=OrderedDict)

    @property
    def issued_total(self) -> Decimal:
        return sum((r[1] for r in self.receipts), ZERO)

    @property
    def voided_total(self) -> Decimal:
        return sum((v[1] for v in self.voids), ZERO)

    @property
    def refunded_total(self) -> Decimal:
        return sum((r[1] for r in self.refunds), ZERO)

    @property
    def net(self) -> Decimal:
        return self.issued_total - self.voided_total - self.refunded_total

    @property
    def cash_expected(self) -> Decimal:
        """What the drawer holds beyond its float: cash taken less cash paid back, plus what the
        float advanced for payments beyond that."""
        return self.by_method.get(CASH, ZERO) + self.float_paid


def _open(s, operator_id: int):
    """What of the operator's drawer no close has taken yet, as of now (the demo closes past days'
    shifts at their time)."""
    at = clock.now()
    fresh = {"populate_existing": True}  # another desk may have voided a receipt this transaction read before
    issued = list(s.scalars(select(Receipt).where(Receipt.operator_id == operator_id, Receipt.shift_id.is_(None),
                                                  Receipt.issued_at <= at).order_by(Receipt.number)
                            .execution_options(**fresh)))
    voided = list(s.scalars(select(Receipt).where(Receipt.operator_id == operator_id, Receipt.status == "作废",
                                                  Receipt.void_shift_id.is_(None), Receipt.voided_at <= at)
                            .order_by(Receipt.number).execution_options(**fresh)))
    refunds = list(s.scalars(select(Deposit).where(Deposit.settled_by == operator_id, Deposit.refund_amount > 0,
                                                   Deposit.refund_shift_id.is_(None), Deposit.settled_at <= at)
                             .order_by(Deposit.voucher_number).execution_options(**fresh)))
    return issued, voided, refunds


def _figures(s, name: str, issued, voided, refunds) -> ShiftFigures:
    f = ShiftFigures(name)
    approvers = dict(s.execute(select(Operator.id, Operator.display_name).where(
        Operator.id.in_({r.voided_by for r in voided}))).all())
    f.receipts = [(r.number, r.total, r.method, r.status) for r in issued]
    f.voids = [(r.number, r.total, r.method, approvers.get(r.voided_by, ""), f"{r.voided_at:%Y-%m-%d %H:%M}")
               for r in voided]
    f.refunds = [(d.voucher_number, d.refund_amount, d.refund_method) for d in refunds]
    f.float_paid = sum((r.float_advance or ZERO for r in issued + voided), ZERO) + \
        sum((d.float_advance or ZERO for d in refunds), ZERO)
    lines = s.execute(select(ReceiptLine.receipt_id, ReceiptLine.item_name, ReceiptLine.amount)
                      .where(ReceiptLine.receipt_id.in_([r.id for r in issued + voided]))).all()
    sign = {r.id: 1 for r in issued}
    for r in voided:
        sign[r.id] = sign.get(r.id, 0) - 1  # issued and voided in the same shift: nets to zero
    for rid, item, amount in lines:
        f.by_item[item] = f.by_item.get(item, ZERO) + amount * sign[rid]
    for d in refunds:
        f.by_item["押金"] = f.by_item.get("押金", ZERO) - d.refund_amount
    for method, amount in ([(r.method, r.total) for r in issued] + [(r.method, -r.total) for r in voided]
                           + [(d.refund_method, -d.refund_amount) for d in refunds]):
        f.by_method[method] = f.by_method.get(method, ZERO) + amount
    return f


def pay_out(s, operator_id: int, amount: Decimal, method: str, float_ok: bool = False) -> Decimal | None:
    """Money leaving an operator's drawer (a void, a 红冲, a deposit refund), inside the caller's
    transaction. Cash beyond what the drawer is expected to hold is refused with the question —
    pay by transfer, or confirm that the float pays it (``float_ok``) — and returns the part the
    float advances, to be recorded with the payment (None when the drawer holds enough)."""
    if method != CASH or amount <= 0:
        return None
    operator = s.get(Operator, operator_id)
    held = max(_figures(s, operator.display_name, *_open(s, operator_id)).cash_expected, ZERO)
    if amount <= held:
        return None
    if not float_ok:
        raise NeedsConfirmation(QT_TRANSLATE_NOOP(
            "Errors", "{name}'s drawer should hold {held} in cash; paying back {amount} in cash takes {short} from the "
                      "drawer's float. Pay it back by transfer instead, or confirm that the float pays it (the close "
                      "shows the advance, to be made good)."), "method",
            name=operator.display_name, held=format_yuan(held), amount=format_yuan(amount),
            short=format_yuan(amount - held))
    return amount - held


class ShiftService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def figures(self, actor: Actor) -> ShiftFigures:
        """The operator's open shift: receipts, voids and refunds not closed yet, totals by item and method."""
        with self.store.read() as s:
            return _figures(s, actor.display_name, *_open(s, actor.id))

    def close(self, actor: Actor, cash_counted, difference_reason: str = "") -> int:
        """Close the operator's shift with the cash counted — a blind count: the desk enters what
        is in the drawer before it is told what should be there. Any real count (zero or more) is
        taken; a difference needs its reason, which is printed on the close. Returns the close's id."""
        reason = (difference_reason or "").strip()
        with self.store.write() as s:
            issued, voided, refunds = _open(s, actor.id)
            if not issued and not voided and not refunds:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is nothing to close: no receipts since "
                                                                  "your last shift close."), "cash_counted")
            f = _figures(s, actor.display_name, issued, voided, refunds)
            counted = money_in(cash_counted, "cash_counted", MAX_COUNT, low=0, low_included=True)
            if counted != f.cash_expected and not reason:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "You counted {counted}; the drawer should hold {expected} (difference {diff}). Count "
                              "again, or enter the reason for the difference."), "difference_reason",
                    counted=format_yuan(counted), expected=format_yuan(f.cash_expected),
                    diff=format_yuan(counted - f.cash_expected))
            detail = {"by_item": {k: str(v) for k, v in f.by_item.items()},
                      "by_method": {k: str(v) for k, v in f.by_method.items()},
                      "receipts": [[n, str(t), m, st] for n, t, m, st in f.receipts],
                      "voids": [[n, str(t), m, by, at] for n, t, m, by, at in f.voids],
                      "refunds": [[n, str(a), m] for n, a, m in f.refunds],
                      "float_paid": str(f.float_paid)}
            close = ShiftClose(number=next_number(s, SHIFT_PREFIX),
                               difference_reason=reason[:200] if counted != f.cash_expected else "",
                               operator_id=actor.id, operator_name=actor.display_name, closed_at=clock.now(),
                               receipts=len(issued), voids=len(voided), issued_total=f.issued_total,
                               voided_total=f.voided_total, cash_expected=f.cash_expected, cash_counted=counted,
                               detail=json.dumps(detail, ensure_ascii=False))
            s.add(close)
            s.flush()
            # each receipt joins this close only as it was read: not closed meanwhile, not voided meanwhile
            for status in ("正常", "作废"):
                change_state(s, Receipt, [r.id for r in issued if r.status == status],
                             {"shift_id": None, "status": status}, {"shift_id": close.id},
                             message=_CLOSED_ELSEWHERE, field="cash_counted")
            change_state(s, Receipt, [r.id for r in voided], {"void_shift_id": None, "status": "作废"},
                         {"void_shift_id": close.id}, message=_CLOSED_ELSEWHERE, field="cash_counted")
            change_state(s, Deposit, [d.id for d in refunds], {"refund_shift_id": None},
                         {"refund_shift_id": close.id}, message=_CLOSED_ELSEWHERE, field="cash_counted")
            audit.record(s, actor, "create", "shift", close.number, after={
                "net": f.net, "cash_expected": f.cash_expected, "cash_counted": counted,
                "difference": counted - f.cash_expected, **({"reason": reason} if counted != f.cash_expected else {}),
                **({"float_paid": f.float_paid} if f.float_paid else {})})
            return close.id

    def get(self, close_id: int) -> tuple[ShiftClose, dict]:
        with self.store.read() as s:
            c = s.get(ShiftClose, close_id)
            return c, json.loads(c.detail)
