"""A read-only table of rows already in memory (a few thousand at most), sortable by any column:
the arrears list and other computed lists. Values keep their type, so numbers sort as numbers;
``formats`` turns a column's value into its text; ``keys`` gives a column its sort key (e.g.
room codes in natural order)."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], formats: dict[int, Callable[[object], str]] | None = None,
                 right: Sequence[int] = (), parent=None, keys: dict[int, Callable[[object], object]] | None = None
                 ) -> None:
        super().__init__(parent)
        self.keys = keys or {}
        self.headers, self.formats, self.right = list(headers), formats or {}, set(right)
        self.rows: list[Sequence] = []
        self.items: list[object] = []  # what each row stands for

    def set_rows(self, rows: list[Sequence], items: list[object]) -> None:
        self.beginResetModel()
        self.rows, self.items = rows, items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            fmt = self.formats.get(index.column())
            return fmt(value) if fmt else ("" if value is None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        key = self.keys.get(column, lambda v: v)
        new_order = sorted(range(len(self.rows)), key=lambda i: (self.rows[i][column] is None, key(self.rows[i][column])),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        where = {old: new for new, old in enumerate(new_order)}
        self.rows, self.items = [self.rows[i] for i in new_order], [self.items[i] for i in new_order]
        old = self.persistentIndexList()  # the current row and the selection follow their rows
        self.changePersistentIndexList(old, [self.index(where[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def row_of(self, match: Callable[[object], bool]) -> int:
        return next((n for n, item in enumerate(self.items) if match(item)), -1)

