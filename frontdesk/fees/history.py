"""Years of fee history for the large test property (``frontdesk generate``): monthly property-fee
bills for every room, paid in runs of months with receipts numbered in time order (a few voided
and issued again), shift closes per operator and day, some rooms in arrears with reminders, and
deposits held and refunded. Written with bulk inserts; the money rules are the service's own
(``line_amount``), so the history is what the desk itself would have recorded."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select, text

from frontdesk.core.models import DocCounter
from frontdesk.core.numbering import format_number
from frontdesk.fees.models import (DEPOSIT_KINDS, METHODS, RECEIPT_PREFIX, REFUND_PREFIX, SHIFT_PREFIX, Bill, Deposit, FeeItem,
                                   FeePrice, Receipt, ReceiptLine, Reminder, ShiftClose)
from frontdesk.fees.service import add_months, line_amount, month_bounds
from frontdesk.registration.service import Occupancy, Person, Room

PRICES = ("1.50", "1.65", "1.85")  # the property fee per m², raised every few years
RUNS = (1, 1, 3, 3, 3, 6, 6, 12)  # months paid at once


def _months(start: date, today: date) -> list[tuple[int, int]]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (today.year, today.month):
        out.append((y, m))
        y, m = add_months(y, m, 1)
    return out


def generate_fee_history(s, rng: random.Random, start: date, today: date, op_rows, progress=None) -> dict:
    months = _months(start, today)
    step = max(len(months) // len(PRICES), 1)
    created = datetime.combine(start, time(9))
    s.add(FeeItem(code="WYF", name="物业管理费", rule="area_monthly", applies_to="全部", custody_rate=True, cycle=1,
                  active=True, created_at=created))
    s.flush()
    item_id = s.scalar(select(FeeItem.id).where(FeeItem.code == "WYF"))
    prices = []
    for n, (y, m) in enumerate(months):
        prices.append(Decimal(PRICES[min(n // step, len(PRICES) - 1)]))
        if n % step == 0 and n // step < len(PRICES):
            s.add(FeePrice(item_id=item_id, valid_from=date(y, m, 1), price=prices[-1], created_at=created))
    rooms = s.execute(select(Room.id, Room.area).where(Room.state != "未交付").order_by(Room.id)).all()
    payers = dict(s.execute(select(Occupancy.room_id, func.min(Person.name)).join(Person, Person.id == Occupancy.person_id)
                            .where(Occupancy.relation == "业主").group_by(Occupancy.room_id)).all())
    # pass 1: what each room paid when — runs of months, a receipt each
    receipts = []  # (issued_at, kind, room_id, first month index, months, operator, method, voided first)
    arrears_rooms = []
    last_month = len(months) - 1
    for room_id, _area in rooms:
        stop = last_month - rng.randrange(1, 25) if rng.random() < 0.06 else last_month - rng.choice((0, 0, 1, 1, 2))
        if stop < last_month - 2:
            arrears_rooms.append((room_id, stop + 1))
        i = 0
        while i <= stop:
            n = min(rng.choice(RUNS), stop - i + 1)
            y, m = months[i]
            at = datetime(y, m, 1, 9) + timedelta(days=rng.randrange(0, 40), minutes=rng.randrange(0, 540))
            at = min(at, datetime.combine(today - timedelta(days=1), time(17)))
            receipts.append((at, "fee", room_id, i, n, rng.choice(op_rows), rng.choice(METHODS[:4]),
                             rng.random() < 0.005))
            i += n
    for _ in range(max(len(rooms) // 3, 1)):
        room_id = rng.choice(rooms)[0]
        at = created + timedelta(days=rng.randrange((today - start).days), minutes=rng.randrange(540))
        receipts.append((at, "deposit", room_id, rng.randrange(len(DEPOSIT_KINDS)), 0, rng.choice(op_rows), "现金",
                         False))
    receipts.sort(key=lambda r: r[0])
    # pass 2: receipts in time order, numbered without gaps per year; deposits; shift closes
    amounts = {room_id: [line_amount(area, p) for p in prices] for room_id, area in rooms}
    areas = dict(rooms)
    next_id = (s.scalar(select(func.max(Receipt.id))) or 0) + 1
    counters: dict[tuple[str, int], int] = defaultdict(int)
    paid_by: dict[tuple[int, int], int] = {}  # (room, first month index) → receipt id
    shifts: dict[tuple[int, date], list] = defaultdict(list)
    rec_rows, line_rows, dep_rows = [], [], []

    def number(prefix: str, year: int) -> str:
        counters[(prefix, year)] += 1
        return format_number(prefix, year, counters[(prefix, year)])

    latest = [datetime.min]

    def receipt(at, room_id, total, op, method, lines, status="正常", reason=""):
        nonlocal next_id
        at = latest[0] = max(at, latest[0])  # numbers follow time: a reissue minutes later holds up the next
        rid = next_id
        next_id += 1
        rec_rows.append({"id": rid, "number": number(RECEIPT_PREFIX, at.year), "issued_at": at, "room_id": room_id,
                         "payer": payers.get(room_id, ""), "total": total, "method": method,
                         "reference": "" if method == "现金" else f"4200{rid:010d}", "cash_received": total
                         if method == "现金" else None, "operator_id": op[0], "operator_name": op[1],
                         "status": status, "void_reason": reason, "voided_at": at if status == "作废" else None,
                         "voided_by": op[0] if status == "作废" else None, "reverses_id": None, "reprints": 0,
                         "shift_id": None, "void_shift_id": None, "late_fee_waived": None, "waive_reason": "",
                         "waived_by": None})
        for line in lines:
            line_rows.append({"receipt_id": rid, **line})
        shifts[(op[0], at.date())].append((rid, total, method, status, op[1]))
        return rid

    for at, kind, room_id, i, n, op, method, void_first in receipts:
        if kind == "deposit":
            dep_kind = DEPOSIT_KINDS[i]
            amount = Decimal({0: "2000", 1: "3000", 2: "50", 3: "500"}[i])
            rid = receipt(at, room_id, amount, op, method, [{"item_name": "押金", "period": "", "detail": dep_kind,
                                                             "amount": amount}])
            refunded = at.date() < today - timedelta(days=180) and rng.random() < 0.85
            dep_rows.append({"room_id": room_id, "kind": dep_kind, "payer": payers.get(room_id, ""), "amount": amount, "receipt_id": rid,
                             "collected_at": at, "status": "refunded" if refunded else "held",
                             "settled_at": at + timedelta(days=rng.randrange(30, 180)) if refunded else None,
                             "settled_by": op[0] if refunded else None, "refund_amount": amount if refunded else None,
                             "forfeit_amount": None, "reason": "", "refund_method": "转账" if refunded else None,
                             "refund_reference": f"6222{rid:012d}" if refunded else "",
                             "voucher_number": number(REFUND_PREFIX, at.year) if refunded else None})
            continue
        run = amounts[room_id][i:i + n]
        total = sum(run, Decimal("0.00"))
        y0, m0 = months[i]
        y1, m1 = months[i + n - 1]
        period = f"{y0}-{m0:02d}" if n == 1 else f"{y0}-{m0:02d} 至 {y1}-{m1:02d}"
        lines = [{"item_name": "物业管理费", "period": period, "amount": total,
                  "detail": f"{areas[room_id]} × {prices[i]}" + (f" × {n} 月" if n > 1 else "")}]
        if void_first:
            receipt(at, room_id, total, op, method, lines, "作废", "金额有误，重新开具")
            at += timedelta(minutes=3)
        paid_by[(room_id, i)] = receipt(at, room_id, total, op, method, lines)
    if progress:
        progress("fees", 1, 3)
    # shift closes: one per operator and day, before today; a deposit refund (by transfer) falls in
    # the shift of the operator who paid it back, a void in the shift of the receipt it voids
    refunds: dict[tuple[int, date], list] = defaultdict(list)
    for d in dep_rows:
        if d["settled_by"] is not None:
            refunds[(d["settled_by"], d["settled_at"].date())].append(d)
    names = dict(op_rows)
    close_rows, close_of = [], {}
    days = sorted(set(shifts) | set(refunds), key=lambda k: (k[1], k[0]))
    for n, (op_id, day) in enumerate((k for k in days if k[1] < today), start=1):
        rs, paid_back = shifts.get((op_id, day), []), refunds.get((op_id, day), [])
        live = [r for r in rs if r[3] == "正常"]
        voided = [r for r in rs if r[3] == "作废"]
        cash = sum((r[1] for r in live if r[2] == "现金"), Decimal("0.00"))  # a void nets its own receipt out
        by_method: dict[str, Decimal] = defaultdict(lambda: Decimal("0.00"))
        for r in live:
            by_method[r[2]] += r[1]
        for d in paid_back:
            by_method[d["refund_method"]] -= d["refund_amount"]
            d["refund_shift_id"] = n
        close_rows.append({"id": n, "number": number(SHIFT_PREFIX, day.year), "operator_id": op_id,
                           "operator_name": names.get(op_id, ""),
                           "closed_at": datetime.combine(day, time(17, 30)), "receipts": len(rs), "voids": len(voided),
                           "issued_total": sum((r[1] for r in rs), Decimal("0.00")),
                           "voided_total": sum((r[1] for r in voided), Decimal("0.00")), "cash_expected": cash,
                           "cash_counted": cash, "detail": json.dumps(
                               {"by_method": {k: str(v) for k, v in by_method.items()},
                                "refunds": [[d["voucher_number"], str(d["refund_amount"]), d["refund_method"]]
                                            for d in paid_back]}, ensure_ascii=False)})
        for r in rs:
            close_of[r[0]] = n
    for d in dep_rows:
        d.setdefault("refund_shift_id", None)
    for row in rec_rows:
        row["shift_id"] = close_of.get(row["id"])
        row["void_shift_id"] = close_of.get(row["id"]) if row["status"] == "作废" else None
    for table, rows in ((ShiftClose, close_rows), (Receipt, rec_rows), (ReceiptLine, line_rows), (Deposit, dep_rows)):
        for k in range(0, len(rows), 20000):
            s.execute(table.__table__.insert(), rows[k:k + 20000])
    if progress:
        progress("fees", 2, 3)
    # pass 3: the bills, room by room, each settled by the receipt of the run it falls in
    run_len = {(r[2], r[3]): r[4] for r in receipts if r[1] == "fee"}
    runs: dict[int, list[int]] = defaultdict(list)
    for room_id, i in paid_by:
        runs[room_id].append(i)
    bills, made = [], 0
    bill_created = [datetime(y, m, 1, 2) for y, m in months]
    bounds = [month_bounds(y, m) for y, m in months]
    for room_id, area in rooms:
        settled = [None] * len(months)
        for i in runs.get(room_id, ()):
            for k in range(i, i + run_len[(room_id, i)]):
                settled[k] = paid_by[(room_id, i)]
        for i in range(len(months)):
            bills.append({"room_id": room_id, "item_id": item_id, "period_start": bounds[i][0],
                          "period_end": bounds[i][1], "quantity": area, "unit_price": prices[i], "rate_pct": 100,
                          "amount": amounts[room_id][i], "description": "", "one_off": False, "paid": Decimal("0.00"),
                          "receipt_id": settled[i], "created_at": bill_created[i], "created_by": None})
        made += len(months)
        if len(bills) >= 50000:
            s.execute(Bill.__table__.insert(), bills)
            bills = []
    if bills:
        s.execute(Bill.__table__.insert(), bills)
    # reminders for the rooms in arrears; counters so the desk numbers on from here
    reminders = []
    for room_id, since in arrears_rooms:
        first_owed = date(*months[since], 1)
        call = first_owed + timedelta(days=rng.randrange(20, 60))
        if call >= today:
            continue
        op = rng.choice(op_rows)
        reminders.append({"room_id": room_id, "at": datetime.combine(call, time(10)), "method": "电话",
                          "outcome": rng.choice(("业主说月底来交", "电话无人接听", "业主对维修有意见")),
                          "arrears": amounts[room_id][since], "operator_id": op[0], "operator_name": op[1]})
        if rng.random() < 0.4 and call + timedelta(days=100) < today:
            reminders.append({"room_id": room_id, "at": datetime.combine(call + timedelta(days=100), time(10)),
                              "method": "催缴函", "outcome": "EMS 寄出", "arrears": amounts[room_id][since],
                              "operator_id": op[0], "operator_name": op[1]})
    if reminders:
        s.execute(Reminder.__table__.insert(), reminders)
    if s.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences past them
        for table in ("receipt", "shift_close"):
            s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    for (prefix, year), last in counters.items():
        s.merge(DocCounter(prefix=prefix, year=year, last_number=last))
    if progress:
        progress("fees", 3, 3)
    return {"bills": made, "receipts": len(rec_rows), "deposits": len(dep_rows), "reminders": len(reminders),
            "shift_closes": len(close_rows)}
