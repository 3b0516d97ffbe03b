"""The command line as the IT person uses it: help, demo, backup, restore, check, and clear failures."""
import os
import subprocess
import sys

import pytest

from frontdesk.core.store import open_store
from frontdesk.core.operators import OperatorService
from tests.conftest import set_up
from tests.helpers import corrupt


def run(*args, env_extra=None, check_rc=None, input=None):  # noqa: A002 - subprocess's name
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    p = subprocess.run([sys.executable, "-m", "frontdesk", *args], capture_output=True, text=True, env=env,
                       timeout=120, input=input if input is not None else "")
    if check_rc is not None:
        assert p.returncode == check_rc, p.stdout + p.stderr
    return p


def test_help_lists_every_command_in_chinese():
    out = run("--help", check_rc=0).stdout
    for cmd in ("gui", "demo", "generate", "backup", "restore", "check", "--db"):
        assert cmd in out
    assert "启动程序" in out and "FRONTDESK_DB" in out


def test_demo_then_refuses_real_data(tmp_path):
    out = run("demo", check_rc=0).stdout
    assert "翠湖花园（演示）" in out and "zhuguan / Demo2026" in out and "qiantai / Demo2026" in out
    assert "menggang / Demo2026" in out and "门岗" in out  # the gate PC's log-in
    assert "未做任何改动" in run("demo", check_rc=0).stdout  # twice is harmless
    real = tmp_path / "real.db"
    store = open_store(f"sqlite:///{real}", create=True)
    set_up(store)
    store.dispose()
    p = run("--db", str(real), "demo", check_rc=1)
    assert "已有真实数据" in p.stderr
    store = open_store(f"sqlite:///{real}")
    assert [o.username for o in OperatorService(store).list()] == ["zhuguan"]  # untouched
    store.dispose()


def test_backup_check_damage_restore(tmp_path):
    run("demo", check_rc=0)
    p = run("backup", check_rc=0)
    backup = p.stdout.strip()
    assert backup.endswith(".fdbak") and os.path.exists(backup)
    usb = tmp_path / "usb"
    assert run("backup", "--to", str(usb), check_rc=0).stdout.strip().startswith(str(usb))
    assert "完好" in run("check", check_rc=0).stdout

    db = tmp_path / "home" / "frontdesk.db"
    for side in ("-wal", "-shm"):
        if os.path.exists(str(db) + side):
            os.unlink(str(db) + side)
    corrupt(db)
    p = run("check")
    assert p.returncode == 2 and ("损坏" in p.stderr or "完整性检查" in p.stderr), p.stderr

    p = run("restore", backup, check_rc=0)
    assert "已恢复" in p.stdout and "原有数据已保留" in p.stdout
    assert "完好" in run("check", check_rc=0).stdout


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    run("demo", check_rc=0)
    junk = tmp_path / "photo.fdbak"
    junk.write_bytes(b"\x89PNG not a backup")
    p = run("restore", str(junk), check_rc=1)
    assert "不是 Frontdesk 备份文件" in p.stderr
    assert "完好" in run("check", check_rc=0).stdout


def test_unreachable_database_url():
    p = run("--db", "postgresql://frontdesk:secret@127.0.0.1:1/frontdesk", "check", check_rc=2)
    assert "无法连接数据库" in p.stderr and "secret" not in p.stderr


def test_missing_store_is_reported_not_created(tmp_path):
    p = run("--db", str(tmp_path / "none.db"), "backup", check_rc=2)
    assert "不存在" in p.stderr or "不见了" in p.stderr
    assert not (tmp_path / "none.db").exists()


def test_env_var_picks_the_store(tmp_path):
    target = tmp_path / "other.db"
    run("demo", env_extra={"FRONTDESK_DB": f"sqlite:///{target}"}, check_rc=0)
    assert target.exists()
    assert not (tmp_path / "home" / "frontdesk.db").exists()


def test_gui_starts_to_the_main_window(tmp_path):
    run("demo", check_rc=0)
    env = {"FRONTDESK_USER": "qiantai", "FRONTDESK_PASSWORD": "Demo2026"}
    p = run("gui", "--smoke", env_extra=env, check_rc=0)
    assert "main window shown after" in p.stdout and "login window" not in p.stdout  # first start: store first
    p = run("gui", "--smoke", env_extra=env, check_rc=0)  # later starts: the log-in window before the store
    lines = [line for line in p.stdout.splitlines() if "shown after" in line]
    assert lines[0].startswith("login window shown after") and lines[1].startswith("main window shown after")


def test_python_m_is_the_same_as_the_script():
    exe = os.path.join(os.path.dirname(sys.executable), "frontdesk")
    if not os.path.exists(exe):
        pytest.skip("console script not installed")
    a = subprocess.run([exe, "--help"], capture_output=True, text=True).stdout
    assert a == run("--help").stdout


def test_roster_template_import_errors_and_find(tmp_path):
    from openpyxl import load_workbook
    tpl = tmp_path / "t.xlsx"
    assert run("template", "roster", "--out", str(tpl), check_rc=0).stdout.strip() == str(tpl)
    wb = load_workbook(tpl)
    ws = wb["花名册"]
    ws.append(["9", "1", "301", 3, -5, "住宅"])                 # bad area
    ws.append(["9", "1", "302", 3, 90, "住宅", "已入住", "王某", "业主", "居民身份证", "110105194912310021"])  # check digit
    wb.save(tpl)
    errors = tmp_path / "bad.xlsx"
    p = run("import", "roster", str(tpl), "--errors", str(errors))
    assert p.returncode == 1
    assert "已导入 2 行（新增 2 间房屋，1 位人员" in p.stdout, p.stdout
    assert "第 5 行" in p.stderr or "row 5" in p.stderr, p.stderr
    bad = load_workbook(errors).active
    assert bad.max_row == 3 and "建筑面积" in bad["A2"].value and "校验码" in bad["A3"].value
    again = run("import", "roster", str(tpl), "--strict")
    assert again.returncode == 1 and "未导入任何数据：4 行中有 2 行不合格" in again.stdout, again.stdout
    out = run("find", "1-1-10", check_rc=0).stdout.splitlines()
    assert out[0].startswith("1-1-10")
    assert run("find", "1-1-101", check_rc=0).stdout.startswith("1-1-101\t")


def test_demo_roster_imports_cleanly_twice(tmp_path):
    from pathlib import Path
    run("demo", check_rc=0)
    sample = Path(__file__).resolve().parents[1] / "resources" / "sample" / "demo-roster.xlsx"
    first = run("import", "roster", str(sample), check_rc=0).stdout
    second = run("import", "roster", str(sample), check_rc=0).stdout
    assert "48" in first
    assert "新增 0 间房屋，0 位人员" in second, second


def test_a_wrong_command_line_is_told_in_chinese_with_exit_code_1():
    for args, said in ((["export", "receipts", "--from", "2026-13-01", "--to", "2026-12-01", "--out", "r.xlsx"],
                        "需要 YYYY-MM-DD 格式的日期"),
                       (["export"], "命令行缺少"), (["nope"], "不能是 'nope'"),
                       (["find", "x", "--bogus"], "无法识别")):
        p = run(*args)
        assert p.returncode == 1 and said in p.stderr and "frontdesk --help" in p.stderr, (args, p.stderr)
        assert "usage:" not in p.stderr and "error:" not in p.stderr


def test_runs_from_a_checkout_without_its_resources_installed(tmp_path):
    """`python -m frontdesk` from the repository root works like the installed program even when
    no install maps frontdesk.resources (the checkout has resources/ at the top)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code = ("import sys, runpy; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in repr(f).lower()];"
            "sys.path.insert(0, '.'); sys.argv = ['frontdesk', '--help']; runpy.run_module('frontdesk', "
            "run_name='__main__')")
    p = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert p.returncode == 0, p.stderr
    assert "住宅物业客服前台" in p.stdout  # the Chinese translation was found in resources/
