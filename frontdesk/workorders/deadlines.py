"""Work-order deadlines on the property's working calendar — plain Python, no database.

- "Within N hours" is clock time.
- "N working days after" a moment is the end of office hours (a setting, 17:30) of the N-th
  working day after that moment's date (weekends and public holidays skipped, adjusted working
  weekends counted): a not-urgent complaint of Wednesday 2026-09-30 10:00 is due 2026-10-09 17:30.
- Paused time stops the completion clock: the deadline moves by the time spent paused.
- A year the calendar has no data for falls back to Monday–Friday; the deadline says so
  (``Deadline.guessed``), it is never refused. An order's stored deadlines tell it again whenever
  they are shown (:func:`guessed`): one counted in working days over a year that had no data then,
  or has none now, is a guess.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol

from frontdesk.core.workdays import WorkCalendar

URGENT_REPLY = timedelta(hours=2)  # a complaint that is urgent: reply within 2 hours (seed)
COMPLAINT_REPLY_WORKDAYS = 2       # not urgent: within 2 working days
INVALID_EXPLAIN_WORKDAYS = 1       # 投诉不成立: explained within 1 working day of the finding
REPAIR_REPLY_URGENT = timedelta(minutes=30)  # a repair: someone answers/arrives (响应)
REPAIR_REPLY_WORKDAYS = 1
URGENT_COMPLETION = timedelta(hours=24)
FOLLOW_UP_WORKDAYS = {"safety": 2, "leak": 3, "other": 2}  # after completion (leak: after the water test)


@dataclass(frozen=True)
class Deadline:
    at: datetime
    guessed: bool = False  # a year without calendar data was counted Monday–Friday


def after_hours(moment: datetime, delta: timedelta) -> Deadline:
    return Deadline(moment + delta)


def after_workdays(cal: WorkCalendar, moment: datetime, n: int, office_end: time) -> Deadline:
    """The end of office hours of the ``n``-th working day after ``moment``'s date."""
    day = cal.add_workdays(moment.date(), n)
    return Deadline(datetime.combine(day, office_end), cal.guessed_span(moment, day))


def reply_due(cal: WorkCalendar, kind: str, registered_at: datetime, urgent: bool, office_end: time,
              asked_at: datetime | None = None) -> Deadline:
    """响应: when the desk must have answered. A complaint: within 2 hours if urgent, else 2 working
    days; the time the complainant asked for rules when given. Other orders: 30 minutes if urgent,
    else the end of the next working day."""
    if kind == "complaint":
        if asked_at is not None:
            return Deadline(asked_at)
        if urgent:
            return after_hours(registered_at, URGENT_REPLY)
        return after_workdays(cal, registered_at, COMPLAINT_REPLY_WORKDAYS, office_end)
    if urgent:
        return after_hours(registered_at, REPAIR_REPLY_URGENT)
    return after_workdays(cal, registered_at, REPAIR_REPLY_WORKDAYS, office_end)


def invalid_explain_due(cal: WorkCalendar, found_at: datetime, office_end: time) -> Deadline:
    """投诉不成立: the complainant is told why within one working day of the finding."""
    return after_workdays(cal, found_at, INVALID_EXPLAIN_WORKDAYS, office_end)


def completion_due(cal: WorkCalendar, registered_at: datetime, urgent: bool, workdays: int, office_end: time,
                   paused: timedelta = timedelta(0), not_before: Deadline | None = None) -> Deadline:
    """完成: 24 hours if urgent, else the category's working days; paused time is added back. Never
    before ``not_before`` (the reply's deadline: a complaint is not due done before it is due answered)."""
    base = after_hours(registered_at, URGENT_COMPLETION) if urgent else \
        after_workdays(cal, registered_at, workdays, office_end)
    if not_before is not None and not_before.at > base.at:
        base = not_before
    return Deadline(base.at + paused, base.guessed)


def follow_up_due(cal: WorkCalendar, completed_at: datetime, follow_kind: str, office_end: time,
                  water_test_at: datetime | None = None, workdays: int | None = None) -> Deadline:
    """回访: safety-facility repairs within 2 working days of completion, leak repairs 3 after the
    water test (its day, else the completion), the others within 2 — or the category's own
    ``workdays`` where the supervisor set them."""
    start = water_test_at if follow_kind == "leak" and water_test_at else completed_at
    return after_workdays(cal, start, workdays or FOLLOW_UP_WORKDAYS.get(follow_kind, 2), office_end)


class Deadlines(Protocol):
    """What :func:`guessed` reads of an order (a ``WorkOrder``, or a row of the list)."""
    registered_at: datetime
    urgent: bool
    validity: str
    reply_due: datetime
    complete_due: datetime
    paused_seconds: int
    completed_at: datetime | None
    follow_due: datetime | None


def guessed(cal: WorkCalendar, order: Deadlines) -> frozenset[str]:
    """Which of an order's stored deadlines (``reply_due``, ``complete_due``, ``follow_due``) were
    counted on a guessed calendar: counted in working days (not hours) over a span — from the
    moment they were counted from to the deadline — that touches a year without holiday data now,
    or one whose data came only after they were counted. (The calendar need not hold the days:
    ``workdays.load(session, days=False)``.)"""
    out = set()
    at = order.registered_at
    # the reply is counted in working days unless urgent (hours); a complaint found invalid is
    # explained within a working day of the finding, later than the registration
    if (not order.urgent or order.validity == "无效") and cal.guessed_span(at, order.reply_due, at):
        out.add("reply_due")
    if not order.urgent and cal.guessed_span(
            at, order.complete_due - timedelta(seconds=order.paused_seconds or 0), at):
        out.add("complete_due")
    if order.follow_due is not None and order.completed_at is not None and cal.guessed_span(
            order.completed_at, order.follow_due, order.completed_at):
        out.add("follow_due")
    return frozenset(out)
