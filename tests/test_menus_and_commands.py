"""The window and the command line say the same: every register ``frontdesk export`` writes is in the
报表 menu (both from the task's one declaration, ``Task.registers``), and the menu writes it as a
desk does — the days asked (last month filled in), where to save, a progress bar, the workbook
opened afterwards."""
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from frontdesk.cli import build_parser
from frontdesk.core import clock
from frontdesk.i18n import translate
from frontdesk.registration.service import RegistrationService, plan_building
from frontdesk.tasks import TASKS
from frontdesk.ui.range_dialog import DateRangeDialog
from frontdesk.workorders.service import WorkOrderService
from tests.conftest import open_main_window, when_modal

JULY = datetime(2026, 7, 15, 10, 0)


def _export_commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]
    what = next(a for a in export._actions if a.dest == "what")
    return set(what.choices)


@pytest.fixture
def window(store, supervisor, zh_app, qtbot):
    with clock.pinned(JULY):
        yield open_main_window(qtbot, store, supervisor)


def test_every_export_command_is_in_the_reports_menu(window):
    """The rule for every task: each ``frontdesk export NAME`` has its entry in 报表, and the menu
    has no register the command line lacks."""
    menu = window.form.menuReports
    registers = [a for a in menu.actions() if a.objectName().startswith("actionRegister_")]
    assert {a.objectName().removeprefix("actionRegister_") for a in registers} == _export_commands()
    assert {"workorders", "receipts"} <= _export_commands()
    texts = [a.text() for a in registers]
    assert "工单登记簿(&W)…" in texts and "收据登记簿(&C)…" in texts
    declared = [r for t in TASKS for r in t.registers]
    assert texts == [translate("Tasks", r.title) for r in declared]  # in the tasks' order, first in the menu
    assert menu.actions()[:len(registers)] == registers


def test_the_work_order_register_from_the_menu(window, store, supervisor, boxes, tmp_path, qtbot):
    reg = RegistrationService(store)
    reg.create_building_rooms(supervisor, "3", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
    room = reg.search("3-1-101")[0].room_id
    svc = WorkOrderService(store)
    with clock.pinned(datetime(2026, 6, 10, 9, 30)):
        june = svc.register(supervisor, kind="repair_home", content="厨房水管漏水", room_id=room)
    with clock.pinned(JULY):
        july = svc.register(supervisor, kind="repair_home", content="阳台门锁坏了", room_id=room)
        out = tmp_path / "登记簿"  # no suffix typed: .xlsx is added
        boxes.files.append(str(out))
        seen = {}

        def confirm(dlg):
            seen.update(kind=type(dlg), title=dlg.windowTitle(), first=dlg.form.dateFrom.date(),
                        last=dlg.form.dateTo.date(), focus=dlg.focusWidget() is dlg.form.dateFrom)
            qtbot.keyClick(dlg.form.dateFrom, Qt.Key.Key_Return)  # Enter confirms

        done = when_modal(qtbot, confirm)
        window.register_actions["workorders"].trigger()
        done.check()
        assert seen == {"kind": DateRangeDialog, "title": "工单登记簿", "first": QDate(2026, 6, 1),
                        "last": QDate(2026, 6, 30), "focus": True}  # last month, by the one clock
        qtbot.waitUntil(lambda: bool(boxes.opened), timeout=20_000)
    path = Path(str(out) + ".xlsx")
    assert boxes.opened == [path] and not window.register_job.running()
    cells = [str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows() for c in row if c.value]
    assert june.number in cells and july.number not in cells and "厨房水管漏水" in cells
    assert window.statusBar().currentMessage() == f"已将 1 张工单写入 {path}。"


def test_each_register_of_the_menu_writes_its_workbook(window, boxes, tmp_path, qtbot):
    """Every declared register, not only the one above: the file written, then opened."""
    for name, action in window.register_actions.items():
        out = tmp_path / f"{name}.xlsx"
        boxes.files.append(str(out))
        done = when_modal(qtbot, lambda dlg: dlg.submit())
        with clock.pinned(JULY):
            action.trigger()
            done.check()
            qtbot.waitUntil(lambda: out in boxes.opened, timeout=20_000)
        assert openpyxl.load_workbook(out).sheetnames


def test_days_the_wrong_way_round_are_told_at_the_first_day(window, boxes, qtbot):
    seen = {}

    def reversed_range(dlg):
        dlg.form.dateFrom.setDate(QDate(2026, 7, 1))
        dlg.form.dateTo.setDate(QDate(2026, 6, 1))
        seen["accepted"] = dlg.submit()
        seen["error"] = dlg.errors.text("date_from")
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc cancels: nothing asked after it

    done = when_modal(qtbot, reversed_range)
    with clock.pinned(JULY):
        assert window.register_actions["receipts"].trigger() is None
    done.check()
    assert seen == {"accepted": False, "error": "开始日期（2026-07-01）晚于结束日期（2026-06-01），请检查日期范围。"}
    assert boxes.opened == [] and boxes.shown == []


def test_every_key_the_help_page_names_is_bound_and_every_function_key_is_named(window):
    """The help page is built from each task's ``key_help``: each key named there works (a key of the
    task's ``keys`` works on every tab, any other on its tab), and no function key of a tab is left
    out of it."""
    from PySide6.QtGui import QKeySequence, QShortcut
    on_window = {s.key() for s in window.findChildren(QShortcut) if s.parent() is window}
    named = set()
    for task in (t for t in TASKS if t.has_page):
        tab = window.task_tab(task.key)
        on_tab = {s.key() for s in tab.findChildren(QShortcut)}
        for key, _what in task.key_help:
            seq = QKeySequence(key)
            assert (seq in on_window) if key in task.keys else (seq in on_tab), (task.key, key)
            named.add(seq.toString())
        function_keys = {s.toString() for s in on_tab if s.toString()[:1] == "F" and s.toString()[1:].isdigit()}
        assert function_keys <= named, (task.key, function_keys - named)
    assert {"F2", "F3", "F4", "F6", "F7", "F8", "Ctrl+Return"} <= named


def test_the_monthly_report_from_the_menu(window, store, supervisor, boxes, tmp_path, qtbot):
    """报表 → 月度报表: last month filled in, a month not begun refused at its field, the workbook
    written behind the progress bar and opened; every task's part in it."""
    from frontdesk.ui.range_dialog import MonthDialog
    reg = RegistrationService(store)
    with clock.pinned(datetime(2026, 6, 10, 9, 30)):
        reg.create_building_rooms(supervisor, "3", plan_building(1, 2, 2, ["89.55", "120"]), state="已入住")
        room = reg.search("3-1-101")[0].room_id
        WorkOrderService(store).register(supervisor, kind="repair_home", content="厨房水管漏水", room_id=room)
    with clock.pinned(JULY):
        out = tmp_path / "月报.xlsx"
        boxes.files.append(str(out))
        seen = {}

        def confirm(dlg):
            seen.update(kind=type(dlg), month=dlg.form.month.date().toString("yyyy-MM"),
                        focus=dlg.focusWidget() is dlg.form.month)
            dlg.form.month.setDate(QDate(2026, 8, 1))  # not begun: refused at the field
            dlg.activateWindow()
            qtbot.waitUntil(dlg.isActiveWindow, timeout=2000)
            qtbot.keyClick(dlg.form.month, Qt.Key.Key_Return)
            seen["refused"] = dlg.errors.text("month")
            dlg.form.month.setDate(QDate(2026, 6, 1))
            qtbot.keyClick(dlg.form.month, Qt.Key.Key_Return)  # Enter confirms

        done = when_modal(qtbot, confirm)
        window.form.actionMonthlyReport.trigger()
        done.check()
        assert seen["kind"] is MonthDialog and seen["month"] == "2026-06" and seen["focus"]
        assert "尚未开始" in seen["refused"] or "2026-08" in seen["refused"], seen["refused"]
        qtbot.waitUntil(lambda: bool(boxes.opened), timeout=30_000)
    assert boxes.opened == [out] and not window.report_job.running()
    wb = openpyxl.load_workbook(out)
    assert {"概览", "工单", "收费", "异常", "说明"} <= set(wb.sheetnames)
    assert "2026-06" in str(wb["概览"]["A1"].value)
