"""Frontdesk's speed figures (printed, never asserted in tests).

    python benchmarks/run.py [--rooms 10000] [--years 10] [--runs 5] [--rebuild]

1. Cold start of ``frontdesk`` (fresh process, demo store, log-in from the environment): launch →
   the first visible window (the log-in window, shown while the store opens behind it) and launch →
   the main window usable, each against a bare PySide6 window started the same way: medians, ratios.
2. The large property (``frontdesk generate --rooms N --years Y``, cached in benchmarks/.cache):
   opening the store (checks + schema), the full integrity check, cold start to the main window
   on it, and the audit log list's first page and a page deep down (keyset paging), against the
   size of the table (no list loads a whole table).
3.–4. Each task's figures (its ``benchmark`` in frontdesk.tasks.TASKS):
3. Registration (benchmarks/registration.py): search-as-you-type latency per kind of query
   against raw indexed SQL, opening the room card, a 10,000-row roster import.
4. Fees (benchmarks/fees.py): billing a month for every room, the arrears list, confirm → receipt PDF, a room's fee view — on ten years of fee history.
5. Work orders (benchmarks/workorders.py): register → slip PDF, the board's counts and first pages, a
   room's orders, a month's export — on ten years of orders (about 200,000).
… then the keys' and the passes' figures, and last the monthly workbook of every task's part
(benchmarks/report.py): its build time against openpyxl's write-only floor, and peak memory.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760); w.show()
def done():
    print(f"main window shown after {1000 * (time.perf_counter() - t0):.0f} ms", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def timed(cmd: list[str], env: dict, marker: str = "main window shown") -> float:
    """Wall time from spawning ``cmd`` to its ``marker`` line ('login window shown', 'main window
    shown'), in ms."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    for line in p.stdout:
        if marker in line:
            elapsed = 1000 * (time.perf_counter() - t0)
            p.wait()
            return elapsed
    raise RuntimeError(f"{cmd} did not show a window: {p.stderr.read()}")


def median_of(fn, runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rooms", type=int, default=10000)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    py = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "FRONTDESK_USER": "zhuguan", "FRONTDESK_PASSWORD": "Demo2026"}

    # an installed program (and the PyInstaller bundle) runs from compiled .pyc files; this machine
    # sets PYTHONDONTWRITEBYTECODE, so compile once, or every start would compile the sources again
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "frontdesk")], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        small = f"sqlite:///{tmp}/demo.db"
        env_small = {**env, "FRONTDESK_HOME": tmp, "FRONTDESK_CONFIG": tmp}
        subprocess.run([py, "-m", "frontdesk", "--db", small, "demo"], check=True, capture_output=True, env=env_small)
        for _ in range(2):  # warm the OS file cache for both, as a desk PC would be
            timed([py, "-c", BARE], env_small)
            timed([py, "-m", "frontdesk", "--db", small, "gui", "--smoke"], env_small)
        bare = median_of(lambda: timed([py, "-c", BARE], env_small), args.runs)
        gui = [py, "-m", "frontdesk", "--db", small, "gui", "--smoke"]
        first = median_of(lambda: timed(gui, env_small, "login window shown"), args.runs)
        app = median_of(lambda: timed(gui, env_small), args.runs)
    print(f"cold start, bare PySide6 window:         {bare:8.0f} ms (median of {args.runs})")
    print(f"launch → first visible window (log-in):  {first:8.0f} ms   ratio to bare {first / bare:5.2f} (goal ≤ 1.5)")
    print(f"launch → main window usable:             {app:8.0f} ms   ratio to bare {app / bare:5.2f}")

    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"large-{args.rooms}-{args.years}-v4" / "frontdesk.db"  # v4: with ten years of work orders (schema 0009)
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not db.exists():
        for side in ("", "-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        t0 = time.perf_counter()
        subprocess.run([py, "-m", "frontdesk", "--db", str(db), "generate", "--rooms", str(args.rooms),
                        "--years", str(args.years)], check=True, env=env, stdout=subprocess.DEVNULL)
        print(f"generate --rooms {args.rooms} --years {args.years}:  {time.perf_counter() - t0:8.1f} s")
    url = f"sqlite:///{db}"
    sys.path.insert(0, str(ROOT))
    from frontdesk.core.audit_log import AuditLogService
    from frontdesk.core.store import open_store
    from frontdesk.core.operators import OperatorService
    from sqlalchemy import func, select
    from frontdesk.core.models import AuditEntry
    from frontdesk.registration.models import Person, Room

    def open_once(full=False):
        t0 = time.perf_counter()
        s = open_store(url, full_check=full)
        ms = 1000 * (time.perf_counter() - t0)
        s.dispose()
        return ms

    store = open_store(url)
    with store.read() as s:
        rooms = s.scalar(select(func.count()).select_from(Room))
        people = s.scalar(select(func.count()).select_from(Person))
        audit_rows = s.scalar(select(func.count()).select_from(AuditEntry))
    print(f"large store: {rooms} rooms, {people} people, {audit_rows} audit rows, "
          f"{db.stat().st_size / 2**20:.0f} MB")
    print(f"open large store (quick check + schema): {median_of(open_once, args.runs):8.0f} ms")
    print(f"full integrity check of large store:     {median_of(lambda: open_once(True), 3):8.0f} ms")
    env_large = {**env, "FRONTDESK_HOME": str(CACHE), "FRONTDESK_CONFIG": str(CACHE)}
    big = median_of(lambda: timed([py, "-m", "frontdesk", "--db", url, "gui", "--smoke"], env_large), args.runs)
    print(f"cold start on large store to main window:{big:8.0f} ms (ratio to bare {big / bare:.2f})")

    boss = OperatorService(store).authenticate("zhuguan", "Demo2026")
    query = AuditLogService(store).query(boss)

    def first_page():
        t0 = time.perf_counter()
        with store.read() as s:
            query.count(s)
            page = query.page(s, "at", True, None, 200)
        assert len(page) == 200
        return 1000 * (time.perf_counter() - t0)

    with store.read() as s:
        after, n = None, 0
        while n < 50_000:  # the keyset 50,000 rows down
            page = query.page(s, "at", True, after, 5000)
            n += len(page)
            after = query.keyset(page[-1], "at")

    def deep_page():
        t0 = time.perf_counter()
        with store.read() as s:
            page = query.page(s, "at", True, after, 200)
        assert len(page) == 200
        return 1000 * (time.perf_counter() - t0)

    print(f"audit list: count + first 200 rows:      {median_of(first_page, args.runs):8.1f} ms  "
          f"(of {audit_rows} rows; the model holds only the pages scrolled to)")
    print(f"audit list: 200 rows, 50,000 rows down:  {median_of(deep_page, args.runs):8.1f} ms")
    store.dispose()
    from frontdesk.core.task import load
    from frontdesk.tasks import TASKS
    for task in TASKS:  # each task's figures on the large property
        if task.benchmark:
            load(task.benchmark)(db)
    from benchmarks.report import main as monthly_workbook
    monthly_workbook(db)  # every task's part together: the monthly workbook
    return 0


if __name__ == "__main__":
    sys.exit(main())
