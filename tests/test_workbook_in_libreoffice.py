"""The monthly workbook as a spreadsheet program calculates it: the demo property's last full month,
recalculated by LibreOffice headless (every formula computed afresh, not the values the app cached),
holds no error value on any sheet, and every formula's new value is the value the app wrote beside it
(``excel.formula``'s cached value, what a viewer that does not calculate shows).

Runs where ``soffice`` is on PATH; ``.ci/run`` installs it (Debian's libreoffice-calc-nogui) for the whole
suite and when this test is named, so in CI (``CI=true``) a missing ``soffice`` fails the test rather than
skipping it. LibreOffice keeps an xlsx file's cached values unless told otherwise: a fresh profile for each
run sets "recalculate on load: always", and a control workbook whose one formula carries a wrong cached
value proves the recalculation happened."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from frontdesk.core import clock, excel, report
from frontdesk.core.store import open_store
from frontdesk.tasks import TASKS

SOFFICE = shutil.which("soffice")
IN_CI = os.environ.get("CI") == "true"  # as conftest reads it
pytestmark = pytest.mark.skipif(SOFFICE is None and not IN_CI,
                                reason="LibreOffice (soffice) is not on PATH; .ci/run installs it")

MOMENT = datetime(2026, 12, 2, 16, 45)  # the demo built then; its last full month is November
ERROR = re.compile(r"^(#(NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)|Err:\d+)")
# LibreOffice recalculates every formula of an xlsx (0) and an ods (0) file on loading it
PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(sources, tmp_path, timeout=180):
    """The files converted by LibreOffice headless to xlsx in a folder of their own (recalculated on
    loading), with a fresh HOME and profile so no earlier run's state or lock can hold it up; the whole
    process group is killed if it outlives ``timeout`` seconds."""
    home, profile, out = tmp_path / "lo-home", tmp_path / "lo-profile", tmp_path / "lo-out"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")
    home.mkdir()
    out.mkdir()
    cmd = [SOFFICE, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
           f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "xlsx", "--outdir", str(out),
           *map(str, sources)]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                         env={**os.environ, "HOME": str(home)}, start_new_session=True)
    try:
        said, _ = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        pytest.fail(f"soffice did not finish within {timeout} s")
    results = [out / f"{s.stem}.xlsx" for s in sources]
    assert p.returncode == 0 and all(r.exists() for r in results), said.decode(errors="replace")
    return results


def same(cached, computed) -> bool:
    """A formula's cached value and LibreOffice's agree: the same text (an empty text is an empty cell),
    or numbers equal to the precision the workbook writes (money to the cent, rates to 4 decimals)."""
    if cached in (None, "") or computed in (None, ""):
        return cached in (None, "") and computed in (None, "")
    if isinstance(cached, (int, float)) and isinstance(computed, (int, float)):
        return abs(cached - computed) <= 0.00005 + 1e-9 * abs(cached)
    return cached == computed


def test_the_monthly_workbook_recalculated_by_libreoffice_has_no_errors_and_its_totals_hold(tmp_path,
                                                                                           zh_translate):
    if SOFFICE is None:  # only in CI (skipped elsewhere): there it must run
        pytest.fail("CI=true but soffice is not on PATH: .ci/run installs libreoffice-calc-nogui for this test")
    from frontdesk.demo import load_demo
    store = open_store(f"sqlite:///{tmp_path / 'demo.db'}", create=True)
    try:
        with clock.pinned(MOMENT):
            load_demo(store)
            last = clock.today().replace(day=1) - timedelta(days=1)  # the last full month
            workbook = tmp_path / f"月度报表-{last:%Y-%m}.xlsx"
            report.write(store, f"{last:%Y-%m}", workbook, TASKS, zh_translate)
    finally:
        store.dispose()
    control = tmp_path / "control.xlsx"  # one formula whose cached value is wrong on purpose
    wb = excel.new_workbook()
    ws = wb.create_sheet("control")
    ws["A1"], ws["A2"] = 2, 3
    excel.formula(ws["A3"], "=A1+A2", cached=99)
    excel.save(wb, control)

    new_book, new_control = recalculated([workbook, control], tmp_path)
    assert load_workbook(new_control, data_only=True)["control"]["A3"].value == 5  # recalculated, not kept

    formulas, cached = load_workbook(workbook), load_workbook(workbook, data_only=True)
    new = load_workbook(new_book, data_only=True)
    assert new.sheetnames == formulas.sheetnames and "收费" in new.sheetnames
    errors = [(ws.title, c.coordinate, c.value) for ws in new.worksheets for row in ws.iter_rows() for c in row
              if isinstance(c.value, str) and ERROR.match(c.value)]
    assert errors == []
    checked, differ = 0, []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type != "f":
                    continue
                checked += 1
                was, now = cached[ws.title][c.coordinate].value, new[ws.title][c.coordinate].value
                if was is None or not same(was, now):  # every formula carries its value, and it holds
                    differ.append((ws.title, c.coordinate, c.value, was, now))
    assert differ == []
    assert checked >= 20 and {"收费", "收据", "工单", "钥匙", "证件"} <= {
        ws.title for ws in formulas.worksheets if any(c.data_type == "f" for row in ws.iter_rows() for c in row)}
