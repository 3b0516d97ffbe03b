"""First-start setup, log-in, the idle lock, and changing a password."""
from __future__ import annotations

from typing import TYPE_CHECKING

from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from frontdesk.i18n import translate
from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.forms.ui_login_dialog import Ui_LoginDialog

if TYPE_CHECKING:  # the log-in window shows before the store layer is even imported
    from frontdesk.core.audit import Actor
    from frontdesk.core.db import Store

MISMATCH = QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same.")


def same_passwords(first: str, second: str, field: str = "repeat_password") -> None:
    """The repeat field of a form must match (a form rule, not a domain rule)."""
    if first != second:
        raise ValidationError(MISMATCH, field)


class SetupDialog(FormDialog):
    """First start: the property and the first supervisor. ``actor`` is set on success."""

    def __init__(self, store: Store, parent=None) -> None:
        from frontdesk.ui.forms.ui_setup_dialog import Ui_SetupDialog
        super().__init__(Ui_SetupDialog, parent)
        f = self.form
        self.store = store
        self.actor: Actor | None = None
        from frontdesk.core.operators import MIN_PASSWORD
        f.password.setPlaceholderText(translate("Common", "At least {n} characters, letters and digits")
                                      .format(n=MIN_PASSWORD))
        f.hotline.setPlaceholderText("010-12345678")
        self.wire({"property_name": f.propertyName, "company_name": f.companyName, "address": f.address,
                   "hotline": f.hotline, "username": f.username, "display_name": f.displayName,
                   "password": f.password, "repeat_password": f.repeatPassword})

    def save(self) -> None:
        f = self.form
        same_passwords(f.password.text(), f.repeatPassword.text())
        from frontdesk.core.settings import SettingsService
        self.actor = SettingsService(self.store).first_setup(
            {"property_name": f.propertyName.text(), "company_name": f.companyName.text(),
             "address": f.address.text(), "hotline": f.hotline.text()},
            f.username.text(), f.displayName.text(), f.password.text())


class LoginDialog(FormDialog):
    """User name and password. ``actor`` is set on success; a wrong attempt says nothing of which
    part was wrong. Shown at once at start-up with the property's name from the last run while the
    store is still being opened (``store`` None): log-in waits until ``attach`` hands it the store."""

    def __init__(self, store: Store | None, property_name: str = "", parent=None) -> None:
        super().__init__(Ui_LoginDialog, parent)
        f = self.form
        self.actor: Actor | None = None
        f.buttons.button(f.buttons.StandardButton.Ok).setText(translate("LoginDialog", "&Log in"))
        f.buttons.button(f.buttons.StandardButton.Cancel).setText(translate("LoginDialog", "&Quit"))
        self.wire({"username": f.username, "password": f.password})
        f.username.setFocus()
        self.attach(store, property_name)

    def attach(self, store: Store | None, property_name: str) -> None:
        self.store = store
        subtitle = translate("LoginDialog", "Front desk — please log in") if store is not None else \
            translate("LoginDialog", "Opening the data…")
        self.form.propertyLabel.setText(f"<h2>{property_name or 'Frontdesk'}</h2><p>{subtitle}</p>")
        self.form.buttons.button(self.form.buttons.StandardButton.Ok).setEnabled(store is not None)

    def save(self) -> None:
        from frontdesk.core.operators import OperatorService
        self.actor = OperatorService(self.store).authenticate(self.form.username.text(), self.form.password.text())

    def failed(self, err) -> None:
        self.form.password.clear()


class LockDialog(FormDialog):
    """The session is locked after the idle time: the same operator's password unlocks it,
    or another operator takes over (``SWITCH``)."""

    SWITCH = 2

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        from frontdesk.ui.forms.ui_lock_dialog import Ui_LockDialog
        super().__init__(Ui_LockDialog, parent)
        f = self.form
        self.store, self.actor = store, actor
        f.message.setText(translate("LockDialog", "<h3>Frontdesk is locked</h3>{name} is logged in. Enter the "
                                                  "password to go on, or switch to another operator.")
                          .format(name=actor.display_name))
        f.unlockButton.clicked.connect(self.submit)
        f.switchButton.clicked.connect(lambda: self.done(self.SWITCH))
        self.wire({"password": f.password})
        f.password.setFocus()

    def save(self) -> None:
        from frontdesk.core.operators import OperatorService
        OperatorService(self.store).verify(self.actor, self.form.password.text())

    def failed(self, err) -> None:
        self.form.password.clear()

    def reject(self) -> None:  # Esc does not unlock
        pass


class PasswordDialog(FormDialog):
    """Change one's own password, or (``reset_for``) a supervisor sets someone else's."""

    def __init__(self, store: Store, actor: Actor, parent=None, reset_for: tuple[int, str] | None = None,
                 forced: bool = False) -> None:
        from frontdesk.ui.forms.ui_password_dialog import Ui_PasswordDialog
        super().__init__(Ui_PasswordDialog, parent)
        f = self.form
        self.store, self.actor, self.reset_for = store, actor, reset_for
        from frontdesk.core.operators import MIN_PASSWORD
        rule = translate("PasswordDialog", "A password needs at least {n} characters, with both letters and "
                                           "digits.").format(n=MIN_PASSWORD)
        if reset_for:
            self.setWindowTitle(translate("PasswordDialog", "Reset password of {name}").format(name=reset_for[1]))
            f.oldLabel.hide()
            f.oldPassword.hide()
            f.hint.setText(rule + " " + translate("PasswordDialog", "The operator must change it at the next log-in."))
        elif forced:
            f.hint.setText(translate("PasswordDialog", "Your password was reset by a supervisor. Please choose "
                                                       "your own password now.") + " " + rule)
        else:
            f.hint.setText(rule)
        self.wire({"old_password": f.oldPassword, "new_password": f.newPassword, "password": f.newPassword,
                   "repeat_password": f.repeatPassword})

    def save(self) -> None:
        f = self.form
        from frontdesk.core.operators import OperatorService
        svc = OperatorService(self.store)
        same_passwords(f.newPassword.text(), f.repeatPassword.text())
        if self.reset_for:
            svc.reset_password(self.actor, self.reset_for[0], f.newPassword.text())
        else:
            svc.change_own_password(self.actor, f.oldPassword.text(), f.newPassword.text())
