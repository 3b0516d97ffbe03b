"""Fee figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/fees.py DB_FILE

Billing a month for every room, confirm → receipt PDF ready (payment transaction + PDF), and a
room's fee view (its due bills and receipts) after a year of monthly bills.
"""
from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(db: Path) -> int:
    from frontdesk.core.audit import SYSTEM
    from frontdesk.core.db import open_store
    from frontdesk.fees.documents import receipt_pdf
    from frontdesk.fees.service import FeeService

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "fees.db"
        src, dst = sqlite3.connect(db), sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        store = open_store(f"sqlite:///{copy}")
        boss = SYSTEM.__class__(1, "zhuguan", "主管", "supervisor")
        fees = FeeService(store)
        item = fees.add_item(boss, "WYF", "物业管理费", "area_monthly", custody_rate=True)
        fees.set_price(boss, item, date(2025, 1, 1), "1.85")
        times = []
        for m in range(1, 13):
            t0 = time.perf_counter()
            made = fees.generate_month(boss, 2025, m)
            times.append(time.perf_counter() - t0)
        print(f"bill a month ({made} rooms):          {statistics.median(times):8.2f} s median of 12 (goal < 5 s)")
        with store.read() as s:
            rooms = [r[0] for r in s.execute(__import__("sqlalchemy").text(
                "SELECT DISTINCT room_id FROM bill ORDER BY room_id LIMIT 60"))]
        receipt_pdf(store, fees.take_payment(boss, rooms[0], [b.id for b in fees.due_bills(rooms[0])], "现金").id)
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
        print(f"confirm → receipt PDF ready:          {statistics.median(confirm):8.1f} ms median (goal < 100 ms)")
        print(f"a room's fee view (12 months billed): {statistics.median(view):8.1f} ms median (goal < 100 ms)")
        store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
