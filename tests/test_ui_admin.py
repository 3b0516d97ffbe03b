"""Operators, settings, calendar and audit-log dialogs, driven through their widgets."""
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from frontdesk.core.models import AuditEntry
from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.ui.admin_dialogs import CalendarDialog, OperatorEditDialog, OperatorsDialog, SettingsDialog
from frontdesk.ui.audit_dialog import AuditDialog
from tests.conftest import type_text
from tests.helpers import sum_formula


def save(dlg):
    dlg.form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_operator_with_the_keyboard_and_field_errors(store, supervisor, zh_app, qtbot):
    dlg = OperatorEditDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    qtbot.keyClicks(f.username, "zhuguan")  # taken
    qtbot.keyClick(f.username, Qt.Key.Key_Tab)
    type_text(qtbot, f.displayName, "李前台")
    f.password.setText("Qiantai2026")
    f.repeatPassword.setText("Qiantai2026")
    save(dlg)
    assert dlg.errors.text("username") == "用户名 zhuguan 已被使用，请换一个。"
    f.username.setText("qiantai")
    save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert [o.username for o in OperatorService(store).list()] == ["qiantai", "zhuguan"]


def test_operators_dialog_disables_an_account(store, supervisor, receptionist, zh_app, qtbot, boxes):
    dlg = OperatorsDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == 2
    dlg.form.table.selectRow(0)
    assert dlg.current().username == "qiantai"
    assert dlg.form.activeButton.text() == "停用(&D)"
    qtbot.mouseClick(dlg.form.activeButton, Qt.MouseButton.LeftButton)
    assert "停用 李前台" in boxes.shown[-1][1]
    row = next(r for r in OperatorService(store).list() if r.username == "qiantai")
    assert not row.active
    assert dlg.model.item(dlg.rows.index(row), 3).text() == "已停用"
    # disabling oneself is refused by the service and said in Chinese
    dlg.form.table.selectRow([r.username for r in dlg.rows].index("zhuguan"))
    qtbot.mouseClick(dlg.form.activeButton, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1] == ("warn", "不能停用自己的账号。")


def test_receptionist_sees_operators_read_only(store, receptionist, zh_app, qtbot):
    dlg = OperatorsDialog(store, receptionist)
    qtbot.addWidget(dlg)
    assert not dlg.form.addButton.isEnabled() and not dlg.form.activeButton.isEnabled()


def test_settings_dialog(store, supervisor, zh_app, qtbot):
    dlg = SettingsDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    assert f.propertyName.text() == "翠湖花园"
    f.hotline.setText("12345")
    save(dlg)
    assert "电话号码无效" in dlg.errors.text("hotline")
    assert SettingsService(store).get().hotline == "010-12345678"  # unchanged
    f.hotline.setText("0571-88886666")
    f.propertyName.clear()
    type_text(qtbot, f.propertyName, "翠湖花园二期")
    f.idleMinutes.setValue(5)
    f.waterLimit.setText("-1")
    save(dlg)
    assert "大于 0" in dlg.errors.text("custody_water_limit")
    f.waterLimit.setText("6")
    save(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    got = SettingsService(store).get()
    assert (got.property_name, got.hotline, got.idle_lock_minutes) == ("翠湖花园二期", "0571-88886666", 5)
    assert got.custody_water_limit == 6 and got.custody_power_limit == 20


def test_receptionist_settings_are_read_only_but_language_is_theirs(store, receptionist, zh_app, qtbot, boxes):
    from frontdesk import config
    dlg = SettingsDialog(store, receptionist)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.form.propertyBox.isEnabled() and not dlg.form.deskBox.isEnabled()
    dlg.form.language.setCurrentIndex(dlg.form.language.findData("en"))
    save(dlg)
    assert config.language() == "en" and dlg.language_changed
    assert "下次启动" in boxes.shown[-1][1]


def test_english_can_be_switched_on(qapp):
    from frontdesk import i18n
    try:
        i18n.install(qapp, "en")
        assert i18n.translate("Tasks", "Registration") == "Registration"
        i18n.install(qapp, "zh_CN")
        assert i18n.translate("Tasks", "Registration") == "登记"
    finally:
        i18n.install(qapp, "zh_CN")


def test_calendar_dialog(store, supervisor, zh_app, qtbot):
    from frontdesk.core.workdays import CalendarService
    CalendarService(store).ensure_seeded()
    dlg = CalendarDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    f.year.setValue(2026)
    assert "齐全" in f.status.text()
    assert f.days.rowCount() > 20
    f.year.setValue(2027)
    assert "尚无节假日数据" in f.status.text()
    f.day.setDate(QDate(2027, 1, 1))
    type_text(qtbot, f.name, "元旦")
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)
    assert f.days.rowCount() == 1
    assert [f.days.item(0, c).text() for c in range(4)] == ["2027-01-01", "周五", "放假", "元旦"]


@pytest.fixture
def big_audit(store, supervisor):
    """100,000 audit rows over two years, three operators."""
    start = datetime(2025, 1, 1, 8, 0)
    rows = [{"at": start + timedelta(minutes=7 * i), "operator_id": supervisor.id,
             "operator_name": ("王主管", "李前台", "赵前台")[i % 3], "action": ("create", "update", "login")[i % 3],
             "entity": ("person", "room", "operator")[i % 3], "entity_id": str(i), "summary": f"记录{i}",
             "before": None, "after": '{"phone": "138****8000"}' if i % 3 == 1 else None}
            for i in range(100_000)]
    with store.write() as s:
        s.execute(AuditEntry.__table__.insert(), rows)
    return rows


def test_audit_viewer_pages_100000_rows_lazily(store, supervisor, big_audit, zh_app, qtbot, qtmodeltester, boxes, tmp_path):
    dlg = AuditDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    f.dateFrom.setDate(QDate(2024, 12, 1))
    f.dateTo.setDate(QDate(2027, 1, 1))
    model = dlg.model
    assert model.total >= 100_000
    assert model.rowCount() == 200  # one page, not the table
    assert f.countLabel.text() == f"共 {model.total} 条"
    first = model.data(model.index(0, 0))
    assert first >= model.data(model.index(199, 0))  # newest first
    f.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 400)
    assert model.pages_fetched >= 2
    qtmodeltester.check(model)

    # sorting happens in the database, over all rows
    f.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 200
    assert {model.data(model.index(r, 1)) for r in range(200)} == {"李前台"}
    assert model.data(model.index(0, 2)) == "修改"

    # filters narrow the query
    f.operatorFilter.setCurrentIndex(0)
    f.entityFilter.setCurrentIndex(f.entityFilter.findText("房屋"))
    assert model.total == 33_333
    qtbot.keyClicks(dlg.search, "99997")  # results as you type, after a short pause
    qtbot.waitUntil(lambda: model.total == 1)
    assert model.data(model.index(0, 4)) == "99997"
    f.table.selectRow(0)
    assert "修改后" in f.detail.toPlainText() and "138****8000" in f.detail.toPlainText()

    # export what is shown to Excel
    out = tmp_path / "audit.xlsx"
    boxes.files.append(str(out))
    qtbot.mouseClick(f.exportButton, Qt.MouseButton.LeftButton)
    wb = load_workbook(out)
    ws = wb["审计日志"]
    assert [c.value for c in ws[1]][:5] == ["时间", "操作员", "操作", "记录类别", "记录"]
    assert ws.max_row == 2 and ws["D2"].value == "房屋" and isinstance(ws["A2"].value, datetime)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1")
    summary = wb["按操作员"]
    assert summary["A3"].value == "合计" and sum_formula(summary, "B3") == summary["B2"].value == 1
    assert len(summary._charts) == 1


def test_receptionist_cannot_read_the_audit_log(store, receptionist, zh_app):
    from frontdesk.core.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        AuditDialog(store, receptionist)




def test_calendar_dialog_says_which_year_is_missing_and_opens_at_it(store, supervisor, zh_app, qtbot):
    from frontdesk.core import clock
    from frontdesk.core.workdays import CalendarService
    CalendarService(store).ensure_seeded()
    with clock.pinned(datetime(2026, 11, 30, 9, 0)):
        dlg = CalendarDialog(store, supervisor)
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.form.year.value() == 2026 and not dlg.form.notice.isVisible()
        assert dlg.form.day.date() == QDate(2026, 11, 30)  # today by the one clock
    with clock.pinned(datetime(2026, 12, 1, 9, 0)):
        dlg = CalendarDialog(store, supervisor)
        qtbot.addWidget(dlg)
        dlg.show()
        f = dlg.form
        assert f.year.value() == 2027 and f.day.date() == QDate(2027, 1, 1) and f.notice.isVisible()
        assert f.notice.text().startswith("2027年的法定节假日尚未录入：国务院办公厅通知发布后")
        assert "该年已录入完整" in f.notice.text() and "尚无节假日数据" in f.status.text()
        f.year.setValue(2026)  # looking at this year: the notice stays, it is about 2027
        assert f.notice.isVisible() and "齐全" in f.status.text()
