"""Deposits (押金): collected with a receipt, held as a liability (not income), each ending once —
refunded (退还) with a refund voucher, or forfeited (扣除) in part or whole with a reason, the rest
refunded. Never both ways, never twice."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import now
from frontdesk.core.money import money_in
from frontdesk.core.numbering import next_number
from frontdesk.core.operators import require_supervisor
from frontdesk.fees.models import DEPOSIT_KINDS, REFUND_PREFIX, Deposit
from frontdesk.fees.service import IssuedReceipt, _issue_receipt, check_method
from frontdesk.fees.shift import pay_out
from frontdesk.registration.service import Room

STATUS = {"held": QT_TRANSLATE_NOOP("Fees", "held"), "refunded": QT_TRANSLATE_NOOP("Fees", "refunded"),
          "forfeited": QT_TRANSLATE_NOOP("Fees", "forfeited"), "void": QT_TRANSLATE_NOOP("Fees", "void")}

MAX_DEPOSIT = 1_000_000
_SETTLED = QT_TRANSLATE_NOOP("Errors", "This deposit was already refunded, forfeited or voided; it cannot be settled "
                                       "again.")
_SETTLED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "This deposit was just refunded, forfeited or voided at another desk; "
                                                 "nothing was changed here.")


@dataclass(frozen=True)
class DepositRow:
    id: int
    room_code: str
    kind: str
    payer: str
    amount: Decimal
    collected_at: datetime
    status: str
    refund_amount: Decimal | None
    forfeit_amount: Decimal | None
    voucher_number: str | None
    age_days: int


def _from_drawer(s, actor: Actor, amount: Decimal, method: str, float_ok: bool) -> Decimal | None:
    """A refund leaves the refunding desk's drawer; only a supervisor lets the float pay for it."""
    if float_ok:
        require_supervisor(actor)
    return pay_out(s, actor.id, amount, method, float_ok)


class DepositService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self, actor: Actor, room_id: int | None, kind: str, amount, method: str, reference: str = "",
                cash_received=None, payer: str = "") -> IssuedReceipt:
        """Take a deposit: one transaction writes the receipt and the deposit held."""
        check = Checks()
        if kind not in DEPOSIT_KINDS:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "kind", choices="、".join(DEPOSIT_KINDS))
        amount = check(money_in, amount, "amount", MAX_DEPOSIT)
        check(check_method, method, reference)
        check.done()
        with self.store.write() as s:
            if room_id is not None and s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            receipt, change = _issue_receipt(s, actor, room_id, amount, method, reference, cash_received, payer,
                                             [{"item_name": "押金", "period": kind, "detail": "", "amount": amount}])
            dep = Deposit(room_id=room_id, kind=kind, payer=(payer or "").strip()[:64], amount=amount,
                          receipt_id=receipt.id, collected_at=receipt.issued_at, status="held")
            s.add(dep)
            s.flush()
            audit.record(s, actor, "create", "deposit", dep.id, after={"kind": kind, "amount": amount,
                                                                      "receipt": receipt.number})
            return IssuedReceipt(receipt.id, receipt.number, amount, change)

    def _held(self, s, deposit_id: int) -> Deposit:
        dep = s.get(Deposit, deposit_id)
        if dep is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such deposit."))
        if dep.status != "held":
            raise ValidationError(_SETTLED, "amount")
        return dep

    @staticmethod
    def _settle(s, dep: Deposit, status: str, **values) -> None:
        """The deposit ends once: held → refunded or forfeited, guarded against another desk."""
        change_state(s, Deposit, dep.id, {"status": "held"}, {"status": status, **values},
                     message=_SETTLED_ELSEWHERE, field="amount")

    def refund(self, actor: Actor, deposit_id: int, method: str = "现金", reference: str = "",
               float_ok: bool = False) -> str:
        """退还 the whole deposit, paid back by ``method`` (with its reference unless cash) out of the
        refunding desk's drawer (cash beyond what it holds: a supervisor confirms the float pays it,
        ``float_ok``); returns the refund voucher number."""
        check_method(method, reference)
        with self.store.write() as s:
            dep = self._held(s, deposit_id)
            advance = _from_drawer(s, actor, dep.amount, method, float_ok)
            self._settle(s, dep, "refunded", settled_at=now(), settled_by=actor.id, refund_amount=dep.amount,
                         float_advance=advance,
                         forfeit_amount=Decimal("0.00"), voucher_number=next_number(s, REFUND_PREFIX),
                         refund_method=method, refund_reference=(reference or "").strip()[:64])
            audit.record(s, actor, "update", "deposit", dep.id, {"status": "held"},
                         {"status": "refunded", "refund": dep.amount, "voucher": dep.voucher_number,
                          "method": method})
            return dep.voucher_number

    def forfeit(self, actor: Actor, deposit_id: int, amount, reason: str, method: str = "现金",
                reference: str = "", float_ok: bool = False) -> str | None:
        """扣除 (supervisor, reason): keep ``amount`` (part or all) and refund the rest by ``method``.
        Every field is checked at once. Returns the refund voucher number, or None when nothing is
        refunded."""
        require_supervisor(actor)
        reason = (reason or "").strip()
        with self.store.write() as s:
            dep = self._held(s, deposit_id)
            check = Checks()
            keep = check(money_in, amount, "amount", dep.amount)
            if not reason:
                check.fail(QT_TRANSLATE_NOOP("Errors", "A forfeit needs a reason."), "reason")
            if keep is None or keep < dep.amount:
                check(check_method, method, reference)
            check.done()
            refunded = keep < dep.amount
            advance = _from_drawer(s, actor, dep.amount - keep, method, float_ok) if refunded else None
            self._settle(s, dep, "forfeited", settled_at=now(), settled_by=actor.id, forfeit_amount=keep,
                         float_advance=advance,
                         refund_amount=dep.amount - keep, reason=reason[:200],
                         voucher_number=next_number(s, REFUND_PREFIX) if refunded else None,
                         refund_method=method if refunded else None,
                         refund_reference=(reference or "").strip()[:64] if refunded else "")
            audit.record(s, actor, "update", "deposit", dep.id, {"status": "held"},
                         {"status": "forfeited", "kept": keep, "refund": dep.amount - keep, "reason": reason})
            return dep.voucher_number

    def list(self, room_id: int | None = None, held_only: bool = False) -> list[DepositRow]:
        today = clock.today()
        with self.store.read() as s:
            q = select(Deposit, Room.code).outerjoin(Room, Room.id == Deposit.room_id).order_by(Deposit.collected_at)
            if room_id is not None:
                q = q.where(Deposit.room_id == room_id)
            if held_only:
                q = q.where(Deposit.status == "held")
            return [DepositRow(d.id, code or "", d.kind, d.payer, d.amount, d.collected_at, d.status, d.refund_amount,
                               d.forfeit_amount, d.voucher_number, (today - d.collected_at.date()).days)
                    for d, code in s.execute(q)]

    def held_by_kind(self) -> dict[str, Decimal]:
        """What the property holds, by kind of deposit (a liability, not income)."""
        with self.store.read() as s:
            return {kind: amount for kind, amount in s.execute(
                select(Deposit.kind, func.sum(Deposit.amount)).where(Deposit.status == "held")
                .group_by(Deposit.kind).order_by(Deposit.kind))}

    def held_total(self) -> Decimal:
        return sum(self.held_by_kind().values(), Decimal("0.00"))
