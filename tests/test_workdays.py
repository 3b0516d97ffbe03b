"""Working days from the calendar table: holidays, 调休 weekends, the missing-2027 fallback, the
year the desk is missing (by the one clock) and spans counted on a guess."""
from datetime import date, datetime

import pytest

from frontdesk.core import clock
from frontdesk.core.errors import PermissionDenied
from frontdesk.core.workdays import CalendarService, missing_year, package_years


@pytest.fixture
def cal_svc(any_store):
    svc = CalendarService(any_store)
    svc.ensure_seeded()
    return svc


def test_seeding_is_idempotent(cal_svc):
    assert cal_svc.ensure_seeded() == []
    assert cal_svc.known_years() == list(package_years())


def test_holidays_and_adjusted_weekends_2026(cal_svc):
    cal = cal_svc.calendar()
    assert not cal.is_workday(date(2026, 10, 1))   # National Day
    assert not cal.is_workday(date(2026, 10, 7))   # Wednesday, still the holiday
    assert cal.is_workday(date(2026, 10, 10))       # Saturday, adjusted working day
    assert not cal.is_workday(date(2026, 11, 21))  # an ordinary Saturday
    assert cal.is_workday(date(2026, 11, 20))       # an ordinary Friday
    # two working days after Tue 2026-09-29 skip the whole Golden Week (Oct 1–7)
    assert cal.add_workdays(date(2026, 9, 29), 2) == date(2026, 10, 8)
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 12)) == 4  # 8, 9, 10 (Sat), 12
    assert cal.guessed_years == set()


def test_year_without_data_falls_back_to_monday_to_friday(cal_svc):
    cal = cal_svc.calendar()
    # a 2-working-day deadline set on Thu 2026-12-31 runs into 2027, which the package lacks
    assert cal.add_workdays(date(2026, 12, 31), 2) == date(2027, 1, 4)
    assert cal.guessed_years == {2027}


def test_supervisor_edits_the_calendar(cal_svc, any_store):
    from tests.conftest import set_up
    boss = set_up(any_store)
    cal_svc.set_day(boss, date(2027, 1, 1), workday=False, name="元旦")
    cal_svc.mark_year_known(boss, 2027)
    cal = cal_svc.calendar()
    assert not cal.is_workday(date(2027, 1, 1))
    assert cal.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)
    assert cal.guessed_years == set()
    assert cal_svc.year_days(2027) == [(date(2027, 1, 1), False, "元旦", "manual")]


def test_receptionist_cannot_edit_the_calendar(cal_svc, any_store):
    from frontdesk.core.operators import OperatorService
    from tests.conftest import set_up
    boss = set_up(any_store)
    OperatorService(any_store).add(boss, "qiantai", "李前台", "receptionist", "Qiantai2026")
    clerk = OperatorService(any_store).authenticate("qiantai", "Qiantai2026")
    with pytest.raises(PermissionDenied):
        cal_svc.set_day(clerk, date(2027, 1, 1), workday=False)


# ---- the year the desk is missing (the supervisor's notice) and deadlines counted on a guess -----

@pytest.mark.parametrize("moment, missing", [
    (datetime(2026, 11, 30, 23, 59), None),   # the last day of November: nothing to say yet
    (datetime(2026, 12, 1, 0, 0), 2027),      # December: next year's holidays are not in
    (datetime(2026, 12, 31, 23, 59), 2027),   # to the last minute of the year
    (datetime(2026, 6, 15, 9, 0), None),      # an ordinary day of a known year
    (datetime(2025, 12, 10, 9, 0), None),     # December of a year whose next year is known (2026)
    (datetime(2027, 1, 1, 0, 0), 2027),       # the year itself has no data: said any month
    (datetime(2027, 7, 1, 9, 0), 2027),
])
def test_the_year_missing_by_the_one_clock(cal_svc, moment, missing):
    with clock.pinned(moment):
        assert cal_svc.missing_year() == missing
        assert missing_year(cal_svc.calendar()) == missing  # the same rule over a loaded calendar


def test_the_year_missing_once_a_supervisor_entered_it(cal_svc, any_store):
    from tests.conftest import set_up
    boss = set_up(any_store)
    with clock.pinned(datetime(2026, 12, 2, 10, 0)):
        cal_svc.set_day(boss, date(2027, 1, 1), workday=False, name="元旦")
        assert cal_svc.missing_year() == 2027  # a day entered is not the year complete
        cal_svc.mark_year_known(boss, 2027)
        assert cal_svc.missing_year() is None
    with clock.pinned(datetime(2027, 12, 1, 8, 0)):
        assert cal_svc.missing_year() == 2028
    with clock.pinned(datetime(2027, 11, 30, 8, 0)):
        assert cal_svc.missing_year() is None


def test_the_rule_itself_on_plain_years():
    known = range(2004, 2027)
    assert missing_year(known, date(2026, 11, 30)) is None
    assert missing_year(known, date(2026, 12, 1)) == 2027
    assert missing_year(known, date(2030, 3, 1)) == 2030  # today's year first, before next year's
    assert missing_year(set(), date(2026, 12, 1)) == 2026


def test_a_span_is_a_guess_when_a_year_had_no_data_when_counted(cal_svc, any_store):
    from tests.conftest import set_up
    boss = set_up(any_store)
    cal = cal_svc.years()
    assert cal.days == {} and 2026 in cal.known_years  # the years only: cheap for marking lists
    assert not cal.guessed_span(datetime(2026, 3, 1, 9), datetime(2026, 3, 4, 17, 30), datetime(2026, 3, 1, 9))
    assert cal.guessed_span(datetime(2026, 12, 30, 9), datetime(2027, 1, 4, 17, 30), datetime(2026, 12, 30, 9))
    with clock.pinned(datetime(2027, 1, 10, 9, 0)):  # 2027 entered on January 10
        cal_svc.mark_year_known(boss, 2027)
    cal = cal_svc.years()
    assert cal.known_since == {2027: datetime(2027, 1, 10, 9, 0)}  # the package's years: known from the start
    # counted in December, before 2027 was entered: still a guess; counted after it: not
    assert cal.guessed_span(datetime(2026, 12, 30, 9), datetime(2027, 1, 4, 17, 30), datetime(2026, 12, 30, 9))
    assert not cal.guessed_span(datetime(2027, 1, 11, 9), datetime(2027, 1, 13, 17, 30), datetime(2027, 1, 11, 9))
    assert not cal.guessed_span(datetime(2026, 12, 30, 9), datetime(2027, 1, 4, 17, 30))  # only what is missing now


def test_a_year_a_newer_package_brings_later_counts_from_then(store, monkeypatch):
    """The first seeding's years were known before any order; a year a later package adds (an
    upgraded program) is known only from that day."""
    import chinese_calendar
    with clock.pinned(datetime(2026, 1, 5, 8, 0)):
        CalendarService(store).ensure_seeded()
    monkeypatch.setattr(chinese_calendar, "holidays", {**chinese_calendar.holidays, date(2027, 1, 1): "New Year's Day"})
    with clock.pinned(datetime(2027, 1, 20, 8, 0)):
        assert CalendarService(store).ensure_seeded() == [2027]
    cal = CalendarService(store).years()
    assert cal.known_since == {2027: datetime(2027, 1, 20, 8, 0)}
    assert cal.guessed_span(datetime(2026, 12, 30, 9), datetime(2027, 1, 4, 17, 30), datetime(2026, 12, 30, 9))
    assert not cal.guessed_span(datetime(2026, 11, 2, 9), datetime(2026, 11, 5, 17, 30), datetime(2026, 11, 2, 9))
