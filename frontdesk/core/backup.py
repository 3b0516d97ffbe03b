"""Backups of an SQLite store with SQLite's online backup API, and one-step restore.

A backup is an SQLite file ``frontdesk-YYYYmmdd-HHMMSS-<reason>.fdbak`` in the ``backups``
folder beside the store (or a folder given). The last N (setting ``backup_keep``) are kept.
Restore checks the file is a Frontdesk backup, keeps the current store (a backup of it, or the
damaged file moved aside), then puts the backup in its place — nothing is ever thrown away.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from frontdesk.core.db import APPLICATION_ID, SCHEMA_REVISIONS, Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, StoreError
from frontdesk.core.files import MIN_FREE, write_atomically

SUFFIX = ".fdbak"
REASONS = {
    "manual": QT_TRANSLATE_NOOP("Backup", "by hand"),
    "daily": QT_TRANSLATE_NOOP("Backup", "daily"),
    "close": QT_TRANSLATE_NOOP("Backup", "on closing"),
    "upgrade": QT_TRANSLATE_NOOP("Backup", "before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Backup", "before a restore"),
}
_NAME = re.compile(r"frontdesk-(\d{8})-(\d{6})(?:-(\d+))?-([a-z\-]+)\.fdbak$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    seq: int = 1  # several backups in one second are numbered


PG_BACKUP = QT_TRANSLATE_NOOP("Errors", "A PostgreSQL store is backed up on its server (pg_dump); ask the "
                                        "database administrator.")


def require_sqlite(store: Store) -> None:
    if not store.is_sqlite:
        raise DomainError(PG_BACKUP)


def _copy(src: sqlite3.Connection, dest_path: Path, size: int) -> None:
    """SQLite's online backup of ``src`` into ``dest_path``, complete or not there at all."""
    def write(part: Path) -> None:
        dest = sqlite3.connect(part)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()

    write_atomically(dest_path, write, make_dirs=True, need=size + MIN_FREE)


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def backup_file(db_path: Path, to_dir: Path, reason: str = "manual") -> Path:
    """Copy the SQLite file at ``db_path`` (live or not) into ``to_dir``; returns the new file."""
    try:
        if "\x00" in str(to_dir):
            raise ValueError("embedded null byte")
        to_dir.mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError) as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Cannot write backups to {path}: {reason}"),
                          path=str(to_dir)[:200], reason=getattr(exc, "strerror", None) or str(exc)) from None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # several in one second are numbered on from the highest there (pruning may have removed lower ones)
    same = [m for p in to_dir.glob(f"frontdesk-{stamp}-*{SUFFIX}") if (m := _NAME.search(p.name))]
    n = max((int(m[3] or 1) for m in same), default=0) + 1
    target = to_dir / (f"frontdesk-{stamp}-{reason}{SUFFIX}" if n == 1 else f"frontdesk-{stamp}-{n}-{reason}{SUFFIX}")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    try:
        _copy(src, target, _size(db_path))
    except (sqlite3.Error, OSError) as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The backup failed: {reason}"), reason=str(exc)) from None
    finally:
        src.close()
    return target


def backup_store(store: Store, reason: str = "manual", to_dir: Path | None = None,
                 keep: int | None = None) -> Path:
    """Online backup of an open SQLite store. Prunes the backups folder to ``keep`` files."""
    require_sqlite(store)
    target = backup_file(store.path, Path(to_dir) if to_dir else store.backup_dir, reason)
    if keep and not to_dir:
        prune(store.backup_dir, keep)
    return target


def list_backups(folder: Path | None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder or not folder.is_dir():
        return []
    out = []
    for p in folder.glob(f"*{SUFFIX}"):
        m = _NAME.search(p.name)
        taken = datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S") if m else datetime.fromtimestamp(p.stat().st_mtime)
        out.append(BackupInfo(p, taken, m[4] if m else "", p.stat().st_size, int(m[3] or 1) if m else 1))
    return sorted(out, key=lambda b: (b.taken_at, b.seq), reverse=True)


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups; returns what was removed."""
    removed = []
    for info in list_backups(folder)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_due(folder: Path | None, hours: int = 24) -> bool:
    backups = list_backups(folder)
    # the backups' stamps are the machine's clock (their file names), so is the moment they are compared with
    return not backups or datetime.now() - backups[0].taken_at >= timedelta(hours=hours)


def validate_backup(path: Path) -> str:
    """Check ``path`` is a sound Frontdesk backup; returns its schema revision."""
    path = Path(path)
    not_ours = DomainError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a Frontdesk backup. Choose a .fdbak file from the backups folder."),
        "file", path=path.name)
    try:
        exists = path.is_file()
    except (OSError, ValueError):  # a name too long or with a NUL names no file
        exists = False
    if not exists:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), "file",
                          path=str(path)[:200])
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise not_ours
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise not_ours from None
    if check != "ok":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The backup {path} is damaged ({reason})."),
                          "file", path=path.name, reason=check)
    if not rev or rev[0] not in SCHEMA_REVISIONS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} was made by a newer version of Frontdesk."), "file", path=path.name)
    return rev[0]


def restore_file(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of the SQLite store at ``db_path`` (which must not be open).

    The current store is kept first: backed up if it is sound, moved aside if it is damaged.
    Returns where the previous store was kept (or None if there was none).
    """
    validate_backup(backup)
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    kept = None
    if db_path.exists():
        try:
            kept = backup_file(db_path, db_path.parent / "backups", "before-restore")
        except DomainError:
            kept = db_path.with_name(f"{db_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
            os.replace(db_path, kept)
    for side in ("-wal", "-shm", "-journal"):
        p = db_path.with_name(db_path.name + side)
        if p.exists():
            if kept and kept.parent == db_path.parent:  # damaged: keep its journals beside it
                os.replace(p, kept.with_name(kept.name + side))
            else:
                p.unlink()
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _copy(src, db_path, _size(backup))
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The restore failed: {reason}"), "damaged",
                         reason=str(exc)) from None
    finally:
        src.close()
    return kept


class BackupService:
    """Backups and restores as the desk asks for them. Manual backups and restores are the
    supervisor's (a backup carries every resident's personal data); automatic ones run anyway."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _keep(self) -> int:
        from frontdesk.core import settings
        with self.store.read() as s:
            return settings.load(s).backup_keep

    def backup(self, actor, to_dir: Path | None = None) -> Path:
        from frontdesk.core import audit
        from frontdesk.core.operators import require_supervisor
        require_supervisor(actor)
        path = backup_store(self.store, "manual", to_dir, keep=self._keep())
        with self.store.write() as s:
            audit.record(s, actor, "backup", "store", path.name, summary=str(path))
        return path

    def automatic(self, reason: str) -> Path | None:
        """The daily and on-close backup (SQLite only); keeps the last N."""
        if not self.store.is_sqlite:
            return None
        return backup_store(self.store, reason, keep=self._keep())

    def due(self) -> bool:
        return self.store.is_sqlite and backup_due(self.store.backup_dir)
