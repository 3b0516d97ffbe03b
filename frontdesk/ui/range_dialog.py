"""Which days, or which month: the small forms the 报表 menu asks first — two date fields (a
register) or a month (the monthly report), last month by the one clock (ui/qclock); Enter
confirms, Esc cancels; a range the wrong way round, or a month that cannot be reported, is told at
its field."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from frontdesk.core.dates import check_range
from frontdesk.i18n import translate
from frontdesk.ui import qclock
from frontdesk.ui.fielderrors import FormDialog
from frontdesk.ui.forms.ui_date_range_dialog import Ui_DateRangeDialog


def last_month() -> tuple[QDate, QDate]:
    """The first and the last day of the month before today's (by the one clock)."""
    today = qclock.today()
    first_of_this = QDate(today.year(), today.month(), 1)
    return first_of_this.addMonths(-1), first_of_this.addDays(-1)


class DateRangeDialog(FormDialog):
    """``range`` after it is accepted: (first day, last day) as ``date``."""

    def __init__(self, title: str, parent=None, hint: str = "") -> None:
        super().__init__(Ui_DateRangeDialog, parent)
        f = self.form
        self.setWindowTitle(title)
        f.hint.setText(hint or translate("DateRangeDialog", "The days to include (both included). Last month is "
                                                            "filled in."))
        first, last = last_month()
        f.dateFrom.setDate(first)
        f.dateTo.setDate(last)
        self.range: tuple[date, date] | None = None
        self.wire({"date_from": f.dateFrom, "date_to": f.dateTo})
        f.dateFrom.setFocus()

    def save(self) -> None:
        first, last = self.form.dateFrom.date().toPython(), self.form.dateTo.date().toPython()
        check_range(first, last, "date_from")
        self.range = (first, last)


class MonthDialog(FormDialog):
    """``month`` ("2026-11") after it is accepted; ``check(text)`` refuses a month (at "month")."""

    def __init__(self, title: str, check, parent=None) -> None:
        from frontdesk.ui.forms.ui_month_dialog import Ui_MonthDialog
        super().__init__(Ui_MonthDialog, parent)
        f = self.form
        self.setWindowTitle(title)
        f.hint.setText(translate("DateRangeDialog", "The month to report. Last month is filled in."))
        f.month.setDate(last_month()[0])
        self.check, self.month = check, None
        self.wire({"month": f.month})
        f.month.setFocus()

    def save(self) -> None:
        text = self.form.month.date().toString("yyyy-MM")
        self.check(text)
        self.month = text
