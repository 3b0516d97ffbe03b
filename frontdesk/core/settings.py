"""Property settings (物业信息) and desk-wide preferences, kept in the store and audited."""
from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.audit import SYSTEM, Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, DomainError, ValidationError
from frontdesk.core.money import money_in, to_money
from frontdesk.core.models import Operator, Setting, now
from frontdesk.core.operators import SUPERVISOR, create_operator, require_supervisor
from frontdesk.core.people import normalize_phone


@dataclass(frozen=True)
class PropertySettings:
    """What every printed document's header and every screen needs to know."""

    property_name: str = ""
    company_name: str = ""
    address: str = ""
    hotline: str = ""
    idle_lock_minutes: int = 10
    backup_keep: int = 30
    custody_water_limit: Decimal = Decimal("5.00")   # m³ between two custody readings (seed)
    custody_power_limit: Decimal = Decimal("20.00")  # kWh between two custody readings (seed)
    late_fee_enabled: bool = False                   # 滞纳金 is off unless the property turns it on
    late_fee_basis: str = "day"                      # "day": rate per day overdue; "month": per month begun
    late_fee_rate: Decimal = Decimal("0.03")         # percent of the overdue amount per day (or month)
    late_fee_grace_days: int = 15                    # days after the end of the billed month
    cash_over_limit: Decimal = Decimal("10000.00")   # cash received may exceed what is due by at most this
    partial_payments: bool = False                   # may a payment settle part of a bill
    office_end: str = "17:30"                        # "N working days" end at this time of the N-th day
    receipt_layout: str = "three_part"               # "three_part": A4 存根/收据/记账; "a5": customer copy only
    follow_up_gap_hours: int = 2                     # 回访: unanswered calls at least this many hours apart
    demo: bool = False


_INT_LIMITS = {"idle_lock_minutes": (1, 240), "backup_keep": (1, 365), "late_fee_grace_days": (0, 365),
               "follow_up_gap_hours": (1, 72)}
_CHOICES = {"late_fee_basis": ("day", "month"), "receipt_layout": ("three_part", "a5")}
_BOOLS = ("demo", "late_fee_enabled", "partial_payments")
_DECIMAL_LIMITS = {"custody_water_limit": (0, 1000), "custody_power_limit": (0, 10000),
                   "cash_over_limit": (0, 1000000)}


def _decode(key: str, raw: str):
    kind = PropertySettings.__dataclass_fields__[key].type
    if kind == "int":
        return int(raw)
    if kind == "bool":
        return raw == "1"
    if kind == "Decimal":
        return Decimal(raw)
    return raw


def _encode(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _clean(key: str, value):
    """One setting cleaned and checked (ValidationError at its field)."""
    if key not in PropertySettings.__dataclass_fields__:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."), key, key=key)
    if key in _INT_LIMITS:
        lo, hi = _INT_LIMITS[key]
        try:
            value = int(str(value).strip())
        except ValueError:
            value = None
        if value is None or not lo <= value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a whole number from {lo} to {hi}."), key, lo=lo, hi=hi)
    elif key in _BOOLS:
        value = bool(value)
    elif key in _CHOICES:
        if value not in _CHOICES[key]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown choice."), key)
    elif key == "late_fee_rate":
        try:
            value = Decimal(str(value).strip().rstrip("%"))
        except ArithmeticError:
            value = None
        if value is None or not value.is_finite() or not 0 < value <= 5 or value != round(value, 4):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a percentage above 0 and at most 5, with at most 4 decimals "
                          "(e.g. 0.03)."), key)
    elif key == "office_end":
        import re
        value = str(value).strip()
        m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value)
        if not m:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a time of day as HH:MM, e.g. 17:30."), key)
        value = f"{int(m.group(1)):02d}:{m.group(2)}"
    elif key == "cash_over_limit":  # money: the one bounds rule
        value = money_in(value, key, _DECIMAL_LIMITS[key][1], _DECIMAL_LIMITS[key][0])
    elif key in _DECIMAL_LIMITS:
        value = to_money(value, key) if str(value).strip() else None
        lo, hi = _DECIMAL_LIMITS[key]
        if value is None or not lo < value <= hi:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Please enter a number above {lo} and at most {hi}."), key, lo=lo, hi=hi)
    else:
        value = str(value).strip()
        if len(value) > 100:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Too long (at most 100 characters)."), key)
    return value


def validate(values: dict) -> dict:
    """Clean and check property settings: every field at once (ValidationError or Invalid)."""
    check = Checks()
    out = {}
    for key, value in values.items():
        clean = check(_clean, key, value)
        if not check.failed(key):
            out[key] = clean
    if "property_name" in values and not check.failed("property_name") and not out.get("property_name"):
        check.fail(QT_TRANSLATE_NOOP("Errors", "Please enter the property's name."), "property_name")
    if out.get("hotline"):
        out["hotline"] = check(normalize_phone, out["hotline"], "hotline")
    check.done()
    return out


def load(session: Session) -> PropertySettings:
    rows = dict(session.execute(select(Setting.key, Setting.value)).all())
    return PropertySettings(**{f.name: _decode(f.name, rows[f.name]) for f in fields(PropertySettings)
                               if f.name in rows})


def save(session: Session, actor: Actor, values: dict) -> None:
    """Write cleaned values in the caller's transaction and audit what changed."""
    current = load(session)
    before, after = {}, {}
    for key, value in values.items():
        old = getattr(current, key)
        if old == value:
            continue
        before[key], after[key] = old, value
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=_encode(value), updated_at=now(), updated_by=actor.id))
        else:
            row.value, row.updated_at, row.updated_by = _encode(value), now(), actor.id
    if after:
        audit.record(session, actor, "update", "setting", "property", before, after)


class SettingsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self) -> PropertySettings:
        with self.store.read() as s:
            return load(s)

    def update(self, actor: Actor, **values) -> PropertySettings:
        require_supervisor(actor)
        clean = validate(values)
        with self.store.write() as s:
            save(s, actor, clean)
            return load(s)

    def needs_setup(self) -> bool:
        with self.store.read() as s:
            return not s.scalar(select(func.count()).select_from(Operator))

    def first_setup(self, property_values: dict, username: str, display_name: str, password: str) -> Actor:
        """First start: the property and its first supervisor, in one transaction."""
        clean = validate({"idle_lock_minutes": 10, "backup_keep": 30, **property_values})
        if not clean.get("property_name"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the property's name."), "property_name")
        with self.store.write() as s:
            if s.scalar(select(func.count()).select_from(Operator)):
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "This store is already set up."))
            op = create_operator(s, SYSTEM, username, display_name, SUPERVISOR, password)
            actor = Actor(op.id, op.username, op.display_name, op.role)
            save(s, actor, clean)
        return actor


audit.label_fields({  # every setting, as the settings form names it
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditFields", "lock after idle (minutes)"),
    "backup_keep": QT_TRANSLATE_NOOP("AuditFields", "backups to keep"),
    "custody_water_limit": QT_TRANSLATE_NOOP("AuditFields", "custody: water per reading (m³)"),
    "custody_power_limit": QT_TRANSLATE_NOOP("AuditFields", "custody: electricity per reading (kWh)"),
    "late_fee_enabled": QT_TRANSLATE_NOOP("AuditFields", "late fee charged"),
    "late_fee_basis": QT_TRANSLATE_NOOP("AuditFields", "late fee counted"),
    "late_fee_rate": QT_TRANSLATE_NOOP("AuditFields", "late fee rate (%)"),
    "late_fee_grace_days": QT_TRANSLATE_NOOP("AuditFields", "grace days after the billed month"),
    "cash_over_limit": QT_TRANSLATE_NOOP("AuditFields", "cash above the amount due, at most"),
    "partial_payments": QT_TRANSLATE_NOOP("AuditFields", "part payment of a bill allowed"),
    "office_end": QT_TRANSLATE_NOOP("AuditFields", "office hours end"),
    "receipt_layout": QT_TRANSLATE_NOOP("AuditFields", "receipt paper"),
    "follow_up_gap_hours": QT_TRANSLATE_NOOP("AuditFields", "follow-up: hours between two unanswered calls"),
})
audit.label_values("late_fee_basis", {"day": QT_TRANSLATE_NOOP("SettingsDialog", "per day overdue"),
                                      "month": QT_TRANSLATE_NOOP("SettingsDialog", "per month overdue")}, "SettingsDialog")
audit.label_values("receipt_layout", {
    "three_part": QT_TRANSLATE_NOOP("SettingsDialog", "A4, three parts (stub, payer, accounts)"),
    "a5": QT_TRANSLATE_NOOP("SettingsDialog", "A5, the payer's copy only")}, "SettingsDialog")
_SETTING_RECORDS = {"property": QT_TRANSLATE_NOOP("AuditValues", "Property and preferences"),
                    "demo": QT_TRANSLATE_NOOP("AuditValues", "Demo property")}
audit.record_names("setting", lambda _s, entity_id, translate: translate("AuditValues", _SETTING_RECORDS[entity_id])
                   if entity_id in _SETTING_RECORDS else None)
