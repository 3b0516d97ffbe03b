"""Fee figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/fees.py DB_FILE

On a copy of the generated property (ten years of monthly bills, receipts, voids, deposits and
reminders): billing the next month for every room, confirm → receipt PDF ready (payment
transaction + PDF), a room's fee view with ten years of history, and the arrears list of the
whole property (the first page a user sees, and the whole list).
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import store_copy  # noqa: E402 - after the path


def main(db: Path) -> int:
    from sqlalchemy import func, select

    from frontdesk.core import clock
    from frontdesk.fees.arrears import ArrearsService
    from frontdesk.fees.documents import receipt_pdf
    from frontdesk.fees.models import Bill, Receipt
    from frontdesk.fees.service import FeeService

    with store_copy(db) as (store, boss):
        fees = FeeService(store)
        with store.read() as s:
            bills = s.scalar(select(func.count()).select_from(Bill))
            receipts = s.scalar(select(func.count()).select_from(Receipt))
        print(f"history: {bills:,} bills, {receipts:,} receipts")
        today = clock.today()
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        t0 = time.perf_counter()
        made = fees.generate_month(boss, y, m)
        print(f"bill a month ({made} rooms):              {time.perf_counter() - t0:8.2f} s (goal < 5 s)")
        arrears = ArrearsService(store)
        first, whole = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            rows = arrears.arrears()
            whole.append(1000 * (time.perf_counter() - t0))
            t0 = time.perf_counter()
            arrears.arrears(building="1")
            first.append(1000 * (time.perf_counter() - t0))
        print(f"arrears list, whole property ({len(rows)} rooms): {statistics.median(whole):8.1f} ms median "
              f"(goal < 300 ms)")
        print(f"arrears list, one building:             {statistics.median(first):8.1f} ms median")
        with store.read() as s:
            rooms = [r for r in s.scalars(select(Bill.room_id).where(Bill.receipt_id.is_(None)).distinct().limit(60))]
        fees.due_bills(rooms[0])
        receipt_pdf(store, fees.take_payment(boss, rooms[0], [b.id for b in fees.due_bills(rooms[0])][:1], "现金").id)
        confirm, view = [], []
        for rid in rooms[1:]:
            t0 = time.perf_counter()
            fees.due_bills(rid)
            fees.room_receipts(rid)
            view.append(1000 * (time.perf_counter() - t0))
            t0 = time.perf_counter()
            issued = fees.take_payment(boss, rid, [b.id for b in fees.due_bills(rid)[:6]], "现金")
            receipt_pdf(store, issued.id)
            confirm.append(1000 * (time.perf_counter() - t0))
        print(f"confirm → receipt PDF ready:            {statistics.median(confirm):8.1f} ms median (goal < 100 ms)")
        print(f"a room's fee view (ten years):          {statistics.median(view):8.1f} ms median (goal < 100 ms)")
        t0 = time.perf_counter()
        asked = fees.month_unusual(y + 10, m)
        print(f"ask before billing {y + 10}-{m:02d} ({asked.params['rooms']} rooms): "
              f"{1000 * (time.perf_counter() - t0):8.1f} ms")
        t0 = time.perf_counter()
        cancelled = fees.cancel_month(boss, y, m, "benchmark")
        print(f"cancel a month's bills ({cancelled.bills} bills):   {time.perf_counter() - t0:8.2f} s")
        from frontdesk.fees.documents import notices_pdf
        owing = [r.room_id for r in arrears.arrears(building="1")]
        t0 = time.perf_counter()
        doc = notices_pdf(store, arrears.notices(owing))
        doc.build()
        print(f"a building's payment notices ({len(owing)}, {doc.pages} pages, each numbered): "
              f"{time.perf_counter() - t0:8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
