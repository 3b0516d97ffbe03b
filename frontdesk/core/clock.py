"""The one clock: every "now" and "today" of the program comes from here.

``now()`` is the wall clock to the second — or, while pinned (``pinned`` in tests, the
``FRONTDESK_NOW`` environment variable to run the program as if at another moment), the moment
pinned; inside ``as_of`` it is the moment given (the demo records what the desk did back then,
through the same services the desk uses). ``wall()`` ignores ``as_of``: the moment the program
runs at, which the demo caps its past at.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date, datetime

_PINNED: list[datetime] = []  # the wall clock, pinned (tests; FRONTDESK_NOW)
_AS_OF: list[datetime] = []  # the demo's clock: what the desk did back then is stamped back then


def _from_environment() -> datetime | None:
    text = os.environ.get("FRONTDESK_NOW", "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(microsecond=0, tzinfo=None)
    except ValueError:
        raise SystemExit(f"FRONTDESK_NOW={text}: YYYY-MM-DDTHH:MM") from None


def wall() -> datetime:
    """The moment the program runs at, to the second (pinned if pinned)."""
    if _PINNED:
        return _PINNED[-1]
    return _from_environment() or datetime.now().replace(microsecond=0)


def now() -> datetime:
    """Local time, to the second (the desk works in one time zone); inside ``as_of``, its moment."""
    return _AS_OF[-1] if _AS_OF else wall()


def today() -> date:
    return now().date()


@contextmanager
def pinned(moment: datetime):
    """Run as if the wall clock read ``moment`` (and stood still): tests of "any day"."""
    _PINNED.append(moment.replace(microsecond=0))
    try:
        yield
    finally:
        _PINNED.pop()


@contextmanager
def as_of(moment: datetime):
    """Stamp everything recorded inside with ``moment`` (the demo only; never the desk)."""
    _AS_OF.append(moment.replace(microsecond=0))
    try:
        yield
    finally:
        _AS_OF.pop()
