"""Long work off the GUI thread: imports, billing a month, batch printing, reports.

``Job(fn)`` runs ``fn(progress)`` on a QThread; ``progress(done, total)`` may be called from the
work and arrives as the ``progress`` signal in the GUI thread; then ``finished(result)`` or
``failed(exception)``. The window keeps answering meanwhile.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal


class Job(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable, parent=None) -> None:
        super().__init__()
        self.fn = fn
        self.thread = QThread(parent)
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)
        self.finished.connect(self.thread.quit)
        self.failed.connect(self.thread.quit)

    def start(self) -> Job:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.progress.emit(int(done), int(total)))
        except Exception as exc:  # reported to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
