"""Setup, log-in, lock and password dialogs, driven with the keyboard as a receptionist would."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from frontdesk.core.operators import OperatorService
from frontdesk.core.settings import SettingsService
from frontdesk.ui.account_dialogs import LockDialog, LoginDialog, PasswordDialog, SetupDialog
from tests.conftest import SUPER_PW, type_text


def ok(dlg):
    return dlg.form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_setup_dialog_errors_at_the_field_then_success(store, zh_app, qtbot):
    dlg = SetupDialog(store)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    type_text(qtbot, f.companyName, "示例物业服务有限公司")
    qtbot.keyClicks(f.username, "zhuguan")
    type_text(qtbot, f.displayName, "王主管")
    qtbot.keyClicks(f.password, "short")
    qtbot.keyClicks(f.repeatPassword, "short")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.errors.text("property_name") == "请填写物业（小区）名称。"
    assert dlg.focusWidget() is f.propertyName
    assert SettingsService(store).needs_setup()  # nothing was written

    type_text(qtbot, f.propertyName, "翠湖花园")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.errors.text("password") == "密码至少 8 位，且须同时包含字母和数字。"
    assert dlg.errors.text("property_name") == ""

    f.password.setText(SUPER_PW)
    f.repeatPassword.setText(SUPER_PW + "x")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.errors.text("repeat_password") == "两次输入的密码不一致。"

    f.repeatPassword.setText(SUPER_PW)
    f.hotline.setText("12")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert "电话号码无效" in dlg.errors.text("hotline")
    assert SettingsService(store).needs_setup()

    f.hotline.setText("0571-88886666")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.username == "zhuguan" and dlg.actor.is_supervisor
    assert SettingsService(store).get().property_name == "翠湖花园"


def test_login_wrong_password_gives_no_hint_then_enter_logs_in(store, supervisor, zh_app, qtbot):
    dlg = LoginDialog(store, "翠湖花园")
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    assert "翠湖花园" in f.propertyLabel.text()
    qtbot.keyClicks(f.username, "zhuguan")
    qtbot.keyClick(f.username, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is f.password
    qtbot.keyClicks(f.password, "wrong-password1")
    qtbot.keyClick(f.password, Qt.Key.Key_Return)
    wrong_pw = dlg.errors.text("password")
    assert wrong_pw == "用户名或密码不正确。"
    assert f.password.text() == ""  # cleared for the next try
    f.username.setText("nobody")
    qtbot.keyClicks(f.password, SUPER_PW)
    qtbot.keyClick(f.password, Qt.Key.Key_Return)
    assert dlg.errors.text("password") == wrong_pw  # same words: no hint which part was wrong
    f.username.setText("zhuguan")
    qtbot.keyClicks(f.password, SUPER_PW)
    qtbot.keyClick(f.password, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.display_name == "王主管"


def test_disabled_account_is_told_so(store, supervisor, receptionist, zh_app, qtbot):
    OperatorService(store).update(supervisor, receptionist.id, active=False)
    dlg = LoginDialog(store)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.username.setText("qiantai")
    dlg.form.password.setText("Qiantai2026")
    qtbot.keyClick(dlg.form.password, Qt.Key.Key_Return)
    assert dlg.errors.text("username") == "该账号已停用，请联系主管。"
    assert dlg.result() != QDialog.DialogCode.Accepted


def test_lock_dialog(store, supervisor, zh_app, qtbot):
    dlg = LockDialog(store, supervisor)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "王主管" in dlg.form.message.text()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible()  # Esc does not unlock
    qtbot.keyClicks(dlg.form.password, "nope")
    qtbot.keyClick(dlg.form.password, Qt.Key.Key_Return)
    assert dlg.errors.text("password") == "密码不正确。"
    qtbot.keyClicks(dlg.form.password, SUPER_PW)
    qtbot.keyClick(dlg.form.password, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_receptionist_changes_own_password(store, receptionist, zh_app, qtbot):
    dlg = PasswordDialog(store, receptionist)
    qtbot.addWidget(dlg)
    dlg.show()
    f = dlg.form
    f.oldPassword.setText("wrong1234")
    f.newPassword.setText("Better2026")
    f.repeatPassword.setText("Better2026")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.errors.text("old_password") == "当前密码不正确。"
    f.oldPassword.setText("Qiantai2026")
    qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert OperatorService(store).authenticate("qiantai", "Better2026").id == receptionist.id
