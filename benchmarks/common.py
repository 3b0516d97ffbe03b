"""What the benchmarks share: a working copy of the large store, and the supervisor acting on it."""
from __future__ import annotations

import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def store_copy(db: Path):
    """A throw-away copy of the large store (the benchmark writes to it), opened; disposed after.
    Yields (store, the supervisor as an actor)."""
    from frontdesk.core.audit import Actor
    from frontdesk.core.store import open_store
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        src, dst = sqlite3.connect(db), sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        store = open_store(f"sqlite:///{copy}")
        try:
            yield store, Actor(1, "zhuguan", "主管", "supervisor")
        finally:
            store.dispose()
