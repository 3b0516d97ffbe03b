"""Shared fixtures: a fresh store per test, on SQLite and (``any_store``) on PostgreSQL too.

PostgreSQL comes from ``FRONTDESK_TEST_PG`` (an admin URL, set by ``.ci/run``). Under CI it
must be there; on a developer's machine without it the PostgreSQL cases are skipped.
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from frontdesk.core.audit import Actor
from frontdesk.core.store import open_store
from frontdesk.core.settings import SettingsService

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG = os.environ.get("FRONTDESK_TEST_PG")
SUPER_PW = "Zhuguan2026"


def pytest_sessionstart(session):
    if os.environ.get("CI") == "true" and not PG:
        pytest.exit("CI needs FRONTDESK_TEST_PG (a PostgreSQL server); .ci/run starts one", returncode=3)


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    """A message box a test did not expect fails the test instead of blocking it (``boxes`` records
    them where a test expects them)."""
    from frontdesk.ui import msgbox

    def unexpected(kind):
        def box(_parent, _title, text, *_a):
            raise AssertionError(f"an unexpected message box ({kind}) would block the test: {text}")
        return box
    for kind in ("info", "warn", "error", "ask"):
        monkeypatch.setattr(msgbox, kind, unexpected(kind))


MODAL_PATIENCE_S = 30  # a dialog up this long with no one answering it is a test that would hang


@pytest.fixture(autouse=True)
def _no_hanging_dialogs(request):
    """A modal dialog no test answers is put away after ``MODAL_PATIENCE_S`` and fails the test,
    instead of blocking the whole run (``when_modal`` answers the ones a test expects)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    request.getfixturevalue("qapp")
    seen = {"widget": None, "since": 0.0}
    abandoned: list[str] = []

    def watch():
        w = QApplication.activeModalWidget()
        if w is None or w is not seen["widget"]:
            seen.update(widget=w, since=time.monotonic())
        elif time.monotonic() - seen["since"] > MODAL_PATIENCE_S:
            abandoned.append(w.windowTitle() or type(w).__name__)
            w.done(0) if hasattr(w, "done") else w.close()
            seen.update(widget=None)
    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(1000)
    yield
    timer.stop()
    assert not abandoned, f"a modal dialog no test answered was left open (it would hang a real run): {abandoned}"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FRONTDESK_CONFIG", str(tmp_path / "config"))
    monkeypatch.delenv("FRONTDESK_DB", raising=False)


class _PgTemplates:
    def __init__(self, admin_url: str) -> None:
        self.admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.template = f"fd_tpl_{os.getpid()}"
        self.ready = False

    def url(self, name: str) -> str:
        return make_url(PG).set(database=name).render_as_string(hide_password=False)

    def new_db(self) -> str:
        with self.admin.connect() as c:
            if not self.ready:
                c.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
                c.execute(text(f'CREATE DATABASE "{self.template}"'))
                open_store(self.url(self.template)).dispose()
                self.ready = True
            name = f"fd_t_{uuid.uuid4().hex[:12]}"
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_templates():
    if not PG:
        pytest.skip("no PostgreSQL server (set FRONTDESK_TEST_PG)")
    t = _PgTemplates(PG)
    yield t
    t.drop(t.template)
    t.admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'home' / 'frontdesk.db'}"


@pytest.fixture
def store(sqlite_url):
    s = open_store(sqlite_url, create=True)
    yield s
    s.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'home' / 'frontdesk.db'}", create=True)
        yield s
        s.dispose()
    else:
        t = request.getfixturevalue("pg_templates")
        name = t.new_db()
        s = open_store(t.url(name))
        yield s
        s.dispose()
        t.drop(name)


def set_up(store, name="翠湖花园") -> Actor:
    """First setup of a store: property + supervisor ``zhuguan``."""
    return SettingsService(store).first_setup(
        {"property_name": name, "company_name": "示例物业服务有限公司", "address": "示例市示例路1号",
         "hotline": "010-12345678"}, "zhuguan", "王主管", SUPER_PW)


@pytest.fixture
def supervisor(store) -> Actor:
    return set_up(store)


@pytest.fixture
def receptionist(store, supervisor) -> Actor:
    from frontdesk.core.operators import OperatorService
    svc = OperatorService(store)
    svc.add(supervisor, "qiantai", "李前台", "receptionist", "Qiantai2026")
    return svc.authenticate("qiantai", "Qiantai2026")


@pytest.fixture
def zh_app(qapp):
    """The QApplication with the shipped Chinese translation, as users see it."""
    from frontdesk import i18n
    i18n.install(qapp, "zh_CN")
    yield qapp


@pytest.fixture
def boxes(monkeypatch):
    """Records message boxes instead of showing them; ``answers`` feeds ask() and file choosers."""
    from frontdesk.ui import msgbox

    class Boxes:
        def __init__(self):
            self.shown: list[tuple[str, str]] = []
            self.answer = True
            self.files: list[str] = []
            self.texts: list[str] = []  # answers to ask_text, in order
            self.opened: list = []  # files opened with the system's program (not opened in tests)

    b = Boxes()
    for kind in ("info", "warn", "error"):
        monkeypatch.setattr(msgbox, kind, lambda parent, title, text, kind=kind: b.shown.append((kind, text)))
    monkeypatch.setattr(msgbox, "ask", lambda parent, title, text: b.shown.append(("ask", text)) or b.answer)
    monkeypatch.setattr(msgbox, "save_file", lambda *a: b.files.pop(0))
    monkeypatch.setattr(msgbox, "ask_text", lambda *a: (b.texts.pop(0), True) if b.texts else ("", False))
    monkeypatch.setattr(msgbox, "open_file", lambda *a: b.files.pop(0))
    monkeypatch.setattr(msgbox, "open_with_system", lambda path, parent=None: b.opened.append(path) or True)
    return b


def when_modal(qtbot, act, timeout_ms=5000):
    """Run ``act(dialog)`` as soon as a modal dialog is up (for code that calls exec()).

    If ``act`` fails, the dialog is closed (no test can hang on it) and the error is kept in
    ``result.errors``; call ``result.check()`` to raise it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    class Result(list):
        errors: list = []

        def check(self):
            if self.errors:
                raise self.errors[0]
            parent = self[0].parentWidget() if self else None
            if parent is not None and not self[0].isVisible():  # the window manager gives the focus
                parent.window().activateWindow()                # back; offscreen has none
                qtbot.waitUntil(parent.window().isActiveWindow, timeout=2000)

    done = Result()
    done.errors = []

    def poll():
        w = QApplication.activeModalWidget()
        if w is not None and not done:
            done.append(w)
            try:
                act(w)
            except BaseException as exc:  # noqa: BLE001 - reported by check()
                done.errors.append(exc)
                if w.isVisible():  # put away without asking (a form that asks before Esc would block)
                    w.done(0) if hasattr(w, "done") else w.close()
        elif not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, Chinese as an input-method commit
    (which is how Chinese reaches a widget from the IME)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication
    for chunk in __import__("re").findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            widget.setFocus()
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def zh_translate(qapp):
    """The Chinese translator, for Qt-free code that takes ``translate`` (pytest-qt's application:
    a bare QCoreApplication here would stop later tests from making their QApplication)."""
    from frontdesk import i18n
    i18n.install(qapp, "zh_CN")
    return i18n.translate


def open_main_window(qtbot, store, actor):
    """The real main window, shown and active, as a user has it after logging in."""
    from frontdesk.window import MainWindow
    w = MainWindow(store, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def fill_reason(qtbot, then=None, **values):
    """Answer the next ReasonDialog as a user does: type each value into its field (``method``
    is chosen) and press Enter. ``then(dialog)`` runs afterwards while the dialog may still be up
    (to read the errors shown and answer again); a dialog left open is cancelled."""
    from PySide6.QtCore import Qt

    def act(dlg):
        f = dlg.form
        last = None
        for name, text in values.items():
            w = getattr(f, name)
            if name == "method":
                w.setCurrentIndex(w.findData(text))
                continue
            w.setFocus()
            w.clear()
            type_text(qtbot, w, text)
            last = w
        qtbot.keyClick(last or f.buttons, Qt.Key.Key_Return)
        if then is not None:
            then(dlg)
        if dlg.isVisible():
            dlg.done(0)  # left open: put away without the discard question

    return when_modal(qtbot, act)
