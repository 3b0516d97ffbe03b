"""Passes figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/passes.py DB_FILE

On a copy of the generated property (ten years of renovations, passes and slips): the expiry
board's first page, a verify by number at the gate, a permit's PDF, the rooms under renovation.
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

    from frontdesk.passes.documents import permit
    from frontdesk.passes.models import PassDoc, Renovation
    from frontdesk.passes.service import PassService

    with store_copy(db) as (store, boss):
        svc = PassService(store)
        with store.read() as s:
            renos = s.scalar(select(func.count()).select_from(Renovation))
            docs = s.scalar(select(func.count()).select_from(PassDoc))
            numbers = list(s.scalars(select(PassDoc.number).where(PassDoc.kind == "temporary")
                                     .order_by(PassDoc.id.desc()).limit(30)))
            permits = list(s.scalars(select(Renovation.id).where(Renovation.issued_at.is_not(None))
                                     .order_by(Renovation.id.desc()).limit(10)))
        print(f"renovations: {renos:,}; passes and slips: {docs:,}")

        def median(fn, n=5) -> float:
            times = []
            for _ in range(n):
                t0 = time.perf_counter()
                fn()
                times.append(1000 * (time.perf_counter() - t0))
            return statistics.median(times)
        print(f"expiry board, first page:               {median(svc.board):8.1f} ms median (goal < 200 ms)")
        it = iter(numbers * 2)
        print(f"verify by number at the gate:           {median(lambda: svc.verify(boss, next(it)), 20):8.1f} ms "
              f"median (goal < 20 ms)")
        pit = iter(permits * 2)
        print(f"a permit's PDF:                         "
              f"{median(lambda: permit(store, next(pit)).build(), 10):8.1f} ms median (goal < 150 ms)")
        print(f"rooms under renovation:                 {median(svc.under_renovation):8.1f} ms median")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
