"""The money rules, checked over a whole store: what ``frontdesk check`` reports, what the crash
and many-desk tests assert after every kill and race. Plain Python, no Qt.

- receipt numbers of each prefix and year run 1…N, each once (no gap, no double);
- a bill's ``paid`` is exactly its live part payments, and within 0…amount;
- a bill is settled by at most one receipt, and that receipt is live;
- each live receipt adds up to what it settled (whole bills plus its parts), deposits aside;
- a receipt is reversed at most once; a deposit ends once, and a void deposit's receipt is void;
- every receipt (deposits are audited as deposits), void and reversal has its audit row.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy import select

from frontdesk.core.db import Store
from frontdesk.core.models import AuditEntry
from frontdesk.fees.models import Bill, BillPart, Deposit, Receipt, ReceiptLine

ZERO = Decimal("0.00")


def problems(store: Store, *, audited: bool = True) -> list[str]:
    """Every breach of the money rules in the store (empty when all hold)."""
    out: list[str] = []
    with store.read() as s:
        receipts = s.execute(select(Receipt.id, Receipt.number, Receipt.status, Receipt.total, Receipt.reverses_id)).all()
        bills = s.execute(select(Bill.id, Bill.amount, Bill.paid, Bill.receipt_id)).all()
        parts = s.execute(select(BillPart.bill_id, BillPart.receipt_id, BillPart.amount)).all()
        deposits = s.execute(select(Deposit.id, Deposit.receipt_id, Deposit.status, Deposit.amount,
                                    Deposit.refund_amount, Deposit.forfeit_amount)).all()
        line_sums = _sum_by(s.execute(select(ReceiptLine.receipt_id, ReceiptLine.amount)).all())
        audit_rows = Counter((a, e) for a, e in s.execute(
            select(AuditEntry.action, AuditEntry.entity_id).where(AuditEntry.entity == "receipt")).all()) \
            if audited else None

    by_year: dict[tuple[str, str], list[int]] = defaultdict(list)
    for _id, number, *_ in receipts:
        m = re.fullmatch(r"([A-Z]+)(\d{4})-(\d+)", number)
        if not m:
            out.append(f"receipt number {number} is not prefix + year + running number")
            continue
        by_year[(m[1], m[2])].append(int(m[3]))
    for (prefix, year), ns in by_year.items():
        doubled = sorted(n for n, k in Counter(ns).items() if k > 1)
        missing = sorted(set(range(1, max(ns) + 1)) - set(ns))
        if doubled:
            out.append(f"{prefix}{year}: numbers issued twice: {doubled[:10]}")
        if missing:
            out.append(f"{prefix}{year}: numbers missing: {missing[:10]}")

    status = {r.id: r.status for r in receipts}
    reversals = Counter(r.reverses_id for r in receipts if r.reverses_id)
    for rid, k in reversals.items():
        if k > 1:
            out.append(f"receipt {rid} reversed {k} times")
    counted = {r.id for r in receipts if r.status == "正常" and r.total > 0 and r.id not in reversals}
    live_parts: dict[int, Decimal] = defaultdict(lambda: ZERO)
    parts_of_receipt: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for bill_id, receipt_id, amount in parts:
        if receipt_id in counted:
            live_parts[bill_id] += amount
            parts_of_receipt[receipt_id] += amount
    whole_of_receipt: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for b in bills:
        if not ZERO <= b.paid <= b.amount:
            out.append(f"bill {b.id}: paid {b.paid} outside 0…{b.amount}")
        if b.paid != live_parts[b.id]:
            out.append(f"bill {b.id}: paid {b.paid} but its live parts add up to {live_parts[b.id]}")
        if b.receipt_id is not None:
            if b.receipt_id not in counted:
                out.append(f"bill {b.id}: settled by receipt {b.receipt_id}, which is not live")
            if b.paid == 0:
                whole_of_receipt[b.receipt_id] += b.amount
            elif b.paid != b.amount:
                out.append(f"bill {b.id}: settled but paid only {b.paid} of {b.amount}")
    deposit_receipts = {d.receipt_id for d in deposits}
    for r in receipts:
        if r.id in counted and r.id not in deposit_receipts:
            settled = whole_of_receipt[r.id] + parts_of_receipt[r.id]
            lines = line_sums[r.id]
            if r.total != lines:
                out.append(f"receipt {r.number}: total {r.total} but its lines add up to {lines}")
            late = lines - settled  # the late-fee line is the only line that settles no bill
            if late < 0:
                out.append(f"receipt {r.number}: total {r.total} but it settles {settled}")
    for d in deposits:
        if d.status == "refunded" and (d.refund_amount != d.amount or d.forfeit_amount):
            out.append(f"deposit {d.id}: refunded {d.refund_amount} of {d.amount}")
        elif d.status == "forfeited" and (d.forfeit_amount or ZERO) + (d.refund_amount or ZERO) != d.amount:
            out.append(f"deposit {d.id}: kept {d.forfeit_amount} and refunded {d.refund_amount} of {d.amount}")
        if (d.status == "void") != (status.get(d.receipt_id) == "作废"):
            out.append(f"deposit {d.id}: {d.status} but its receipt is {status.get(d.receipt_id)}")
    if audit_rows is not None:
        for r in receipts:
            if r.id not in deposit_receipts and not audit_rows[("create", r.number)]:
                out.append(f"receipt {r.number}: no audit row for its issue")
            voids = audit_rows[("void", r.number)]
            if (r.status == "作废") != (voids == 1) or voids > 1:
                out.append(f"receipt {r.number}: {r.status} with {voids} void audit rows")
    return out


def _sum_by(rows) -> dict[int, Decimal]:
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for key, amount in rows:
        out[key] += amount
    return out


def check(store: Store) -> list[str]:
    """The fees task's part of ``frontdesk check`` (generated history has no audit rows to look at)."""
    return problems(store, audited=False)
