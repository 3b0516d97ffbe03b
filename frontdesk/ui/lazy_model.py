"""The shared lazy table model: pages rows in from the database as the user scrolls.

It shows any :class:`frontdesk.core.listing.ListQuery`. Sorting is done by the database (a click
on a header re-queries); filtering is done by handing the model a new query. Only the pages the
view has asked for are ever held in memory.

Signals: ``counted(int)`` after a (re)load with the total number of matching rows.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from frontdesk.core.db import Store
from frontdesk.core.listing import ListQuery
from frontdesk.core.money import format_yuan
from frontdesk.i18n import translate

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    counted = Signal(int)

    def __init__(self, store: Store, query: ListQuery, parent=None, page_size: int = PAGE,
                 display: dict[str, Callable[[object, tuple], str]] | None = None,  # (value, row) → text
                 background: Callable[[tuple], str | None] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.display = display or {}
        self.background = background  # row values → a colour name for rows that need attention
        self._query = query
        self._rows: list[tuple] = []
        self._total = 0
        self._sort_key: str | None = None
        self._desc: bool | None = None
        self.pages_fetched = 0
        self._busy = False
        self.reload()

    # ---- data access ------------------------------------------------------------------------
    @property
    def columns(self):
        return self._query.listing.columns

    @property
    def total(self) -> int:
        return self._total

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of_id(self, row_id: int) -> int | None:
        """The row of an id among the rows loaded so far (None when not loaded)."""
        return next((i for i, r in enumerate(self._rows) if r[0] == row_id), None)

    def row_values(self, row: int) -> tuple:
        return self._rows[row][1:]

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Count and load the first page again (after a new filter or sort)."""
        self._busy = True  # views react to a reset or insert by asking for more: not until it is over
        self.beginResetModel()
        with self.store.read() as s:
            self._total = self._query.count(s)
            self._rows = self._query.page(s, self._sort_key, self._desc, None, self.page_size)
        self.pages_fetched = 1
        self.endResetModel()
        self._busy = False
        self.counted.emit(self._total)

    # ---- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._busy and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._busy or not self._rows:
            return
        after = self._query.keyset(self._rows[-1], self._sort_key)
        with self.store.read() as s:
            more = self._query.page(s, self._sort_key, self._desc, after, self.page_size)
        if not more:
            self._total = len(self._rows)
            return
        self._busy = True
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.pages_fetched += 1
        self.endInsertRows()
        self._busy = False

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return translate("Columns", self.columns[section].title)
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        col = self.columns[index.column()]
        value = self._rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            if col.key in self.display:
                return self.display[col.key](value, self._rows[index.row()][1:])
            return self._format(value, col.kind)
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            colour = self.background(self._rows[index.row()][1:])
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("money", "int", "decimal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _format(value, kind: str) -> str:
        if value is None:
            return ""
        if kind == "money":
            return format_yuan(value)
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")  # the desk reads minutes; the audit detail keeps seconds
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, bool):
            return translate("Common", "Yes") if value else translate("Common", "No")
        return str(value)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self._sort_key = self.columns[column].key
        self._desc = order == Qt.SortOrder.DescendingOrder
        self.reload()


def show_in(view, model: LazyTableModel, widths: dict[int, int] | None = None) -> None:
    """Put ``model`` in a table view the way every list looks: no row numbers, columns the user
    can resize (fixed widths, never "resize to contents", which would measure every loaded cell),
    the last one stretched."""
    from PySide6.QtWidgets import QHeaderView
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in (widths or {}).items():
        view.setColumnWidth(col, width)
