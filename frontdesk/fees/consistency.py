"""The money rules, checked over a whole store: what ``frontdesk check`` reports, what the crash
and many-desk tests assert after every kill and race. Plain Python, no Qt.

- receipt numbers of each prefix and year run 1…N, each once (no gap, no double);
- a bill's ``paid`` is exactly its live part payments, and within 0…amount;
- a bill is settled by at most one receipt, and that receipt is live;
- each live receipt adds up to what it settled (whole bills plus its parts), deposits aside;
- a receipt is reversed at most once; a deposit ends once, and a void deposit's receipt is void;
- every receipt (deposits are audited as deposits), void and reversal has its audit row;
- a payment's audit row says what it settled, no more (below).

What a payment settled, as its "create" audit row tells it (``FeeService.take_payment``):
``bills`` every bill it paid anything of, ``parts`` {bill: amount} those it paid in part. In the
store a part is a ``BillPart`` row, kept for good; a bill paid whole by one receipt has no part
row, only ``Bill.receipt_id`` — which a void or 红冲 clears again. So the row is compared with:

- its parts: exactly the receipt's ``BillPart`` rows and amounts, live receipt or not;
- its whole bills (``bills`` less ``parts``): while the receipt is live, exactly the bills it
  settles without a part (``receipt_id`` is it). Once it is voided or reversed they are reopened
  and the store keeps no trace of which they were, so each need only be a bill of the receipt's
  room — it may rightly be another receipt's by now — and the sum below must hold (a row that
  swapped one of them for another bill of the room of the same amount goes unseen);
- its sum: the whole bills' amounts, the parts and its ``late_fee`` make the receipt's total.

Only rows that carry ``parts`` are compared: older rows listed the bills ticked, not those paid,
and are left as they are. Receipts of deposits and reversals (negative) are audited without bills
and are not compared. These rows are compared whenever they exist, ``audited`` or not (generated
history has none), so ``frontdesk check`` reads them too.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from frontdesk.core.db import Store
from frontdesk.core.models import AuditEntry
from frontdesk.fees.models import Bill, BillPart, Deposit, Receipt, ReceiptLine

ZERO = Decimal("0.00")


def problems(store: Store, *, audited: bool = True) -> list[str]:
    """Every breach of the money rules in the store (empty when all hold)."""
    out: list[str] = []
    with store.read() as s:
        receipts = s.execute(select(Receipt.id, Receipt.number, Receipt.status, Receipt.total, Receipt.reverses_id,
                                    Receipt.room_id)).all()
        bills = s.execute(select(Bill.id, Bill.amount, Bill.paid, Bill.receipt_id, Bill.room_id)).all()
        parts = s.execute(select(BillPart.bill_id, BillPart.receipt_id, BillPart.amount)).all()
        deposits = s.execute(select(Deposit.id, Deposit.receipt_id, Deposit.status, Deposit.amount,
                                    Deposit.refund_amount, Deposit.forfeit_amount)).all()
        line_sums = _sum_by(s.execute(select(ReceiptLine.receipt_id, ReceiptLine.amount)).all())
        audit_rows = Counter((a, e) for a, e in s.execute(
            select(AuditEntry.action, AuditEntry.entity_id).where(AuditEntry.entity == "receipt")).all()) \
            if audited else None
        payments = s.execute(select(AuditEntry.entity_id, AuditEntry.after).where(
            AuditEntry.entity == "receipt", AuditEntry.action == "create", AuditEntry.after.like('%"parts"%'))).all()

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
    out += _payments_as_audited(payments, receipts, bills, parts, counted, deposit_receipts)
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


def _payments_as_audited(payments, receipts, bills, parts, counted, deposit_receipts) -> list[str]:
    """Each payment's audit row (those that carry "parts") against what the receipt settled — the
    rule in the module's docstring."""
    out: list[str] = []
    by_number = {r.number: r for r in receipts}
    bill_of = {b.id: b for b in bills}
    parts_of: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for bill_id, receipt_id, amount in parts:
        parts_of[receipt_id][bill_id] = parts_of[receipt_id].get(bill_id, ZERO) + amount
    whole_of: dict[int, set[int]] = defaultdict(set)
    for b in bills:
        if b.receipt_id is not None and b.id not in parts_of[b.receipt_id]:
            whole_of[b.receipt_id].add(b.id)
    for number, raw in payments:
        try:
            row = json.loads(raw)
            if not isinstance(row, dict) or not isinstance(row.get("parts"), dict):
                continue
            listed = {int(b) for b in row.get("bills", [])}
            said = {int(b): Decimal(a) for b, a in row["parts"].items()}
            late = Decimal(row.get("late_fee", "0.00"))
        except (ValueError, TypeError, InvalidOperation):
            out.append(f"receipt {number}: its audit row cannot be read")
            continue
        r = by_number.get(number)
        if r is None:
            out.append(f"receipt {number}: audited but not in the store")
            continue
        if r.id in deposit_receipts or r.reverses_id is not None:
            continue
        paid_parts = parts_of.get(r.id, {})
        if said != paid_parts:
            out.append(f"receipt {number}: audit row lists parts {_shown(said)} but it paid {_shown(paid_parts)}")
        if not set(said) <= listed:
            out.append(f"receipt {number}: audit row lists parts of bills {sorted(set(said) - listed)} "
                       f"missing from its bills")
        whole = listed - set(said)
        if r.id in counted:
            settled = whole_of.get(r.id, set())
            if whole - settled:
                out.append(f"receipt {number}: audit row lists bills {sorted(whole - settled)} it did not settle")
            if settled - whole:
                out.append(f"receipt {number}: settled bills {sorted(settled - whole)} its audit row does not list")
        strangers = sorted(b for b in listed if b not in bill_of or bill_of[b].room_id != r.room_id)
        if strangers:
            out.append(f"receipt {number}: audit row lists bills {strangers} that are not its room's")
        accounted = sum((bill_of[b].amount for b in whole if b in bill_of), ZERO) + sum(said.values(), ZERO) + late
        if accounted != r.total:
            out.append(f"receipt {number}: total {r.total} but its audit row accounts for {accounted}")
    return out


def _shown(parts: dict[int, Decimal]) -> str:
    return "{" + ", ".join(f"{b}: {a}" for b, a in sorted(parts.items())) + "}"


def _sum_by(rows) -> dict[int, Decimal]:
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for key, amount in rows:
        out[key] += amount
    return out


def check(store: Store) -> list[str]:
    """The fees task's part of ``frontdesk check`` (generated history has no audit rows to look at)."""
    return problems(store, audited=False)
