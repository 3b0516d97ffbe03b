"""The monthly workbook to management (月度报表): each task's part of a month, put together.

A task declares ``Task.report = "module:function"``; ``function(store, month) -> ReportPart``
gives its key figures for 概览 (with last month's, for 环比), its own sheets (columns and rows for
``excel.write_table``), its 异常 rows (the rows behind the bad numbers) and the definitions of its
figures for 说明. Every text a part gives — figure and sheet names, column titles, definitions — is
English source in context "Reports" (a sheet may name another context for its columns), translated
here; the values are the task's own (Decimal money, dates, counts). The kernel names no task: it
iterates ``frontdesk.tasks.TASKS`` through ``build`` / ``write``. Plain Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from frontdesk.core.excel import XCol

CONTEXT = "Reports"


@dataclass(frozen=True)
class Month:
    """A calendar month."""
    year: int
    month: int

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        from calendar import monthrange
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def shifted(self, k: int) -> Month:
        n = self.year * 12 + self.month - 1 + k
        return Month(n // 12, n % 12 + 1)

    @property
    def previous(self) -> Month:
        return self.shifted(-1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class Figure:
    """A key figure on 概览: this month's value and last month's; ``kind`` is "int", "money" or
    "percent" (a ratio 0…1, None when its denominator is zero)."""
    name: str
    value: int | Decimal | None
    previous: int | Decimal | None
    kind: str = "int"


@dataclass(frozen=True)
class Sheet:
    """A sheet of the workbook: ``name`` (English source, its Chinese name the sheet's), a table as
    ``excel.write_table`` takes it; ``total_when`` counts only the rows whose column holds a value."""
    name: str
    columns: list[XCol]
    rows: list[list]
    total_when: tuple[int, str] | None = None
    context: str = CONTEXT  # of the column titles


@dataclass(frozen=True)
class Chart:
    """A chart on 概览, drawn by the workbook (an openpyxl chart) over a small table written there."""
    title: str
    columns: list[XCol]  # the first is the category
    rows: list[list]
    kind: str = "column"


@dataclass(frozen=True)
class Anomaly:
    """One row of 异常: what (English source), its record's number or room, the day, the detail."""
    what: str
    reference: str
    day: date | None
    detail: str = ""


@dataclass(frozen=True)
class Definition:
    """How a figure is defined, for 说明 (English sources)."""
    figure: str
    numerator: str
    denominator: str = ""
    left_out: str = ""


@dataclass(frozen=True)
class ReportPart:
    """A task's part of a month's workbook."""
    figures: list[Figure] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


def ratio(numerator, denominator) -> Decimal | None:
    """A rate as a Decimal 0…1 to four places, None when there is nothing to divide by."""
    if not denominator:
        return None
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
