"""Working days: weekends and Chinese public holidays are off, adjusted weekends (调休) are on.

The calendar lives in the store (``calendar_day`` holds the days that differ from Mon–Fri,
``calendar_year`` the years whose holidays are known). It is seeded from the ``chinesecalendar``
package and a supervisor can edit it. A year with no data falls back to Mon–Fri and says so
through :attr:`WorkCalendar.guessed_years` — it never crashes (the package has no 2027 yet).

Which year the desk is missing is decided here too (:func:`missing_year`): today's year when it has
no data, and in December next year's — the window tells a supervisor at log-in and the holiday
calendar says it with what to do. A deadline counted over a year that had no data is a guess
(:meth:`WorkCalendar.guessed_span`), and the work-order list and register mark it so.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import audit, clock
from frontdesk.core.audit import Actor
from frontdesk.core.db import Store
from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from frontdesk.core.models import CalendarDay, CalendarYear, now
from frontdesk.core.operators import require_supervisor

HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
MISSING_YEAR_NOTICE = QT_TRANSLATE_NOOP(
    "Calendar", "The public holidays of {year} are not entered yet: once the State Council's notice is out, enter "
                "each day off and each adjusted working day under Settings → Holiday calendar and mark the year "
                "complete. Until then, work-order deadlines in {year} are counted Monday to Friday and marked "
                "“guessed”.")
SEEDING = timedelta(minutes=1)  # the store's first seeding from the package: its years were known before any order


@dataclass
class WorkCalendar:
    """Working-day arithmetic over a loaded calendar (plain Python, no database access)."""

    days: dict[date, bool] = field(default_factory=dict)  # day → is a working day
    known_years: set[int] = field(default_factory=set)
    guessed_years: set[int] = field(default_factory=set)  # years asked for that had no data
    known_since: dict[int, datetime] = field(default_factory=dict)  # years that got their data later: when

    def guessed_span(self, start: date, end: date, counted_at: datetime | None = None) -> bool:
        """Whether working days counted from ``start`` to ``end`` (dates or moments) were counted
        Monday–Friday for want of data: a year of the span has none now, or got it only after
        ``counted_at`` (the moment they were counted; None: only what is missing now)."""
        for year in range(start.year, max(start.year, end.year) + 1):
            if year not in self.known_years:
                return True
            since = self.known_since.get(year)
            if since is not None and counted_at is not None and since > counted_at:
                return True
        return False

    def is_workday(self, day: date) -> bool:
        if day.year not in self.known_years:
            self.guessed_years.add(day.year)
        if day in self.days:
            return self.days[day]
        return day.weekday() < 5

    def add_workdays(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (``n`` ≥ 0; 0 → ``start`` if it is one)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        day = start
        if n == 0:
            while not self.is_workday(day):
                day += timedelta(days=1)
            return day
        while n:
            day += timedelta(days=1)
            if self.is_workday(day):
                n -= 1
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days ``end`` lies after ``start``."""
        if end <= start:
            return 0
        return sum(1 for i in range(1, (end - start).days + 1) if self.is_workday(start + timedelta(days=i)))


def load(session: Session, days: bool = True) -> WorkCalendar:
    """The calendar as stored (``days=False``: only which years are known, and since when — enough
    to tell a guessed deadline, not to count one)."""
    cal = WorkCalendar()
    if days:
        cal.days = dict(session.execute(select(CalendarDay.day, CalendarDay.workday)).all())
    years = session.execute(select(CalendarYear.year, CalendarYear.source, CalendarYear.updated_at)).all()
    cal.known_years = {y for y, _src, _at in years}
    first = min((at for _y, src, at in years if src == "package" and at is not None), default=None)
    cal.known_since = {y: at for y, src, at in years  # a year entered by hand, or a newer package's year
                       if at is not None and (src != "package" or at > first + SEEDING)}
    return cal


def missing_year(source: WorkCalendar | Session | Iterable[int], today: date | None = None) -> int | None:
    """The year whose holidays the desk needs and has not got: today's year when it has no data;
    in December, next year when it has none (its deadlines begin in a few weeks). None when
    nothing is missing. ``source``: a calendar, a session, or the known years; ``today`` from the
    one clock when not given."""
    if isinstance(source, WorkCalendar):
        known = source.known_years
    elif isinstance(source, Session):
        known = set(source.scalars(select(CalendarYear.year)))
    else:
        known = set(source)
    today = today or clock.today()
    if today.year not in known:
        return today.year
    if today.month == 12 and today.year + 1 not in known:
        return today.year + 1
    return None


def package_years() -> range:
    """The years the installed ``chinesecalendar`` package covers."""
    import chinese_calendar

    days = list(chinese_calendar.holidays) + list(chinese_calendar.workdays)
    return range(min(d.year for d in days), max(d.year for d in days) + 1)


def seed_from_package(session: Session) -> list[int]:
    """Add the years the package knows and the store does not. Returns the years added."""
    import chinese_calendar

    have = set(session.scalars(select(CalendarYear.year)))
    years = [y for y in package_years() if y not in have]
    if not years:
        return []
    wanted = set(years)
    manual = set(session.scalars(select(CalendarDay.day)))
    rows, at = [], now()
    for table, workday in ((chinese_calendar.holidays, False), (chinese_calendar.workdays, True)):
        for day, name in table.items():
            if day.year not in wanted or day in manual:
                continue
            if workday == (day.weekday() < 5):  # same as the Mon–Fri rule: nothing to store
                continue
            rows.append({"day": day, "workday": workday, "name": HOLIDAY_NAMES.get(str(name), str(name)),
                         "source": "package", "updated_at": at, "updated_by": None})
    if rows:
        session.execute(CalendarDay.__table__.insert(), rows)
    session.execute(CalendarYear.__table__.insert(),
                    [{"year": y, "source": "package", "updated_at": at} for y in years])
    audit.record(session, audit.SYSTEM, "create", "calendar", f"{years[0]}–{years[-1]}", None,
                 {"years": years, "days": len(rows)})
    return years


class CalendarService:
    """The holiday calendar as the desk sees and edits it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def calendar(self) -> WorkCalendar:
        with self.store.read() as s:
            return load(s)

    def ensure_seeded(self) -> list[int]:
        with self.store.write() as s:
            return seed_from_package(s)

    def year_days(self, year: int) -> list[tuple[date, bool, str, str]]:
        with self.store.read() as s:
            return [tuple(r) for r in s.execute(
                select(CalendarDay.day, CalendarDay.workday, CalendarDay.name, CalendarDay.source)
                .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
                .order_by(CalendarDay.day))]

    def known_years(self) -> list[int]:
        with self.store.read() as s:
            return sorted(s.scalars(select(CalendarYear.year)))

    def years(self) -> WorkCalendar:
        """Which years are known and since when, without the days (cheap: for marking guesses)."""
        with self.store.read() as s:
            return load(s, days=False)

    def missing_year(self, today: date | None = None) -> int | None:
        """:func:`missing_year` of the store, today by the one clock."""
        with self.store.read() as s:
            return missing_year(s, today)

    def set_day(self, actor: Actor, day: date, workday: bool, name: str = "") -> None:
        """Mark ``day`` as a holiday (``workday=False``) or an adjusted working day."""
        require_supervisor(actor)
        name = (name or "").strip()[:32]
        with self.store.write() as s:
            row = s.get(CalendarDay, day)
            before = {"workday": row.workday, "name": row.name} if row else None
            if row is None:
                row = CalendarDay(day=day)
                s.add(row)
            row.workday, row.name, row.source, row.updated_at, row.updated_by = workday, name, "manual", now(), actor.id
            audit.record(s, actor, "update" if before else "create", "calendar", day.isoformat(),
                         before, {"workday": workday, "name": name})

    def mark_year_known(self, actor: Actor, year: int) -> None:
        """Declare a year's holidays complete (after entering them by hand)."""
        require_supervisor(actor)
        if not 2000 <= year <= 2100:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a year from 2000 to 2100."), "year")
        with self.store.write() as s:
            if s.get(CalendarYear, year) is None:
                s.add(CalendarYear(year=year, source="manual", updated_at=now()))
                audit.record(s, actor, "create", "calendar", str(year), None, {"year_complete": year})


audit.label_fields({
    "workday": QT_TRANSLATE_NOOP("AuditFields", "working day"),
    "year_complete": QT_TRANSLATE_NOOP("AuditFields", "holidays entered for the year"),
    "years": QT_TRANSLATE_NOOP("AuditFields", "years from the program's calendar"),
    "days": QT_TRANSLATE_NOOP("AuditFields", "holidays and working weekends"),
})
