"""The main window, above the tasks: one tab per task of ``frontdesk.tasks.TASKS``, the menus, the
status bar, the idle lock and automatic backups — and, for a supervisor, the notice on top while a
year the desk needs has no holiday data (``core.workdays.missing_year``; never a blocking box).

Signals: ``finished(int)`` when the window closes, with ``QUIT``, ``LOGOUT`` or ``RESTORED``
(the app's start-up loop decides what comes next).
"""
from __future__ import annotations

import logging
import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget
from shiboken6 import isValid

from frontdesk import __version__, config
from frontdesk.core.audit import Actor
from frontdesk.core.backup import BackupService
from frontdesk.core.db import Store
from frontdesk.core.errors import DomainError
from frontdesk.core.operators import ROLES
from frontdesk.core.settings import SettingsService
from frontdesk.core.task import load
from frontdesk.core.workdays import MISSING_YEAR_NOTICE, CalendarService
from frontdesk.registration import service as registration_service
from frontdesk.tasks import TASKS, by_key, card_sections
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_main_window import Ui_MainWindow

log = logging.getLogger(__name__)


def _paged() -> list:
    """The tasks with a tab each; a flow without a page (the move-in) has none."""
    return [t for t in TASKS if t.has_page]
QUIT, LOGOUT, RESTORED = 0, 10, 11

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
        self._build_calendar_notice()
        self._build_tabs()
        self._build_status_bar()
        self._wire_actions()
        self._restore_geometry()
        from frontdesk.ui import dates
        dates.install()
        self.idle = IdleWatcher(self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle_timer = QTimer(self, interval=idle_check_ms)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        self.backup_timer = QTimer(self, interval=3600_000)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.timeout.connect(self.check_calendar)  # December may begin while logged in
        self.backup_timer.start()

    # ---- layout -----------------------------------------------------------------------------
    def _build_calendar_notice(self) -> None:
        """The supervisor's notice above the tabs while the holidays of a year the desk needs are not
        in the calendar (today's year, or in December next year's): what to do, a link to the
        calendar, and 知道了 to put it away for this session. A receptionist is not shown it."""
        self.calendar_notice = QLabel(self)
        self.calendar_notice.setObjectName("calendarNotice")
        self.calendar_notice.setWordWrap(True)
        self.calendar_notice.setTextFormat(Qt.TextFormat.RichText)
        self.calendar_notice.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.calendar_notice.setStyleSheet("background:#fff4ce; border:1px solid #e0c060; padding:6px;")
        self.calendar_notice.linkActivated.connect(self._calendar_notice_link)
        self.calendar_notice.hide()
        self.form.centralLayout.insertWidget(0, self.calendar_notice)
        self.calendar_notice_put_away = False
        self.check_calendar()

    def check_calendar(self) -> int | None:
        """Show (or hide) the notice as the calendar and the one clock say now; the year missing."""
        missing = CalendarService(self.store).missing_year() if self.actor.is_supervisor else None
        if missing is None or self.calendar_notice_put_away:
            self.calendar_notice.hide()
            return missing
        text = escape(translate("Calendar", MISSING_YEAR_NOTICE).format(year=missing))
        open_it = escape(translate("MainWindow", "Open the holiday calendar"))
        away = escape(translate("MainWindow", "Got it"))
        self.calendar_notice.setText(f"<b>⚠</b> {text}&nbsp; <a href='calendar'>{open_it}</a>&nbsp; <a href='away'>{away}</a>")
        self.calendar_notice.show()
        return missing

    def _calendar_notice_link(self, link: str) -> None:
        if link == "away":
            self.calendar_notice_put_away = True
            self.calendar_notice.hide()
        else:
            self.edit_calendar()

    def _build_tabs(self) -> None:
        """One page per task, in the registry's order; the first tab's content is built now, the
        others right after the window is painted (or at once when something asks for them)."""
        registration_service.CARD_SECTIONS[:] = card_sections()
        self.pages: dict[str, QWidget] = {}
        self.tabs_by_key: dict[str, QWidget] = {}
        for i, task in enumerate(_paged()):
            page = QWidget(self.form.tabs)
            page.setObjectName(f"tab_{task.key}")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.form.tabs.addTab(page, translate("Tasks", task.title))
            self.form.tabs.setTabToolTip(i, task.shortcut)
            self.pages[task.key] = page
            shortcut = QShortcut(QKeySequence(task.shortcut), self)
            shortcut.activated.connect(lambda key=task.key: self.open_task(key, None))  # its search box has the focus
        for task in TASKS:
            if task.flow and not task.has_page:  # a flow's key works on every tab, at the room in front
                QShortcut(QKeySequence(task.shortcut), self,
                          activated=lambda k=task.key: self.open_task(k, self.front_room()))
            for key, method in task.keys.items():
                QShortcut(QKeySequence(key), self, activated=lambda k=task.key, m=method: self._task_key(k, m))
        self.task_tab(_paged()[0].key)
        QTimer.singleShot(0, self._build_rest)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.find)

    def _build_rest(self) -> None:
        for task in _paged():
            self.task_tab(task.key)

    @staticmethod
    def paper(key: str, name: str):
        """Task ``key``'s paper ``name`` (``Task.papers``), for a flow or a tab (the ``paper`` keyword every
        tab is built with) that prints another task's paper."""
        from frontdesk.tasks import paper
        return paper(key, name)

    def task_tab(self, key: str) -> QWidget:
        """The tab of task ``key``, built on first use."""
        if key in self.tabs_by_key:
            return self.tabs_by_key[key]
        task, page = by_key(key), self.pages[key]
        if task.tab:
            tab = load(task.tab)(self.store, self.actor, page, preview=self.preview_pdf, paper=self.paper)
            if hasattr(tab, "open_task"):
                tab.open_task.connect(self.open_task)
            if hasattr(tab, "happened"):
                tab.happened.connect(self._happened)
        else:
            not_yet = translate("MainWindow", "This part of Frontdesk is not built yet.")
            tab = QLabel(f"<h2>{translate('Tasks', task.title)}</h2><p>{translate('Tasks', task.empty_state)}</p>"
                         f"<p style='color:#777'>{not_yet}</p>", page)
            tab.setObjectName(f"tab_{key}Empty")
            tab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tab.setWordWrap(True)
        page.layout().addWidget(tab)
        self.tabs_by_key[key] = tab
        return tab

    def __getattr__(self, name: str):
        """``window.fees``, ``window.registration``: a task's tab by its key."""
        pages = self.__dict__.get("pages")
        if pages is not None and name in pages:
            return self.task_tab(name)
        raise AttributeError(name)

    def front_room(self) -> int | None:
        """The room the tab in front shows (its ``room_id``), or None."""
        front = self.tabs_by_key.get(next((k for k, p in self.pages.items() if p is self.form.tabs.currentWidget()),
                                          ""))
        room_id = getattr(front, "room_id", None)
        return room_id if isinstance(room_id, int) else None

    def _task_key(self, key: str, method: str):
        """A task's key pressed on any tab: its method runs at the room the tab in front shows."""
        return getattr(self.task_tab(key), method)(self.front_room())

    def _happened(self, name: str) -> None:
        """A tab says something happened (a shift closed): each task that follows it acts in its tab."""
        for task in TASKS:
            if name in task.follows:
                getattr(self.task_tab(task.key), task.follows[name])()

    def open_task(self, key: str, room_id: int | None, item: object = None) -> None:
        """A tab asks for another task at a room (the room card's 收费 opens the fees tab there), or at
        one item of it (a work order's paid repair: the fees tab ticks only its bill); with no room,
        that tab's search box asks for one. A task without a page runs its ``flow`` at the room."""
        task = by_key(key)
        if task.flow and not task.has_page:
            return load(task.flow)(self, room_id)
        if key in self.pages:
            tab = self.task_tab(key)
            self.form.tabs.setCurrentWidget(self.pages[key])
            if room_id is not None and hasattr(tab, "open_room"):
                tab.open_room(room_id, *([item] if item is not None else []))
            elif room_id is None and hasattr(tab, "focus_search"):
                tab.focus_search()

    def _show_property(self) -> None:
        name = self.settings.property_name
        self.setWindowTitle(translate("MainWindow", "{name} — Frontdesk").format(name=name))
        self.property_label.setText(name)
        if hasattr(self, "property_status"):
            self.property_status.setText(translate("MainWindow", "Property: {name}").format(name=name))

    def _build_status_bar(self) -> None:
        """Who works for which property — not where the data lies (关于 and 帮助 → 数据在哪里 say that)."""
        bar = self.statusBar()
        self.property_status = QLabel(self)
        self.property_status.setObjectName("propertyStatus")
        self.operator_label = QLabel(translate("MainWindow", "Operator: {name}").format(name=self.actor.display_name))
        self.role_label = QLabel(translate("MainWindow", "Role: {role}").format(role=translate("Roles", ROLES[self.actor.role])))
        for w in (self.property_status, self.operator_label, self.role_label):
            bar.addPermanentWidget(w)  # kept on the right while a message shows on the left
        self._show_property()

    def _wire_actions(self) -> None:
        f = self.form
        supervisor_only = (f.actionBackup, f.actionRestore, f.actionOperatorList, f.actionOperators,
                           f.actionAuditLog, f.actionFinalReport)
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
        f.actionQuit.triggered.connect(self.quit)
        f.actionOperatorList.triggered.connect(self.print_operator_list)
        f.actionTestPage.triggered.connect(self.print_test_page)
        f.actionProperty.triggered.connect(self.edit_settings)
        f.actionOperators.triggered.connect(self.manage_operators)
        f.actionCalendar.triggered.connect(self.edit_calendar)
        for task in TASKS:  # what each task's supervisor maintains, in the 设置 menu before the calendar
            for label, dialog in task.settings:
                action = QAction(translate("Tasks", label), self)
                action.triggered.connect(lambda _c=False, k=task.key, d=dialog: self.task_settings(k, d))
                f.menuSettings.insertAction(f.actionCalendar, action)
        self.register_actions: dict[str, QAction] = {}
        for task in TASKS:  # each register the command line exports, first in the 报表 menu
            for register in task.registers:
                action = QAction(translate("Tasks", register.title), self)
                action.setObjectName(f"actionRegister_{register.name}")
                action.triggered.connect(lambda _c=False, r=register: self.export_register(r))
                f.menuReports.insertAction(f.actionMonthlyReport, action)
                self.register_actions[register.name] = action
        if self.register_actions:
            f.menuReports.insertSeparator(f.actionMonthlyReport)
        f.actionMonthlyReport.triggered.connect(self.monthly_report)
        f.actionFinalReport.triggered.connect(lambda: self.monthly_report(final=True))
        f.actionAuditLog.triggered.connect(self.view_audit_log)
        f.actionChangePassword.triggered.connect(self.change_password)
        f.actionDataLocation.triggered.connect(self.show_data_location)
        f.actionAbout.triggered.connect(self.about)
        f.actionHelp.triggered.connect(self.show_help)
        f.actionSelfTest.triggered.connect(self.self_test)

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

    def task_settings(self, key: str, dialog: str) -> None:
        """A task's 设置 entry: its dialog, then its tab reads again what may have changed — its
        ``reload()``, or (a tab built around one room) ``open_room`` on the room it shows."""
        load(dialog)(self.store, self.actor, self).exec()
        if not by_key(key).has_page:  # a flow without a tab reads its rules when it next opens
            return
        tab = self.task_tab(key)
        if hasattr(tab, "reload"):
            tab.reload()
        elif hasattr(tab, "open_room"):
            tab.open_room(getattr(tab, "room_id", None))

    def edit_calendar(self) -> None:
        from frontdesk.ui.admin_dialogs import CalendarDialog
        CalendarDialog(self.store, self.actor, self).exec()
        self.check_calendar()  # the year entered: the notice goes

    def view_audit_log(self) -> None:
        from frontdesk.ui.audit_dialog import AuditDialog
        AuditDialog(self.store, self.actor, self).exec()

    def change_password(self) -> None:
        from frontdesk.ui.account_dialogs import PasswordDialog
        PasswordDialog(self.store, self.actor, self).exec()

    def _fail(self, err: Exception, title: str) -> None:
        msgbox.error(self, title, error_text(err) if isinstance(err, DomainError) else str(err))

    def find(self) -> None:
        """Ctrl+F: the search box of the tab shown, when it has one; else the registration one."""
        current = self.form.tabs.currentWidget()
        key = next(k for k, page in self.pages.items() if page is current)
        tab = self.task_tab(key)
        if not hasattr(tab, "focus_search"):
            key = TASKS[0].key
            self.form.tabs.setCurrentWidget(self.pages[key])
            tab = self.task_tab(key)
        tab.focus_search()

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

    def export_register(self, register):
        """A register of the 报表 menu (the declaration ``frontdesk export NAME`` has too): the days
        (last month filled in), where to save, the workbook written behind a progress bar, then
        opened with the spreadsheet program. Returns the started job (None when cancelled)."""
        from frontdesk.ui.range_dialog import DateRangeDialog
        from frontdesk.ui.worker import run_with_progress
        title = _plain(translate("Tasks", register.title))
        dlg = DateRangeDialog(title, self)
        if not dlg.exec():
            return None
        first, last = dlg.range
        path = self._workbook_path(title, f"{title}-{first:%Y%m%d}-{last:%Y%m%d}.xlsx")
        if path is None:
            return None
        write = load(register.write)

        def done(n) -> None:
            self.statusBar().showMessage(translate("Cli", register.done).format(n=n, path=path), 15_000)
            msgbox.open_with_system(path, self)

        self.register_job = run_with_progress(self, title, lambda _progress: write(self.store, first, last, path,
                                                                                   translate), done)
        return self.register_job

    def _workbook_path(self, title: str, suggested: str) -> Path | None:
        """Where to save a workbook (.xlsx added when not typed), checked before any work: None when
        cancelled or when the place cannot be written (said)."""
        from frontdesk.core import files
        name = msgbox.save_file(self, title, suggested, translate("MainWindow", "Excel workbooks (*.xlsx)"))
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            files.check_output(path)
        except DomainError as err:
            self._fail(err, title)
            return None
        return path

    def monthly_report(self, final: bool = False):
        """报表 → 月度报表: the month (last month filled in; one that cannot be reported is told at
        it), where to save, every task's part (``Task.report``) written behind a progress bar, then
        the workbook opened with the spreadsheet program. ``final`` (报表 → 月度报表定稿, a
        supervisor): asked once more, then made final as it is written (``report.freeze``).
        Returns the started job (None: cancelled)."""
        from frontdesk.core import clock, report
        from frontdesk.ui.range_dialog import MonthDialog
        from frontdesk.ui.worker import run_with_progress
        action = self.form.actionFinalReport if final else self.form.actionMonthlyReport
        title = _plain(action.text())
        first = report.first_day(self.store)

        def check(text):
            month = report.parse_month(text, clock.today(), first)
            if final:
                report.check_final(self.store, month, clock.today())
            return month
        dlg = MonthDialog(title, check, self)
        if not dlg.exec():
            return None
        if final and not msgbox.ask(self, title, translate(
                "MainWindow", "Make the report of {month} final? It is kept as it is written now: later reports of "
                              "{month} are this file, and what is corrected in {month} afterwards is listed on the "
                              "next month's 异常. This cannot be undone.").format(month=dlg.month)):
            return None
        path = self._workbook_path(title, f"{_plain(self.form.actionMonthlyReport.text())}-{dlg.month}.xlsx")
        if path is None:
            return None

        def done(_month) -> None:
            self.statusBar().showMessage(translate("Cli", report.DONE_FINAL if final else report.DONE)
                                         .format(month=dlg.month, path=path), 15_000)
            msgbox.open_with_system(path, self)

        if final:
            work = lambda progress: report.freeze(self.store, self.actor, dlg.month, path, TASKS, translate,  # noqa: E731
                                                  progress)
        else:
            work = lambda progress: report.write(self.store, dlg.month, path, TASKS, translate, progress)  # noqa: E731
        self.report_job = run_with_progress(self, title, work, done)
        return self.report_job

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
            from frontdesk.core.store import restore
            self.store = restore(self.store, self.actor, Path(name))
        except DomainError as err:
            return self._fail(err, title)
        msgbox.info(self, title, translate("MainWindow", "The backup was restored. Please log in again."))
        self._finish(RESTORED)

    def show_data_location(self) -> None:
        backups = str(self.store.backup_dir) if self.store.backup_dir else translate("MainWindow", "on the database server")
        msgbox.info(self, translate("MainWindow", "Where is my data?"),
                    translate("MainWindow", "Data: {where}\nBackups: {backups}\nThis computer's preferences: {config}")
                    .format(where=self.store.location, backups=backups, config=config.config_dir()))

    def help_keys(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The keys for the help page: the window's (tabs, search, the tasks' keys for every tab, the
        menus' shortcuts), then each tab's as its task declares them (``Task.key_help``)."""
        def shown(key: str) -> str:
            return key.replace("Return", "Enter").replace("Space", translate("MainWindow", "Space"))

        everywhere = [(t.shortcut, translate("MainWindow", "Go to the tab {title}").format(
            title=translate("Tasks", t.title))) for t in _paged()]
        everywhere += [(t.shortcut, translate("MainWindow", "{title} at the room the tab shows").format(
            title=translate("Tasks", t.title))) for t in TASKS if t.flow and not t.has_page]
        everywhere.append(("Ctrl+F", translate("MainWindow", "Search (the tab shown, else registration)")))
        everywhere.append(("F1", translate("MainWindow", "This help")))
        for t in TASKS:
            described = dict(t.key_help)
            everywhere += [(k, translate("Tasks", described.get(k, k))) for k in t.keys]
        for menu in self.menuBar().actions():
            for action in menu.menu().actions():
                key = action.shortcut().toString()
                if key and key != "F1":
                    everywhere.append((key, f"{_plain(menu.text())} → {_plain(action.text())}"))
        sections = [(translate("MainWindow", "On every tab"), everywhere)]
        for t in _paged():
            rows = [(shown(k), translate("Tasks", what)) for k, what in t.key_help if k not in t.keys]
            sections.append((translate("MainWindow", "On the tab {title}").format(title=translate("Tasks", t.title)),
                             rows))
        return sections

    def show_help(self):
        """F1: the help page with the keys of the window and of each tab."""
        from frontdesk.ui.help_dialog import HelpDialog, page
        dlg = HelpDialog(page(config.language(), self.help_keys()), self)
        dlg.open()
        self.help_dialog = dlg
        return dlg

    def about(self) -> None:
        from frontdesk.core.db import SCHEMA_HEAD
        from frontdesk.core.paths import data_dir
        schema = self.store.schema_revision() or "-"
        msgbox.info(self, translate("MainWindow", "About Frontdesk"), translate(
            "MainWindow", "Frontdesk {version}\nThe front desk of {name}.\n\nData schema: {schema} (this version: "
                          "{head})\nData: {where}\nData folder: {folder}").format(
            version=__version__, name=self.settings.property_name, schema=schema, head=SCHEMA_HEAD,
            where=self.store.location, folder=data_dir()))

    def self_test(self):
        """帮助 → 自检: the installed program checks itself on throw-away data (a process of its own)."""
        from frontdesk.ui.selftest_dialog import SelfTestDialog
        dlg = SelfTestDialog(self)
        dlg.open()
        return dlg

    # ---- lock, logout, close ----------------------------------------------------------------
    def check_idle(self) -> None:
        if not self.locked and self.idle.idle_seconds() >= self.settings.idle_lock_minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Lock the desk: the window and any form open on it are covered (no names or amounts show
        behind the lock) until the operator's password — what was typed stays."""
        if self.locked:
            return
        self.locked = True
        from frontdesk.ui.account_dialogs import LockDialog
        dlg = LockDialog(self.store, self.actor, self)
        covered = [self] + [w for w in QApplication.topLevelWidgets()
                            if w.isVisible() and w is not dlg and w is not self and _belongs_to(w, self)]
        curtains = [_curtain(w, translate("MainWindow", "Locked")) for w in covered]
        self.menuBar().setEnabled(False)
        try:
            result = dlg.exec()
        finally:
            for c in curtains:
                if isValid(c):  # its form may have closed meanwhile, and taken the cover with it
                    c.hide()
                    c.setParent(None)  # gone at once, not at the next turn of the event loop
            self.menuBar().setEnabled(True)
        self.locked = False
        self.idle.last = time.monotonic()
        if result == LockDialog.SWITCH:
            self.logout()

    def unsaved(self) -> list[str]:
        """What the tabs hold typed but not saved (a tab tells with ``unsaved()``)."""
        out = []
        for key, tab in self.tabs_by_key.items():
            what = getattr(tab, "unsaved", lambda: None)()
            if what:
                out.append(f"{translate('Tasks', by_key(key).title)}：{what}")
        return out

    def _may_leave(self) -> bool:
        pending = self.unsaved()
        return not pending or msgbox.ask(self, translate("MainWindow", "Quit"), translate(
            "MainWindow", "Not saved yet:\n{what}\nQuit anyway? What was typed is lost.").format(what="\n".join(pending)))

    def quit(self) -> None:
        """Ctrl+Q: asks first when a form holds input not saved yet."""
        if self._may_leave():
            self._asked = True
            self._finish(QUIT)

    def logout(self) -> None:
        if self._may_leave():
            self._asked = True
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
        if event.spontaneous() and not getattr(self, "_asked", False) and not self._may_leave():
            event.ignore()  # the window's close button, with input not saved: the user said stay
            return
        job = getattr(self, "register_job", None)
        if job is not None and job.running():  # a register being written is finished first
            job.wait()
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


def _plain(text: str) -> str:
    """A menu entry's text as a title: without its Alt letter (收据登记簿(&C)… → 收据登记簿)."""
    import re
    return re.sub(r"\(&.\)|&(?=[^&])|…$", "", text).strip()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def _curtain(widget: QWidget, text: str) -> QWidget:
    """A plain cover over everything ``widget`` shows (its children stay as they are beneath)."""
    cover = QLabel(text, widget)
    cover.setObjectName("lockCurtain")
    cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
    cover.setAutoFillBackground(True)
    cover.setStyleSheet("background:#e8e8e8; color:#888; font-size:28px;")
    cover.setGeometry(widget.rect())
    cover.raise_()
    cover.show()
    return cover
