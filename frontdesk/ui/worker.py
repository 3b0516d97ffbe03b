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
