"""No day is special (issue 18): the demo, the self-test and the generator work whatever the date
and the hour — a weekend, a holiday, the first and the last day of a month and of a year, a leap
day, 08:00 before the desk opens, 23:59, just after midnight.

Each moment pins the program's clock (``clock.pinned`` in this process, ``FRONTDESK_NOW`` for a
subprocess) and builds everything from nothing, as a newcomer or an installer would at that moment.
The demo builds take minutes (24 and more of them), so they carry the ``any_day`` mark: the default
run leaves them out and ``.ci/run`` runs them as its second pass (``pytest -m any_day``)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import datetime

import pytest
from sqlalchemy import select

from frontdesk.core import clock
from tests.test_demo import assert_living_property

pytestmark = pytest.mark.any_day

# (moment, what is awkward about it) — a fixed list over two years; 2026 has the holiday calendar's
# data (chinesecalendar), 2027 and 2028 are counted Monday–Friday until a supervisor enters them
MOMENTS = [
    ("2026-02-17T10:00", "Spring Festival 2026, a holiday the calendar knows"),
    ("2026-10-01T12:00", "National Day 2026"),
    ("2026-10-10T08:00", "the Saturday worked in lieu, before the desk opens"),
    ("2026-12-02T16:45", "the day issue 18 was reported"),
    ("2026-12-05T19:30", "a Saturday evening"),
    ("2026-12-06T08:00", "a Sunday at 08:00"),
    ("2026-12-31T23:59", "New Year's Eve, a minute to midnight"),
    ("2027-01-01T00:05", "New Year's Day, just after midnight"),
    ("2027-01-01T08:00", "the 1st of a month (and a year) at 08:00"),
    ("2027-01-31T23:59", "a 31st at 23:59 (a Sunday)"),
    ("2027-02-06T19:30", "Spring Festival's eve 2027, a Saturday evening"),
    ("2027-02-10T08:00", "Spring Festival week 2027 at 08:00"),
    ("2027-02-13T08:00", "Spring Festival week 2027, a Saturday at 08:00"),
    ("2027-02-28T23:59", "the last day of a short February"),
    ("2027-03-01T08:00", "the 1st after February, a Monday at 08:00"),
    ("2027-05-01T10:00", "Labour Day, a Saturday"),
    ("2027-06-30T17:30", "the end of a half-year, as the desk closes"),
    ("2027-08-31T23:59", "a 31st at 23:59"),
    ("2027-10-01T12:00", "National Day 2027"),
    ("2027-10-07T23:59", "the last day of the National Day week at 23:59"),
    ("2027-11-14T09:00", "a Sunday morning"),
    ("2027-12-31T23:59", "New Year's Eve 2027, a minute to midnight"),
    ("2028-01-01T00:01", "New Year's Day 2028, a minute after midnight"),
    ("2028-01-26T15:00", "Spring Festival 2028"),
    ("2028-02-28T08:00", "the day before a leap day, at 08:00"),
    ("2028-02-29T23:59", "a leap day at 23:59"),
    ("2028-03-01T08:00", "the 1st after a leap February at 08:00"),
    ("2028-12-31T08:00", "the last day of a leap year, a Sunday at 08:00"),
]


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize("moment", [m for m, _why in MOMENTS], ids=[m for m, _why in MOMENTS])
def test_the_demo_on_any_day(tmp_path, moment, capsys):
    from frontdesk.cli import _identity, cmd_check
    from frontdesk.core.store import open_store
    from frontdesk.demo import load_demo
    from frontdesk.fees.consistency import problems
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    store = open_store(url, create=True)
    try:
        with clock.pinned(_moment(moment)):
            load_demo(store)
            assert problems(store) == []
            assert_living_property(store)  # shift closes that add up, everything in time order included
            assert stamped_after_now(store) == []
            # frontdesk check, as the command runs it: integrity, schema, every task's rules
            assert cmd_check(argparse.Namespace(), url, _identity, lambda text, **kw: print(text.format(**kw))) == 0
            assert "is sound" in capsys.readouterr().out
    finally:
        store.dispose()


SELFTEST_MOMENTS = ["2026-12-31T23:59", "2027-02-10T08:00", "2027-10-01T12:00", "2028-01-01T00:01"]


@pytest.mark.parametrize("moment", SELFTEST_MOMENTS, ids=SELFTEST_MOMENTS)
def test_the_selftest_on_any_day(tmp_path, moment):
    """``frontdesk selftest`` as an installer runs it on that day (the whole program's clock pinned)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_NOW": moment}
    p = subprocess.run([sys.executable, "-m", "frontdesk", "selftest", "--out", str(tmp_path / "out")],
                       capture_output=True, text=True, env=env, timeout=600, input="")
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.splitlines()[-1].startswith("自检通过")


GENERATOR_MOMENTS = ["2027-01-01T00:01", "2028-12-31T23:59"]


@pytest.mark.parametrize("moment", GENERATOR_MOMENTS, ids=GENERATOR_MOMENTS)
def test_the_generator_on_an_odd_day(tmp_path, moment):
    """The large property's generator just after midnight on New Year's Day and a minute before the
    end of a leap year: its money rules hold and nothing it made is stamped after now."""
    from frontdesk.core.store import open_store
    from frontdesk.demo import generate
    from frontdesk.fees.consistency import problems
    from frontdesk.tasks import rules_broken
    store = open_store(f"sqlite:///{tmp_path / 'g.db'}", create=True)
    try:
        with clock.pinned(_moment(moment)):
            figures = generate(store, rooms=200, years=2)
            assert figures["rooms"] == 200 and figures["receipts"] > 0
            assert problems(store, audited=False) == [] and rules_broken(store) == []  # no audit rows: bulk history
            assert stamped_after_now(store) == []
    finally:
        store.dispose()


# what may lie ahead: deadlines and promised replies; everything else happened, so before now
AHEAD = {("work_order", "reply_due"), ("work_order", "complete_due"), ("work_order", "follow_due"),
         ("call_log", "promised_at"), ("renovation", "approve_due"), ("pass_doc", "valid_to"),
         ("pass_doc", "valid_from"),  # a paper's validity runs ahead; a hot-work window may begin later
         ("key_move", "expected_back")}  # a key lent is due back later


def stamped_after_now(store) -> list[str]:
    """Every time stamp of every table later than now, but the deadlines and promises (``AHEAD``)."""
    from sqlalchemy import DateTime, func

    from frontdesk.core.models import Base
    now, out = clock.now(), []
    with store.read() as s:
        for table in Base.metadata.sorted_tables:
            for col in table.columns:
                if isinstance(col.type, DateTime) and (table.name, col.name) not in AHEAD:
                    latest = s.scalar(select(func.max(col)).where(col > now))
                    if latest is not None:
                        out.append(f"{table.name}.{col.name}: {latest} (now {now})")
    return out
