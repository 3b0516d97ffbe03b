"""定稿: a month's workbook, once a supervisor sends it as final, stays what it was — reprinted byte for
byte — and a later correction of that month is listed on the next month's 异常 with what changed and
who changed it, once. Refused: a receptionist, a month not over, a month made final twice (also by two
desks at one moment on PostgreSQL, each on its own session). Time is pinned throughout."""
from datetime import datetime

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from frontdesk.cli import main
from frontdesk.core import clock, report
from frontdesk.core.errors import Conflict, DomainError, PermissionDenied, ValidationError
from frontdesk.core.models import AuditEntry, ReportFreeze
from frontdesk.fees.models import Receipt
from frontdesk.fees.service import FeeService
from frontdesk.tasks import TASKS
from tests.conftest import SUPER_PW, set_up, when_modal
from tests.test_monthly_report import at, prop  # noqa: F401 - the hand-built property of three months


def tr(_context, text):
    return text


def exceptions(path):
    ws = openpyxl.load_workbook(path)["Exceptions"]
    return [[c.value for c in r] for r in ws.iter_rows(min_row=5) if r[0].value]


def frozen_count(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(ReportFreeze))


def test_a_final_month_is_sent_again_as_it_was_and_its_corrections_come_next_month(prop, tmp_path):  # noqa: F811
    store, boss, rooms = prop
    sent = tmp_path / "2026-03-定稿.xlsx"
    with at((4, 2)):
        assert report.freeze(store, boss, "2026-03", sent, TASKS, tr) == report.Month(2026, 3)
    wb = openpyxl.load_workbook(sent)
    assert "Final (定稿) by 王主管" in wb["Overview"]["A2"].value
    with at((4, 3)):
        report.write(store, "2026-03", tmp_path / "again.xlsx", TASKS, tr)
    assert (tmp_path / "again.xlsx").read_bytes() == sent.read_bytes()

    # a receipt of March (March and April of 1-1-102, paid ahead) is voided in April
    with store.read() as s:
        receipt = s.scalar(select(Receipt.id).where(Receipt.room_id == rooms["1-1-102"],
                                                    Receipt.issued_at >= datetime(2026, 3, 10)))
    with at((4, 10), hour=15):
        FeeService(store).void(boss, receipt, "金额录错")
    with at((5, 2)):
        report.write(store, "2026-04", tmp_path / "april.xlsx", TASKS, tr)
        report.write(store, "2026-03", tmp_path / "march.xlsx", TASKS, tr)
    assert (tmp_path / "march.xlsx").read_bytes() == sent.read_bytes()  # still what was sent
    rows = exceptions(tmp_path / "april.xlsx")
    fixes = [r for r in rows if r[0] == "Correction after 定稿"]
    assert len(fixes) == 1 and fixes[0][1] == "2026-03" and fixes[0][2] == datetime(2026, 4, 10)
    assert "15:00" in fixes[0][3] and "王主管" in fixes[0][3] and "Void" in fixes[0][3] and "Receipt" in fixes[0][3]
    changed = {r[3].split(":")[0]: r[3] for r in rows if r[0] == "Final month's figure changed"}
    assert all(r[1] == "2026-03" for r in rows if r[0] == "Final month's figure changed")
    assert "sent ¥" in changed["Paid of this month"] and "Paid ahead" in changed, changed
    with at((6, 2)):  # listed once: in the report of the month it was made in
        report.write(store, "2026-05", tmp_path / "may.xlsx", TASKS, tr)
    assert not [r for r in exceptions(tmp_path / "may.xlsx") if r[1] == "2026-03"]
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "report_freeze", AuditEntry.action == "create", AuditEntry.entity_id == "2026-03")) == 1


def test_a_reversal_next_month_of_a_final_months_receipt_is_listed_as_its_correction(prop, tmp_path):  # noqa: F811
    """A 红冲 is a new receipt: it names the final month's receipt by its number, and so is listed."""
    from frontdesk.fees.shift import ShiftService
    store, boss, rooms = prop
    shifts = ShiftService(store)
    with at((3, 31), hour=18):
        shifts.close(boss, str(shifts.figures(boss).cash_expected))
    with at((4, 2)):
        report.freeze(store, boss, "2026-03", tmp_path / "sent.xlsx", TASKS, tr)
    with store.read() as s:
        number, receipt = s.execute(select(Receipt.number, Receipt.id).where(
            Receipt.room_id == rooms["1-1-101"], Receipt.issued_at >= datetime(2026, 3, 5))).one()
    with at((4, 8)):
        FeeService(store).reverse(boss, receipt, "重复缴费", "转账", "6222 0000 1111")
    with at((5, 2)):
        report.write(store, "2026-04", tmp_path / "april.xlsx", TASKS, tr)
    rows = exceptions(tmp_path / "april.xlsx")
    [fix] = [r for r in rows if r[0] == "Correction after 定稿"]
    assert fix[1] == "2026-03" and number in fix[3] and "Create" in fix[3]
    assert any(r[0] == "Final month's figure changed" and r[3].startswith("Paid of this month") for r in rows)


def test_making_final_is_refused_to_a_receptionist_a_month_not_over_and_twice(prop, tmp_path):  # noqa: F811
    from frontdesk.core.operators import OperatorService
    store, boss, _rooms = prop
    ops = OperatorService(store)
    with at((4, 2)):
        ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
        clerk = ops.authenticate("qiantai", "Qiantai2026")
        with pytest.raises(PermissionDenied):
            report.freeze(store, clerk, "2026-03", tmp_path / "a.xlsx", TASKS, tr)
        with pytest.raises(ValidationError) as err:
            report.freeze(store, boss, "2026-04", tmp_path / "b.xlsx", TASKS, tr)
        assert err.value.field == "month" and "2026-04" in err.value.text()
        with pytest.raises(DomainError):  # a place that cannot be written: nothing kept
            report.freeze(store, boss, "2026-03", tmp_path, TASKS, tr)
        assert frozen_count(store) == 0
        report.freeze(store, boss, "2026-03", tmp_path / "c.xlsx", TASKS, tr)
        with pytest.raises(Conflict) as err:
            report.freeze(store, boss, "2026-03", tmp_path / "d.xlsx", TASKS, tr)
        assert err.value.field == "month" and "王主管" in err.value.text()
    assert frozen_count(store) == 1 and not (tmp_path / "a.xlsx").exists() and not (tmp_path / "d.xlsx").exists()
    assert not list(tmp_path.glob("*.part"))


def test_the_command_line_makes_a_month_final(prop, sqlite_url, tmp_path, capsys, monkeypatch, qapp):  # noqa: F811
    import io
    store, _boss, _rooms = prop
    out = tmp_path / "final.xlsx"
    with at((4, 2)):
        assert main(["--db", sqlite_url, "report", "monthly", "2026-03", "--out", str(out), "--final"]) != 0
        assert "--operator" in capsys.readouterr().err and not out.exists()
        monkeypatch.setattr("sys.stdin", io.StringIO(SUPER_PW + "\n"))
        assert main(["--db", sqlite_url, "report", "monthly", "2026-03", "--out", str(out), "--final",
                     "--operator", "zhuguan"]) == 0
    assert "定稿" in capsys.readouterr().out and frozen_count(store) == 1
    with at((4, 3)):
        assert main(["--db", sqlite_url, "report", "monthly", "2026-03", "--out", str(tmp_path / "b.xlsx")]) == 0
    assert (tmp_path / "b.xlsx").read_bytes() == out.read_bytes()


def test_the_menu_makes_last_month_final_for_a_supervisor_only(prop, boxes, tmp_path, qtbot):  # noqa: F811
    from tests.conftest import open_main_window
    store, boss, _rooms = prop
    with at((4, 2)):
        window = open_main_window(qtbot, store, boss)
        assert window.form.actionFinalReport.isEnabled()
        out = tmp_path / "定稿.xlsx"
        boxes.files.append(str(out))

        def confirm(dlg):
            dlg.form.month.setDate(QDate(2026, 4, 1))  # not over: refused at the field
            dlg.activateWindow()
            qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
            qtbot.keyClick(dlg.form.month, Qt.Key.Key_Return)
            confirm.refused = dlg.errors.text("month")
            dlg.form.month.setDate(QDate(2026, 3, 1))
            qtbot.keyClick(dlg.form.month, Qt.Key.Key_Return)

        done = when_modal(qtbot, confirm)
        window.form.actionFinalReport.trigger()
        done.check()
        assert "2026-04" in confirm.refused
        qtbot.waitUntil(lambda: bool(boxes.opened), timeout=30_000)
    assert boxes.opened == [out] and frozen_count(store) == 1
    assert any(kind == "ask" and "2026-03" in text for kind, text in boxes.shown)


def test_a_receptionist_cannot_make_a_month_final(prop, qtbot):  # noqa: F811
    from frontdesk.core.operators import OperatorService
    from tests.conftest import open_main_window
    store, boss, _rooms = prop
    with at((4, 2)):
        ops = OperatorService(store)
        ops.add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
        window = open_main_window(qtbot, store, ops.authenticate("qiantai", "Qiantai2026"))
    assert not window.form.actionFinalReport.isEnabled()


def test_two_desks_make_one_month_final_at_once(pg_templates, tmp_path):
    from frontdesk.core.store import open_store
    from tests.race import race
    name = pg_templates.new_db()
    store = open_store(pg_templates.url(name))
    try:
        with clock.pinned(datetime(2026, 1, 2, 10)):
            boss = set_up(store)
        with clock.pinned(datetime(2026, 2, 2, 10)):
            outcomes = race(store, "LOCK TABLE report_freeze IN EXCLUSIVE MODE", {},
                            lambda st: report.freeze(st, boss, "2026-01", tmp_path / "a.xlsx", TASKS, tr),
                            lambda st: report.freeze(st, boss, "2026-01", tmp_path / "b.xlsx", TASKS, tr))
        won = [o for o in outcomes if o.error is None]
        lost = [o for o in outcomes if o.error is not None]
        assert len(won) == 1 and len(lost) == 1, [o.error for o in outcomes]
        assert isinstance(lost[0].error, Conflict) and "another desk" in lost[0].error.text()
        assert frozen_count(store) == 1
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx" if outcomes[0] is won[0] else "b.xlsx"]
    finally:
        store.dispose()
        pg_templates.drop(name)
