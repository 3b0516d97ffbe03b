"""Deterministic races between desks on one PostgreSQL store.

``race`` holds a lock (or an uncommitted row) in a third transaction at the point where two
desks would meet, starts both desks' actions on their own engines (two real sessions, as two PCs
have), waits until the database shows both waiting on a lock, then lets go. Whatever the timing,
both desks have read the same state before either writes — the case a compare-and-set must win.
A new task adds its cases to ``tests/test_races.py`` with this one helper.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy import text

from frontdesk.core.store import open_store


@dataclass
class Outcome:
    value: object = None
    error: BaseException | None = None


def _waiting(conn, db: str) -> int:
    return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND wait_event_type = 'Lock'"),
                        {"db": db}).scalar()


def race(store, hold_sql: str, params: dict, *desks, waiters: int | None = None, timeout: float = 20.0) -> list[Outcome]:
    """Run each ``desk(store_of_that_desk)`` in its own thread and engine while a blocker
    transaction runs ``hold_sql`` (e.g. ``SELECT … FOR UPDATE``, or an INSERT of a clashing row);
    once ``waiters`` (default: every desk) are waiting on a lock, the blocker commits."""
    assert not store.is_sqlite, "a race needs PostgreSQL"
    db = store.engine.url.database
    stores = [open_store(store.url, check=False, migrate=False) for _ in desks]
    outcomes = [Outcome() for _ in desks]

    def run(i):
        try:
            outcomes[i].value = desks[i](stores[i])
        except BaseException as exc:  # noqa: BLE001 - kept for the test to look at
            outcomes[i].error = exc

    blocker = store.engine.connect()
    watcher = store.engine.connect()
    try:
        tx = blocker.begin()
        blocker.execute(text(hold_sql), params)
        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(desks))]
        for t in threads:
            t.start()
        deadline = time.monotonic() + timeout
        want = len(desks) if waiters is None else waiters
        while _waiting(watcher, db) < want:
            if time.monotonic() > deadline or not any(t.is_alive() for t in threads):
                break
            time.sleep(0.02)
        reached = _waiting(watcher, db)
        tx.commit()
        for t in threads:
            t.join(timeout)
        assert reached >= want, f"only {reached} of {want} desks reached the race point: {[o.error for o in outcomes]}"
    finally:
        blocker.close()
        watcher.close()
        for s in stores:
            s.dispose()
    return outcomes
