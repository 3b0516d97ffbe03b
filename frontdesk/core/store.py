"""Opening the store the way the program uses it: connect and check (``core.db``), back up and
upgrade the schema (``core.migrate``); and putting a backup in place of it, reopened and recorded.
Above ``db``, ``backup`` and ``migrate``, so each of them depends one way only."""
from __future__ import annotations

from pathlib import Path

from frontdesk.core.backup import PG_BACKUP, require_sqlite, restore_file, validate_backup
from frontdesk.core.db import Store, connect
from frontdesk.core.errors import DomainError
from frontdesk.core.migrate import upgrade


def open_store(url: str, *, create: bool = False, check: bool = True, full_check: bool = False,
               migrate: bool = True) -> Store:
    """Open (and by default check and upgrade) the store at ``url``.

    ``create`` allows making a new SQLite file when there is none and no backup of one either.
    """
    store = connect(url, create=create, check=check, full_check=full_check)
    if migrate:
        upgrade(store)
    return store


def restore(store: Store, actor, backup: Path) -> Store:
    """Replace the open store with ``backup`` (supervisor; the current one is kept) and return the
    reopened store."""
    from frontdesk.core.operators import require_supervisor
    require_supervisor(actor)
    require_sqlite(store)
    validate_backup(backup)
    store.dispose()
    return restore_and_record(store.url, backup, actor)[0]


def restore_and_record(url: str, backup: Path, actor) -> tuple[Store, Path | None]:
    """Put ``backup`` in place of the SQLite store at ``url``, reopen it, and record the restore in
    its audit log. The one path for the menu, the start-up dialog and the command line. Returns the
    open store and where the previous store was kept."""
    from sqlalchemy.engine import make_url

    from frontdesk.core import audit
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        raise DomainError(PG_BACKUP)
    kept = restore_file(Path(backup), Path(u.database))
    store = open_store(url)
    with store.write() as s:
        audit.record(s, actor, "restore", "store", Path(backup).name,
                     summary=f"{backup} (kept: {kept.name if kept else '-'})")
    return store, kept
