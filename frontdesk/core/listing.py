"""Paged, sorted, filtered lists computed in the database (no Qt).

A :class:`Listing` names the columns of a list and how to read them; a :class:`ListQuery` is a
listing with the filters of one moment. ``page()`` uses keyset pagination on
``(sort column, id)`` so page 500 costs what page 1 costs, and never loads a whole table.
The lazy table model in ``frontdesk.ui.lazy_model`` shows any ListQuery.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text; views translate it in context "Columns"
    expr: Any
    kind: str = "text"  # text, int, money, date, datetime, bool
    sortable: bool = True
    sort_by_id: bool = False  # sort in creation order (e.g. rooms 101, 102, …, 1001) instead of as text


@dataclass(frozen=True)
class Listing:
    columns: tuple[Column, ...]
    id_expr: Any
    source: Any  # the FROM clause (a table or join)
    default_sort: str = ""
    default_desc: bool = False
    extra: tuple[Column, ...] = ()  # read with every row after the columns, not shown (what a view's marks need)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def query(self, where: list[ColumnElement] | None = None) -> ListQuery:
        return ListQuery(self, tuple(where or ()))


@dataclass(frozen=True)
class ListQuery:
    listing: Listing
    where: tuple = field(default=())

    def _base(self, *cols) -> Select:
        stmt = select(*cols).select_from(self.listing.source)
        return stmt.where(*self.where) if self.where else stmt

    def count(self, session: Session) -> int:
        return session.scalar(self._base(func.count(self.listing.id_expr))) or 0

    def page(self, session: Session, sort_key: str | None = None, desc: bool | None = None,
             after: tuple | None = None, limit: int = 200) -> list[tuple]:
        """Rows ``(id, col1, col2, …, extra1, …)`` after the keyset ``after = (sort value, id)``."""
        sort_key = sort_key or self.listing.default_sort or self.listing.columns[0].key
        desc = self.listing.default_desc if desc is None else desc
        column = self.listing.column(sort_key)
        idx = self.listing.id_expr
        sort_expr = idx if column.sort_by_id else column.expr
        stmt = self._base(idx, *(c.expr for c in self.listing.columns + self.listing.extra))
        if after is not None:
            value, last_id = after
            if desc:
                stmt = stmt.where(or_(sort_expr < value, and_(sort_expr == value, idx < last_id)))
            else:
                stmt = stmt.where(or_(sort_expr > value, and_(sort_expr == value, idx > last_id)))
        order = (sort_expr.desc(), idx.desc()) if desc else (sort_expr.asc(), idx.asc())
        return [tuple(r) for r in session.execute(stmt.order_by(*order).limit(limit))]

    def keyset(self, row: tuple, sort_key: str | None = None) -> tuple:
        """The ``after`` value that continues behind ``row``."""
        sort_key = sort_key or self.listing.default_sort or self.listing.columns[0].key
        if self.listing.column(sort_key).sort_by_id:
            return (row[0], row[0])
        pos = [c.key for c in self.listing.columns].index(sort_key)
        return (row[pos + 1], row[0])


def date_range(column, date_from: date | None, date_to: date | None) -> list:
    """Clauses for ``column`` (a timestamp) within whole days from ``date_from`` to ``date_to``."""
    where = []
    if date_from:
        where.append(column >= datetime.combine(date_from, time.min))
    if date_to and date_to < date.max:
        where.append(column < datetime.combine(date_to + timedelta(days=1), time.min))
    return where
