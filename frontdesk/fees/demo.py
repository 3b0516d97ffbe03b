"""The fees task's part of the demo property and of the large synthetic property."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from frontdesk.fees.deposits import DepositService
from frontdesk.fees.service import FeeService, add_months
from frontdesk.registration.service import RegistrationService


def fill(store, ctx) -> None:
    """Six months of fees as a desk lives them, each recorded at its own working-hours moment by
    one of the two operators: the property fee billed on the first of each month; most rooms pay
    in runs of months (the payer their owner, cash or mobile), about one in seven is in arrears
    with its owner and phone on file; a parking fee and the maintenance fund among the items; one
    receipt voided in its shift and one reversed (红冲, paid back by transfer) after its shift was closed; every past day's
    shifts closed with a blind count (one with a difference and its reason); deposits held, one
    refunded by transfer (``ctx.figures``: receipts)."""
    from frontdesk.core.models import as_of
    from frontdesk.fees.shift import ShiftService
    from frontdesk.core.dates import working_moment
    from frontdesk.registration.service import current_owners
    boss, clerk, rng, today = ctx.boss, ctx.clerk, ctx.rng, ctx.today
    fees, shifts = FeeService(store), ShiftService(store)
    first = add_months(today.year, today.month, -6)  # six months billed, up to last month
    start = date(*first, 1)
    with as_of(datetime.combine(start - timedelta(days=3), time(10))):
        item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly", custody_rate=True)
        fees.set_price(boss, item, start, "1.85")
        parking = fees.add_item(boss, "TCF", "停车费（月租车位）", "fixed", applies_to="全部")
        fees.set_price(boss, parking, start, "300")
        fund = fees.add_item(boss, "WXJJ", "维修基金", "area_fixed")
        fees.set_price(boss, fund, start, "25")
    for k in range(6):
        y, m = add_months(*first, k)
        with as_of(datetime(y, m, 1, 9, 5)):
            fees.generate_month(boss, y, m, confirmed=True)
    with store.read() as s:
        owners = current_owners(s)
    # who pays when: a run of months some days into the month after the last one paid
    events = []
    for rid in RegistrationService(store).room_ids(delivered=True):
        if rid not in owners or rng.random() < 0.15:  # about one room in seven is in arrears
            continue
        paid_to = 0
        while paid_to < 6:
            run = min(rng.choice((1, 2, 3, 3, 6)), 6 - paid_to)
            y, m = add_months(*first, paid_to + run - 1)
            day = date(y, m, 1) + timedelta(days=rng.randrange(3, 40))
            if day >= today:
                break
            events.append((working_moment(rng, day), rid, run))
            paid_to += run
    events.sort()
    issued, closed_day = [], None
    for at, rid, run in events:
        if closed_day is not None and at.date() != closed_day:
            _close_day(shifts, (boss, clerk), closed_day, rng)
        closed_day = at.date()
        due = [b for b in fees.due_bills(rid, at.date()) if not b.one_off][:run]
        if not due:
            continue
        method = rng.choice(("现金", "现金", "微信", "支付宝"))
        total = sum((b.owed for b in due), Decimal("0.00"))
        with as_of(at):
            r = fees.take_payment(rng.choice((boss, clerk)), rid, [b.id for b in due], method,
                                  reference="" if method == "现金" else f"4200{rng.randrange(10**10):010d}",
                                  cash_received=str((total / 100).to_integral_value(rounding="ROUND_CEILING") * 100)
                                  if method == "现金" else None, payer=owners[rid][0][0], on=at.date())
        issued.append((at, rid, r))
        if len(issued) == 3:  # a wrong method chosen: voided in its shift, taken again
            with as_of(at + timedelta(minutes=2)):
                fees.void(boss, r.id, "收款方式选错，重新开具")
                r = fees.take_payment(boss, rid, [b.id for b in due], "微信", reference="4200000000123",
                                      payer=owners[rid][0][0], on=at.date())
    if closed_day is not None and closed_day < today:
        _close_day(shifts, (boss, clerk), closed_day, rng)
    # a parking fee and the maintenance fund, paid at the desk this week
    for k, rid in enumerate(rng.sample(sorted(owners), 4)):
        at = working_moment(rng, today - timedelta(days=k + 1))
        with as_of(at):
            bill = fees.add_bill(clerk, rid, parking if k % 2 == 0 else fund, day=at.date(),
                                 description="地下车位 B-0{0}".format(k + 12) if k % 2 == 0 else "首期维修基金")
            if k < 3:
                fees.take_payment(clerk, rid, [bill], "微信", reference=f"42000000{k:05d}", payer=owners[rid][0][0],
                                  on=at.date())
    # a receipt of a closed shift turned out wrong: reversed (红冲) today, in the supervisor's open
    # shift — the money goes back to the owner by bank transfer, not out of her drawer
    old = next((r for at, rid, r in issued if at.date() < today - timedelta(days=20)), None)
    if old is not None:
        with as_of(working_moment(rng, today)):
            fees.reverse(boss, old.id, "重复缴费，款项转账退回业主", method="转账", reference="6222 0210 0123 9876")
    deposits = DepositService(store)
    rooms = sorted(owners)
    for i, (kind, amount) in enumerate((("装修押金（业主）", "2000"), ("装修押金（施工方）", "3000"), ("出入证押金", "30"))):
        with as_of(working_moment(rng, today - timedelta(days=30 - 5 * i))):
            deposits.collect(clerk, rooms[10 + i], kind, amount, "现金", payer=owners[rooms[10 + i]][0][0])
    with as_of(working_moment(rng, today - timedelta(days=2))):
        deposits.refund(boss, next(d.id for d in deposits.list(rooms[12]) if not d.held_for and d.status == "held"),
                        "转账", "6222 0210 0123 4567")  # the desk's own deposit, not one the 证件 tab holds
    ctx.figures.update(receipts=len(issued))


def _close_day(shifts, actors, day: date, rng) -> None:
    """Each operator closes the day's shift at 17:30 with a blind count; now and then a coin short."""
    from frontdesk.core.models import as_of
    for actor in actors:
        with as_of(datetime.combine(day, time(17, 30))):
            f = shifts.figures(actor)
            if not f.receipts and not f.voids and not f.refunds:
                continue
            short = rng.random() < 0.05 and f.cash_expected > 0
            shifts.close(actor, f.cash_expected - (Decimal("1.00") if short else 0), "找零时少收一元" if short else "")


def generate(s, ctx) -> dict:
    """Ten years (``ctx.years``) of bills, receipts, voids, shift closes, deposits and reminders."""
    from frontdesk.fees.history import generate_fee_history
    return generate_fee_history(s, ctx.rng, ctx.start.date(), ctx.today, ctx.operators, ctx.progress)
