"""The audit log as the supervisor reads it: filter by date, operator and kind; export to Excel."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy import or_, select

from frontdesk.core.audit import ACTIONS, ENTITIES, Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.listing import Column, Listing, ListQuery, date_range
from frontdesk.core.models import AuditEntry, Operator
from frontdesk.core.operators import require_supervisor

A = AuditEntry
LISTING = Listing(
    columns=(
        Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), A.at, "datetime"),
        Column("operator", QT_TRANSLATE_NOOP("Columns", "Operator"), A.operator_name),
        Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), A.action, "action"),
        Column("entity", QT_TRANSLATE_NOOP("Columns", "Kind of record"), A.entity, "entity"),
        Column("entity_id", QT_TRANSLATE_NOOP("Columns", "Record"), A.entity_id),
        Column("summary", QT_TRANSLATE_NOOP("Columns", "Summary"), A.summary, sortable=False),
        Column("before", QT_TRANSLATE_NOOP("Columns", "Before"), A.before, sortable=False),
        Column("after", QT_TRANSLATE_NOOP("Columns", "After"), A.after, sortable=False),
    ),
    id_expr=A.id, source=A.__table__, default_sort="at", default_desc=True,
)

Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


class AuditLogService:
    """Read-only access to the audit log, for supervisors."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def query(self, actor: Actor, *, date_from: date | None = None, date_to: date | None = None,
              operator_id: int | None = None, entity: str | None = None, action: str | None = None,
              text: str = "") -> ListQuery:
        require_supervisor(actor)
        where = date_range(A.at, date_from, date_to)
        if operator_id:
            where.append(A.operator_id == operator_id)
        if entity:
            where.append(A.entity == entity)
        if action:
            where.append(A.action == action)
        text = (text or "").strip()
        if text:
            where.append(or_(A.entity_id == text, A.summary.contains(text, autoescape=True),
                             A.operator_name.contains(text, autoescape=True)))
        return LISTING.query(where)

    def readable(self, translate: Translate = _identity):
        """``show(kind, value)`` for the list and the detail: "before"/"after" as a person reads them,
        "record" as a room code or a receipt number. Cached: a page repaints often."""
        from frontdesk.core.audit import readable, record_label
        cache: dict = {}

        def show(kind: str, value, entity: str = "") -> str:
            key = (kind, value, entity)
            if key not in cache:
                with self.store.read() as s:
                    cache[key] = record_label(s, entity, value, translate) if kind == "record" else \
                        readable(s, value, translate)
            return cache[key]
        return show

    def operators(self) -> list[tuple[int, str]]:
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(select(Operator.id, Operator.display_name).order_by(Operator.username))]

    def export(self, actor: Actor, query: ListQuery, path: Path, translate: Translate = _identity,
               limit: int = 1_000_000) -> int:
        """Write the rows of ``query`` (newest first) and a per-operator summary with a chart."""
        require_supervisor(actor)
        from frontdesk.core import excel
        from frontdesk.core.audit import readable, record_label
        wb = excel.new_workbook()
        ws = wb.create_sheet(translate("Reports", "Audit log"))
        cols = [excel.XCol(translate("Columns", c.title), "datetime" if c.kind == "datetime" else "text")
                for c in LISTING.columns]
        rows, after, by_operator = [], None, Counter()
        with self.store.read() as s:
            while len(rows) < limit:
                page = query.page(s, "at", True, after, 2000)
                if not page:
                    break
                for r in page:
                    _id, at, op, action, entity, entity_id, summary, before, after_ = r
                    rows.append([at, op, translate("Audit", ACTIONS.get(action, action)),
                                 translate("Audit", ENTITIES.get(entity, entity)), record_label(s, entity, entity_id, translate),
                                 summary, readable(s, before, translate), readable(s, after_, translate)])
                    by_operator[op] += 1
                after = query.keyset(page[-1], "at")
        excel.write_table(ws, cols, rows)
        ws2 = wb.create_sheet(translate("Reports", "By operator"))
        table = excel.write_table(ws2, [excel.XCol(translate("Columns", "Operator")),
                                        excel.XCol(translate("Columns", "Entries"), "int", total=True)],
                                  [[op, n] for op, n in by_operator.most_common()],
                                  total_label=translate("Reports", "Total"))
        if by_operator:
            excel.add_chart(ws2, table, category_col=1, value_cols=[2], title=translate("Reports", "Entries by operator"))
        excel.save(wb, path)
        return len(rows)
