"""Date fields step as a desk expects: Page Up / Page Down (with or without Ctrl) move a date field
by one month — Qt's own step is ten units of the section under the cursor, so Ctrl+PgUp on the
year jumped 2026 → 2036 — and Tab / Shift+Tab leave the field at once, as from any other field
(Qt's own Tab walks year, month, day and the time first: three Tabs to get past one date; ← and →
move between its parts). One filter on the application covers every date field of every form."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

_PAGES = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}
_TABS = {Qt.Key.Key_Tab: lambda sections: sections - 1, Qt.Key.Key_Backtab: lambda _sections: 0}


class _DateKeys(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or event.key() not in (*_PAGES, *_TABS):
            return False
        edit = obj if isinstance(obj, QDateTimeEdit) else getattr(obj, "parent", lambda: None)()
        if not isinstance(edit, QDateTimeEdit):
            return False
        if event.key() in _TABS:  # from its last (first) part, Qt's Tab (Shift+Tab) moves on to the next field
            edit.setCurrentSectionIndex(_TABS[event.key()](edit.sectionCount()))
            return False
        if not edit.isReadOnly():
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
