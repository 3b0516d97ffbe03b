"""Supervisor dialogs: property settings and preferences, operators, the holiday calendar.

The services refuse what a receptionist may not do; these dialogs also disable those controls
so nobody is offered a button that would only say no.
"""
from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from frontdesk import config
from frontdesk.core import clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.operators import RECEPTIONIST, ROLES, SUPERVISOR, OperatorService
from frontdesk.core.settings import PaymentCode, SettingsService, payment_code_file, read_payment_code
from frontdesk.core.workdays import MISSING_YEAR_NOTICE, CalendarService
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.account_dialogs import PasswordDialog, same_passwords
from frontdesk.ui.fielderrors import FieldErrors, FormDialog
from frontdesk.ui.forms.ui_calendar_dialog import Ui_CalendarDialog
from frontdesk.ui.forms.ui_operator_edit_dialog import Ui_OperatorEditDialog
from frontdesk.ui.forms.ui_operators_dialog import Ui_OperatorsDialog
from frontdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog

CALENDAR_COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Date"), QT_TRANSLATE_NOOP("Columns", "Weekday"),
                    QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Holiday name"))
WEEKDAYS = (QT_TRANSLATE_NOOP("Weekdays", "Mon"), QT_TRANSLATE_NOOP("Weekdays", "Tue"), QT_TRANSLATE_NOOP("Weekdays", "Wed"),
            QT_TRANSLATE_NOOP("Weekdays", "Thu"), QT_TRANSLATE_NOOP("Weekdays", "Fri"), QT_TRANSLATE_NOOP("Weekdays", "Sat"),
            QT_TRANSLATE_NOOP("Weekdays", "Sun"))


class SettingsDialog(FormDialog):
    """Property details and desk-wide preferences (supervisor), language (this computer)."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(Ui_SettingsDialog, parent)
        f = self.form
        self.store, self.actor = store, actor
        self.language_changed = False
        current = SettingsService(store).get()
        f.propertyName.setText(current.property_name)
        f.companyName.setText(current.company_name)
        f.address.setText(current.address)
        f.hotline.setText(current.hotline)
        f.idleMinutes.setValue(current.idle_lock_minutes)
        f.backupKeep.setValue(current.backup_keep)
        f.waterLimit.setText(str(current.custody_water_limit))
        f.powerLimit.setText(str(current.custody_power_limit))
        f.lateFeeEnabled.setChecked(current.late_fee_enabled)
        f.lateRate.setText(str(current.late_fee_rate))
        f.lateBasis.addItem(translate("SettingsDialog", "per day overdue"), "day")
        f.lateBasis.addItem(translate("SettingsDialog", "per month overdue"), "month")
        f.lateBasis.setCurrentIndex(f.lateBasis.findData(current.late_fee_basis))
        f.graceDays.setValue(current.late_fee_grace_days)
        f.partialPayments.setChecked(current.partial_payments)
        f.cashLimit.setText(str(current.cash_over_limit))
        f.officeEnd.setText(current.office_end)
        f.followGap.setValue(current.follow_up_gap_hours)
        f.receiptLayout.addItem(translate("SettingsDialog", "A4, three parts (stub, payer, accounts)"), "three_part")
        f.receiptLayout.addItem(translate("SettingsDialog", "A5, the payer's copy only"), "a5")
        f.receiptLayout.setCurrentIndex(f.receiptLayout.findData(current.receipt_layout))
        image = SettingsService(store).payment_code_image()
        self.payment_code = PaymentCode(image, current.payment_code) if image else None  # as shown
        self.payment_code_changed = False  # loaded or removed here: saved with the rest
        self._show_payment_code()
        f.loadPaymentCode.clicked.connect(self.load_payment_code)
        f.removePaymentCode.clicked.connect(self.remove_payment_code)
        for code, name in config.LANGUAGES.items():
            f.language.addItem(name, code)
        f.language.setCurrentIndex(f.language.findData(config.language()))
        for box in (f.propertyBox, f.deskBox, f.feesBox):
            box.setEnabled(actor.is_supervisor)
        if not actor.is_supervisor:
            f.propertyBox.setTitle(f.propertyBox.title() + " — "
                                   + translate("SettingsDialog", "only a supervisor may change this"))
        self.wire({"property_name": f.propertyName, "company_name": f.companyName, "address": f.address,
                   "hotline": f.hotline, "idle_lock_minutes": f.idleMinutes, "backup_keep": f.backupKeep,
                   "custody_water_limit": f.waterLimit, "custody_power_limit": f.powerLimit,
                   "late_fee_rate": f.lateRate, "late_fee_basis": f.lateBasis, "late_fee_grace_days": f.graceDays,
                   "receipt_layout": f.receiptLayout, "cash_over_limit": f.cashLimit, "office_end": f.officeEnd,
                   "follow_up_gap_hours": f.followGap, "payment_code": f.loadPaymentCode})

    def _show_payment_code(self) -> None:
        f, code = self.form, self.payment_code
        if code is None:
            f.paymentCodePreview.clear()
            f.paymentCodeText.setText(translate(
                "SettingsDialog", "None loaded. The property's WeChat or Alipay payment code (收款码), a PNG or "
                                  "JPEG picture of at most 2 MB, is printed on payment notices and demand letters."))
        else:
            preview = QPixmap()
            preview.loadFromData(code.thumbnail(144))
            f.paymentCodePreview.setPixmap(preview.scaled(
                f.paymentCodePreview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            f.paymentCodeText.setText(translate("SettingsDialog", "It says: {text}").format(text=code.text))
        f.removePaymentCode.setEnabled(code is not None and self.actor.is_supervisor)

    def load_payment_code(self) -> None:
        """Choose the payment code picture: read and checked at once (refused at the field, nothing
        changed), kept when the dialog is saved."""
        path = msgbox.open_file(self, translate("SettingsDialog", "Payment code picture"), "",
                                translate("SettingsDialog", "Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            code = read_payment_code(payment_code_file(path))
        except DomainError as err:
            self.errors.show(err)
            return
        self.errors.clear_field("payment_code")
        self.payment_code, self.payment_code_changed = code, True
        self._show_payment_code()

    def remove_payment_code(self) -> None:
        self.errors.clear_field("payment_code")
        self.payment_code, self.payment_code_changed = None, True
        self._show_payment_code()
        self.form.loadPaymentCode.setFocus()

    def save(self) -> None:
        f = self.form
        if self.actor.is_supervisor:
            picture = {"payment_code": self.payment_code and self.payment_code.image} \
                if self.payment_code_changed else {}
            SettingsService(self.store).update(
                self.actor, property_name=f.propertyName.text(), company_name=f.companyName.text(),
                address=f.address.text(), hotline=f.hotline.text(), idle_lock_minutes=f.idleMinutes.value(),
                backup_keep=f.backupKeep.value(), custody_water_limit=f.waterLimit.text(),
                custody_power_limit=f.powerLimit.text(), late_fee_enabled=f.lateFeeEnabled.isChecked(),
                late_fee_rate=f.lateRate.text(), late_fee_basis=f.lateBasis.currentData(),
                late_fee_grace_days=f.graceDays.value(), partial_payments=f.partialPayments.isChecked(),
                receipt_layout=f.receiptLayout.currentData(), cash_over_limit=f.cashLimit.text(),
                office_end=f.officeEnd.text(), follow_up_gap_hours=f.followGap.value(), **picture)
        lang = f.language.currentData()
        if lang != config.language():
            config.set_language(lang)
            self.language_changed = True
            msgbox.info(self, self.windowTitle(),
                        translate("SettingsDialog", "The new language is used from the next start of Frontdesk."))


class OperatorEditDialog(FormDialog):
    """Add an operator, or change one's name and role (``operator`` given)."""

    def __init__(self, store: Store, actor: Actor, parent=None, operator=None) -> None:
        super().__init__(Ui_OperatorEditDialog, parent)
        f = self.form
        self.store, self.actor, self.operator = store, actor, operator
        for code in (RECEPTIONIST, SUPERVISOR):
            f.role.addItem(translate("Roles", ROLES[code]), code)
        if operator is not None:
            self.setWindowTitle(translate("OperatorEditDialog", "Edit operator {name}").format(name=operator.display_name))
            f.username.setText(operator.username)
            f.username.setReadOnly(True)
            f.displayName.setText(operator.display_name)
            f.role.setCurrentIndex(f.role.findData(operator.role))
            for w in (f.password, f.repeatPassword, f.passwordLabel, f.repeatLabel):
                w.hide()
        else:
            self.setWindowTitle(translate("OperatorEditDialog", "Add operator"))
        self.wire({"username": f.username, "display_name": f.displayName, "role": f.role,
                   "password": f.password, "repeat_password": f.repeatPassword})

    def save(self) -> None:
        f = self.form
        svc = OperatorService(self.store)
        if self.operator is None:
            same_passwords(f.password.text(), f.repeatPassword.text())
            svc.add(self.actor, f.username.text(), f.displayName.text(), f.role.currentData(), f.password.text())
        else:
            svc.update(self.actor, self.operator.id, display_name=f.displayName.text(), role=f.role.currentData())


class OperatorsDialog(QDialog):
    """The list of operators with add, edit, disable/enable, reset password and print."""

    COLUMNS = (QT_TRANSLATE_NOOP("Columns", "User name"), QT_TRANSLATE_NOOP("Columns", "Name"),
               QT_TRANSLATE_NOOP("Columns", "Role"), QT_TRANSLATE_NOOP("Columns", "Status"),
               QT_TRANSLATE_NOOP("Columns", "Last log-in"))

    def __init__(self, store: Store, actor: Actor, parent=None, print_list=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_OperatorsDialog()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.model = QStandardItemModel(self)
        f.table.setModel(self.model)
        f.table.verticalHeader().hide()
        f.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.table.setEditTriggers(f.table.EditTrigger.NoEditTriggers)
        f.addButton.clicked.connect(self.add)
        f.editButton.clicked.connect(self.edit)
        f.activeButton.clicked.connect(self.toggle_active)
        f.resetButton.clicked.connect(self.reset_password)
        f.closeButton.clicked.connect(self.accept)
        f.printButton.clicked.connect(lambda: print_list and print_list())
        f.printButton.setEnabled(print_list is not None)
        f.table.doubleClicked.connect(lambda _i: self.edit())
        for b in (f.addButton, f.editButton, f.activeButton, f.resetButton, f.printButton):
            b.setEnabled(b.isEnabled() and actor.is_supervisor)
        self.refresh()
        f.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def refresh(self, select_id: int | None = None) -> None:
        self.rows = OperatorService(self.store).list()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([translate("Columns", c) for c in self.COLUMNS])
        for r in self.rows:
            status = translate("Common", "Active") if r.active else translate("Common", "Disabled")
            last = r.last_login_at.strftime("%Y-%m-%d %H:%M") if r.last_login_at else ""
            items = [QStandardItem(v) for v in (r.username, r.display_name, translate("Roles", ROLES[r.role]), status, last)]
            if not r.active:
                for it in items:
                    it.setForeground(Qt.GlobalColor.gray)
            self.model.appendRow(items)
        row = next((i for i, r in enumerate(self.rows) if r.id == select_id), 0)
        if self.rows:
            self.form.table.selectRow(row)
        self._update_buttons()

    def current(self):
        idx = self.form.table.currentIndex()
        return self.rows[idx.row()] if idx.isValid() and idx.row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        op = self.current()
        if op is not None:
            self.form.activeButton.setText(translate("OperatorsDialog", "&Disable") if op.active
                                           else translate("OperatorsDialog", "&Enable"))

    def _run(self, fn) -> bool:
        try:
            fn()
        except DomainError as err:
            msgbox.warn(self, self.windowTitle(), error_text(err))
            return False
        return True

    def add(self) -> None:
        dlg = OperatorEditDialog(self.store, self.actor, self)
        if dlg.exec():
            self.refresh()

    def edit(self) -> None:
        op = self.current()
        if op is None or not self.actor.is_supervisor:
            return
        if OperatorEditDialog(self.store, self.actor, self, operator=op).exec():
            self.refresh(op.id)

    def toggle_active(self) -> None:
        op = self.current()
        if op is None:
            return
        question = (translate("OperatorsDialog", "Disable {name}? The account can no longer log in; its records stay.")
                    if op.active else translate("OperatorsDialog", "Enable {name} again?")).format(name=op.display_name)
        if msgbox.ask(self, self.windowTitle(), question):
            if self._run(lambda: OperatorService(self.store).update(self.actor, op.id, active=not op.active)):
                self.refresh(op.id)

    def reset_password(self) -> None:
        op = self.current()
        if op is not None:
            PasswordDialog(self.store, self.actor, self, reset_for=(op.id, op.display_name)).exec()


class CalendarDialog(QDialog):
    """The days that differ from Mon–Fri, per year; a supervisor marks holidays and 调休 days.
    While a year the desk needs has no data (``workdays.missing_year``: in December, next year)
    the notice on top says so and what to do, and the dialog opens at that year."""

    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_CalendarDialog()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.svc = CalendarService(store)
        f.kind.addItem(translate("CalendarDialog", "a public holiday (day off)"), False)
        f.kind.addItem(translate("CalendarDialog", "an adjusted working day (调休)"), True)
        f.days.setColumnCount(4)
        f.days.setHorizontalHeaderLabels([translate("Columns", c) for c in CALENDAR_COLUMNS])
        f.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        f.days.verticalHeader().hide()
        f.editBox.setEnabled(actor.is_supervisor)
        f.completeButton.setEnabled(actor.is_supervisor)
        f.saveButton.setEnabled(actor.is_supervisor)
        self.errors = FieldErrors(self, {"year": f.year, "day": f.day, "name": f.name})
        today = clock.today()
        f.year.setValue(self.svc.missing_year(today) or today.year)
        f.day.setDate(QDate(today.year, today.month, today.day) if today.year == f.year.value()
                      else QDate(f.year.value(), 1, 1))
        f.year.valueChanged.connect(self.refresh)
        f.saveButton.clicked.connect(self.save_day)
        f.completeButton.clicked.connect(self.mark_complete)
        f.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        f = self.form
        year = f.year.value()
        if f.day.date().year() != year:
            f.day.setDate(QDate(year, 1, 1))
        rows = self.svc.year_days(year)
        f.days.setRowCount(len(rows))
        for i, (day, workday, name, _source) in enumerate(rows):
            kind = translate("CalendarDialog", "working day (调休)") if workday else translate("CalendarDialog", "holiday")
            for c, text in enumerate((day.isoformat(), translate("Weekdays", WEEKDAYS[day.weekday()]), kind, name)):
                f.days.setItem(i, c, QTableWidgetItem(text))
        known = year in self.svc.known_years()
        missing = self.svc.missing_year()
        f.notice.setText(translate("Calendar", MISSING_YEAR_NOTICE).format(year=missing) if missing else "")
        f.notice.setVisible(missing is not None)
        f.status.setText(translate("CalendarDialog", "Holidays of {year} are known.").format(year=year) if known else
                         translate("CalendarDialog", "<b>No holiday data for {year}.</b> Deadlines count Monday to Friday "
                                              "until a supervisor enters the year's holidays and marks it complete.")
                         .format(year=year))
        f.completeButton.setEnabled(self.actor.is_supervisor and not known)

    def save_day(self) -> None:
        f = self.form
        self.errors.clear()
        try:
            self.svc.set_day(self.actor, f.day.date().toPython(), f.kind.currentData(), f.name.text())
        except DomainError as err:
            self.errors.show(err)
            return
        f.year.setValue(f.day.date().year())
        self.refresh()

    def mark_complete(self) -> None:
        year = self.form.year.value()
        if msgbox.ask(self, self.windowTitle(), translate("CalendarDialog", "Have all holidays and adjusted working days of "
                                                                     "{year} been entered?").format(year=year)):
            try:
                self.svc.mark_year_known(self.actor, year)
            except DomainError as err:
                self.errors.show(err)
            self.refresh()
