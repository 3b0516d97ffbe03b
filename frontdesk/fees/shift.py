"""The shift close (交班 / 日结): what one operator took in since their last close.

Receipts issued in the shift count in; voids made in the shift count out (also voids of receipts
issued earlier in the same open shift). Closing writes the figures once; a closed shift never
changes. A receipt of a closed shift is not voided but reversed (红冲, ``FeeService.reverse``):
the negative receipt falls into the shift in which it is made.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import now
from frontdesk.core.money import format_yuan, money_in
from frontdesk.core.numbering import next_number
from frontdesk.core.settings import load as load_settings
from frontdesk.fees.models import SHIFT_PREFIX, Receipt, ReceiptLine, ShiftClose

_CLOSED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Your shift was just closed, or one of its receipts voided, at another "
                                                "desk; nothing was changed here. Look at the shift again.")


@dataclass
class ShiftFigures:
    operator: str
    receipts: list[tuple[str, Decimal, str, str]] = field(default_factory=list)  # number, total, method, status
    voids: list[tuple[str, Decimal, str]] = field(default_factory=list)  # number, total, method
    by_item: dict[str, Decimal] = field(default_factory=OrderedDict)
    by_method: dict[str, Decimal] = field(default_factory=OrderedDict)

    @property
    def issued_total(self) -> Decimal:
        return sum((r[1] for r in self.receipts), Decimal("0.00"))

    @property
    def voided_total(self) -> Decimal:
        return sum((v[1] for v in self.voids), Decimal("0.00"))

    @property
    def net(self) -> Decimal:
        return self.issued_total - self.voided_total

    @property
    def cash_expected(self) -> Decimal:
        return self.by_method.get("现金", Decimal("0.00"))


class ShiftService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _open(self, s, actor: Actor):
        at = now()  # what was issued by this moment (the demo closes past days' shifts at their time)
        issued = list(s.scalars(select(Receipt).where(Receipt.operator_id == actor.id, Receipt.shift_id.is_(None),
                                                      Receipt.issued_at <= at).order_by(Receipt.number)))
        voided = list(s.scalars(select(Receipt).where(Receipt.voided_by == actor.id, Receipt.status == "作废",
                                                      Receipt.void_shift_id.is_(None), Receipt.voided_at <= at)
                                .order_by(Receipt.number)))
        return issued, voided

    def figures(self, actor: Actor) -> ShiftFigures:
        """The operator's open shift: receipts and voids not closed yet, totals by item and method."""
        with self.store.read() as s:
            issued, voided = self._open(s, actor)
            return self._figures(s, actor, issued, voided)

    def _figures(self, s, actor, issued, voided) -> ShiftFigures:
        f = ShiftFigures(actor.display_name)
        f.receipts = [(r.number, r.total, r.method, r.status) for r in issued]
        f.voids = [(r.number, r.total, r.method) for r in voided]
        lines = s.execute(select(ReceiptLine.receipt_id, ReceiptLine.item_name, ReceiptLine.amount)
                          .where(ReceiptLine.receipt_id.in_([r.id for r in issued + voided]))).all()
        sign = {r.id: 1 for r in issued}
        for r in voided:
            sign[r.id] = sign.get(r.id, 0) - 1  # issued and voided in the same shift: nets to zero
        for rid, name, amount in lines:
            f.by_item[name] = f.by_item.get(name, Decimal("0.00")) + amount * sign[rid]
        for r in issued:
            f.by_method[r.method] = f.by_method.get(r.method, Decimal("0.00")) + r.total
        for r in voided:
            f.by_method[r.method] = f.by_method.get(r.method, Decimal("0.00")) - r.total
        return f

    def close(self, actor: Actor, cash_counted, difference_reason: str = "") -> int:
        """Close the operator's shift with the cash counted — a blind count: the desk enters what
        is in the drawer before it is told what should be there. A difference needs its reason,
        which is printed on the close. Returns the close's id."""
        reason = (difference_reason or "").strip()
        with self.store.write() as s:
            issued, voided = self._open(s, actor)
            if not issued and not voided:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is nothing to close: no receipts since "
                                                                  "your last shift close."), "cash_counted")
            f = self._figures(s, actor, issued, voided)
            limit = load_settings(s).cash_over_limit
            counted = money_in(cash_counted, "cash_counted", max(f.cash_expected, 0) + limit, low=0,
                               low_included=True)
            if counted != f.cash_expected and not reason:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "You counted {counted}; the drawer should hold {expected} (difference {diff}). Count "
                              "again, or enter the reason for the difference."), "difference_reason",
                    counted=format_yuan(counted), expected=format_yuan(f.cash_expected),
                    diff=format_yuan(counted - f.cash_expected))
            detail = {"by_item": {k: str(v) for k, v in f.by_item.items()},
                      "by_method": {k: str(v) for k, v in f.by_method.items()},
                      "receipts": [[n, str(t), m, st] for n, t, m, st in f.receipts],
                      "voids": [[n, str(t), m] for n, t, m in f.voids]}
            close = ShiftClose(number=next_number(s, SHIFT_PREFIX),
                               difference_reason=reason[:200] if counted != f.cash_expected else "",
                               operator_id=actor.id, operator_name=actor.display_name, closed_at=now(),
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
            audit.record(s, actor, "create", "shift", close.number, after={
                "net": f.net, "cash_expected": f.cash_expected, "cash_counted": counted,
                "difference": counted - f.cash_expected, **({"reason": reason} if counted != f.cash_expected else {})})
            return close.id

    def get(self, close_id: int) -> tuple[ShiftClose, dict]:
        with self.store.read() as s:
            c = s.get(ShiftClose, close_id)
            return c, json.loads(c.detail)
