"""The call-and-visit log (来电来访登记) and small registrations (lock cylinder, intercom, gas pipe)
done in weekend batches."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select

from frontdesk.core import audit
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, Checks, NotFound
from frontdesk.core.listing import Column, Listing, ListQuery, date_range
from frontdesk.core.models import now
from frontdesk.registration.models import CHANNELS, SMALL_KINDS, CallLog, Room, SmallRegistration
from frontdesk.registration.service import check_choice, optional_phone


CALL_LISTING = Listing(
    columns=(
        Column("at", QT_TRANSLATE_NOOP("Columns", "Time"), CallLog.at, "datetime"),
        Column("room", QT_TRANSLATE_NOOP("Columns", "Room"), func.coalesce(Room.code, "")),
        Column("caller", QT_TRANSLATE_NOOP("Columns", "Caller"), CallLog.caller),
        Column("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), CallLog.channel),
        Column("content", QT_TRANSLATE_NOOP("Columns", "Content"), CallLog.content, sortable=False),
        Column("answer", QT_TRANSLATE_NOOP("Columns", "Answer"), CallLog.answer, sortable=False),
        Column("promised_at", QT_TRANSLATE_NOOP("Columns", "Reply due"), CallLog.promised_at, "datetime",
               sortable=False),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"),
               case((CallLog.work_order.is_(True), "work_order"), (CallLog.replied_at.is_not(None), "replied"),
                    (CallLog.promised_at.is_not(None), "waiting"), (CallLog.answer == "", "open"), else_="done"),
               "status", sortable=False),
        Column("handled_by", QT_TRANSLATE_NOOP("Columns", "Handled by"), CallLog.handled_by_name),
        Column("order", QT_TRANSLATE_NOOP("Columns", "Work order"), CallLog.work_order_number, sortable=False),
    ),
    id_expr=CallLog.id, source=CallLog.__table__.outerjoin(Room.__table__, Room.id == CallLog.room_id),
    default_sort="at", default_desc=True,
)
STATUS = {"work_order": QT_TRANSLATE_NOOP("Registration", "Turned into a work order"),
          "replied": QT_TRANSLATE_NOOP("Registration", "Replied"),
          "done": QT_TRANSLATE_NOOP("Registration", "Answered"),
          "waiting": QT_TRANSLATE_NOOP("Registration", "Reply promised"),
          "open": QT_TRANSLATE_NOOP("Registration", "Not answered yet")}


def next_batch_day(day: date) -> date:
    """The weekend batch a registration made on ``day`` goes into: the next Saturday (same day if
    it is one)."""
    return day + timedelta(days=(5 - day.weekday()) % 7)


class CallLogService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def log(self, actor: Actor, *, content: str, channel: str = "电话", room_id: int | None = None,
            caller: str = "", phone: str = "", answer: str = "", at: datetime | None = None,
            promised_at: datetime | None = None) -> int:
        check = Checks()  # every field at once
        content = (content or "").strip()
        if not content:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Please write what the caller asked or reported."), "content")
        channel = check(check_choice, channel, CHANNELS, "channel")
        phone = check(optional_phone, phone, "phone")
        at = (at or now()).replace(microsecond=0)
        if at > now() + timedelta(minutes=5):
            check.fail(QT_TRANSLATE_NOOP("Errors", "The time of the call cannot be in the future."), "at")
        if promised_at is not None and promised_at <= at:
            check.fail(QT_TRANSLATE_NOOP("Errors", "The promised reply time must be after the call."), "promised_at")
        check.done()
        with self.store.write() as s:
            if room_id is not None and s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            entry = CallLog(at=at, room_id=room_id, caller=(caller or "").strip()[:64], phone=phone, channel=channel,
                            content=content, answer=(answer or "").strip(), promised_at=promised_at,
                            work_order=False, handled_by=actor.id, handled_by_name=actor.display_name)
            s.add(entry)
            s.flush()
            audit.record(s, actor, "create", "call", entry.id, after={"room_id": room_id, "channel": channel,
                                                                     "content": content[:80]}, summary=content[:60])
            return entry.id

    def _entry(self, s, call_id: int) -> CallLog:
        entry = s.get(CallLog, call_id)
        if entry is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such call log entry."))
        return entry

    def mark_replied(self, actor: Actor, call_id: int, answer: str = "") -> None:
        with self.store.write() as s:
            e = self._entry(s, call_id)
            before = {"replied_at": e.replied_at, "answer": e.answer}
            e.replied_at = now()
            if answer.strip():
                e.answer = (e.answer + "\n" if e.answer else "") + answer.strip()
            audit.record(s, actor, "update", "call", e.id, before, {"replied_at": e.replied_at, "answer": e.answer})

    def mark_work_order(self, actor: Actor, call_id: int) -> None:
        """Note that the entry was turned into a work order (the work-order task links it)."""
        with self.store.write() as s:
            e = self._entry(s, call_id)
            if not e.work_order:
                e.work_order = True
                audit.record(s, actor, "update", "call", e.id, {"work_order": False}, {"work_order": True})

    def query(self, *, date_from: date | None = None, date_to: date | None = None, channel: str | None = None,
              overdue_only: bool = False, room_id: int | None = None, text: str = "") -> ListQuery:
        where = date_range(CallLog.at, date_from, date_to)
        if channel:
            where.append(CallLog.channel == channel)
        if overdue_only:
            where.append(self.overdue_clause())
        if room_id:
            where.append(CallLog.room_id == room_id)
        text = (text or "").strip()
        if text:  # % and _ are letters here, not wildcards
            where.append(or_(CallLog.content.contains(text, autoescape=True),
                             CallLog.caller.contains(text, autoescape=True), Room.code.startswith(text, autoescape=True)))
        return CALL_LISTING.query(where)

    @staticmethod
    def overdue_clause():
        return and_(CallLog.promised_at.is_not(None), CallLog.replied_at.is_(None), CallLog.work_order.is_(False),
                    CallLog.promised_at < now())

    def overdue_ids(self, ids: list[int]) -> set[int]:
        """Which of these entries have a promised reply time that has passed (for highlighting)."""
        if not ids:
            return set()
        with self.store.read() as s:
            return set(s.scalars(select(CallLog.id).where(CallLog.id.in_(ids), self.overdue_clause())))


class SmallRegistrationService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def register(self, actor: Actor, room_id: int, kind: str, contact: str = "", phone: str = "",
                 note: str = "", on: date | None = None) -> int:
        kind = check_choice(kind, SMALL_KINDS, "kind")
        phone = optional_phone(phone, "phone")
        registered = now()
        with self.store.write() as s:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            reg = SmallRegistration(room_id=room_id, kind=kind, contact=(contact or "").strip()[:64], phone=phone,
                                    note=(note or "").strip()[:200], registered_at=registered,
                                    batch_date=next_batch_day(on or registered.date()))
            s.add(reg)
            s.flush()
            audit.record(s, actor, "create", "room", room_id, after={"small_registration": kind,
                                                                    "batch": reg.batch_date}, summary=room.code)
            return reg.id

    def batch(self, day: date) -> list[tuple[int, str, str, str, str, str, date, bool]]:
        """The weekend batch that ``day`` belongs to: (id, room, kind, contact, phone, note, batch, done)."""
        batch_day = next_batch_day(day)
        with self.store.read() as s:
            rows = s.execute(select(SmallRegistration, Room.code).join(Room, Room.id == SmallRegistration.room_id)
                             .where(SmallRegistration.batch_date == batch_day)
                             .order_by(SmallRegistration.kind, Room.code)).all()
            return [(r.id, code, r.kind, r.contact, r.phone, r.note, r.batch_date, r.done_at is not None)
                    for r, code in rows]

    def mark_done(self, actor: Actor, reg_id: int) -> None:
        with self.store.write() as s:
            reg = s.get(SmallRegistration, reg_id)
            if reg is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such registration."))
            if reg.done_at is None:
                reg.done_at, reg.done_by = now(), actor.id
                audit.record(s, actor, "update", "room", reg.room_id, {"small_registration": reg.kind, "done": False},
                             {"small_registration": reg.kind, "done": True})
