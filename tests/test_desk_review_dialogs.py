"""Issue 11's dialogs: every form tells all its faults at once, at their fields; nothing is recorded
by a stray Enter; an empty list says where its items come from."""
from PySide6.QtCore import Qt

from frontdesk.core.settings import SettingsService
from frontdesk.fees.arrears import ArrearsService
from tests.conftest import type_text, when_modal
from tests.test_fees_desk_view import _open
from tests.test_fees_view import window  # noqa: F401 - 3栋, 张三 in 3-2-1201, Jan–Jun billed


def test_settings_show_every_fault_at_its_field_and_no_box(store, supervisor, zh_app, qtbot, boxes):
    from frontdesk.ui.admin_dialogs import SettingsDialog
    dlg = SettingsDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    f.propertyName.clear()
    f.lateRate.setText("9")
    f.cashLimit.setText("abc")
    assert not dlg.submit()
    assert dlg.errors.text("property_name") == "请填写物业（小区）名称。"
    assert "百分比" in dlg.errors.text("late_fee_rate") and dlg.errors.text("cash_over_limit")
    assert boxes.shown == []  # all at their fields, no message box first
    type_text(qtbot, f.propertyName, "翠湖花园")
    assert dlg.errors.text("property_name") == ""  # a field's message goes as soon as it changes
    f.lateRate.setText("0.05")
    f.cashLimit.setText("2000")
    f.officeEnd.setText("25:00")
    assert not dlg.submit() and "17:30" in dlg.errors.text("office_end")
    f.officeEnd.setText("18:00")
    assert dlg.submit() and SettingsService(store).get().cash_over_limit == 2000
    assert SettingsService(store).get().office_end == "18:00"


def test_a_reminder_needs_its_result(window, store, supervisor, qtbot):
    from frontdesk.fees.desk_dialogs import ArrearsDialog
    dlg = ArrearsDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.table.selectRow(0)
    room = dlg._current().room_id
    dlg.form.outcome.setFocus()
    qtbot.keyClick(dlg.form.outcome, Qt.Key.Key_Return)
    qtbot.keyClick(dlg.form.outcome, Qt.Key.Key_Return)
    assert ArrearsService(store).reminders(room) == [] and "催缴结果" in dlg.errors.text("outcome")
    type_text(qtbot, dlg.form.outcome, "无人接听")
    qtbot.keyClick(dlg.form.outcome, Qt.Key.Key_Return)
    assert [r[2] for r in ArrearsService(store).reminders(room)] == ["无人接听"]


def test_one_off_charge_without_items_says_where_they_come_from(window, store, qtbot):
    tab = _open(window, store)
    seen = {}

    def look(dlg):
        seen["error"] = dlg.errors.text("item")
        seen["save"] = dlg.form.buttons.button(dlg.form.buttons.StandardButton.Save).isEnabled()
        dlg.reject()

    done = when_modal(qtbot, look)
    qtbot.mouseClick(tab.form.oneOffButton, Qt.MouseButton.LeftButton)
    done.check()
    assert "设置 → 收费标准" in seen["error"] and seen["save"] is False


def test_person_and_call_forms_tell_every_fault_at_once(window, store, supervisor, qtbot):
    from frontdesk.registration.dialogs import CallDialog, PersonDialog
    from frontdesk.registration.service import RegistrationService
    room = RegistrationService(store).search("3-2-1201")[0].room_id
    dlg = PersonDialog(store, supervisor, room, "3-2-1201", window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.phone.setText("12")
    dlg.form.idNumber.setText("110101199003070000")
    assert not dlg.submit()
    assert dlg.errors.text("name") and dlg.errors.text("phone") and dlg.errors.text("id_number")
    call = CallDialog(store, supervisor, window)
    qtbot.addWidget(call)
    call.show()
    call.form.phone.setText("abc")
    assert not call.submit()
    assert call.errors.text("content") and call.errors.text("phone")


def test_the_audit_log_reads_as_a_person_reads_it(window, store, supervisor, qtbot, tmp_path):
    from openpyxl import load_workbook

    from frontdesk.core.audit_log import AuditLogService
    from frontdesk.i18n import translate
    from frontdesk.ui.audit_dialog import AuditDialog
    tab = _open(window, store)
    tab.form.cash.setText("1000")
    tab.take_payment()
    dlg = AuditDialog(store, supervisor, window)
    qtbot.addWidget(dlg)
    m = dlg.model
    rows = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    paid = next(r for r in rows if r[3] == "收据")
    assert "房屋：3-2-1201" in paid[7] and "账单：物业管理费 2026-01 至 2026-06（6 笔）" in paid[7]
    assert "room_id" not in paid[7] and "…" not in paid[7]
    person = next(r for r in rows if r[3] == "房屋")
    assert person[4] != "" and not person[4].isdigit()  # the room's code, not its id
    dlg.form.table.selectRow(rows.index(paid))
    assert "合计：994.02" in dlg.form.detail.toPlainText()
    svc = AuditLogService(store)
    out = tmp_path / "audit.xlsx"
    svc.export(supervisor, svc.query(supervisor), out, translate)
    values = [c.value for row in load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert any(isinstance(v, str) and "房屋：3-2-1201" in v for v in values)


def test_file_choosers_speak_chinese_and_open_in_the_documents_folder(zh_app, qtbot, tmp_path, monkeypatch):
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    from frontdesk import config
    from frontdesk.ui import msgbox
    dlg = QFileDialog(None, "导出")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dlg)
    labels = [w.text() for w in dlg.findChildren(QLabel) if w.text()]
    assert labels and not [t for t in labels if re.search(r"[A-Za-z]{3,}", t.replace("&", ""))], labels
    seen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters: (
        seen.append(start) or (str(tmp_path / "out" / "r.xlsx"), filters)))
    (tmp_path / "out").mkdir()
    assert config.file_folder() not in ("", str(__import__("pathlib").Path.cwd()))  # documents, not the program
    msgbox.save_file(None, "t", "收据登记簿.xlsx", "Excel (*.xlsx)")
    msgbox.save_file(None, "t", "审计日志.xlsx", "Excel (*.xlsx)")
    assert seen[1] == str(tmp_path / "out" / "审计日志.xlsx")  # the folder used last is remembered


def test_the_lock_covers_the_window_and_an_open_form_and_keeps_what_was_typed(window, store, qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    from frontdesk.registration.dialogs import CallDialog
    from tests.conftest import SUPER_PW
    call = CallDialog(store, window.actor, window)
    qtbot.addWidget(call)
    call.show()
    type_text(qtbot, call.form.caller, "张三")
    seen = {}

    def look_then_unlock(lock):
        for w in (window, call):
            covers = [c for c in w.findChildren(QLabel, "lockCurtain", Qt.FindChildOption.FindDirectChildrenOnly)
                      if c.isVisible()]
            seen[w is window] = bool(covers) and covers[0].geometry() == w.rect()
        seen["menus"] = window.menuBar().isEnabled()
        lock.form.password.setText(SUPER_PW)
        lock.submit()

    done = when_modal(qtbot, look_then_unlock)
    window.lock()
    done.check()
    assert seen == {True: True, False: True, "menus": False}
    QApplication.processEvents()
    assert not [c for c in window.findChildren(QLabel, "lockCurtain") if c.isVisible()]
    assert call.isVisible() and call.form.caller.text() == "张三"  # nothing typed is lost


def test_ctrl_q_asks_when_a_payment_is_half_typed(window, store, qtbot, boxes):
    tab = _open(window, store)
    tab.form.cash.setFocus()
    qtbot.keyClicks(tab.form.cash, "500")
    boxes.answer = False
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert boxes.shown[-1][0] == "ask" and "3栋2单元1201" in boxes.shown[-1][1] and window.isVisible()
    tab.form.cash.clear()
    with qtbot.waitSignal(window.finished):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len([b for b in boxes.shown if b[0] == "ask"]) == 1  # nothing typed: no question
