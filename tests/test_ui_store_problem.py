"""A damaged store at start: a Chinese dialog offers the latest backup; restoring brings the data back."""
from PySide6.QtWidgets import QDialog

from frontdesk.app import open_store_interactive
from frontdesk.core.backup import backup_store
from frontdesk.core.store import open_store
from frontdesk.core.errors import StoreError
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.ui.store_dialog import StoreProblemDialog
from tests.conftest import when_modal
from tests.helpers import corrupt


def _damage(store):
    store.dispose()
    for side in ("-wal", "-shm"):
        p = store.path.with_name(store.path.name + side)
        if p.exists():
            p.unlink()
    store.path.write_bytes(b"\x00garbage" * 4096)


def test_damaged_store_offers_the_latest_backup(store, supervisor, sqlite_url, zh_app, qtbot, boxes):
    SettingsService(store).update(supervisor, address="杭州市滨江路88号")
    backup_store(store)
    _damage(store)
    seen = {}

    def restore(dlg):
        seen["message"] = dlg.form.message.text()
        seen["advice"] = dlg.form.advice.text()
        seen["backups"] = dlg.form.backups.count()
        dlg.form.restoreButton.click()

    when_modal(qtbot, restore)
    again = open_store_interactive(sqlite_url)
    assert again is not None
    assert "已损坏" in seen["message"] and "恢复最近的备份" in seen["advice"] and seen["backups"] == 1
    assert SettingsService(again).get().address == "杭州市滨江路88号"
    assert [o.username for o in OperatorService(again).list()] == ["zhuguan"]
    again.dispose()
    assert list(store.path.parent.glob("frontdesk.db.damaged-*")) or \
        list(store.backup_dir.glob("*before-restore*"))


def test_quitting_leaves_the_damaged_file_alone(store, sqlite_url, zh_app, qtbot):
    backup_store(store)
    store.dispose()
    corrupt(store.path)
    data = store.path.read_bytes()
    try:
        open_store(sqlite_url, full_check=True)
        return  # the corruption missed the pages quick_check reads; nothing to show
    except StoreError as err:
        dlg = StoreProblemDialog(err, store.path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.quitButton.click()
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert store.path.read_bytes() == data


def test_locked_store_says_so_and_offers_no_restore(store, zh_app, qtbot):
    err = StoreError("The data file {path} is locked by another program. Close the other Frontdesk window or "
                     "program and try again.", "locked", path=str(store.path))
    dlg = StoreProblemDialog(err, store.path)
    qtbot.addWidget(dlg)
    assert "锁定" in dlg.form.message.text()
    assert not dlg.form.restoreButton.isEnabled()


def test_log_in_window_shows_first_and_a_store_problem_replaces_it(store, supervisor, sqlite_url, zh_app, qtbot,
                                                                   boxes):
    """A start after the first: the log-in window is on screen with the property's name while the
    store opens behind it; when the store turns out damaged, the store dialog takes its place."""
    from frontdesk import app
    from frontdesk.ui.account_dialogs import LoginDialog
    backup_store(store)
    _damage(store)
    login = LoginDialog(None, "翠湖花园")
    qtbot.addWidget(login)
    login.show()
    ok = login.form.buttons.button(login.form.buttons.StandardButton.Ok)
    assert "正在打开数据" in login.form.propertyLabel.text() and not ok.isEnabled()  # typing, not logging in yet
    got, err = app._open_while_showing(sqlite_url)
    assert got is None and isinstance(err, StoreError) and err.kind == "damaged"
    when_modal(qtbot, lambda dlg: dlg.form.restoreButton.click())
    again = open_store_interactive(sqlite_url)  # what run() does next, exactly as before
    assert again is not None
    opened, needs_setup = app._open_while_showing(sqlite_url)
    assert opened is not None and not needs_setup
    login.attach(opened, "翠湖花园")
    assert ok.isEnabled() and "请登录" in login.form.propertyLabel.text()
    opened.dispose()
    again.dispose()
