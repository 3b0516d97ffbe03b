"""Working days from the calendar table: holidays, 调休 weekends, and the missing-2027 fallback."""
from datetime import date

import pytest

from frontdesk.core.errors import PermissionDenied
from frontdesk.core.workdays import CalendarService, package_years


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
