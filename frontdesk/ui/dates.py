"""Date fields step as a desk expects: Page Up / Page Down (with or without Ctrl) move a date field
by one month — Qt's own step is ten units of the section under the cursor, so Ctrl+PgUp on the
year jumped 2026 → 2036. One filter on the application covers every date field of every form."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

_PAGES = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}


class _DateKeys(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _PAGES:
            edit = obj if isinstance(obj, QDateTimeEdit) else getattr(obj, "parent", lambda: None)()
            if isinstance(edit, QDateTimeEdit) and not edit.isReadOnly():
                edit.setDateTime(edit.dateTime().addMonths(_PAGES[event.key()]))
                return True
        return False


def install(app: QApplication | None = None) -> None:
    """Once per application (called again, it does nothing)."""
    app = app or QApplication.instance()
    if app is not None and not app.property("frontdeskDateKeys"):
        app.setProperty("frontdeskDateKeys", True)
        app._frontdesk_date_keys = _DateKeys(app)
        app.installEventFilter(app._frontdesk_date_keys)
