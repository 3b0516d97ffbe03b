"""Online backups, keeping the last N, and one-step restore that never loses the current store."""
import sqlite3

import pytest

from frontdesk.core.backup import (backup_due, backup_store, list_backups, prune, restore_file,
                                   validate_backup)
from frontdesk.core.store import open_store
from frontdesk.core.errors import DomainError, StoreError
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from tests.helpers import corrupt


def test_backup_while_in_use_and_restore(store, supervisor, sqlite_url):
    ops = OperatorService(store)
    ops.add(supervisor, "qiantai", "李前台", "receptionist", "Qiantai2026")
    with store.read():  # a reader holds the store open while the backup runs
        path = backup_store(store)
    assert path.parent == store.backup_dir and path.suffix == ".fdbak"
    assert validate_backup(path) == store.schema_revision()
    ops.add(supervisor, "later", "后来者", "receptionist", "Later2026x")
    store.dispose()

    kept = restore_file(path, store.path)
    assert kept is not None and kept.exists()
    again = open_store(sqlite_url)
    names = [o.username for o in OperatorService(again).list()]
    assert names == ["qiantai", "zhuguan"]  # the state of the backup
    # the store before the restore was kept as a backup of its own
    assert "later" in [r[0] for r in sqlite3.connect(kept).execute("select username from operator")]
    again.dispose()


def test_damaged_store_is_moved_aside_then_restored(store, supervisor, sqlite_url):
    SettingsService(store).update(supervisor, address="北京市朝阳区示例路8号")
    path = backup_store(store)
    store.dispose()
    corrupt(store.path)
    with pytest.raises(StoreError):
        open_store(sqlite_url, full_check=True)
    restore_file(path, store.path)
    again = open_store(sqlite_url, full_check=True)
    assert SettingsService(again).get().address == "北京市朝阳区示例路8号"
    again.dispose()
    aside = list(store.path.parent.glob("frontdesk.db.damaged-*")) + list(store.backup_dir.glob("*before-restore*"))
    assert aside, "the damaged store must be kept, not deleted"


def test_not_a_backup(tmp_path, store):
    junk = tmp_path / "junk.fdbak"
    junk.write_text("hello")
    with pytest.raises(DomainError) as err:
        validate_backup(junk)
    assert "not a Frontdesk backup" in err.value.message
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t(x)").connection.commit()
    with pytest.raises(DomainError):
        restore_file(other, store.path)
    with pytest.raises(DomainError):
        validate_backup(tmp_path / "missing.fdbak")


def test_keep_the_last_n(store):
    paths = [backup_store(store, reason="daily") for _ in range(5)]
    assert len(list_backups(store.backup_dir)) == 5
    removed = prune(store.backup_dir, 3)
    assert len(removed) == 2
    assert {b.path for b in list_backups(store.backup_dir)} == set(paths[-3:])
    backup_store(store, reason="close", keep=2)
    assert len(list_backups(store.backup_dir)) == 2


def test_backup_due(store):
    assert backup_due(store.backup_dir)
    backup_store(store, reason="daily")
    assert not backup_due(store.backup_dir)


def test_backup_to_another_folder(store, tmp_path):
    target = backup_store(store, to_dir=tmp_path / "usb")
    assert target.parent == tmp_path / "usb"
    assert list_backups(store.backup_dir) == []


def test_postgres_backup_is_refused_clearly(any_store):
    if any_store.is_sqlite:
        pytest.skip("SQLite backs up")
    with pytest.raises(DomainError) as err:
        backup_store(any_store)
    assert "pg_dump" in err.value.message


def test_a_store_of_schema_0001_is_backed_up_and_upgraded(tmp_path):
    """The committed fixture is a store as the first release left it."""
    import shutil
    from pathlib import Path

    from frontdesk.core import db
    from frontdesk.registration.models import Person
    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).with_name("fixtures") / "store-0001.db", path)
    store = open_store(f"sqlite:///{path}")
    assert store.schema_revision() == db.SCHEMA_HEAD != "0001"
    assert [b.reason for b in list_backups(store.backup_dir)] == ["upgrade"]
    assert validate_backup(list_backups(store.backup_dir)[0].path) == "0001"
    with store.read() as s:
        person = s.query(Person).one()
    assert (person.name, person.phone_tail, person.is_company, person.note) == ("张三", "8000", False, "")
    store.dispose()
