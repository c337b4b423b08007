"""SLA states, warning windows and the time-left text (no Django)."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from working_time import (
    FoiCalendar,
    OrganisationCalendar,
    SlaState,
    Unit,
    sla_state,
    time_left,
    warning_starts,
)

LONDON = ZoneInfo("Europe/London")
ENGLAND = OrganisationCalendar()


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def state(due, now, unit=Unit.WORKING_HOURS, calendar=ENGLAND, answered_at=None) -> SlaState:
    return sla_state(due=due, now=now, answered_at=answered_at, calendar=calendar, unit=unit)


DUE = london(2024, 6, 10, 9, 30)  # Mon 09:30 BST


def test_answered_on_or_before_due_is_met():
    assert state(DUE, london(2024, 6, 20), answered_at=DUE) is SlaState.MET


def test_answered_after_due_is_missed_whenever_it_is_now():
    assert state(DUE, london(2024, 6, 7), answered_at=london(2024, 6, 10, 9, 31)) is SlaState.MISSED


def test_answered_while_the_clock_was_paused_is_met():
    assert state(None, london(2024, 6, 7), answered_at=london(2024, 6, 7)) is SlaState.MET


def test_no_due_because_the_clock_is_paused_is_on_track():
    assert state(None, london(2024, 6, 7)) is SlaState.ON_TRACK


def test_after_due_is_overdue_and_exactly_at_due_is_not():
    assert state(DUE, london(2024, 6, 10, 9, 31)) is SlaState.OVERDUE
    assert state(DUE, DUE) is SlaState.DUE_SOON


def warns_from(due: datetime, unit: Unit | str, calendar=ENGLAND) -> datetime:
    return warning_starts(due=due, calendar=calendar, unit=unit)


def test_working_hours_warning_window_is_one_working_hour_counted_back_over_the_weekend():
    assert warns_from(DUE, Unit.WORKING_HOURS) == london(2024, 6, 7, 16, 30)
    assert state(DUE, london(2024, 6, 7, 16, 29)) is SlaState.ON_TRACK
    assert state(DUE, london(2024, 6, 7, 16, 30)) is SlaState.DUE_SOON
    assert state(DUE, london(2024, 6, 8, 12)) is SlaState.DUE_SOON


def test_working_hours_warning_window_for_due_outside_opening_hours():
    # A requester's deadline at 20:00: the last working hour is 16:00-17:00.
    assert warns_from(london(2024, 6, 11, 20), Unit.WORKING_HOURS) == london(2024, 6, 11, 16)


def test_clock_hours_warning_window_is_one_plain_hour():
    due = datetime(2026, 3, 29, 4, 30, tzinfo=UTC)  # 05:30 BST, just after the clocks went forward
    before, start = (
        datetime(2026, 3, 29, 3, 29, tzinfo=UTC),
        datetime(2026, 3, 29, 3, 30, tzinfo=UTC),
    )
    assert warns_from(due, Unit.CLOCK_HOURS) == start
    assert state(due, before, Unit.CLOCK_HOURS) is SlaState.ON_TRACK
    assert state(due, start, Unit.CLOCK_HOURS) is SlaState.DUE_SOON


def test_working_days_warning_starts_at_close_of_the_previous_working_day():
    due = london(2024, 6, 10, 17)  # Mon close of business
    assert warns_from(due, Unit.WORKING_DAYS) == london(2024, 6, 7, 17)
    assert state(due, london(2024, 6, 7, 16, 59), Unit.WORKING_DAYS) is SlaState.ON_TRACK
    assert state(due, london(2024, 6, 7, 17), Unit.WORKING_DAYS) is SlaState.DUE_SOON
    assert state(due, london(2024, 6, 10, 9), Unit.WORKING_DAYS) is SlaState.DUE_SOON


def test_working_days_warning_skips_christmas_back_to_the_last_working_day():
    assert warns_from(london(2026, 12, 29, 17), "working_days") == london(2026, 12, 24, 17)


def test_working_days_warning_honours_closure_days():
    calendar = OrganisationCalendar(closure_days=frozenset({date(2024, 6, 7)}))
    due = london(2024, 6, 10, 17)
    assert warns_from(due, Unit.WORKING_DAYS, calendar) == london(2024, 6, 6, 17)


def test_foi_warning_starts_at_the_end_of_the_previous_foi_working_day():
    foi = FoiCalendar()
    due = london(2026, 1, 5, 23, 59, 59)  # Mon; Fri 2 Jan is a Scottish bank holiday
    assert warns_from(due, Unit.WORKING_DAYS, foi) == london(2025, 12, 31, 23, 59, 59)
    assert state(due, london(2026, 1, 2, 12), Unit.WORKING_DAYS, foi) is SlaState.DUE_SOON
    assert state(due, london(2025, 12, 31, 12), Unit.WORKING_DAYS, foi) is SlaState.ON_TRACK


def test_sla_state_values_are_stable_strings():
    assert [s.value for s in SlaState] == ["on_track", "due_soon", "overdue", "met", "missed"]


def test_sla_state_refuses_naive_now():
    with pytest.raises(ValueError, match="timezone-aware"):
        state(DUE, datetime(2024, 6, 7, 12))


@pytest.mark.parametrize(
    ("now", "text"),
    [
        (london(2024, 6, 10, 7, 15), "2 hours 15 minutes left"),
        (london(2024, 6, 7, 7, 30), "3 days 2 hours left"),
        (london(2024, 6, 9, 9, 30), "1 day left"),
        (london(2024, 6, 10, 8, 30), "1 hour left"),
        (london(2024, 6, 10, 9, 5), "25 minutes left"),
        (london(2024, 6, 10, 9, 29, 30), "less than a minute left"),
        (london(2024, 6, 10, 10, 10), "overdue by 40 minutes"),
        (london(2024, 6, 11, 12, 30), "overdue by 1 day 3 hours"),
    ],
)
def test_time_left_reads_naturally(now, text):
    assert time_left(due=DUE, now=now) == text


def test_time_left_is_plain_elapsed_time_across_the_clock_change():
    due = datetime(2026, 3, 29, 4, 30, tzinfo=UTC)
    assert time_left(due=due, now=london(2026, 3, 29, 0, 30)) == "4 hours left"


def test_time_left_without_a_due_says_so():
    assert time_left(due=None, now=london(2024, 6, 7)) == "no deadline"
