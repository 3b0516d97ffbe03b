"""Work-order deadlines on the 2026 calendar (Mid-Autumn 09-25…09-27 and National Day 10-01…10-07
off, 09-20 and 10-10 worked in lieu, as the package has them), and as properties for any moment."""
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.core.workdays import CalendarService
from frontdesk.workorders import deadlines as d

END = time(17, 30)


@pytest.fixture(scope="module")
def cal(tmp_path_factory):
    from frontdesk.core.store import open_store
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('cal')}/c.db", create=True)
    CalendarService(store).ensure_seeded()
    c = CalendarService(store).calendar()
    store.dispose()
    return c


def test_the_calendar_knows_the_2026_holidays(cal):
    assert not cal.is_workday(date(2026, 10, 1)) and not cal.is_workday(date(2026, 10, 7))
    assert 2026 in cal.known_years


def test_complaint_deadlines_over_national_day(cal):
    wed = datetime(2026, 9, 30, 10, 0)
    due = d.reply_due(cal, "complaint", wed, urgent=False, office_end=END)
    assert due == d.Deadline(datetime(2026, 10, 9, 17, 30))  # 10-08 and 10-09: the first two working days
    assert d.reply_due(cal, "complaint", wed, urgent=True, office_end=END).at == datetime(2026, 9, 30, 12, 0)
    asked = datetime(2026, 10, 2, 9, 0)
    assert d.reply_due(cal, "complaint", wed, urgent=False, office_end=END, asked_at=asked).at == asked
    found = datetime(2026, 10, 9, 16, 0)  # a Friday; Saturday 10-10 is worked in lieu
    assert d.invalid_explain_due(cal, found, END).at == datetime(2026, 10, 10, 17, 30)


def test_a_working_weekend_counts(cal):
    sat = datetime(2026, 10, 10, 9, 0)  # a Saturday worked in lieu; Sunday 10-11 is off
    assert d.reply_due(cal, "complaint", sat, urgent=False, office_end=END).at == datetime(2026, 10, 13, 17, 30)
    assert d.reply_due(cal, "repair_home", datetime(2026, 9, 19, 16, 0), urgent=False,
                       office_end=END).at == datetime(2026, 9, 20, 17, 30)  # Sunday 09-20 is worked


def test_pause_moves_the_completion_deadline_by_the_time_paused(cal):
    at = datetime(2026, 11, 2, 9, 0)
    plain = d.completion_due(cal, at, urgent=False, workdays=3, office_end=END)
    paused = d.completion_due(cal, at, urgent=False, workdays=3, office_end=END, paused=timedelta(hours=20))
    assert plain.at == datetime(2026, 11, 5, 17, 30) and paused.at - plain.at == timedelta(hours=20)
    assert d.completion_due(cal, at, urgent=True, workdays=3, office_end=END).at == datetime(2026, 11, 3, 9, 0)


def test_follow_up_kinds(cal):
    done = datetime(2026, 11, 6, 15, 0)  # a Friday
    assert d.follow_up_due(cal, done, "other", END).at == datetime(2026, 11, 10, 17, 30)
    assert d.follow_up_due(cal, done, "safety", END).at == datetime(2026, 11, 10, 17, 30)
    water = datetime(2026, 11, 9, 10, 0)
    assert d.follow_up_due(cal, done, "leak", END, water_test_at=water).at == datetime(2026, 11, 12, 17, 30)


def test_a_year_without_calendar_data_is_counted_monday_to_friday_and_says_so(cal):
    far = datetime(2031, 5, 2, 10, 0)
    due = d.reply_due(cal, "complaint", far, urgent=False, office_end=END)
    assert due.guessed and due.at.weekday() < 5


@settings(max_examples=200, deadline=None)
@given(at=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 20)),
       n=st.integers(min_value=1, max_value=5))
def test_working_day_deadlines_as_properties(cal, at, n):
    due = d.after_workdays(cal, at, n, END)
    assert due == d.after_workdays(cal, at, n, END)  # the same inputs, the same deadline
    assert due.at.time() == END and cal.is_workday(due.at.date()) and due.at.date() > at.date()
    assert cal.workdays_between(at.date(), due.at.date()) == n  # exactly n working days after


def _order(**kw):
    from frontdesk.workorders.service import ListedOrder
    base = dict(registered_at=datetime(2026, 12, 30, 10, 0), urgent=False, validity="",
                reply_due=datetime(2026, 12, 31, 17, 30), complete_due=datetime(2027, 1, 4, 17, 30),
                paused_seconds=0, completed_at=None, follow_due=None)
    return ListedOrder(**{**base, **kw})


def test_which_stored_deadlines_were_counted_on_a_guess(cal):
    """2027 has no data: a deadline counted in working days into it is a guess; one counted in
    hours (urgent) is not; a follow-up counts from its completion."""
    assert 2027 not in cal.known_years
    assert d.guessed(cal, _order()) == {"complete_due"}  # the reply (12-31) stays in 2026
    assert d.guessed(cal, _order(reply_due=datetime(2027, 1, 4, 17, 30))) == {"reply_due", "complete_due"}
    urgent = _order(urgent=True, reply_due=datetime(2027, 1, 1, 0, 30), complete_due=datetime(2027, 1, 1, 10, 0))
    assert d.guessed(cal, urgent) == set()  # hours are hours
    assert d.guessed(cal, _order(urgent=True, validity="无效", reply_due=datetime(2027, 1, 4, 17, 30),
                                 complete_due=datetime(2026, 12, 31, 10, 0))) == {"reply_due"}  # explained in working days
    # paused time is clock time: the working days ended in 2026
    assert d.guessed(cal, _order(complete_due=datetime(2027, 1, 2, 9, 0), paused_seconds=3 * 86400)) == set()
    done = _order(registered_at=datetime(2026, 11, 2, 9, 0), reply_due=datetime(2026, 11, 3, 17, 30),
                  complete_due=datetime(2026, 11, 5, 17, 30), completed_at=datetime(2026, 12, 31, 15, 0),
                  follow_due=datetime(2027, 1, 4, 17, 30))
    assert d.guessed(cal, done) == {"follow_due"}
    assert d.guessed(cal, _order(registered_at=datetime(2026, 11, 2, 9, 0), reply_due=datetime(2026, 11, 3, 17, 30),
                                 complete_due=datetime(2026, 11, 5, 17, 30))) == set()


def test_a_deadline_counted_before_its_year_was_entered_stays_a_guess(cal):
    from copy import deepcopy
    later = deepcopy(cal)
    later.known_years.add(2027)
    later.known_since[2027] = datetime(2027, 1, 10, 9, 0)  # a supervisor entered 2027 on January 10
    assert d.guessed(later, _order()) == {"complete_due"}  # counted on December 30: Monday to Friday
    fresh = _order(registered_at=datetime(2027, 1, 11, 9, 0), reply_due=datetime(2027, 1, 12, 17, 30),
                   complete_due=datetime(2027, 1, 14, 17, 30))
    assert d.guessed(later, fresh) == set()


@given(at=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 31, 23, 59)),
       workdays=st.integers(1, 5), urgent=st.booleans())
@settings(max_examples=200, deadline=None)
def test_a_complaint_is_never_due_done_before_it_is_due_answered(cal, at, workdays, urgent):
    reply = d.reply_due(cal, "complaint", at, urgent=urgent, office_end=END)
    done = d.completion_due(cal, at, urgent=urgent, workdays=workdays, office_end=END, not_before=reply)
    assert done.at >= reply.at
    plain = d.completion_due(cal, at, urgent=urgent, workdays=workdays, office_end=END)
    assert done.at == max(plain.at, reply.at)
