"""Days as people type them on a command line or in a form, without the store layer (the
command line builds every task's arguments before it knows which command runs)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from frontdesk.core import clock


def parse_day(text: str) -> date:
    """A day as YYYY-MM-DD from a command line (argparse reports the refusal)."""
    import argparse
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text}: YYYY-MM-DD") from None


def check_range(date_from: date | None, date_to: date | None, field: str = "date_from") -> None:
    """A date range the right way round, or a message at the first day."""
    if date_from and date_to and date_from > date_to:
        from frontdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The first day ({first}) is after the last day ({last})."),
                              field, first=date_from.isoformat(), last=date_to.isoformat())


DESK_OPENS, DESK_CLOSES = time(8, 30), time(17, 30)  # the demo's working day
_SETTLED_IN = timedelta(minutes=30)  # how long the desk has been open before its day holds anything


def desk_today() -> date:
    """The demo's today: the last day the desk has worked on by now — today once it has been open
    half an hour, else yesterday (at 08:00 or just after midnight nothing of today has happened)."""
    moment = clock.wall()
    opened = datetime.combine(moment.date(), DESK_OPENS) + _SETTLED_IN
    return moment.date() if moment >= opened else moment.date() - timedelta(days=1)


def working_moment(rng, day: date) -> datetime:
    """A moment of the desk's working day (08:30–17:30) — never later than a minute ago, and never
    out of the working hours: when that moment of ``day`` is still to come, the latest working
    minute before now (a minute ago while the desk is open; else its last close, 17:30)."""
    moment = datetime.combine(day, DESK_OPENS) + timedelta(minutes=rng.randrange(540))
    latest = clock.wall().replace(second=0, microsecond=0) - timedelta(minutes=1)
    if moment <= latest:
        return moment
    if latest.time() >= DESK_OPENS:
        return min(latest, datetime.combine(latest.date(), DESK_CLOSES))
    return datetime.combine(latest.date() - timedelta(days=1), DESK_CLOSES)
