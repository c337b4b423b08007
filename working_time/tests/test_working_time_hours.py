"""Working-hours and clock-hours deadlines, with worked dates (no Django)."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from working_time import (
    ClockStop,
    FoiCalendar,
    OrganisationCalendar,
    Rule,
    Unit,
    compute_deadline,
    working_hours_between,
)

LONDON = ZoneInfo("Europe/London")
ENGLAND = OrganisationCalendar()
MEDIA = Rule("response", 4, Unit.WORKING_HOURS)
URGENT = Rule("response", 4, Unit.CLOCK_HOURS)


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def due_of(received: datetime, rule: Rule = MEDIA, calendar=ENGLAND, **kwargs) -> datetime | None:
    return compute_deadline(rule=rule, received=received, calendar=calendar, **kwargs).due


# --- working hours ------------------------------------------------------------------------


def test_four_working_hours_from_friday_afternoon_end_monday_morning():
    deadline = compute_deadline(rule=MEDIA, received=london(2024, 6, 7, 15, 30), calendar=ENGLAND)
    assert deadline.due == utc(2024, 6, 10, 10, 30)
    assert deadline.explanation == (
        "rule: response within 4 working hours on the England calendar "
        "(Mon–Fri 09:00–17:00, less bank holidays and closure days)",
        "received Fri 7 Jun 2024 15:30 BST (UTC+01:00)",
        "the clock starts on receipt",
        "counted Fri 7 Jun 2024 15:30–17:00: 1 hour 30 minutes",
        "skipped Sat 8 Jun 2024: Saturday",
        "skipped Sun 9 Jun 2024: Sunday",
        "counted Mon 10 Jun 2024 09:00–11:30: 2 hours 30 minutes",
        "due Mon 10 Jun 2024 11:30 BST (UTC+01:00)",
    )


def test_receipt_on_saturday_starts_clock_monday_opening():
    deadline = compute_deadline(rule=MEDIA, received=london(2024, 6, 8, 11), calendar=ENGLAND)
    assert deadline.due == london(2024, 6, 10, 13)
    assert (
        "the clock starts Mon 10 Jun 2024 09:00 BST (UTC+01:00): received outside working hours, "
        "so it starts at the next opening"
    ) in deadline.explanation


def test_receipt_before_opening_starts_clock_at_opening_same_day():
    assert due_of(london(2024, 6, 11, 8)) == london(2024, 6, 11, 13)


def test_receipt_after_hours_starts_clock_next_opening():
    assert due_of(london(2024, 6, 11, 18, 30)) == london(2024, 6, 12, 13)


def test_receipt_exactly_at_closing_starts_clock_next_opening():
    assert due_of(london(2024, 6, 11, 17)) == london(2024, 6, 12, 13)


def test_receipt_exactly_at_opening_counts_from_opening():
    assert due_of(london(2024, 6, 11, 9)) == london(2024, 6, 11, 13)


def test_due_landing_exactly_at_closing_stays_at_closing_not_next_morning():
    assert due_of(london(2024, 6, 11, 13)) == london(2024, 6, 11, 17)


def test_working_hours_skip_christmas_and_boxing_day_substitute_2026():
    deadline = compute_deadline(rule=MEDIA, received=london(2026, 12, 24, 16), calendar=ENGLAND)
    assert deadline.due == utc(2026, 12, 29, 12)
    lines = deadline.explanation
    assert "skipped Fri 25 Dec 2026: bank holiday: Christmas Day (England)" in lines
    assert "skipped Mon 28 Dec 2026: bank holiday: Boxing Day (observed) (England)" in lines
    assert "counted Tue 29 Dec 2026 09:00–12:00: 3 hours" in lines


def test_working_hours_across_bst_start_count_local_opening_hours():
    deadline = compute_deadline(rule=MEDIA, received=london(2026, 3, 27, 15), calendar=ENGLAND)
    assert deadline.due == utc(2026, 3, 30, 10)
    assert deadline.explanation[-1] == "due Mon 30 Mar 2026 11:00 BST (UTC+01:00)"


def test_working_hours_across_gmt_return_count_local_opening_hours():
    # Fri 23 Oct 2026 15:00 BST is 14:00 UTC; 2 hours Friday, 2 hours Monday 09:00-11:00 GMT.
    assert due_of(london(2026, 10, 23, 15)) == utc(2026, 10, 26, 11)


def test_working_hours_across_easter_2025():
    assert due_of(london(2025, 4, 17, 15)) == london(2025, 4, 22, 11)


def test_urgent_mp_holding_reply_in_working_hours_skips_closure_day():
    calendar = OrganisationCalendar(closure_days=frozenset({date(2024, 6, 10)}))
    rule = Rule("holding", 4, Unit.WORKING_HOURS)
    deadline = compute_deadline(rule=rule, received=london(2024, 6, 7, 15, 30), calendar=calendar)
    assert deadline.due == london(2024, 6, 11, 11, 30)
    assert "skipped Mon 10 Jun 2024: closure day" in deadline.explanation


def test_custom_opening_hours_are_used():
    calendar = OrganisationCalendar(opens=time(8, 30), closes=time(16, 30))
    assert due_of(london(2024, 6, 10, 15, 30), calendar=calendar) == london(2024, 6, 11, 11, 30)


def test_scottish_calendar_skips_new_year_holiday_in_working_hours():
    scotland = OrganisationCalendar(nation="Scotland")
    assert due_of(london(2025, 12, 31, 16)) == london(2026, 1, 2, 12)
    assert due_of(london(2025, 12, 31, 16), calendar=scotland) == london(2026, 1, 5, 12)


def test_working_hours_on_the_foi_calendar_are_refused():
    with pytest.raises(ValueError, match="working days only"):
        due_of(london(2025, 1, 6, 10), calendar=FoiCalendar())


def test_working_hours_clock_stop_excludes_the_paused_time():
    stop = ClockStop(start=london(2024, 6, 10, 10), end=london(2024, 6, 10, 11))
    deadline = compute_deadline(
        rule=MEDIA, received=london(2024, 6, 10, 9), calendar=ENGLAND, stops=[stop]
    )
    assert deadline.due == london(2024, 6, 10, 14)
    assert (
        "clock stopped (fees notice) from Mon 10 Jun 2024 10:00 BST (UTC+01:00) "
        "to Mon 10 Jun 2024 11:00 BST (UTC+01:00): not counted"
    ) in deadline.explanation
    assert "counted Mon 10 Jun 2024 09:00–10:00: 1 hour" in deadline.explanation
    assert "counted Mon 10 Jun 2024 11:00–14:00: 3 hours" in deadline.explanation


def test_receipt_during_clock_stop_starts_clock_when_the_stop_ends():
    stop = ClockStop(start=london(2024, 6, 10, 9, 30), end=london(2024, 6, 10, 11))
    deadline = compute_deadline(
        rule=MEDIA, received=london(2024, 6, 10, 10), calendar=ENGLAND, stops=[stop]
    )
    assert deadline.due == london(2024, 6, 10, 15)
    assert (
        "the clock starts Mon 10 Jun 2024 11:00 BST (UTC+01:00), when the clock stop ends"
        in deadline.explanation
    )


def test_clock_stop_over_a_weekend_costs_no_working_time():
    stop = ClockStop(start=london(2024, 6, 7, 17), end=london(2024, 6, 10, 9))
    assert due_of(london(2024, 6, 7, 15, 30), stops=[stop]) == london(2024, 6, 10, 11, 30)


def test_open_clock_stop_in_working_hours_gives_no_deadline():
    stop = ClockStop(start=london(2024, 6, 7, 16))
    deadline = compute_deadline(
        rule=MEDIA, received=london(2024, 6, 7, 15, 30), calendar=ENGLAND, stops=[stop]
    )
    assert deadline.due is None
    assert deadline.explanation[-1] == "the clock has not restarted, so there is no deadline yet"


# --- clock hours --------------------------------------------------------------------------


def test_clock_hours_are_plain_elapsed_time_across_bst_start():
    deadline = compute_deadline(rule=URGENT, received=utc(2026, 3, 29, 0, 30), calendar=ENGLAND)
    assert deadline.due == utc(2026, 3, 29, 4, 30)
    assert deadline.explanation == (
        "rule: response within 4 clock hours (plain elapsed time)",
        "received Sun 29 Mar 2026 00:30 GMT (UTC+00:00); the clock runs day and night",
        "due Sun 29 Mar 2026 05:30 BST (UTC+01:00)",
    )


def test_clock_hours_are_plain_elapsed_time_across_gmt_return():
    # 01:30 BST + 4 hours is 04:30 GMT: only three hours apart on the wall clock.
    assert due_of(utc(2026, 10, 25, 0, 30), URGENT) == utc(2026, 10, 25, 4, 30)


def test_clock_hours_ignore_weekends_holidays_and_opening_hours():
    assert due_of(london(2026, 12, 25, 22), URGENT) == london(2026, 12, 26, 2)


def test_clock_hours_with_a_stop_are_extended_by_the_paused_time():
    stop = ClockStop(start=london(2025, 1, 6, 11), end=london(2025, 1, 6, 12))
    assert due_of(london(2025, 1, 6, 10), URGENT, stops=[stop]) == london(2025, 1, 6, 15)


def test_clock_hours_with_an_open_stop_have_no_deadline():
    stop = ClockStop(start=london(2025, 1, 6, 11))
    assert due_of(london(2025, 1, 6, 10), URGENT, stops=[stop]) is None


# --- working_hours_between ------------------------------------------------------------------


def test_working_hours_between_counts_only_opening_hours():
    between = working_hours_between(
        start=london(2024, 6, 7, 15, 30), end=london(2024, 6, 10, 11, 30), calendar=ENGLAND
    )
    assert between == timedelta(hours=4)


def test_working_hours_between_is_zero_over_a_weekend_and_when_reversed():
    saturday, sunday = london(2024, 6, 8, 10), london(2024, 6, 9, 20)
    assert working_hours_between(start=saturday, end=sunday, calendar=ENGLAND) == timedelta(0)
    assert working_hours_between(start=sunday, end=saturday, calendar=ENGLAND) == timedelta(0)


def test_working_hours_between_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="timezone-aware"):
        working_hours_between(
            start=datetime(2024, 6, 7, 10), end=london(2024, 6, 7, 12), calendar=ENGLAND
        )
