"""Where the data may live: never on a network share or drive (SQLite loses data there), a data
folder the user cannot write gets a plain message naming it and what to do, and paths with
Chinese characters and spaces work everywhere (store, backup, export, opening a file)."""
from pathlib import Path

import pytest

from frontdesk.core.errors import StoreError
from frontdesk.core.paths import network_location
from frontdesk.core.store import open_store
from tests.test_cli import run

MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//nas/前台 /mnt/nas cifs rw 0 0
srv:/export /mnt/nfs\\040share nfs4 rw 0 0
"""


@pytest.mark.parametrize("path, where", [
    (r"\\server\share\frontdesk.db", "share"), (r"//server/share/frontdesk.db", "share"),
    (r"\\?\UNC\server\share\frontdesk.db", "share"), (r"Z:\前台 数据\frontdesk.db", "network drive"),
    (r"C:\Users\前台\AppData\Local\Frontdesk\frontdesk.db", None), (r"\\?\C:\data\frontdesk.db", None)])
def test_windows_network_places(path, where):
    drives = {"Z:\\": 4, "C:\\": 3}  # GetDriveTypeW: DRIVE_REMOTE, DRIVE_FIXED
    assert network_location(path, windows=True, drive_type=drives.get) == where


@pytest.mark.parametrize("path, where", [
    ("/mnt/nas/frontdesk.db", "cifs"), ("/mnt/nfs share/x/frontdesk.db", "nfs4"), ("/mnt/nasty/frontdesk.db", None),
    ("/home/前台/frontdesk.db", None), ("/tmp/frontdesk.db", None)])
def test_posix_network_places(path, where):
    assert network_location(path, windows=False, mounts=MOUNTS) == where


def test_a_store_on_a_network_place_is_refused_and_not_created(tmp_path, monkeypatch):
    import frontdesk.core.paths as paths
    monkeypatch.setattr(paths, "_mounts", lambda: f"//nas/share {tmp_path} cifs rw 0 0\n")
    db = tmp_path / "frontdesk.db"
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{db}", create=True)
    assert err.value.kind == "network" and str(db) in err.value.text()
    assert not db.exists()


def test_an_unwritable_data_folder_says_which_and_what_to_do(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")  # a file where the folder should be: nothing can be written under it (even as root)
    home = blocker / "Frontdesk"
    p = run("demo", env_extra={"FRONTDESK_HOME": str(home), "FRONTDESK_CONFIG": str(tmp_path / "cfg")})
    assert p.returncode == 2
    assert str(home) in p.stderr and "FRONTDESK_HOME" in p.stderr and "无法写入数据文件夹" in p.stderr


def test_the_store_dialog_tells_the_desk_about_an_unwritable_folder(tmp_path, zh_app, qtbot):
    from frontdesk.ui.store_dialog import StoreProblemDialog
    blocker = tmp_path / "f"
    blocker.write_text("x")
    with pytest.raises(StoreError) as err:
        open_store(f"sqlite:///{blocker / 'Frontdesk' / 'frontdesk.db'}", create=True)
    dlg = StoreProblemDialog(err.value, None)
    qtbot.addWidget(dlg)
    text = dlg.form.message.text() + dlg.form.advice.text()
    assert str(blocker / "Frontdesk") in text and "写入" in text


def test_chinese_and_spaces_in_every_path(tmp_path):
    folder = tmp_path / "物业 前台" / "数据 文件夹"
    env = {"FRONTDESK_HOME": str(folder), "FRONTDESK_CONFIG": str(tmp_path / "配置 文件")}
    run("demo", env_extra=env, check_rc=0)
    assert (folder / "frontdesk.db").exists()
    backup = run("backup", "--to", str(tmp_path / "备份 U盘"), env_extra=env, check_rc=0).stdout.strip()
    assert Path(backup).exists() and "备份 U盘" in backup
    out = tmp_path / "导出 报表" / "收据 登记簿.xlsx"
    out.parent.mkdir()
    run("export", "receipts", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out), env_extra=env,
        check_rc=0)
    assert out.exists()


def test_opening_a_file_with_the_system_program_keeps_its_path(tmp_path, monkeypatch, qapp):
    """PDFs and workbooks open with the system program through QDesktopServices, as a file URL
    that survives Chinese characters and spaces (Windows hands it to the default program)."""
    from PySide6.QtGui import QDesktopServices

    from frontdesk.ui import msgbox
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = tmp_path / "收据 副本.pdf"
    path.write_bytes(b"%PDF-1.4")
    msgbox.open_with_system(path)
    assert opened and opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == path


def test_unwritable_preferences_do_not_stop_the_start(tmp_path, monkeypatch, qapp):
    """On Windows the preferences live in the same %LOCALAPPDATA% folder as the data: a folder that
    cannot be made must not crash start-up before the store's message can say so."""
    from frontdesk import config
    blocker = tmp_path / "f"
    blocker.write_text("x")
    monkeypatch.setenv("FRONTDESK_CONFIG", str(blocker / "Frontdesk"))
    assert config.language() == "zh_CN"
    config.set_language("en")  # not kept, not fatal
