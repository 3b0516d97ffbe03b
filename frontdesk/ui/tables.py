"""Filling a QTableWidget with a short list the tab has already read (the key board, the passes'
lists): the headers as given (already translated), one text cell per value, each row's id on
every cell, the rows that need attention in red, and the row that was current kept current."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

ATTENTION = QColor("#b42318")  # overdue, late, refused: the same red everywhere


def fill_table(table: QTableWidget, headers: list[str], rows: list[list], ids: list,
               red: set[int] = frozenset()) -> None:
    keep = table.currentRow()
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if r in red:
                item.setForeground(ATTENTION)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    if rows:
        table.setCurrentCell(min(max(keep, 0), len(rows) - 1), 0)
