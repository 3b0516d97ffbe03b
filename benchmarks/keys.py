"""Key-cabinet figures on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/keys.py DB_FILE

On a copy of the generated property (key sets for its rooms and places, ten years of movements): the
board's first page (keys out now, overdue first), a key's whole history (the set with the most
movements), a scan of a tag to its set, and a search by room.
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

    from frontdesk.keys.models import KeyMove, KeySet
    from frontdesk.keys.service import KeyService
    from frontdesk.registration.service import Room

    with store_copy(Path(db)) as (store, _boss):
        svc = KeyService(store)
        with store.read() as s:
            sets = s.scalar(select(func.count()).select_from(KeySet))
            moves = s.scalar(select(func.count()).select_from(KeyMove))
            busiest, most = s.execute(select(KeyMove.set_id, func.count()).group_by(KeyMove.set_id)
                                      .order_by(func.count().desc()).limit(1)).one()
            tags = list(s.scalars(select(KeySet.tag).order_by(func.random()).limit(30)))
            rooms = list(s.scalars(select(Room.code).join(KeySet, KeySet.room_id == Room.id)
                                   .order_by(func.random()).limit(20)))
        print(f"key sets: {sets:,}; movements: {moves:,}; keys out now: {svc.counts()['out']}")

        def median(fn, n=7) -> float:
            times = []
            for _ in range(n):
                t0 = time.perf_counter()
                fn()
                times.append(1000 * (time.perf_counter() - t0))
            return statistics.median(times)
        print(f"the board, first page (keys out now):   {median(svc.out_now):8.1f} ms median (goal < 100 ms)")
        print(f"a key's history ({most:,} movements):    {median(lambda: svc.history(busiest)):8.1f} ms median "
              f"(goal < 100 ms)")
        it = iter(tags * 2)
        print(f"a scanned tag to its set:               {median(lambda: svc.by_tag(next(it)), 20):8.1f} ms median "
              f"(goal < 50 ms)")
        rit = iter(rooms * 2)
        print(f"search by room:                         {median(lambda: svc.search(next(rit)), 20):8.1f} ms median")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
