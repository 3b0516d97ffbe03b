"""Who changed what, when: every create, change and void made through a service.

``record`` writes one row inside the caller's transaction, so the audit row and the change it
describes commit (or vanish) together.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core.errors import QT_TRANSLATE_NOOP
from frontdesk.core.models import AuditEntry, now

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "Create"),
    "update": QT_TRANSLATE_NOOP("Audit", "Change"),
    "void": QT_TRANSLATE_NOOP("Audit", "Void"),
    "cancel": QT_TRANSLATE_NOOP("Audit", "Cancel"),
    "login": QT_TRANSLATE_NOOP("Audit", "Log in"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "Failed log-in"),
    "logout": QT_TRANSLATE_NOOP("Audit", "Log out"),
    "backup": QT_TRANSLATE_NOOP("Audit", "Backup"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restore"),
    "print": QT_TRANSLATE_NOOP("Audit", "Print"),
    "reveal": QT_TRANSLATE_NOOP("Audit", "Show personal data"),
}
ENTITIES = {
    "operator": QT_TRANSLATE_NOOP("Audit", "Operator"),
    "setting": QT_TRANSLATE_NOOP("Audit", "Setting"),
    "calendar": QT_TRANSLATE_NOOP("Audit", "Holiday calendar"),
    "store": QT_TRANSLATE_NOOP("Audit", "Data store"),
    "document": QT_TRANSLATE_NOOP("Audit", "Document"),
    "building": QT_TRANSLATE_NOOP("Audit", "Building"),
    "room": QT_TRANSLATE_NOOP("Audit", "Room"),
    "person": QT_TRANSLATE_NOOP("Audit", "Person"),
    "call": QT_TRANSLATE_NOOP("Audit", "Call or visit"),
    "fee_item": QT_TRANSLATE_NOOP("Audit", "Fee item"),
    "bill": QT_TRANSLATE_NOOP("Audit", "Bills"),
    "receipt": QT_TRANSLATE_NOOP("Audit", "Receipt"),
    "shift": QT_TRANSLATE_NOOP("Audit", "Shift close"),
    "deposit": QT_TRANSLATE_NOOP("Audit", "Deposit"),
}


@dataclass(frozen=True)
class Actor:
    """The operator on whose behalf a service acts."""

    id: int | None
    username: str
    display_name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


SYSTEM = Actor(None, "system", "系统", "system")


def _jsonable(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def snapshot(obj, fields: list[str] | tuple[str, ...]) -> dict:
    """The named attributes of ``obj`` as a JSON-friendly dict (for before/after)."""
    return {f: _jsonable(getattr(obj, f)) for f in fields}


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object,
           before: dict | None = None, after: dict | None = None, summary: str = "") -> AuditEntry:
    """Write one audit row in the caller's transaction. Only changed keys are kept for updates."""
    if before is not None and after is not None:
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: v for k, v in before.items() if k in changed}
        after = {k: v for k, v in after.items() if k in changed}
    entry = AuditEntry(
        at=now(), operator_id=actor.id, operator_name=actor.display_name, action=action,
        entity=entity, entity_id=str(entity_id), summary=summary[:200],
        before=json.dumps(before, ensure_ascii=False, default=_jsonable) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, default=_jsonable) if after is not None else None,
    )
    session.add(entry)
    return entry


def history(session: Session, entity: str, entity_id: object) -> list[AuditEntry]:
    """Every audit row of one record, oldest first."""
    return list(session.scalars(select(AuditEntry).where(
        AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id)).order_by(AuditEntry.id)))

