"""Days as people type them on a command line or in a form, without the store layer (the
command line builds every task's arguments before it knows which command runs)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

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


def working_moment(rng, day: date) -> datetime:
    """A moment of the desk's working day (08:30–17:30) — never later than a minute ago."""
    moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=510 + rng.randrange(540))
    return min(moment, clock.wall().replace(second=0, microsecond=0) - timedelta(minutes=1))
