"""The GUI: QApplication, translations, opening the store, setup, log-in, main window."""
from __future__ import annotations

import logging
import os
import sys
import time
import traceback

from frontdesk import APP_NAME, config
from frontdesk.core.db import data_dir
from frontdesk.core.store import open_store
from frontdesk.core.errors import DomainError, StoreError

log = logging.getLogger(__name__)
STARTED = time.perf_counter()


def setup_logging() -> None:
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=folder / "frontdesk.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.INFO)


def make_app(argv=None):
    """The QApplication with our font and the chosen language."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from frontdesk import i18n
    from frontdesk.core.paths import resource

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    if sys.platform != "win32":  # Windows has Microsoft YaHei; elsewhere bring our CJK font
        fid = QFontDatabase.addApplicationFont(str(resource("fonts", "wqy-microhei.ttc")))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        if families:
            app.setFont(QFont(families[0], 10))
    i18n.install(app, config.language())
    return app


def install_excepthook() -> None:
    """An unexpected error is logged and shown in plain words, never a bare traceback."""
    from frontdesk.i18n import translate
    from frontdesk.ui import msgbox

    def hook(kind, value, tb):
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        try:
            msgbox.error(None, translate("App", "Unexpected error"),
                         translate("App", "Something went wrong: {error}\nYour data is safe: nothing half-done was "
                                   "saved. Details are in {log}.").format(error=value, log=data_dir() / "frontdesk.log"))
        except Exception:  # pragma: no cover - last resort
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def open_store_interactive(url: str):
    """Open the store; on a problem show the Chinese dialog that offers the latest backup."""
    from frontdesk.ui.store_dialog import StoreProblemDialog

    while True:
        try:
            return open_store(url, create=True)
        except StoreError as err:
            log.warning("store problem: %s", err)
            from sqlalchemy.engine import make_url
            from pathlib import Path
            u = make_url(url)
            path = Path(u.database) if u.get_backend_name() == "sqlite" and u.database else None
            result = StoreProblemDialog(err, path).exec()
            if result in (StoreProblemDialog.RESTORED, StoreProblemDialog.RETRY):
                continue
            return None


def _login(store, property_name: str):
    from frontdesk.core.operators import OperatorService
    from frontdesk.ui.account_dialogs import LoginDialog, PasswordDialog

    user, password = os.environ.get("FRONTDESK_USER"), os.environ.get("FRONTDESK_PASSWORD")
    if user and password:  # unattended start (benchmarks, packaging self-test)
        return OperatorService(store).authenticate(user, password)
    dlg = LoginDialog(store, property_name)
    if not dlg.exec():
        return None
    if OperatorService(store).must_change_password(dlg.actor):
        if not PasswordDialog(store, dlg.actor, forced=True).exec():
            return _login(store, property_name)
    return dlg.actor


def run(url: str, smoke: bool = False) -> int:
    """The whole GUI session. ``smoke``: log in from the environment, show the main window,
    print how long start-up took, and quit."""
    setup_logging()
    app = make_app()
    install_excepthook()
    from frontdesk.core.backup import BackupService
    from frontdesk.core.settings import SettingsService
    from frontdesk.core.workdays import CalendarService
    from frontdesk.ui.account_dialogs import SetupDialog
    from frontdesk.window import LOGOUT, RESTORED, MainWindow

    store = open_store_interactive(url)
    if store is None:
        return 1
    try:
        CalendarService(store).ensure_seeded()
        if SettingsService(store).needs_setup():
            if smoke or not SetupDialog(store).exec():
                return 0 if not smoke else 1
        backups = BackupService(store)
        if backups.due():
            backups.automatic("daily")
        while True:
            try:
                actor = _login(store, SettingsService(store).get().property_name)
            except DomainError as err:
                from frontdesk.i18n import error_text
                print(error_text(err), file=sys.stderr)
                return 1
            if actor is None:
                return 0
            window = MainWindow(store, actor)
            window.finished.connect(app.exit)
            window.show_as_remembered()
            if smoke:
                from PySide6.QtCore import QTimer

                def done():
                    print(f"main window shown after {1000 * (time.perf_counter() - STARTED):.0f} ms", flush=True)
                    window.close()
                QTimer.singleShot(0, done)
            code = app.exec()
            store = window.store
            if smoke or code not in (LOGOUT, RESTORED):
                return 0
    finally:
        store.dispose()
