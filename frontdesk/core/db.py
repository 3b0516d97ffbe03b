"""The store: SQLAlchemy engine and sessions over SQLite (default) or PostgreSQL (by URL).

SQLite runs in WAL mode with foreign keys on, ``synchronous=FULL`` and a busy timeout; write
transactions start with ``BEGIN IMMEDIATE`` so writers queue instead of failing late. Opening
a store checks it first and raises :class:`StoreError` (with a Chinese-translatable message)
for a missing, damaged, locked, read-only, foreign or unreachable store — never a traceback,
never a silently new empty store.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from frontdesk.core.errors import QT_TRANSLATE_NOOP, StoreError
from frontdesk.core.paths import data_dir, default_url, network_location, resolve_url  # noqa: F401 - where the store is

APPLICATION_ID = 0x46444B31  # "FDK1" in PRAGMA application_id marks a Frontdesk store
BUSY_TIMEOUT_MS = 10_000
# oldest first; the last is the head the code expects
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012",
                    "0013", "0014", "0015", "0016", "0017", "0018")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]


def display_url(url: str) -> str:
    """The URL without its password, for messages and the status bar."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def _sqlite_connect_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below rule transactions
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def locked(path: str) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("Errors", "The data file {path} is locked by another program. Close the "
                                                  "other Frontdesk window or program and try again."),
                      "locked", path=path)


def readonly(path: str) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("Errors", "The data file {path} is read-only. Ask IT to give this user "
                                                  "write access to it and its folder."), "readonly", path=path)


@dataclass
class CheckResult:
    ok: bool
    detail: str


def check_sqlite_file(path: Path, full: bool = False) -> CheckResult:
    """Integrity-check an SQLite file without SQLAlchemy; raises StoreError for what it can name."""
    if not path.exists():
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The data file {path} does not exist."),
                         "missing", path=str(path))
    if not os.access(path, os.R_OK):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The data file {path} cannot be read (no permission)."), "unreadable", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise locked(str(path)) from None
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The data file {path} is damaged and cannot be opened ({reason})."),
            "damaged", path=str(path), reason=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The data file {path} is damaged and cannot be opened ({reason})."),
            "damaged", path=str(path), reason=str(exc)) from None
    if tables and app_id != APPLICATION_ID:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a Frontdesk data file."), "foreign", path=str(path))
    detail = "; ".join(r[0] for r in rows[:5])
    if detail != "ok":
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The data file {path} failed its integrity check ({reason})."),
            "damaged", path=str(path), reason=detail)
    return CheckResult(True, detail)


class Store:
    """An open store. ``read()`` and ``write()`` give one short transaction each.

    Attributes: ``url`` (with password), ``engine``, ``is_sqlite``, ``path`` (SQLite file or
    ``None``), ``backup_dir`` (SQLite only).
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.path = Path(make_url(url).database) if self.is_sqlite and make_url(url).database else None
        self.backup_dir = self.path.parent / "backups" if self.path else None
        self._read = sessionmaker(engine, expire_on_commit=False)
        writer = engine.execution_options(sqlite_immediate=True) if self.is_sqlite else engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def location(self) -> str:
        return display_url(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error. A clash
        with another desk (a unique row made twice, a deadlock) becomes a plain :class:`Conflict`."""
        from sqlalchemy.exc import DBAPIError

        from frontdesk.core.guard import translate_clash
        try:
            with self._write() as session, session.begin():
                yield session
        except DBAPIError as exc:
            conflict = translate_clash(exc)
            if conflict is None:
                raise
            raise conflict from None

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except SQLAlchemyError:
                return None

    def dispose(self) -> None:
        self.engine.dispose()


def _no_nul(value):
    return value.replace("\x00", "") if value.__class__ is str and "\x00" in value else value


def _scrub(params):
    """``params`` (a dict, or a list of dicts or values) without NUL characters; the same object,
    not a copy, when it holds none — every statement passes here, bulk inserts included."""
    if isinstance(params, dict):
        for v in params.values():
            if v.__class__ is str and "\x00" in v:
                return {k: _no_nul(x) for k, x in params.items()}
        return params
    if isinstance(params, (list, tuple)):
        scrubbed = [_scrub(p) if isinstance(p, (dict, list, tuple)) else _no_nul(p) for p in params]
        if any(a is not b for a, b in zip(scrubbed, params)):
            return type(params)(scrubbed)
    return params


def _text_events(engine: Engine) -> None:
    """One rule for text on both stores: a NUL character (pasted from elsewhere; PostgreSQL refuses it,
    SQLite would keep it invisibly) never reaches the database."""
    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _before(_conn, _cursor, statement, parameters, _context, _executemany):
        return statement, _scrub(parameters)


def make_engine(url: str) -> Engine:
    u: URL = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                                  "check_same_thread": False})
        _sqlite_connect_events(engine)
    else:
        if u.drivername in ("postgresql", "postgres"):
            u = u.set(drivername="postgresql+psycopg")
        engine = create_engine(u, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    _text_events(engine)
    return engine


def connect(url: str, *, create: bool = False, check: bool = True, full_check: bool = False) -> Store:
    """Connect to (and by default check) the store at ``url``, as it is: no upgrade — that is
    ``frontdesk.core.store.open_store``.

    ``create`` allows making a new SQLite file when there is none and no backup of one either.
    """
    try:
        u = make_url(url)
    except ArgumentError:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "Not a database address: {url}"),
                         "unreachable", url=url) from None
    if u.get_backend_name() == "sqlite":
        path = Path(u.database or "")
        if not u.database or u.database == ":memory:":
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "Not a database address: {url}"),
                             "unreachable", url=url)
        where = network_location(path)
        if where:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "The data file {path} is on a network place ({where}). An SQLite data file on a network share "
                          "or drive loses data (its locking does not hold there), so it is not opened. Keep the data "
                          "on this computer's own disk; for several desks sharing data use a PostgreSQL server."),
                "network", path=str(path), where=where)
        if path.exists():
            if check:
                check_sqlite_file(path, full=full_check)
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise readonly(str(path))
        else:
            backups = list((path.parent / "backups").glob("*.fdbak")) if path.parent.exists() else []
            if backups or not create:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "The data file {path} is missing."), "missing", path=str(path))
            try:  # a locked-down PC: the folder cannot be made, or nothing can be written in it
                path.parent.mkdir(parents=True, exist_ok=True)
                probe = path.parent / f".frontdesk-write-test-{os.getpid()}"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "Cannot write in the data folder {path} ({reason}). Ask IT to give this user permission "
                              "to change that folder, or set the environment variable FRONTDESK_HOME to a folder "
                              "this user can write, then start Frontdesk again."), "unwritable",
                    path=str(path.parent), reason=exc.strerror or exc) from None
    store = Store(url, make_engine(url))
    try:
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("SELECT 1")
            if store.is_sqlite and path.exists():
                # a store held by a writer elsewhere shows up here, quickly, not later
                cur.execute("PRAGMA busy_timeout=1500")
                cur.execute("BEGIN IMMEDIATE")
                cur.execute("ROLLBACK")
                cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.close()
        finally:
            raw.close()
    except Exception as exc:  # the driver's own errors come through raw_connection() unwrapped
        store.dispose()
        reason = str(getattr(exc, "orig", None) or exc)
        if "locked" in reason or "busy" in reason:
            raise locked(store.location) from None
        if "readonly" in reason or "read-only" in reason:
            raise readonly(store.location) from None
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot connect to the database {url}: {reason}"), "unreachable",
            url=store.location, reason=reason.strip().splitlines()[0] if reason.strip() else "") from None
    return store
