"""The monthly workbook on the large property (imported by benchmarks/run.py, or run alone).

    python benchmarks/report.py DB_FILE [YYYY-MM]

Builds the month's workbook (every task's part, ``frontdesk report monthly``) — last month by
default — and times it against the floor: the same cells written by openpyxl's write-only mode with
no formats, formulas or charts. Goals: under 10 s, within 2× of the floor, peak memory under 500 MB
(the process's peak resident set, as the OS counts it).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import store_copy  # noqa: E402 - after the path


def _floor(path: Path, out: Path) -> float:
    """Seconds to write the same cells (values only) with openpyxl's write-only workbook."""
    from openpyxl import Workbook, load_workbook
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)])
              for ws in load_workbook(path, read_only=True).worksheets]
    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return time.perf_counter() - t0


def main(db: Path, month: str | None = None) -> int:
    from frontdesk.core import clock, report
    from frontdesk.tasks import TASKS
    today = clock.today()
    month = month or f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
    with store_copy(Path(db)) as (store, _boss), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.xlsx"
        t0 = time.perf_counter()
        report.write(store, month, path, TASKS, lambda _c, text: text)
        built = time.perf_counter() - t0
        floor = _floor(path, Path(tmp) / "floor.xlsx")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        size = path.stat().st_size / 1024
    print(f"monthly workbook {month}:                 {built:8.2f} s (goal < 10 s); write-only floor "
          f"{floor:.2f} s, ratio {built / floor:5.1f} (goal ≤ 2); {size:,.0f} KiB; peak memory {peak:,.0f} MB "
          f"(goal < 500)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None))
