"""The main window: five tabs, the menus, the status bar, the idle lock and automatic backups.

Signals: ``finished(int)`` when the window closes, with ``QUIT``, ``LOGOUT`` or ``RESTORED``
(the app's start-up loop decides what comes next).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout

from frontdesk import __version__, config
from frontdesk.core.audit import Actor
from frontdesk.core.backup import BackupService
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError
from frontdesk.core.operators import ROLES
from frontdesk.core.settings import SettingsService
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_main_window import Ui_MainWindow

log = logging.getLogger(__name__)
QUIT, LOGOUT, RESTORED = 0, 10, 11

TAB_EMPTY_STATES = {
    "tabWorkOrders": (QT_TRANSLATE_NOOP("MainWindow", "Work orders"), QT_TRANSLATE_NOOP("MainWindow", "Repairs, complaints and help requests — registered, dispatched, completed "
                                     "and followed up — will be handled here.")),
    "tabKeys": (QT_TRANSLATE_NOOP("MainWindow", "Keys"), QT_TRANSLATE_NOOP("MainWindow", "The key cabinet's ledger — keys kept, collected, lent, returned and overdue — will be "
                        "kept here.")),
    "tabPasses": (QT_TRANSLATE_NOOP("MainWindow", "Passes"), QT_TRANSLATE_NOOP("MainWindow", "Renovation permits, worker and temporary passes, hot-work permits and goods release "
                            "slips will be issued and printed here.")),
}


class IdleWatcher(QObject):
    """Remembers when the user last touched keyboard or mouse anywhere in the application."""

    EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in self.EVENTS:
            self.last = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last


class MainWindow(QMainWindow):
    finished = Signal(int)

    def __init__(self, store: Store, actor: Actor, parent=None, idle_check_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.form = f = Ui_MainWindow()
        f.setupUi(self)
        self.store, self.actor = store, actor
        self.exit_code = QUIT
        self.locked = False
        self.settings = SettingsService(store).get()
        self.property_label = QLabel(self)
        self.property_label.setObjectName("propertyLabel")
        self.property_label.setStyleSheet("font-weight:bold; padding:0 8px;")
        self.form.tabs.setCornerWidget(self.property_label, Qt.Corner.TopRightCorner)
        self._show_property()
        self._build_tabs()
        self._build_status_bar()
        self._wire_actions()
        self._restore_geometry()
        self.idle = IdleWatcher(self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle_timer = QTimer(self, interval=idle_check_ms)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.backup_timer = QTimer(self, interval=3600_000)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()

    # ---- layout -----------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        from frontdesk.registration.view import RegistrationTab
        self.registration = RegistrationTab(self.store, self.actor, self.form.tabRegistration)
        QVBoxLayout(self.form.tabRegistration).addWidget(self.registration)
        self.form.tabRegistration.layout().setContentsMargins(0, 0, 0, 0)
        import frontdesk.fees
        from frontdesk.fees.view import FeesTab
        frontdesk.fees.register_card_section()
        self.fees = FeesTab(self.store, self.actor, self.form.tabFees, preview=self.preview_pdf)
        QVBoxLayout(self.form.tabFees).addWidget(self.fees)
        self.form.tabFees.layout().setContentsMargins(0, 0, 0, 0)
        self.registration.collect_fees.connect(self.collect_fees)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.find)
        for i in range(self.form.tabs.count()):
            page = self.form.tabs.widget(i)
            self.form.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda i=i: self.form.tabs.setCurrentIndex(i))
            if page in (self.form.tabRegistration, self.form.tabFees):
                continue
            title, text = TAB_EMPTY_STATES[page.objectName()]
            lay = QVBoxLayout(page)
            not_yet = translate("MainWindow", "This part of Frontdesk is not built yet.")
            label = QLabel(f"<h2>{translate('MainWindow', title)}</h2><p>{translate('MainWindow', text)}</p>"
                           f"<p style='color:#777'>{not_yet}</p>", page)
            label.setObjectName(f"{page.objectName()}Empty")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            lay.addWidget(label)

    def _show_property(self) -> None:
        name = self.settings.property_name
        self.setWindowTitle(translate("MainWindow", "{name} — Frontdesk").format(name=name))
        self.property_label.setText(name)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.operator_label = QLabel(translate("MainWindow", "Operator: {name}").format(name=self.actor.display_name))
        self.role_label = QLabel(translate("MainWindow", "Role: {role}").format(role=translate("Roles", ROLES[self.actor.role])))
        self.location_label = QLabel(translate("MainWindow", "Data: {where}").format(where=self.store.location))
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.operator_label, self.role_label):
            bar.addWidget(w)
        bar.addPermanentWidget(self.location_label)

    def _wire_actions(self) -> None:
        f = self.form
        supervisor_only = (f.actionBackup, f.actionRestore, f.actionOperatorList, f.actionOperators,
                           f.actionAuditLog)
        for action in supervisor_only:
            action.setEnabled(self.actor.is_supervisor)
            if not self.actor.is_supervisor:
                action.setToolTip(translate("MainWindow", "Only a supervisor may do this."))
        f.actionBackup.setEnabled(self.actor.is_supervisor and self.store.is_sqlite)
        f.actionRestore.setEnabled(self.actor.is_supervisor and self.store.is_sqlite)
        f.actionBackup.triggered.connect(self.backup_now)
        f.actionRestore.triggered.connect(self.restore)
        f.actionLock.triggered.connect(self.lock)
        f.actionLogout.triggered.connect(self.logout)
        f.actionQuit.triggered.connect(self.close)
        f.actionOperatorList.triggered.connect(self.print_operator_list)
        f.actionTestPage.triggered.connect(self.print_test_page)
        f.actionProperty.triggered.connect(self.edit_settings)
        f.actionOperators.triggered.connect(self.manage_operators)
        f.actionCalendar.triggered.connect(self.edit_calendar)
        f.actionFeeItems.triggered.connect(self.edit_fee_items)
        f.actionAuditLog.triggered.connect(self.view_audit_log)
        f.actionChangePassword.triggered.connect(self.change_password)
        f.actionDataLocation.triggered.connect(self.show_data_location)
        f.actionAbout.triggered.connect(self.about)

    def _restore_geometry(self) -> None:
        geometry = config.qsettings().value("window/geometry")
        self.first_start = geometry is None
        if geometry is not None:
            self.restoreGeometry(geometry)

    def show_as_remembered(self) -> None:
        """Maximized the first time; afterwards where and how big the user left it."""
        if self.first_start:
            self.showMaximized()
        else:
            self.show()
        self.raise_()
        self.activateWindow()  # keys go here right after log-in, with or without a window manager

    # ---- actions (dialogs, printing and Excel load on first use: start-up stays fast) -------
    def manage_operators(self) -> None:
        from frontdesk.ui.admin_dialogs import OperatorsDialog
        OperatorsDialog(self.store, self.actor, self, print_list=self.print_operator_list).exec()

    def collect_fees(self, room_id: int) -> None:
        """The room card's 收费 (F8): the fees tab, open at that room."""
        self.form.tabs.setCurrentWidget(self.form.tabFees)
        self.fees.open_room(room_id)

    def edit_fee_items(self) -> None:
        from frontdesk.fees.dialogs import FeeItemsDialog
        FeeItemsDialog(self.store, self.actor, self).exec()
        self.fees.open_room(self.fees.room_id)

    def edit_calendar(self) -> None:
        from frontdesk.ui.admin_dialogs import CalendarDialog
        CalendarDialog(self.store, self.actor, self).exec()

    def view_audit_log(self) -> None:
        from frontdesk.ui.audit_dialog import AuditDialog
        AuditDialog(self.store, self.actor, self).exec()

    def change_password(self) -> None:
        from frontdesk.ui.account_dialogs import PasswordDialog
        PasswordDialog(self.store, self.actor, self).exec()

    def _fail(self, err: Exception, title: str) -> None:
        msgbox.error(self, title, error_text(err) if isinstance(err, DomainError) else str(err))

    def find(self) -> None:
        """Ctrl+F: the search box of the fees tab when it is shown, else the registration one."""
        if self.form.tabs.currentWidget() is self.form.tabFees:
            self.fees.focus_search()
        else:
            self.form.tabs.setCurrentIndex(0)
            self.registration.focus_search()

    def preview(self, doc, title: str, stem: str):
        return self.preview_pdf(doc.build(), title, stem, doc.missing_glyphs)

    def preview_pdf(self, pdf: bytes, title: str, stem: str, missing=frozenset()):
        from frontdesk.ui.print_preview import PrintPreview
        dlg = PrintPreview(pdf, title, stem, self, missing_glyphs=missing)
        dlg.open()
        return dlg

    def print_operator_list(self):
        from frontdesk.core import documents
        try:
            doc = documents.operator_list(self.store, self.actor, translate)
        except DomainError as err:
            return self._fail(err, translate("MainWindow", "Operator list"))
        return self.preview(doc, doc.title, f"{doc.title}-{doc.number}")

    def print_test_page(self):
        from frontdesk.core import documents
        doc = documents.test_page(self.store, self.actor, "A5", translate)
        return self.preview(doc, doc.title, doc.title)

    def edit_settings(self) -> None:
        from frontdesk.ui.admin_dialogs import SettingsDialog
        if SettingsDialog(self.store, self.actor, self).exec():
            self.settings = SettingsService(self.store).get()
            self._show_property()

    def backup_now(self) -> Path | None:
        try:
            path = BackupService(self.store).backup(self.actor)
        except DomainError as err:
            self._fail(err, translate("MainWindow", "Back up"))
            return None
        msgbox.info(self, translate("MainWindow", "Back up"),
                    translate("MainWindow", "The backup was written to:\n{path}").format(path=path))
        return path

    def restore(self) -> None:
        title = translate("MainWindow", "Restore from backup")
        name = msgbox.open_file(self, title, str(self.store.backup_dir or ""),
                                translate("MainWindow", "Frontdesk backups (*.fdbak);;All files (*)"))
        if not name:
            return
        if not msgbox.ask(self, title, translate("MainWindow", "Restore {name}? Everything recorded after that backup "
                                                        "will not be in the restored data (the current data is "
                                                        "kept as a backup first). Frontdesk will ask you to log in "
                                                        "again.").format(name=Path(name).name)):
            return
        try:
            self.store = BackupService(self.store).restore(self.actor, Path(name))
        except DomainError as err:
            return self._fail(err, title)
        msgbox.info(self, title, translate("MainWindow", "The backup was restored. Please log in again."))
        self._finish(RESTORED)

    def show_data_location(self) -> None:
        backups = str(self.store.backup_dir) if self.store.backup_dir else translate("MainWindow", "on the database server")
        msgbox.info(self, translate("MainWindow", "Where is my data?"),
                    translate("MainWindow", "Data: {where}\nBackups: {backups}\nThis computer's preferences: {config}")
                    .format(where=self.store.location, backups=backups, config=config.config_dir()))

    def about(self) -> None:
        msgbox.info(self, translate("MainWindow", "About Frontdesk"),
                    translate("MainWindow", "Frontdesk {version}\nThe front desk of {name}.").format(
                        version=__version__, name=self.settings.property_name))

    # ---- lock, logout, close ----------------------------------------------------------------
    def check_idle(self) -> None:
        if not self.locked and self.idle.idle_seconds() >= self.settings.idle_lock_minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        from frontdesk.ui.account_dialogs import LockDialog
        dlg = LockDialog(self.store, self.actor, self)
        result = dlg.exec()
        self.locked = False
        self.idle.last = time.monotonic()
        if result == LockDialog.SWITCH:
            self.logout()

    def logout(self) -> None:
        self._finish(LOGOUT)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.close()

    def daily_backup(self) -> None:
        svc = BackupService(self.store)
        try:
            if svc.due():
                svc.automatic("daily")
        except DomainError as err:
            log.warning("daily backup failed: %s", err)

    def closeEvent(self, event) -> None:  # noqa: N802
        s = config.qsettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.sync()
        self.idle_timer.stop()
        self.backup_timer.stop()
        QApplication.instance().removeEventFilter(self.idle)
        if self.exit_code == QUIT:
            try:
                BackupService(self.store).automatic("close")
            except DomainError as err:
                log.warning("backup on close failed: %s", err)
        super().closeEvent(event)
        self.finished.emit(self.exit_code)
