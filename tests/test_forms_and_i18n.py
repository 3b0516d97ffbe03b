"""Every Designer form loads and is compiled; the Chinese translation is complete and built."""
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtUiTools import QUiLoader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import forms as form_tool  # noqa: E402
import i18n as i18n_tool  # noqa: E402

UI_FILES = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms():
    names = {p.stem for p in UI_FILES}
    assert {"main_window", "login_dialog", "setup_dialog", "print_preview"} <= names


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_every_form_loads(ui, qapp):
    f = QFile(str(ui))
    assert f.open(QFile.OpenModeFlag.ReadOnly)
    widget = QUiLoader().load(f)
    f.close()
    assert widget is not None, ui.name
    assert widget.objectName()
    widget.deleteLater()


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_compiled_forms_are_current(ui):
    compiled = ROOT / "frontdesk" / "ui" / "forms" / f"ui_{ui.stem}.py"
    assert compiled.read_text(encoding="utf-8") == form_tool.compile_form(ui), \
        f"{compiled.name} is stale: run python tools/forms.py"


def test_translation_is_complete():
    assert i18n_tool.unfinished() == []


def test_translation_source_covers_the_code(tmp_path):
    """lupdate finds no text that the committed .ts lacks."""
    ts = tmp_path / "check.ts"
    ts.write_bytes(i18n_tool.TS.read_bytes())
    subprocess.run([i18n_tool.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *i18n_tool.sources(), "-ts", str(ts)], check=True, cwd=ROOT, capture_output=True)
    before = ts.read_text(encoding="utf-8").count('type="unfinished"')
    assert before == 0, "new texts need translating: python tools/i18n.py update, then fill them in"


def test_qm_is_built_from_the_ts(tmp_path):
    qm = tmp_path / "x.qm"
    subprocess.run([i18n_tool.tool("pyside6-lrelease"), str(i18n_tool.TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == i18n_tool.QM.read_bytes(), "run python tools/i18n.py release"


def test_no_translated_literal_hides_in_an_f_string():
    """lupdate does not look inside f-strings: such texts would stay English."""
    bad = []
    for py in (ROOT / "frontdesk").rglob("*.py"):
        if "ui/forms" in py.as_posix():
            continue
        for n, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"""f["'].*translate\((["'])\w+\1,\s*["']""", line):
                bad.append(f"{py.name}:{n}")
    assert bad == []


def test_services_do_not_import_qt():
    for py in (ROOT / "frontdesk" / "core").rglob("*.py"):
        assert "PySide6" not in py.read_text(encoding="utf-8"), py.name
