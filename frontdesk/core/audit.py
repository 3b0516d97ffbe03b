"""Who changed what, when: every create, change and void made through a service.

``record`` writes one row inside the caller's transaction, so the audit row and the change it
describes commit (or vanish) together.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
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
    "reminder": QT_TRANSLATE_NOOP("Audit", "Payment reminder"),
    "work_order": QT_TRANSLATE_NOOP("Audit", "Work order"),
    "report_freeze": QT_TRANSLATE_NOOP("Audit", "Monthly report made final"),
}


def label_entities(labels: dict[str, str]) -> None:
    """A task names the kinds of record it writes (``{"renovation": QT_TRANSLATE_NOOP("Audit", …)}``):
    the log's 记录类别 column and its filter show them."""
    clash = {k: (ENTITIES[k], v) for k, v in labels.items() if ENTITIES.get(k, v) != v}
    if clash:
        raise ValueError(f"record kinds already labelled otherwise: {clash}")
    ENTITIES.update(labels)


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

    @property
    def is_guard(self) -> bool:
        """门岗: a gate account checks papers at the gate's window and changes nothing else."""
        return self.role == "guard"


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


GATE_ONLY = QT_TRANSLATE_NOOP("Errors", "A gate account only checks papers at the gate; nothing was changed.")
_OWN_ROWS = ("login", "logout", "login_failed")  # what any account's own log-in writes


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object,
           before: dict | None = None, after: dict | None = None, summary: str = "", gate: bool = False) -> AuditEntry:
    """Write one audit row in the caller's transaction. Only changed keys are kept for updates.
    Every change writes its row here, so here a gate account is refused whatever it asks — but its
    log-in, its own password and what the gate's check does (``gate``): the caller's whole
    transaction rolls back and nothing of it is kept."""
    if actor.is_guard and not gate and action not in _OWN_ROWS and \
            not (entity == "operator" and str(entity_id) == str(actor.id)):
        raise PermissionDenied(GATE_ONLY)
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



# ---- reading the log as a person does -----------------------------------------------------------
FIELDS: dict[str, str] = {  # before/after keys → what a supervisor calls them (tasks add theirs)
    "status": QT_TRANSLATE_NOOP("AuditFields", "status"), "reason": QT_TRANSLATE_NOOP("AuditFields", "reason"),
    "total": QT_TRANSLATE_NOOP("AuditFields", "total"), "amount": QT_TRANSLATE_NOOP("AuditFields", "amount"),
    "method": QT_TRANSLATE_NOOP("AuditFields", "method"), "name": QT_TRANSLATE_NOOP("AuditFields", "name"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "code"), "kind": QT_TRANSLATE_NOOP("AuditFields", "kind"),
    "price": QT_TRANSLATE_NOOP("AuditFields", "price"), "valid_from": QT_TRANSLATE_NOOP("AuditFields", "valid from"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "user name"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "name"), "role": QT_TRANSLATE_NOOP("AuditFields", "role"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "active"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditFields", "must change password"),
    "password": QT_TRANSLATE_NOOP("AuditFields", "password"),
    "property_name": QT_TRANSLATE_NOOP("AuditFields", "property"),
    "company_name": QT_TRANSLATE_NOOP("AuditFields", "management company"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "address"), "hotline": QT_TRANSLATE_NOOP("AuditFields", "hotline"),
    "demo": QT_TRANSLATE_NOOP("AuditFields", "demo property"), "reprint": QT_TRANSLATE_NOOP("AuditFields", "copies"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "phone"), "note": QT_TRANSLATE_NOOP("AuditFields", "note"),
}
_MOMENT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?)?")
_YES, _NO = QT_TRANSLATE_NOOP("AuditFields", "yes"), QT_TRANSLATE_NOOP("AuditFields", "no")
_LOOKUPS: dict = {}  # key → function(session, value) → what a person reads


def label_fields(labels: dict[str, str]) -> None:
    """A task names the keys it writes into before/after (``{"room_id": QT_TRANSLATE_NOOP(...)}``).
    One key means one thing across the tasks: a key another task labelled otherwise is refused (the
    task whose meaning differs writes a key of its own)."""
    clash = {k: (FIELDS[k], v) for k, v in labels.items() if FIELDS.get(k, v) != v}
    if clash:
        raise ValueError(f"audit keys already labelled otherwise (write keys of your own): {clash}")
    FIELDS.update(labels)


VALUES: dict[str, tuple[str, dict]] = {}  # key → (translation context, {value as written: what a person reads})


def label_values(key: str, labels: dict, context: str = "AuditValues") -> None:
    """A task names the values of an enumeration it writes under ``key`` (a kind, a step, a rule:
    ``{"repair_home": QT_TRANSLATE_NOOP("WorkOrders", "Repair in a home")}``), translated in
    ``context``; a value not named is shown as written."""
    known = VALUES.get(key, (context, {}))[1]
    VALUES[key] = (context, {**known, **labels})


_NAMES: dict = {}  # entity → function(session, entity id, translate) → its name, or None


def record_names(entity: str, fn) -> None:
    """A task names the records of ``entity`` whose ids are not a plain number (a category, the
    roster import, the property's settings): ``fn(session, entity_id, translate)`` gives what a
    person reads, or None for the id as written."""
    _NAMES[entity] = fn


_RECORDS: dict = {}  # entity → the lookup key of its ids


def lookup(key: str, fn, entity: str | None = None) -> None:
    """A task turns the ids it wrote under ``key`` into what a person reads (room 410 → 1-1-101):
    ``fn(session, value)`` gets the value as written (an id, a list of ids …). With ``entity``, the
    log's record ids of that kind read the same way."""
    _LOOKUPS[key] = fn
    if entity:
        _RECORDS[entity] = key


def record_label(session: Session, entity: str, entity_id: str, translate=lambda _c, t: t) -> str:
    """The record an entry is about, as a person reads it (a room's code, not its id)."""
    named = _NAMES[entity](session, str(entity_id), translate) if entity in _NAMES else None
    if named is not None:
        return named
    key = _RECORDS.get(entity)
    if key and str(entity_id).isdigit():
        return str(_LOOKUPS[key](session, int(entity_id)))
    return entity_id


def readable(session: Session, raw: str | None, translate=lambda _c, t: t) -> str:
    """A before/after as a supervisor reads it: 房屋：1-1-101；合计：994.02；方式：现金."""
    if not raw:
        return ""
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(data, dict):
        return str(data)
    parts = []
    for key, value in data.items():
        name = translate("AuditFields", FIELDS[key]) if key in FIELDS else key
        if key in _LOOKUPS and value not in (None, "", []):
            value = _LOOKUPS[key](session, value)
        if key in VALUES and isinstance(value, str) and value in VALUES[key][1]:
            value = translate(VALUES[key][0], VALUES[key][1][value])
        elif key in VALUES and isinstance(value, list):
            value = [translate(VALUES[key][0], VALUES[key][1][v]) if v in VALUES[key][1] else v for v in value]
        if isinstance(value, bool):
            value = translate("AuditFields", _YES if value else _NO)
        elif isinstance(value, list):
            value = "、".join(map(str, value)) if len(value) <= 6 else \
                translate("AuditFields", "{n} items: {first} …").format(n=len(value), first="、".join(map(str, value[:3])))
        elif isinstance(value, dict):
            value = "，".join(f"{k} {v}" for k, v in value.items())
        elif value is None or value == "":
            value = "—"
        elif isinstance(value, str) and _MOMENT.fullmatch(value):
            value = value[:16]  # a moment to the minute, as the desk reads every time
        parts.append(f"{name}：{value}")
    return "；".join(parts)
