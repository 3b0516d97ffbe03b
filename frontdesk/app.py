"""The GUI: QApplication, translations, opening the store, setup, log-in, main window."""
from __future__ import annotations

import logging
import os
import sys
import time
import traceback

from frontdesk import APP_NAME, config
from frontdesk.core.errors import QT_TRANSLATE_NOOP, DomainError, StoreError
from frontdesk.core.paths import data_dir

log = logging.getLogger(__name__)
STARTED = time.perf_counter()
DISPLAY_NAME = QT_TRANSLATE_NOOP("App", "Frontdesk")  # in the user's language (客服前台); APP_NAME names folders


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
    # the name the title bars carry (Qt adds it to a title that does not end with it): 客服前台
    app.setApplicationDisplayName(i18n.translate("App", DISPLAY_NAME))
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
            from frontdesk.core.store import open_store
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


def _mark(what: str) -> None:
    """Start-up milestones for the benchmark (``gui --smoke``)."""
    print(f"{what} after {1000 * (time.perf_counter() - STARTED):.0f} ms", flush=True)


def _cache_key(url: str) -> str:
    import hashlib
    return "startup/" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _prepare(store) -> bool:
    """What start-up does with an open store before anyone logs in: seed the holiday calendar and
    take the daily backup. Returns whether the property still needs its first setup."""
    from frontdesk.core.backup import BackupService
    from frontdesk.core.settings import SettingsService
    from frontdesk.core.workdays import CalendarService
    CalendarService(store).ensure_seeded()
    if SettingsService(store).needs_setup():
        return True
    backups = BackupService(store)
    if backups.due():
        backups.automatic("daily")
    return False


def _open_while_showing(url: str):
    """Open and prepare the store on a worker thread while the log-in window is on screen.
    Returns (store, needs_setup), or (None, error) when the store has a problem."""
    from PySide6.QtCore import QEventLoop, QThread

    result: dict = {}

    class Opener(QThread):
        def run(self) -> None:  # noqa: D401 - QThread's name
            try:
                from frontdesk.core.store import open_store
                store = open_store(url, create=True)
                result["store"], result["setup"] = store, _prepare(store)
            except StoreError as err:
                result["error"] = err
            except Exception as err:  # noqa: BLE001 - shown by the main thread's hook
                result["crash"] = err

    opener = Opener()
    loop = QEventLoop()
    opener.finished.connect(loop.quit)
    opener.start()
    loop.exec()
    opener.wait()
    if "crash" in result:
        raise result["crash"]
    if "error" in result:
        return None, result["error"]
    return result["store"], result["setup"]


def _login(store, property_name: str, dlg=None):
    from frontdesk.core.operators import OperatorService
    from frontdesk.ui.account_dialogs import LoginDialog, PasswordDialog

    user, password = os.environ.get("FRONTDESK_USER"), os.environ.get("FRONTDESK_PASSWORD")
    if user and password:  # unattended start (benchmarks, packaging self-test)
        if dlg is not None:
            dlg.close()
        return OperatorService(store).authenticate(user, password)
    if dlg is None:
        dlg = LoginDialog(store, property_name)
    else:
        dlg.attach(store, property_name)
    if not dlg.exec():
        return None
    if OperatorService(store).must_change_password(dlg.actor):
        if not PasswordDialog(store, dlg.actor, forced=True).exec():
            return _login(store, property_name)
    return dlg.actor


def run(url: str, smoke: bool = False) -> int:
    """The whole GUI session. The log-in window is on screen first (with the property's name from
    the last start) while the store is opened, checked and upgraded behind it; a store problem
    replaces it with the store dialog. ``smoke``: log in from the environment, show the main
    window, print how long start-up took, and quit."""
    setup_logging()
    app = make_app()
    install_excepthook()
    cached = config.qsettings().value(_cache_key(url))
    login, store, needs_setup = None, None, False
    if cached:
        from frontdesk.ui.account_dialogs import LoginDialog
        login = LoginDialog(None, str(cached))
        login.show()
        login.raise_()
        login.activateWindow()
        app.processEvents()  # painted before anything slow starts
        if smoke:
            _mark("login window shown")
        store, needs_setup = _open_while_showing(url)
        if store is None:
            login.hide()
            login = None
    if store is None:
        store = open_store_interactive(url)
        if store is None:
            return 1
        needs_setup = _prepare(store)
    from frontdesk.core.settings import SettingsService
    from frontdesk.ui.account_dialogs import SetupDialog
    from frontdesk.core.operators import GUARD
    from frontdesk.window import LOGOUT, RESTORED, MainWindow
    try:
        if needs_setup:
            if login is not None:
                login.close()
                login = None
            if smoke or not SetupDialog(store).exec():
                return 0 if not smoke else 1
            _prepare(store)
        while True:
            name = SettingsService(store).get().property_name
            config.qsettings().setValue(_cache_key(url), name)
            try:
                actor = _login(store, name, login)
            except DomainError as err:
                from frontdesk.i18n import error_text
                print(error_text(err), file=sys.stderr)
                return 1
            login = None
            if actor is None:
                return 0
            if actor.role == GUARD:  # a PC at the gate: the papers' check and nothing else
                from frontdesk.gate import GateWindow
                window = GateWindow(store, actor)
            else:
                window = MainWindow(store, actor)
            window.finished.connect(app.exit)
            window.show_as_remembered()
            if smoke:
                from PySide6.QtCore import QTimer

                def done():
                    _mark("main window shown")
                    window.close()
                QTimer.singleShot(0, done)
            code = app.exec()
            store = window.store
            if smoke or code not in (LOGOUT, RESTORED):
                return 0
    finally:
        store.dispose()
