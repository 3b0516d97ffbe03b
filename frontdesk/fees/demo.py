"""The fees task's part of the demo property and of the large synthetic property."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from frontdesk.fees.deposits import DepositService
from frontdesk.fees.models import Receipt
from frontdesk.fees.service import FeeService, add_months
from frontdesk.registration.service import RegistrationService


def fill(store, ctx) -> None:
    """Six months of property fees: most rooms paid up to last month, some in arrears, one void;
    deposits held and one refunded (``ctx.figures``: receipts)."""
    boss, rng, today = ctx.boss, ctx.rng, ctx.today
    fees = FeeService(store)
    item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly", custody_rate=True)
    first = add_months(today.year, today.month, -6)  # six months billed, up to last month
    fees.set_price(boss, item, date(*first, 1), "1.85")
    for k in range(6):
        fees.generate_month(boss, *add_months(*first, k))
    rooms = RegistrationService(store).room_ids(delivered=True)
    issued = 0
    for rid in rooms:
        due = fees.due_bills(rid)
        if not due or rng.random() < 0.15:  # about one room in seven is in arrears
            continue
        pay = due[:-1] if rng.random() < 0.5 else due
        if pay:
            method = rng.choice(("现金", "微信", "支付宝"))
            fees.take_payment(boss, rid, [b.id for b in pay], method,
                              reference="" if method == "现金" else f"42000{rng.randrange(10**8):08d}")
            issued += 1
    if issued:
        with store.read() as s:
            first_receipt = s.scalar(select(Receipt.id).order_by(Receipt.id).limit(1))
        fees.void(boss, first_receipt, "收款方式选错，重新开具")
    deposits = DepositService(store)
    for i, (kind, amount) in enumerate((("装修押金（业主）", "2000"), ("装修押金（施工方）", "3000"), ("出入证押金", "30"))):
        deposits.collect(boss, rooms[10 + i], kind, amount, "现金", payer="演示交款人")
    deposits.refund(boss, deposits.list(rooms[12])[0].id)
    ctx.figures.update(receipts=issued)


def generate(s, ctx) -> dict:
    """Ten years (``ctx.years``) of bills, receipts, voids, shift closes, deposits and reminders."""
    from frontdesk.fees.history import generate_fee_history
    return generate_fee_history(s, ctx.rng, ctx.start.date(), ctx.today, ctx.operators, ctx.progress)
