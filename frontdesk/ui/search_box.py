"""The search box every tab uses: results as you type, Enter opens, Esc clears.

``SearchBox`` waits a short moment after the last key (so a fast typist does not trigger a
query per letter) and then emits ``search(text)``. With a ``provider`` it also shows a result
list under the box: Down moves into it, Enter activates the highlighted (or first) hit and
emits ``activated(hit)``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


@dataclass(frozen=True)
class SearchHit:
    """One result: what to show and what it points to."""

    kind: str
    key: Any
    label: str
    detail: str = ""


class SearchBox(QLineEdit):
    search = Signal(str)
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, provider: Callable[[str], list[SearchHit]] | None = None,
                 delay_ms: int = 150, limit: int = 20) -> None:
        super().__init__(parent)
        self.provider = provider
        self.limit = limit
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.popup: QListWidget | None = None
        if provider is not None:
            self._frame = QFrame(self, Qt.WindowType.ToolTip)
            self._frame.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(self._frame)
            lay.setContentsMargins(0, 0, 0, 0)
            self.popup = QListWidget(self._frame)
            self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.popup.itemClicked.connect(self._activate_item)
            lay.addWidget(self.popup)
        self.hits: list[SearchHit] = []

    def flush(self) -> None:
        """Run the pending search now (tests, and Enter pressed before the delay ran out)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def _fire(self) -> None:
        text = self.text().strip()
        self.search.emit(text)
        if self.provider is None:
            return
        self.hits = self.provider(text)[: self.limit] if text else []
        self.popup.clear()
        for hit in self.hits:
            item = QListWidgetItem(f"{hit.label}    {hit.detail}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.popup.addItem(item)
        if self.hits:
            self.popup.setCurrentRow(0)
            width = max(self.width(), 360)
            rows = min(len(self.hits), 10)
            self._frame.setGeometry(self.mapToGlobal(self.rect().bottomLeft()).x(),
                                    self.mapToGlobal(self.rect().bottomLeft()).y(),
                                    width, rows * (self.popup.sizeHintForRow(0) + 2) + 6)
            self._frame.show()
        else:
            self._frame.hide()

    def _activate_item(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        if self.popup is not None:
            self._frame.hide()
        self.activated.emit(hit)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.popup is not None and self._frame.isVisible():
                self._frame.hide()
            elif self.text():
                self.clear()
                self.textEdited.emit("")  # the user emptied it: whatever was chosen from it is no longer chosen
                self._timer.stop()
                self._fire()
            else:
                super().keyPressEvent(event)
            return
        if self.popup is not None and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits:
            row = self.popup.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
            self.popup.setCurrentRow(max(0, min(row, len(self.hits) - 1)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            if self.popup is not None and self.hits:
                self._activate_item(self.popup.currentItem() or self.popup.item(0))
                return
        super().keyPressEvent(event)
