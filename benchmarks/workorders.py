"""Work-order figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/workorders.py DB_FILE

On a copy of the generated property (ten years of work orders): registering an order (confirm →
slip PDF ready), the board's counts, the first page of each board list, a room's orders, and the
export of one month.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import store_copy  # noqa: E402 - after the path


def main(db: Path) -> int:
    from sqlalchemy import func, select

    from frontdesk.core import clock
    from frontdesk.workorders.documents import write_register
    from frontdesk.workorders.documents import slip
    from frontdesk.workorders.models import WorkOrder
    from frontdesk.workorders.service import BOARD, WorkOrderService

    with store_copy(db) as (store, boss), tempfile.TemporaryDirectory() as tmp:
        svc = WorkOrderService(store)
        with store.read() as s:
            total = s.scalar(select(func.count()).select_from(WorkOrder))
            rooms = list(s.scalars(select(WorkOrder.room_id).where(WorkOrder.room_id.is_not(None)).distinct().limit(50)))
        print(f"work orders: {total:,}")
        cats = [c for c, _p, _l in svc.categories()]
        confirm = []
        for i, room in enumerate(rooms[:30]):
            t0 = time.perf_counter()
            r = svc.register(boss, kind="repair_home", content="厨房水管漏水", room_id=room, category_id=cats[0])
            svc.print_slip(boss, r.id, deliver=lambda oid, copy: slip(store, oid, copy=copy).build())
            confirm.append(1000 * (time.perf_counter() - t0))
        print(f"register → slip PDF ready:              {statistics.median(confirm):8.1f} ms median (goal < 150 ms)")
        counts = []
        for _ in range(5):
            t0 = time.perf_counter()
            board = svc.board()
            counts.append(1000 * (time.perf_counter() - t0))
        print(f"board counts {board}: {statistics.median(counts):8.1f} ms median (goal < 200 ms)")
        for view in BOARD:
            times = []
            for _ in range(3):
                t0 = time.perf_counter()
                with store.read() as s:
                    q = svc.query(view=view)
                    q.count(s)
                    q.page(s, limit=200)
                times.append(1000 * (time.perf_counter() - t0))
            print(f"  first page of {view:16s}        {statistics.median(times):8.1f} ms median (goal < 200 ms)")
        times = []
        for room in rooms:
            t0 = time.perf_counter()
            with store.read() as s:
                svc.query(room_id=room).page(s, limit=50)
            times.append(1000 * (time.perf_counter() - t0))
        print(f"a room's orders:                        {statistics.median(times):8.1f} ms median (goal < 50 ms)")
        last = clock.today().replace(day=1) - timedelta(days=1)
        t0 = time.perf_counter()
        n = write_register(store, last.replace(day=1), last, Path(tmp) / "m.xlsx", lambda _c, t: t)
        print(f"export one month ({n:,} orders):        {time.perf_counter() - t0:8.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
