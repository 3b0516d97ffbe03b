"""Deposits (押金): collected with a receipt, held as a liability (not income), each ending once —
refunded (退还) with a refund voucher, or forfeited (扣除) in part or whole with a reason, the rest
refunded. Never both ways, never twice."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks
from frontdesk.core.money import money_in
from frontdesk.core.operators import require_supervisor
from frontdesk.fees.models import Deposit
from frontdesk.fees.service import IssuedReceipt, check_method, held_deposit, settle_deposit, take_deposit
from frontdesk.registration.service import Room

STATUS = {"held": QT_TRANSLATE_NOOP("Fees", "held"), "refunded": QT_TRANSLATE_NOOP("Fees", "refunded"),
          "forfeited": QT_TRANSLATE_NOOP("Fees", "forfeited"), "void": QT_TRANSLATE_NOOP("Fees", "void")}


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
    held_for: str = ""  # another task's paper it is settled with (ZX…, SG…), not at the fees desk


class DepositService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self, actor: Actor, room_id: int | None, kind: str, amount, method: str, reference: str = "",
                cash_received=None, payer: str = "") -> IssuedReceipt:
        """Take a deposit: one transaction writes the receipt and the deposit held."""
        with self.store.write() as s:
            return take_deposit(s, actor, room_id, kind, amount, method, reference, cash_received, payer)[1]

    def refund(self, actor: Actor, deposit_id: int, method: str = "现金", reference: str = "",
               float_ok: bool = False) -> str:
        """退还 the whole deposit, paid back by ``method`` (with its reference unless cash) out of the
        refunding desk's drawer (cash beyond what it holds: a supervisor confirms the float pays it,
        ``float_ok``); returns the refund voucher number."""
        with self.store.write() as s:
            held_deposit(s, deposit_id, desk=True)
            return settle_deposit(s, actor, deposit_id, 0, "", method, reference, float_ok)

    def forfeit(self, actor: Actor, deposit_id: int, amount, reason: str, method: str = "现金",
                reference: str = "", float_ok: bool = False) -> str | None:
        """扣除 (supervisor, reason): keep ``amount`` (part or all, above nothing) and refund the rest
        by ``method``. Every field is checked at once. Returns the refund voucher number, or None when
        nothing is refunded."""
        require_supervisor(actor)
        with self.store.write() as s:
            dep = held_deposit(s, deposit_id, desk=True)
            check = Checks()
            keep = check(money_in, amount, "amount", dep.amount)
            if not (reason or "").strip():
                check.fail(QT_TRANSLATE_NOOP("Errors", "A forfeit needs a reason."), "reason")
            if keep is None or keep < dep.amount:  # the rest is paid back: how
                check(check_method, method, reference)
            check.done()
            return settle_deposit(s, actor, deposit_id, amount, reason, method, reference, float_ok)

    def list(self, room_id: int | None = None, held_only: bool = False) -> list[DepositRow]:
        today = clock.today()
        with self.store.read() as s:
            q = select(Deposit, Room.code).outerjoin(Room, Room.id == Deposit.room_id).order_by(Deposit.collected_at)
            if room_id is not None:
                q = q.where(Deposit.room_id == room_id)
            if held_only:
                q = q.where(Deposit.status == "held")
            return [DepositRow(d.id, code or "", d.kind, d.payer, d.amount, d.collected_at, d.status, d.refund_amount,
                               d.forfeit_amount, d.voucher_number, (today - d.collected_at.date()).days, d.held_for)
                    for d, code in s.execute(q)]

    def held_by_kind(self) -> dict[str, Decimal]:
        """What the property holds, by kind of deposit (a liability, not income)."""
        with self.store.read() as s:
            return {kind: amount for kind, amount in s.execute(
                select(Deposit.kind, func.sum(Deposit.amount)).where(Deposit.status == "held")
                .group_by(Deposit.kind).order_by(Deposit.kind))}

    def held_total(self) -> Decimal:
        return sum(self.held_by_kind().values(), Decimal("0.00"))
