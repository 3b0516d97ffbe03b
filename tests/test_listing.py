"""Keyset paging in the database: every row exactly once, in order, on SQLite and PostgreSQL."""
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from frontdesk.core.audit_log import LISTING, AuditLogService
from frontdesk.core.models import AuditEntry
from tests.conftest import set_up


@pytest.fixture
def audit_rows(any_store):
    boss = set_up(any_store)
    start = datetime(2026, 1, 1)
    rows = [{"at": start + timedelta(minutes=i // 3), "operator_id": boss.id, "operator_name": f"op{i % 7}",
             "action": "update", "entity": "room", "entity_id": str(i), "summary": f"s{i}", "before": None,
             "after": None} for i in range(5000)]
    with any_store.write() as s:
        s.execute(AuditEntry.__table__.insert(), rows)
    return boss


@pytest.mark.parametrize("sort_key,desc", [("at", True), ("at", False), ("operator", False), ("operator", True)])
def test_pages_cover_every_row_once_in_order(any_store, audit_rows, sort_key, desc):
    query = AuditLogService(any_store).query(audit_rows)
    seen, after = [], None
    with any_store.read() as s:
        total = query.count(s)
        while True:
            page = query.page(s, sort_key, desc, after, 333)
            if not page:
                break
            seen.extend(page)
            after = query.keyset(page[-1], sort_key)
    ids = [r[0] for r in seen]
    assert len(ids) == len(set(ids)) == total
    pos = [c.key for c in LISTING.columns].index(sort_key) + 1
    keys = [(r[pos], r[0]) for r in seen]
    assert keys == sorted(keys, reverse=desc)


def test_filters(any_store, audit_rows):
    svc = AuditLogService(any_store)
    with any_store.read() as s:
        assert svc.query(audit_rows, text="s4999").count(s) == 1
        assert svc.query(audit_rows, entity="operator").count(s) == 1  # the supervisor's creation
        assert svc.query(audit_rows, date_from=datetime(2026, 1, 2).date()).count(s) == \
            s.scalar(select(AuditEntry.id).where(AuditEntry.at >= datetime(2026, 1, 2)).with_only_columns(
                __import__("sqlalchemy").func.count()))
