"""Custody (托管): rooms the property looks after for an absent owner; weekly inspections (and
before/after heavy rain) with meter readings; use above the thresholds is flagged."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit, clock, settings
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from frontdesk.core.guard import change_state
from frontdesk.core.models import now
from frontdesk.core.money import to_reading
from frontdesk.registration.models import INSPECTION_KINDS, Custody, CustodyInspection, Room

_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "This room's custody was just changed at another desk; nothing was changed "
                                         "here. Refresh and look again.")


@dataclass(frozen=True)
class CustodyRow:
    custody_id: int
    room_id: int
    room_code: str
    agreement_date: date
    last_inspection: date | None
    water_used: Decimal | None  # since the previous reading
    power_used: Decimal | None
    over_limit: bool
    days_since_inspection: int | None


def _last_two(s: Session, c: Custody) -> tuple[tuple, tuple | None]:
    """The latest reading and the one before (date, water, power); the start counts as a reading."""
    rows = [(i.inspected_on, i.water, i.power) for i in s.scalars(
        select(CustodyInspection).where(CustodyInspection.custody_id == c.id)
        .order_by(CustodyInspection.inspected_on.desc(), CustodyInspection.id.desc()).limit(2))]
    start = (c.agreement_date, c.start_water, c.start_power)
    if not rows:
        return start, None
    return rows[0], rows[1] if len(rows) > 1 else start


def custody_summary(s: Session, c: Custody) -> dict:
    limits = settings.load(s)
    last, before = _last_two(s, c)
    water = last[1] - before[1] if before else None
    power = last[2] - before[2] if before else None
    return {"custody_id": c.id, "since": c.agreement_date, "last_inspection": last[0] if before else None,
            "water_used": water, "power_used": power,
            "over_limit": bool(before) and (water > limits.custody_water_limit or power > limits.custody_power_limit)}


class CustodyService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def start(self, actor: Actor, room_id: int, agreement_date: date, water, power, session=None) -> int:
        """托管 begins; with ``session``, inside another task's transaction (a move-in ended in custody)."""
        water, power = to_reading(water, "water"), to_reading(power, "power")
        with nullcontext(session) if session is not None else self.store.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            if s.scalar(select(Custody.id).where(Custody.room_id == room_id, Custody.ended_on.is_(None))):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This room is already in custody."), "room")
            if agreement_date > clock.today():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The agreement date cannot be in the future."),
                                      "agreement_date")
            c = Custody(room_id=room_id, agreement_date=agreement_date, start_water=water, start_power=power,
                        previous_state=room.state, created_at=now(), created_by=actor.id)
            s.add(c)
            s.flush()
            audit.record(s, actor, "update", "room", room.id, {"state": room.state},
                         {"state": "托管", "agreement_date": agreement_date, "water": water, "power": power},
                         summary=room.code)
            change_state(s, Room, room.id, {"state": room.state}, {"state": "托管"}, message=_ELSEWHERE, field="room")
            return c.id

    def _open(self, s: Session, custody_id: int) -> Custody:
        c = s.get(Custody, custody_id)
        if c is None or c.ended_on is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This room is not in custody."))
        return c

    def inspect(self, actor: Actor, custody_id: int, inspected_on: date, kind: str, water, power,
                note: str = "") -> bool:
        """Record an inspection; returns True when use since the last reading is over the limits."""
        water, power = to_reading(water, "water"), to_reading(power, "power")
        if kind not in INSPECTION_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "kind",
                                  choices="、".join(INSPECTION_KINDS))
        with self.store.write() as s:
            c = self._open(s, custody_id)
            last, _ = _last_two(s, c)
            if inspected_on < last[0] or inspected_on > clock.today():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The inspection date must lie between the last "
                                                                  "reading ({last}) and today."), "inspected_on",
                                      last=last[0].isoformat())
            if water < last[1] or power < last[2]:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meter reading cannot be lower than the last "
                                                                  "one (water {water}, electricity {power})."),
                                      "water" if water < last[1] else "power", water=last[1], power=last[2])
            s.add(CustodyInspection(custody_id=c.id, inspected_on=inspected_on, kind=kind, water=water, power=power,
                                    note=(note or "").strip()[:200], created_at=now(), created_by=actor.id))
            s.flush()
            summary = custody_summary(s, c)
            audit.record(s, actor, "create", "room", c.room_id, after={"inspection": kind, "water": water,
                                                                      "power": power, "over_limit": summary["over_limit"]})
            return summary["over_limit"]

    def end(self, actor: Actor, custody_id: int, ended_on: date, water, power) -> None:
        water, power = to_reading(water, "water"), to_reading(power, "power")
        with self.store.write() as s:
            c = self._open(s, custody_id)
            last, _ = _last_two(s, c)
            if water < last[1] or power < last[2]:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meter reading cannot be lower than the last "
                                                                  "one (water {water}, electricity {power})."),
                                      "water" if water < last[1] else "power", water=last[1], power=last[2])
            if ended_on < c.agreement_date:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Custody cannot end before it began."), "ended_on")
            change_state(s, Custody, c.id, {"ended_on": None},
                         {"ended_on": ended_on, "end_water": water, "end_power": power}, message=_ELSEWHERE,
                         field="ended_on")
            room = s.get(Room, c.room_id)
            audit.record(s, actor, "update", "room", room.id, {"state": room.state},
                         {"state": c.previous_state, "custody_ended": ended_on, "water": water, "power": power},
                         summary=room.code)
            change_state(s, Room, room.id, {"state": room.state},
                         {"state": c.previous_state if c.previous_state != "托管" else "空置"}, message=_ELSEWHERE,
                         field="ended_on")

    def rooms(self) -> list[CustodyRow]:
        """Rooms in custody with their last inspection; over-limit use is flagged."""
        today = clock.today()
        with self.store.read() as s:
            out = []
            for c, code in s.execute(select(Custody, Room.code).join(Room, Room.id == Custody.room_id)
                                     .where(Custody.ended_on.is_(None)).order_by(Room.code)):
                summ = custody_summary(s, c)
                last = summ["last_inspection"]
                out.append(CustodyRow(c.id, c.room_id, code, c.agreement_date, last, summ["water_used"],
                                      summ["power_used"], summ["over_limit"],
                                      (today - last).days if last else (today - c.agreement_date).days))
            return out

    def count(self) -> int:
        with self.store.read() as s:
            return s.scalar(select(func.count()).select_from(Custody).where(Custody.ended_on.is_(None))) or 0
