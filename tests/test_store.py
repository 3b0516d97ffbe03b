"""The store: pragmas, migrations, and what opening a bad store says."""
import os
import sqlite3
import threading

import pytest
from sqlalchemy import text

from frontdesk.core.db import APPLICATION_ID, SCHEMA_HEAD, check_sqlite_file, resolve_url
from frontdesk.core.store import open_store
from frontdesk.core.errors import StoreError


def test_sqlite_pragmas(store):
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert c.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID


def test_schema_is_at_head_on_both_backends(any_store):
    assert any_store.schema_revision() == SCHEMA_HEAD


def test_alembic_head_matches_the_code():
    from alembic.script import ScriptDirectory

    from frontdesk.core.migrate import alembic_config
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_models_match_migrations(any_store):
    """The tables the code declares are exactly what the revisions build."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from frontdesk.tasks import metadata as task_metadata
    metadata = task_metadata()
    with any_store.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c, opts={"compare_type": False}), metadata)
    assert diff == []


def test_url_resolution(monkeypatch, tmp_path):
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"
    monkeypatch.setenv("FRONTDESK_DB", "sqlite:////x/y.db")
    assert resolve_url() == "sqlite:////x/y.db"
    assert resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.delenv("FRONTDESK_DB")
    assert resolve_url().endswith("home/frontdesk.db")


def test_missing_store_is_not_silently_created(sqlite_url):
    with pytest.raises(StoreError) as err:
        open_store(sqlite_url)
    assert err.value.kind == "missing"


def test_missing_store_with_backups_is_not_recreated(store, sqlite_url):
    from frontdesk.core.backup import backup_store
    backup_store(store)
    store.dispose()
    for suffix in ("", "-wal", "-shm"):
        p = store.path.with_name(store.path.name + suffix)
        if p.exists():
            p.unlink()
    with pytest.raises(StoreError) as err:
        open_store(sqlite_url, create=True)
    assert err.value.kind == "missing"


def test_damaged_store(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{bad}")
    assert err.value.kind == "damaged"


def test_store_with_damaged_pages_fails_the_integrity_check(store):
    from tests.helpers import corrupt
    path = store.path
    store.dispose()
    corrupt(path)
    with pytest.raises(StoreError) as err:
        check_sqlite_file(path, full=True)
    assert err.value.kind == "damaged"


def test_foreign_sqlite_file(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{other}")
    assert err.value.kind == "foreign"


def test_locked_store(store, sqlite_url):
    store.dispose()
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as err:
            open_store(sqlite_url)
        assert err.value.kind == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_store(store, sqlite_url):
    store.dispose()
    os.chmod(store.path, 0o444)
    try:
        with pytest.raises(StoreError) as err:
            open_store(sqlite_url)
        assert err.value.kind == "readonly"
    finally:
        os.chmod(store.path, 0o644)


def test_read_only_store_as_root_too(store, sqlite_url, monkeypatch):
    """Even as root (CI), a store the OS reports read-only gets the read-only message."""
    store.dispose()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(StoreError) as err:
        open_store(sqlite_url)
    assert err.value.kind == "readonly"
    assert "只读" not in err.value.message  # the service speaks English source text; views translate


def test_unreachable_postgres():
    with pytest.raises(StoreError) as err:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    assert err.value.kind == "unreachable"
    assert "secret" not in str(err.value)


def test_newer_schema_is_refused(store, sqlite_url):
    with store.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num='9999'"))
    store.dispose()
    with pytest.raises(StoreError) as err:
        open_store(sqlite_url)
    assert err.value.kind == "newer"


def test_writers_queue_instead_of_failing(store):
    """Many threads writing at once on SQLite: all succeed (BEGIN IMMEDIATE + busy timeout)."""
    from frontdesk.core.models import Setting
    errors = []

    def work(i):
        try:
            for j in range(10):
                with store.write() as s:
                    s.add(Setting(key=f"k{i}-{j}", value="v"))
        except Exception as exc:  # pragma: no cover - shows up in the assert
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.read() as s:
        assert s.execute(text("select count(*) from app_setting where key like 'k%'")).scalar() == 80
