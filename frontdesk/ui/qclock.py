"""The one clock (core/clock) as Qt dates, for the date fields of forms: never QDate.currentDate()."""
from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime

from frontdesk.core import clock


def today() -> QDate:
    d = clock.today()
    return QDate(d.year, d.month, d.day)


def now() -> QDateTime:
    t = clock.now()
    return QDateTime(today(), QTime(t.hour, t.minute, t.second))
