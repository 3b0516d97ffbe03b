"""Long work off the GUI thread: imports, billing a month, batch printing, reports.

``Job(fn, parent)`` runs ``fn(progress)`` on a QThread; ``progress(done, total)`` may be called
from the work and arrives as the ``progress`` signal in the GUI thread. ``finished(result)`` or
``failed(exception)`` is emitted in the GUI thread only after the thread has ended, so nothing
(a dialog closing, a test ending) can destroy a thread that is still running.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Worker(QObject):
    progress = Signal(int, int)

    def __init__(self, fn: Callable) -> None:
        super().__init__()
        self.fn = fn
        self.outcome: tuple[bool, object] = (False, None)

    @Slot()
    def run(self) -> None:
        try:
            self.outcome = (True, self.fn(lambda done, total: self.progress.emit(int(done), int(total))))
        except Exception as exc:  # reported to the GUI thread, never lost
            self.outcome = (False, exc)
        self.thread().quit()


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable, parent=None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = _Worker(fn)
        self.worker.moveToThread(self.thread)
        self.worker.progress.connect(self.progress)
        self.thread.started.connect(self.worker.run)
        self.thread.finished.connect(self._deliver)

    def start(self) -> Job:
        self.thread.start()
        return self

    def running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 60_000) -> bool:
        return self.thread.wait(ms)

    def _deliver(self) -> None:
        ok, value = self.worker.outcome
        (self.finished if ok else self.failed).emit(value)


def run_with_progress(parent, title: str, fn: Callable, done: Callable[[object], None]) -> Job:
    """Run ``fn(progress)`` off the GUI thread behind a progress bar; then ``done(result)``, or a
    warning with the error's message. The window stays responsive; returns the started Job."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from frontdesk.core.errors import DomainError
    from frontdesk.i18n import error_text
    from frontdesk.ui import msgbox

    bar = QProgressDialog(title, None, 0, 0, parent)
    bar.setWindowTitle(title)
    bar.setWindowModality(Qt.WindowModality.WindowModal)
    bar.setMinimumDuration(400)
    bar.setAutoReset(False)
    job = Job(fn, parent)
    job.progress.connect(lambda d, t: (bar.setMaximum(max(t, 1)), bar.setValue(d)))

    def failed(exc) -> None:
        bar.close()
        msgbox.warn(parent, title, error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def finished(result) -> None:
        bar.close()
        done(result)

    job.finished.connect(finished)
    job.failed.connect(failed)
    return job.start()
