"""The long versions of the crash and many-desk tests (issue 9), with their figures printed.

    python benchmarks/robustness.py [--kills 200] [--backup-kills 30] [--desks 4] [--seconds 60] [--pg URL]

1. A desk (payments whole and part, 预收, voids, shift closes, 红冲, deposits) killed with SIGKILL
   at random moments, on SQLite and on PostgreSQL; after each kill: the integrity check (SQLite)
   and every money rule (frontdesk.fees.consistency).
2. ``frontdesk backup`` killed mid-copy; then one more backup: no .part left, every backup complete.
3. Several desks (half supervisors) on one PostgreSQL store for a while: receipts issued, clashes
   refused (each a plain message; a desk stops on anything else), problems found.

PostgreSQL: ``--pg`` or FRONTDESK_TEST_PG (an admin URL), else a throw-away server is started
with .ci/pg-start.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from frontdesk.core.backup import backup_store, list_backups, validate_backup  # noqa: E402
from frontdesk.core.db import check_sqlite_file  # noqa: E402
from frontdesk.core.store import open_store  # noqa: E402
from frontdesk.fees.consistency import problems  # noqa: E402
from frontdesk.fees.models import Receipt  # noqa: E402
from tests.crash import kill_at_random, spawn  # noqa: E402
from tests.desks import USERS, pad, prepare  # noqa: E402


class Pg:
    """A fresh database on the given server, or on a server started for this run."""

    def __init__(self, admin: str | None, tmp: str) -> None:
        self.dir = None
        if not admin:
            self.dir = Path(tmp) / "pg"
            admin = subprocess.run(["bash", str(ROOT / ".ci" / "pg-start"), str(self.dir), "55439"], check=True,
                                   capture_output=True, text=True).stdout.strip()
        self.admin = create_engine(admin, isolation_level="AUTOCOMMIT")
        self.url_of = lambda name: make_url(admin).set(database=name).render_as_string(hide_password=False)
        self.names: list[str] = []

    def new(self) -> str:
        name = f"fd_rob_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        self.names.append(name)
        return self.url_of(name)

    def close(self) -> None:
        with self.admin.connect() as c:
            for name in self.names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()
        if self.dir:
            binary = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
            as_pg = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
            subprocess.run([*as_pg, str(binary / "pg_ctl"), "-D", str(self.dir), "-m", "immediate", "stop"],
                           capture_output=True)


def receipts(store) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Receipt))


def crash_run(url: str, kills: int, seed: int) -> None:
    store = open_store(url, create=True)
    prepare(store)
    rng = random.Random(seed)
    found: list[str] = []

    def check():
        if store.is_sqlite:
            check_sqlite_file(store.path, full=True)
        found.extend(problems(store))

    t0 = time.perf_counter()
    for k in range(kills):
        kill_at_random(store.url, ["--user", ("zhuguan", "qiantai")[k % 2], "--seed", str(seed + k)], rng, check)
    kind = "SQLite" if store.is_sqlite else "PostgreSQL"
    print(f"crash, {kind:10}: {kills} kills in {time.perf_counter() - t0:5.0f} s, {receipts(store)} receipts, "
          f"problems found: {len(found)}")
    for p in found[:10]:
        print("   ", p)
    store.dispose()


def backup_run(url: str, kills: int, seed: int) -> None:
    store = open_store(url, create=True)
    prepare(store)
    pad(store, 40)
    rng = random.Random(seed)
    left: set[str] = set()
    for _ in range(kills):
        kill_at_random(store.url, ["--backup"], rng, lambda: None, lo=0.3, hi=1.2)
        left |= {p.name for p in store.backup_dir.iterdir() if p.name.endswith(".part")}
    backup_store(store, "manual", keep=30)
    after = [p for p in store.backup_dir.iterdir() if p.name.endswith(".part")]
    bad = 0
    for b in list_backups(store.backup_dir):
        try:
            validate_backup(b.path)
        except Exception:  # noqa: BLE001 - counted
            bad += 1
    print(f"backup killed {kills} times: {len(left)} .part files seen left by the kills, {len(after)} after the next backup, "
          f"{len(list_backups(store.backup_dir))} backups, {bad} incomplete")
    store.dispose()


def desks_run(url: str, n: int, seconds: float) -> None:
    store = open_store(url)
    prepare(store)
    users = list(USERS)
    procs = [spawn(store.url, "--user", users[i % len(users)], "--seed", str(i), "--seconds", str(seconds))
             for i in range(n)]
    totals: dict[str, int] = {}
    stopped = 0
    for p in procs:
        out, err = p.communicate(timeout=seconds + 120)
        if p.returncode != 0:
            stopped += 1
            print(err[-2000:])
            continue
        for k, v in json.loads(out.strip().splitlines()[-1]).items():
            totals[k] = totals.get(k, 0) + v
    found = problems(store)
    print(f"{n} desks on one PostgreSQL store for {seconds:.0f} s: {totals.get('receipts', 0)} receipts issued, "
          f"{totals.get('voids', 0)} voids, {totals.get('reversals', 0)} reversals, "
          f"{totals.get('shift_closes', 0)} shift closes, {totals.get('clashes_refused', 0)} clashes refused, "
          f"{totals.get('rules_refused', 0)} refused by a rule, desks stopped by an error: {stopped}, "
          f"problems found: {len(found)}")
    for p in found[:10]:
        print("   ", p)
    store.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--backup-kills", type=int, default=30)
    ap.add_argument("--desks", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--pg", default=os.environ.get("FRONTDESK_TEST_PG"))
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("FRONTDESK_HOME", tmp)
        pg = Pg(args.pg, tmp)
        try:
            crash_run(f"sqlite:///{tmp}/crash/frontdesk.db", args.kills, args.seed)
            crash_run(pg.new(), args.kills, args.seed)
            backup_run(f"sqlite:///{tmp}/backup/frontdesk.db", args.backup_kills, args.seed)
            desks_run(pg.new(), args.desks, args.seconds)
        finally:
            pg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
