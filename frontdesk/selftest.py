"""``frontdesk selftest``: can the program, as installed, do its whole job?

It works on a throw-away store in a temporary folder (the user's data folder, store and
preferences are never opened): the shipped files are there, the Chinese translation loads, the
holiday calendar reads, a store is made through the migrations, the demo property loads, and
then each task proves its part (``Task.selftest``: search, a payment and its receipt, every paper
and every export) before the main window opens off-screen and closes. One line per check and a
summary; the exit status is the number of failures (0: all passed).

The installer runs it at the end of installation, 帮助 → 自检 runs it in a separate process, and
``packaging/build`` runs it inside the built bundle with the checkout out of reach.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from frontdesk.core import clock
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.errors import CheckFailed as Failed

KNOWN = ("MainWindow", "&File", "文件(&F)")  # a text the Chinese translation must turn into Chinese
QT_KNOWN = ("QPlatformTheme", "Cancel", "取消")  # and one of Qt's own


@dataclass
class Context:
    """What the checks share: the throw-away store, the folder the files go to, the demo's
    supervisor and receptionist, and the helpers that read a paper or a workbook back."""

    out: Path
    translate: Callable[[str, str], str]
    store: object = None
    boss: object = None
    clerk: object = None
    written: list[Path] = field(default_factory=list)

    def pdf(self, name: str, data: bytes, *expect: str) -> str:
        """Write a paper through the kernel's writer and read it back: pages, the Chinese font
        embedded, the texts it must show. Returns a short description."""
        from frontdesk.core.files import write_bytes
        path = write_bytes(self.out / name, data)
        self.written.append(path)
        pages, text = read_pdf(data)
        if pages < 1:
            raise Failed(f"{name}: no page")
        fonts = set(re.findall(rb"/BaseFont /([^\s/]+)", data))
        if not fonts or any(b"+" not in f for f in fonts) or b"/FontFile2" not in data:  # a subset has a prefix
            raise Failed(f"{name}: not every font is embedded ({b', '.join(sorted(fonts)).decode()})")
        flat = "".join(text.split())
        missing = [e for e in expect if "".join(str(e).split()) not in flat]
        if missing:
            raise Failed(f"{name}: does not show {', '.join(map(str, missing))}")
        return self.translate("SelfTest", "{name}, {pages} page(s)").format(name=name, pages=pages)

    def picture(self, data: bytes, dpi: int = 200) -> bytes:
        """A PDF's first page as a PNG picture, on white, rendered by QtPdf as the preview renders it."""
        from PySide6.QtCore import QBuffer, QIODevice, QSize
        from PySide6.QtGui import QColor, QImage, QPainter
        doc = _pdf_document(data)
        size = doc.pagePointSize(0)
        image = doc.render(0, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(QColor("white"))  # QPdfDocument renders on transparency
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        page.save(buffer, "PNG")
        return bytes(buffer.data())

    def codes(self, data: bytes) -> list[str]:
        """The QR codes on a PDF's first page, as a phone reads the paper (rendered, then decoded)."""
        from frontdesk.core.settings import qr_texts
        return qr_texts(self.picture(data))

    def workbook(self, path: Path, *expect: str) -> str:
        """Open a written workbook with openpyxl and find the texts it must hold."""
        from openpyxl import load_workbook
        self.written.append(path)
        wb = load_workbook(path)
        cells = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
        missing = [e for e in expect if not any(str(e) in c for c in cells)]
        if missing:
            raise Failed(f"{path.name}: does not hold {', '.join(map(str, missing))}")
        rows = sum(ws.max_row for ws in wb.worksheets)
        return self.translate("SelfTest", "{name}, {rows} rows").format(name=path.name, rows=rows)


def _pdf_document(data: bytes):
    """A PDF opened with QtPdf (shipped with the program for the print preview)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(None)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready:
        raise Failed(f"the PDF cannot be read ({doc.error()})")
    doc._buffer = buffer  # kept as long as the document
    return doc


def read_pdf(data: bytes) -> tuple[int, str]:
    """Pages and text of a PDF, read with QtPdf (shipped with the program for the print preview)."""
    doc = _pdf_document(data)
    pages = doc.pageCount()
    return pages, "\n".join(doc.getAllText(i).text() for i in range(pages))


# ---- the kernel's checks ------------------------------------------------------------------------
def shipped_files(ctx: Context) -> str:
    """Every file the program reads at run time is where it looks for it."""
    from frontdesk.core.migrate import MIGRATIONS
    from frontdesk.core.paths import resource
    need = [resource("fonts", "wqy-microhei.ttc"), resource("i18n", "frontdesk_zh_CN.qm"),
            resource("sample", "demo-roster.xlsx"), MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"]
    versions = sorted((MIGRATIONS / "versions").glob("*.py"))
    missing = [str(p) for p in need if not p.is_file()] + ([] if versions else [str(MIGRATIONS / "versions")])
    for module in ("reportlab.graphics.barcode.qr", "chinese_calendar", "pypinyin", "stdnum.cn.ric",
                   "phonenumbers", "openpyxl", "alembic", "sqlalchemy.dialects.sqlite", "psycopg",
                   "PySide6.QtPdf", "PySide6.QtPrintSupport"):
        try:
            __import__(module)
        except Exception as err:  # noqa: BLE001 - named in the failure
            missing.append(f"{module} ({err})")
    if missing:
        raise Failed("missing: " + "; ".join(missing))
    return ctx.translate("SelfTest", "{files} files, {revisions} schema revisions").format(files=len(need),
                                                                                         revisions=len(versions))


def translations(ctx: Context) -> str:
    from frontdesk import i18n
    from PySide6.QtWidgets import QApplication
    i18n.install(QApplication.instance(), "zh_CN")
    got = i18n.translate(KNOWN[0], KNOWN[1])
    if got != KNOWN[2]:
        raise Failed(f"{KNOWN[1]!r} came out as {got!r}, not {KNOWN[2]!r}")
    from PySide6.QtCore import QCoreApplication
    qt = QCoreApplication.translate(*QT_KNOWN[:2])  # Qt's own texts: the buttons of every dialog
    if qt != QT_KNOWN[2]:
        raise Failed(f"Qt's {QT_KNOWN[1]!r} came out as {qt!r}, not {QT_KNOWN[2]!r} (qtbase_zh_CN.qm)")
    return f"{KNOWN[1]} → {got}; {QT_KNOWN[1]} → {qt}"


def holiday_calendar(ctx: Context) -> str:
    import chinese_calendar
    if not chinese_calendar.is_holiday(date(2026, 10, 1)) or not chinese_calendar.is_workday(date(2026, 10, 10)):
        raise Failed("National Day 2026 and the Saturday worked in lieu are wrong")
    years = sorted({d.year for d in chinese_calendar.holidays})
    text = ctx.translate("SelfTest", "holidays of {first}–{last}").format(first=years[0], last=years[-1])
    if clock.today().year > years[-1]:
        text += ctx.translate("SelfTest", "; {year} has no data: counted Monday–Friday").format(year=clock.today().year)
    return text


def new_store(ctx: Context) -> str:
    from frontdesk.core.db import SCHEMA_HEAD
    from frontdesk.core.store import open_store
    ctx.store = open_store(f"sqlite:///{ctx.out / 'selftest.db'}", create=True)
    if ctx.store.schema_revision() != SCHEMA_HEAD:
        raise Failed(f"schema {ctx.store.schema_revision()}, not {SCHEMA_HEAD}")
    return ctx.translate("SelfTest", "schema {schema}").format(schema=SCHEMA_HEAD)


def demo(ctx: Context) -> str:
    from frontdesk.core.operators import OperatorService
    from frontdesk.demo import DEMO_OPERATORS, load_demo
    summary = load_demo(ctx.store)
    ops = OperatorService(ctx.store)
    ctx.boss = ops.authenticate(DEMO_OPERATORS[0][0], DEMO_OPERATORS[0][3])
    ctx.clerk = ops.authenticate(DEMO_OPERATORS[1][0], DEMO_OPERATORS[1][3])
    return ctx.translate("SelfTest", "{rooms} rooms, {people} people").format(rooms=summary["rooms"],
                                                                             people=summary["people"])


def kernel_papers(ctx: Context) -> str:
    from frontdesk.core.documents import operator_list, test_page
    return "; ".join((ctx.pdf("operators.pdf", operator_list(ctx.store, ctx.boss, ctx.translate).build(), "王主管"),
                      ctx.pdf("test-page.pdf", test_page(ctx.store, ctx.boss, "A5", ctx.translate).build())))


def store_checks(ctx: Context) -> str:
    """What ``frontdesk check`` finds on the store the checks above wrote: nothing, or it fails."""
    from frontdesk.core.store import open_store
    from frontdesk.tasks import rules_broken
    store = open_store(ctx.store.url, full_check=True, migrate=False)
    try:
        problems = rules_broken(store)
    finally:
        store.dispose()
    if problems:
        raise Failed("; ".join(problems[:5]))
    return ctx.translate("SelfTest", "integrity and every task's rules")


def backup(ctx: Context) -> str:
    from frontdesk.core.backup import backup_store, validate_backup
    path = backup_store(ctx.store, reason="manual", to_dir=ctx.out / "backups")
    validate_backup(path)
    return path.name


def main_window(ctx: Context) -> str:
    from PySide6.QtWidgets import QApplication

    from frontdesk.window import MainWindow
    window = MainWindow(ctx.store, ctx.clerk)
    window.show()
    QApplication.processEvents()
    tabs = window.form.tabs.count()
    window.close()
    QApplication.processEvents()
    return ctx.translate("SelfTest", "{n} tabs").format(n=tabs)


def checks() -> list[tuple[str, Callable[[Context], str]]]:
    """The kernel's checks around each task's part (``Task.selftest``), in the order they run."""
    from frontdesk.core.task import load
    from frontdesk.tasks import TASKS
    out = [(QT_TRANSLATE_NOOP("SelfTest", "Shipped files"), shipped_files),
           (QT_TRANSLATE_NOOP("SelfTest", "Chinese translation"), translations),
           (QT_TRANSLATE_NOOP("SelfTest", "Holiday calendar"), holiday_calendar),
           (QT_TRANSLATE_NOOP("SelfTest", "New store through the migrations"), new_store),
           (QT_TRANSLATE_NOOP("SelfTest", "Demo property"), demo),
           (QT_TRANSLATE_NOOP("SelfTest", "Operator list and printer test page"), kernel_papers)]
    for task in TASKS:
        if task.selftest:
            out += load(task.selftest)()
    out += [(QT_TRANSLATE_NOOP("SelfTest", "Store check"), store_checks),
            (QT_TRANSLATE_NOOP("SelfTest", "Backup"), backup),
            (QT_TRANSLATE_NOOP("SelfTest", "Main window"), main_window)]
    return out


def _quiet_offscreen() -> None:
    """The off-screen platform warns of window features it lacks; in the self-test's output that
    is noise between the results."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message):
        if "This plugin does not support" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)
    previous = qInstallMessageHandler(handler)


def run(out: Path | None = None, echo: Callable[[str], None] = print) -> int:
    """Run every check; returns the number that failed. ``out`` keeps the files written (else a
    temporary folder, removed afterwards)."""
    work = Path(tempfile.mkdtemp(prefix="frontdesk-selftest-"))
    # nothing of the user's: data folder, backups and this PC's preferences all in the work folder
    os.environ["FRONTDESK_HOME"] = str(work / "home")
    os.environ["FRONTDESK_CONFIG"] = str(work / "config")
    os.environ.pop("FRONTDESK_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(out) if out is not None else work / "out"
    target.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from frontdesk import __version__, i18n
    from frontdesk.app import make_app
    from frontdesk.i18n import translate
    app = QApplication.instance() or make_app()
    _quiet_offscreen()
    i18n.install(app, "zh_CN")
    ctx = Context(out=target, translate=translate)
    started, failed, all_checks = time.perf_counter(), 0, checks()
    echo(translate("SelfTest", "Frontdesk {version} self-test: {n} checks in {folder}").format(
        version=__version__, n=len(all_checks), folder=target))
    for name, check in all_checks:
        t0 = time.perf_counter()
        try:
            detail = check(ctx)
            mark = translate("SelfTest", "OK  ")
        except Exception as err:  # noqa: BLE001 - every failure is reported, the rest still run
            failed += 1
            detail = str(err) if isinstance(err, Failed) else f"{type(err).__name__}: {err}"
            mark = translate("SelfTest", "FAIL")
        echo(f"{mark} {translate('SelfTest', name)} — {detail} ({1000 * (time.perf_counter() - t0):.0f} ms)")
    if ctx.store is not None:
        ctx.store.dispose()
    seconds = time.perf_counter() - started
    if failed:
        echo(translate("SelfTest", "Self-test FAILED: {failed} of {n} checks failed ({seconds:.1f} s). The program cannot do "
                            "all its work; reinstall it, or give this output to whoever supports it.").format(
            failed=failed, n=len(all_checks), seconds=seconds))
    else:
        echo(translate("SelfTest", "Self-test passed: all {n} checks ({seconds:.1f} s).").format(n=len(all_checks),
                                                                                         seconds=seconds))
    shutil.rmtree(work / "home", ignore_errors=True)
    if out is None:
        shutil.rmtree(work, ignore_errors=True)
    return failed
