"""Arrears and reminders (欠费催缴): which rooms owe, how much, how many months and since when;
each reminder recorded (phone, SMS, notice, demand letter, visit); rooms whose arrears are still
unpaid three months after a phone or SMS reminder are flagged for the formal demand letter
(催缴函). Plain Python, no Qt."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from frontdesk.core.models import now
from frontdesk.core.settings import load as load_settings
from frontdesk.fees.models import REMINDER_METHODS, Bill, FeeItem, Reminder
from frontdesk.fees.service import OWED_SUM, ZERO, DueBill, add_months, month_bounds, unpaid
from frontdesk.registration.service import Building, Room
from frontdesk.registration.service import current_owners

LETTER_AFTER_MONTHS = 3  # (seed) a demand letter when arrears stay unpaid this long after a phone reminder
_CALLS = ("电话", "短信")


def months_before(day: date, months: int) -> date:
    y, m = add_months(day.year, day.month, -months)
    return date(y, m, min(day.day, month_bounds(y, m)[1].day))


@dataclass(frozen=True)
class ArrearsRow:
    room_id: int
    room: str
    building: str
    owner: str
    phone: str
    amount: Decimal
    months: int  # distinct months owed
    oldest: date
    last_reminder: str  # e.g. "电话 2026-08-01"
    letter_due: bool  # 催缴函 should go out

    def age_days(self, on: date) -> int:
        return (on - self.oldest).days


@dataclass(frozen=True)
class Notice:
    """One room's payment notice: who, what is due (with the late fee to a day), the total."""
    room: str
    owner: str
    bills: list[DueBill]
    on: date

    @property
    def owed(self) -> Decimal:
        return sum((b.owed for b in self.bills), ZERO)

    @property
    def late(self) -> Decimal:
        return sum((b.late_fee for b in self.bills), ZERO)

    @property
    def total(self) -> Decimal:
        return self.owed + self.late


def _reminders(s, room_ids: set[int], before: datetime | None = None) -> dict[int, list[tuple[str, datetime]]]:
    """Each room's reminders (made before ``before``, when given), oldest first: (method, at)."""
    q = select(Reminder.room_id, Reminder.method, Reminder.at).order_by(Reminder.at, Reminder.id)
    if before is not None:
        q = q.where(Reminder.at < before)
    out: dict[int, list[tuple[str, datetime]]] = {}
    for rid, method, at in s.execute(q):
        if rid in room_ids:
            out.setdefault(rid, []).append((method, at))
    return out


def arrears_rows(s, owing: dict[int, tuple[Decimal, int, date]], on: date, before: datetime | None = None,
                 building: str | None = None) -> list[ArrearsRow]:
    """The rooms of ``owing`` (room id → amount, distinct months, oldest period owed) as the desk and
    the monthly report show them, largest amount first: room and building (only ``building``'s, when
    given), the first current owner, the last reminder (of those before ``before``, when given) and
    whether a demand letter is due on ``on``."""
    if not owing:
        return []
    rq = select(Room.id, Room.code, Building.code).join(Building, Building.id == Room.building_id)
    if building:
        rq = rq.where(Building.code == building)
    rooms = {rid: (code, b) for rid, code, b in s.execute(rq) if rid in owing}
    owners = current_owners(s)
    last = _reminders(s, set(rooms), before)
    out = []
    for rid, (code, b) in rooms.items():
        amount, months, oldest = owing[rid]
        reminders = last.get(rid, [])
        latest = reminders[-1] if reminders else None
        out.append(ArrearsRow(rid, code, b, *owners.get(rid, [("", "")])[0], amount, months, oldest,
                              f"{latest[0]} {latest[1]:%Y-%m-%d}" if latest else "", letter_due(reminders, oldest, on)))
    out.sort(key=lambda r: (-r.amount, r.room))
    return out


class ArrearsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def arrears(self, on: date | None = None, building: str | None = None, min_months: int = 0,
                letters_only: bool = False) -> list[ArrearsRow]:
        """Rooms owing bills whose period has begun by ``on``, largest amount first (with
        ``letters_only``, only the rooms due a demand letter)."""
        on = on or clock.today()
        with self.store.read() as s:
            q = (select(Bill.room_id, OWED_SUM, func.count(func.distinct(Bill.period_start)), func.min(Bill.period_start))
                 .where(*unpaid(on)).group_by(Bill.room_id))
            owing = {rid: (amount, months, oldest) for rid, amount, months, oldest in s.execute(q)
                     if months >= min_months}
            out = arrears_rows(s, owing, on, building=building)
        return [r for r in out if r.letter_due] if letters_only else out

    def remind(self, actor: Actor, room_id: int, method: str, outcome: str = "") -> int:
        """Record a reminder with what the room owed at the time."""
        if method not in REMINDER_METHODS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."), "method",
                                  choices="、".join(REMINDER_METHODS))
        outcome = (outcome or "").strip()[:200]
        if not outcome:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write what came of the reminder (e.g. will pay next "
                                                              "week, nobody answered)."), "outcome")
        with self.store.write() as s:
            if s.get(Room, room_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such room."))
            owed = s.scalar(select(OWED_SUM).where(Bill.room_id == room_id, *unpaid(clock.today())))
            r = Reminder(room_id=room_id, at=now(), method=method, outcome=outcome, arrears=owed or ZERO,
                         operator_id=actor.id, operator_name=actor.display_name)
            s.add(r)
            s.flush()
            audit.record(s, actor, "create", "reminder", r.id, after={"room_id": room_id, "method": method,
                                                                      "outcome": outcome, "arrears": r.arrears})
            return r.id

    def reminders(self, room_id: int) -> list[tuple[datetime, str, str, Decimal, str]]:
        """A room's reminders, newest first: (at, method, outcome, arrears then, by whom)."""
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(
                select(Reminder.at, Reminder.method, Reminder.outcome, Reminder.arrears, Reminder.operator_name)
                .where(Reminder.room_id == room_id).order_by(Reminder.at.desc(), Reminder.id.desc()))]

    def notices(self, room_ids: list[int], on: date | None = None, progress=None) -> list[Notice]:
        """What each room owes to ``on`` for its payment notice, with the late fee to that day."""
        on = on or clock.today()
        out = []
        with self.store.read() as s:
            settings = load_settings(s)
            codes = dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(room_ids))).all())
            owners = current_owners(s, room_ids)
            bills: dict[int, list[DueBill]] = {}
            for b, name in s.execute(select(Bill, FeeItem.name).join(FeeItem, FeeItem.id == Bill.item_id)
                                     .where(Bill.room_id.in_(room_ids), *unpaid(on))
                                     .order_by(Bill.room_id, Bill.period_start, FeeItem.id)):
                bills.setdefault(b.room_id, []).append(DueBill.of(b, name, on, settings))
            for n, rid in enumerate(room_ids):
                if rid in bills:
                    out.append(Notice(codes.get(rid, ""), owners.get(rid, [("", "")])[0][0], bills[rid], on))
                if progress:
                    progress(n + 1, len(room_ids))
        return out


def letter_due(reminders: list[tuple[str, datetime]], oldest: date, on: date) -> bool:
    """The one rule for 催缴函: the first phone or SMS reminder since the last demand letter is at
    least three months old, and the arrears it was about (owed since before it) are still unpaid."""
    letters = [at for m, at in reminders if m == "催缴函"]
    since = max(letters) if letters else None
    calls = [at for m, at in reminders if m in _CALLS and (since is None or at > since)]
    if not calls:
        return False
    call = min(calls).date()
    return call <= months_before(on, LETTER_AFTER_MONTHS) and oldest <= call
