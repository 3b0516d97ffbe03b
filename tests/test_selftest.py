"""``frontdesk selftest`` as an installer or a supervisor runs it: every check on a throw-away
store, one line each, a summary, the exit status; the user's store never opened; a missing
shipped file named."""
import os
import subprocess
import sys

from tests.test_cli import run


def test_selftest_passes_and_leaves_the_users_store_alone(tmp_path):
    home, db = tmp_path / "home", tmp_path / "mine.db"
    p = run("--db", str(db), "selftest", "--out", str(tmp_path / "out"),
            env_extra={"FRONTDESK_HOME": str(home), "FRONTDESK_CONFIG": str(tmp_path / "cfg")})
    assert p.returncode == 0, p.stdout + p.stderr
    lines = p.stdout.splitlines()
    checks = [ln for ln in lines if ln.startswith(("通过", "失败"))]
    assert len(checks) >= 15 and all(ln.startswith("通过") for ln in checks)
    for name in ("随附文件", "中文翻译", "节假日", "演示物业", "收款及收据", "维修工作单", "主窗口"):
        assert any(name in ln for ln in checks), name
    assert lines[-1].startswith("自检通过")
    assert not db.exists() and not home.exists()  # the user's store and data folder untouched
    out = sorted(f.name for f in (tmp_path / "out").iterdir())
    assert {"receipt.pdf", "work-order-slip.pdf", "receipts.xlsx", "work-orders.xlsx",
            "move-in-confirmation.pdf", "move-in-confirmation-copy.pdf"} <= set(out)
    assert not [f for f in out if f.endswith(".part")]


def test_selftest_names_a_missing_file_and_fails(tmp_path):
    """A bundle that lost its font: the check says which file, the others still run, exit 1."""
    code = ("import sys; from pathlib import Path; import frontdesk.core.paths as p; real = p.resource; "
            "p.resource = lambda *parts: Path('/nowhere', *parts) if parts[-1].endswith('.ttc') else real(*parts); "
            "from frontdesk.cli import main; sys.exit(main(['selftest']))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_HOME": str(tmp_path / "h"),
           "FRONTDESK_CONFIG": str(tmp_path / "c")}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180)
    assert p.returncode == 1
    failed = [ln for ln in p.stdout.splitlines() if ln.startswith("失败")]
    assert failed and "wqy-microhei.ttc" in failed[0] and "随附文件" in failed[0]
    assert "自检未通过" in p.stdout.splitlines()[-1]
