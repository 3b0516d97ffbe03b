"""A read-only table of rows already in memory (a few thousand at most), sortable by any column:
the arrears list and other computed lists. Values keep their type, so numbers sort as numbers;
``formats`` turns a column's value into its text."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], formats: dict[int, Callable[[object], str]] | None = None,
                 right: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent)
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
        pairs = sorted(zip(self.rows, self.items), key=lambda p: (p[0][column] is None, p[0][column]),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows, self.items = [p[0] for p in pairs], [p[1] for p in pairs]
        self.layoutChanged.emit()
