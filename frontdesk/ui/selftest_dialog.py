"""帮助 → 自检: ``frontdesk selftest`` in a process of its own (off-screen, on throw-away data), its
lines shown as they come with a progress bar; the window stays usable meanwhile."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment
from PySide6.QtWidgets import QDialog

from frontdesk.i18n import translate
from frontdesk.ui.forms.ui_selftest_dialog import Ui_SelfTestDialog


def command() -> tuple[str, list[str]]:
    """How to start this program's self-test in a process of its own: the bundle's console program
    (a windowed Windows program has no output), or this Python with ``-m frontdesk``."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        cli = exe.with_name("frontdesk-cli.exe") if sys.platform == "win32" else exe
        return str(cli), ["selftest"]
    return sys.executable, ["-m", "frontdesk", "selftest"]


class SelfTestDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = f = Ui_SelfTestDialog()
        f.setupUi(self)
        f.progress.setRange(0, 0)  # busy until the self-test ends; each check's line appears as it is done
        self.done_checks, self.pending = 0, b""
        f.closeButton.clicked.connect(self.reject)
        self.failed = None
        self.process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("QT_QPA_PLATFORM", "offscreen")  # its main window never shows on this screen
        self.process.setProcessEnvironment(env)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(lambda: self._read())
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.command = command()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.process.state() == QProcess.ProcessState.NotRunning and self.failed is None:
            self.process.start(*self.command)

    def _read(self, final: bool = False) -> None:
        """Whole lines only: a chunk may end inside a line (or inside a character)."""
        self.pending += bytes(self.process.readAllStandardOutput())
        lines = self.pending.split(b"\n")
        self.pending = b"" if final else lines.pop()
        f = self.form
        for raw in lines:
            line = raw.decode("utf-8", errors="replace").rstrip()
            if line.strip():
                f.output.appendPlainText(line)
                if line.startswith((translate("SelfTest", "OK  ").strip(), translate("SelfTest", "FAIL"))):
                    self.done_checks += 1
                    f.summary.setText(translate("SelfTestDialog", "{n} checks done …").format(n=self.done_checks))

    def _finished(self, code: int, _status=None) -> None:
        self._read(final=True)
        self.failed = code != 0
        self.form.progress.setRange(0, 1)
        self.form.progress.setValue(1)
        self.form.summary.setText(translate("SelfTestDialog", "Some checks failed: the program cannot do all its work. "
                                                              "Reinstall it, or send the lines above to support.")
                                  if self.failed else translate("SelfTestDialog", "All checks passed."))

    def _error(self, _err) -> None:
        if self.process.state() == QProcess.ProcessState.NotRunning and self.failed is None:
            self.failed = True
            self.form.summary.setText(translate("SelfTestDialog", "The self-test could not be started: {error}")
                                      .format(error=self.process.errorString()))

    def reject(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(3000)
        super().reject()
