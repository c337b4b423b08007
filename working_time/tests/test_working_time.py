"""Calendars and working-days deadlines (working_time), with worked dates.

Pure Python: no Django, no database.
"""

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from working_time import (
    ClockStop,
    FoiCalendar,
    OrganisationCalendar,
    Rule,
    Unit,
    compute_deadline,
    deadline_from_requester,
    previous_working_day,
)

LONDON = ZoneInfo("Europe/London")
ENGLAND = OrganisationCalendar()
SCOTLAND = OrganisationCalendar(nation="Scotland")
FOI = FoiCalendar()


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def foi_end(*args: int) -> datetime:
    """The end of an FOI working day: 23:59:59 London time on that date."""
    return london(*args, 23, 59, 59)


def days(amount: int, name: str = "response") -> Rule:
    return Rule(name, amount, Unit.WORKING_DAYS)


def due_of(rule: Rule, received: datetime, calendar=ENGLAND, **kwargs) -> datetime | None:
    return compute_deadline(rule=rule, received=received, calendar=calendar, **kwargs).due


# --- calendars -------------------------------------------------------------------------


def test_weekend_days_are_not_working_days_and_say_which():
    assert ENGLAND.non_working_reason(date(2024, 12, 21)) == "Saturday"
    assert ENGLAND.non_working_reason(date(2024, 12, 22)) == "Sunday"
    assert not ENGLAND.is_working_day(date(2024, 12, 21))


def test_ordinary_weekday_is_a_working_day_with_no_reason():
    assert ENGLAND.is_working_day(date(2024, 12, 23))
    assert ENGLAND.non_working_reason(date(2024, 12, 23)) is None


def test_christmas_reason_names_the_holiday_and_the_nation():
    assert ENGLAND.non_working_reason(date(2024, 12, 25)) == "bank holiday: Christmas Day (England)"


def test_christmas_2021_weekend_gives_substitute_days_27_and_28_december():
    assert not ENGLAND.is_working_day(date(2021, 12, 27))
    assert not ENGLAND.is_working_day(date(2021, 12, 28))
    assert ENGLAND.is_working_day(date(2021, 12, 29))
    assert "(observed)" in ENGLAND.non_working_reason(date(2021, 12, 28))


def test_christmas_2022_on_sunday_gives_27_december_substitute():
    assert "Boxing Day" in ENGLAND.non_working_reason(date(2022, 12, 26))
    assert "Christmas Day (observed)" in ENGLAND.non_working_reason(date(2022, 12, 27))
    assert ENGLAND.is_working_day(date(2022, 12, 28))


def test_boxing_day_2026_on_saturday_gives_monday_28_december_substitute():
    reason = ENGLAND.non_working_reason(date(2026, 12, 28))
    assert reason == "bank holiday: Boxing Day (observed) (England)"


def test_2_january_is_a_bank_holiday_in_scotland_but_not_england():
    assert ENGLAND.is_working_day(date(2025, 1, 2))
    reason = SCOTLAND.non_working_reason(date(2025, 1, 2))
    assert reason == "bank holiday: New Year Holiday (Scotland)"


def test_st_andrews_day_on_sunday_gives_scottish_substitute_monday():
    reason = SCOTLAND.non_working_reason(date(2025, 12, 1))
    assert reason == "bank holiday: Saint Andrew's Day (observed) (Scotland)"
    assert ENGLAND.is_working_day(date(2025, 12, 1))


def test_easter_monday_is_not_a_bank_holiday_in_scotland():
    assert SCOTLAND.is_working_day(date(2025, 4, 21))
    assert not ENGLAND.is_working_day(date(2025, 4, 21))


def test_closure_day_is_not_a_working_day():
    calendar = OrganisationCalendar(closure_days=frozenset({date(2024, 12, 27)}))
    assert calendar.non_working_reason(date(2024, 12, 27)) == "closure day"
    assert not calendar.is_working_day(date(2024, 12, 27))


def test_closure_days_accept_any_iterable_and_calendar_stays_hashable():
    calendar = OrganisationCalendar(closure_days=[date(2024, 12, 27)])
    assert calendar.closure_days == frozenset({date(2024, 12, 27)})
    assert hash(calendar) == hash(
        OrganisationCalendar(closure_days=frozenset({date(2024, 12, 27)}))
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"nation": "Cornwall"},
        {"opens": time(17), "closes": time(9)},
        {"opens": time(9, tzinfo=UTC)},
    ],
)
def test_invalid_organisation_calendar_is_refused(kwargs):
    with pytest.raises(ValueError):
        OrganisationCalendar(**kwargs)


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 2),  # Scotland: New Year Holiday
        date(2025, 3, 17),  # Northern Ireland: St Patrick's Day
        date(2025, 7, 14),  # Northern Ireland: Battle of the Boyne (observed)
        date(2025, 12, 1),  # Scotland: St Andrew's Day (observed)
        date(2025, 4, 21),  # Easter Monday (not Scotland)
        date(2025, 8, 4),  # Scotland: Summer Bank Holiday
        date(2025, 8, 25),  # England, Wales, NI: Late Summer Bank Holiday
    ],
)
def test_foi_calendar_excludes_bank_holidays_of_every_uk_nation(day):
    assert not FOI.is_working_day(day)


def test_foi_calendar_excludes_christmas_day_and_good_friday():
    assert not FOI.is_working_day(date(2025, 12, 25))
    assert not FOI.is_working_day(date(2025, 4, 18))
    reason = FOI.non_working_reason(date(2025, 12, 25))
    assert reason == "bank holiday: Christmas Day (all UK nations)"


def test_foi_reason_names_the_nations_where_the_holiday_falls():
    reason = FOI.non_working_reason(date(2025, 4, 21))
    assert reason == "bank holiday: Easter Monday (England, Wales, Northern Ireland)"


def test_foi_calendar_has_no_working_hours():
    with pytest.raises(ValueError, match="working days only"):
        FOI.working_period(date(2025, 6, 2))


def test_working_period_is_local_opening_hours_converted_to_utc():
    assert ENGLAND.working_period(date(2025, 6, 2)) == (utc(2025, 6, 2, 8), utc(2025, 6, 2, 16))
    assert ENGLAND.working_period(date(2025, 1, 6)) == (utc(2025, 1, 6, 9), utc(2025, 1, 6, 17))
    assert ENGLAND.working_period(date(2025, 1, 4)) is None


def test_previous_working_day_skips_weekend_and_christmas():
    assert previous_working_day(ENGLAND, date(2026, 12, 29)) == date(2026, 12, 24)


# --- working days ------------------------------------------------------------------------


def test_mp_letter_10_working_days_across_christmas_2024():
    deadline = compute_deadline(rule=days(10), received=london(2024, 12, 20, 14), calendar=ENGLAND)
    assert deadline.due == utc(2025, 1, 8, 17)
    assert deadline.name == "response"
    lines = deadline.explanation
    assert lines[0] == (
        "rule: response within 10 working days on the England calendar "
        "(Mon–Fri 09:00–17:00, less bank holidays and closure days)"
    )
    assert lines[1] == "received Fri 20 Dec 2024 14:00 GMT (UTC+00:00), so Fri 20 Dec 2024 is day 0"
    assert "day 1: Mon 23 Dec 2024" in lines
    assert "day 2: Tue 24 Dec 2024" in lines
    assert "skipped Wed 25 Dec 2024: bank holiday: Christmas Day (England)" in lines
    assert "skipped Thu 26 Dec 2024: bank holiday: Boxing Day (England)" in lines
    assert "skipped Wed 1 Jan 2025: bank holiday: New Year's Day (England)" in lines
    assert lines[-1] == "due at close of business on day 10: Wed 8 Jan 2025 17:00 GMT (UTC+00:00)"


def test_holding_reply_2_working_days_skips_christmas_and_boxing_day():
    deadline = compute_deadline(
        rule=days(2, "holding"), received=london(2024, 12, 23, 10), calendar=ENGLAND
    )
    assert deadline.name == "holding"
    assert deadline.due == utc(2024, 12, 27, 17)


def test_day_of_receipt_is_day_0_whatever_the_hour():
    early = due_of(days(2), london(2024, 6, 3, 0, 5))
    late = due_of(days(2), london(2024, 6, 3, 23, 55))
    assert early == late == london(2024, 6, 5, 17)


def test_receipt_on_saturday_makes_monday_day_1():
    assert due_of(days(1), london(2024, 6, 8, 11)) == utc(2024, 6, 10, 16)


def test_day_0_is_the_london_date_not_the_utc_date():
    # 23:30 UTC on Mon 30 Jun 2025 is 00:30 BST on Tue 1 Jul: Tuesday is day 0.
    assert due_of(days(1), utc(2025, 6, 30, 23, 30)) == london(2025, 7, 2, 17)


def test_working_days_across_easter_skip_good_friday_and_easter_monday():
    deadline = compute_deadline(rule=days(2), received=london(2025, 4, 17, 9), calendar=ENGLAND)
    assert deadline.due == utc(2025, 4, 23, 16)
    assert "skipped Fri 18 Apr 2025: bank holiday: Good Friday (England)" in deadline.explanation
    assert "skipped Mon 21 Apr 2025: bank holiday: Easter Monday (England)" in deadline.explanation


def test_scottish_calendar_also_skips_2_january():
    received = london(2024, 12, 31, 12)
    assert due_of(days(2), received, ENGLAND) == london(2025, 1, 3, 17)
    assert due_of(days(2), received, SCOTLAND) == london(2025, 1, 6, 17)


def test_scottish_calendar_skips_st_andrews_day_substitute():
    received = london(2025, 11, 28, 12)
    assert due_of(days(2), received, ENGLAND) == london(2025, 12, 2, 17)
    assert due_of(days(2), received, SCOTLAND) == london(2025, 12, 3, 17)


def test_closure_day_is_skipped_in_working_days():
    calendar = OrganisationCalendar(closure_days=frozenset({date(2024, 12, 27)}))
    deadline = compute_deadline(rule=days(2), received=london(2024, 12, 23, 10), calendar=calendar)
    assert deadline.due == utc(2024, 12, 30, 17)
    assert "skipped Fri 27 Dec 2024: closure day" in deadline.explanation


def test_close_of_business_follows_the_calendar_closing_time():
    calendar = OrganisationCalendar(closes=time(16, 30))
    assert due_of(days(1), london(2025, 1, 6, 10), calendar) == utc(2025, 1, 7, 16, 30)


def test_working_days_across_bst_start_due_at_local_close_of_business():
    assert due_of(days(2), london(2026, 3, 26, 10)) == utc(2026, 3, 30, 16)


def test_working_days_across_gmt_return_due_at_local_close_of_business():
    assert due_of(days(2), london(2026, 10, 22, 10)) == utc(2026, 10, 26, 17)


# --- FOI ---------------------------------------------------------------------------------


def test_foi_20_working_days_due_at_end_of_day_20():
    deadline = compute_deadline(rule=days(20), received=london(2025, 12, 30, 14), calendar=FOI)
    assert deadline.due == utc(2026, 1, 29, 23, 59, 59)
    skipped = "skipped Fri 2 Jan 2026: bank holiday: New Year Holiday (Scotland)"
    assert skipped in deadline.explanation
    assert deadline.explanation[-1] == (
        "due at the end of day 20: Thu 29 Jan 2026 23:59:59 GMT (UTC+00:00)"
    )


def test_organisation_calendar_in_england_counts_scottish_holiday_that_foi_skips():
    assert due_of(days(20), london(2025, 12, 30, 14), ENGLAND) == utc(2026, 1, 28, 17)


def test_foi_request_received_on_scottish_only_holiday_counts_from_next_working_day():
    # Fri 2 Jan 2026 is day 0 even though it is not an FOI working day.
    assert due_of(days(20), london(2026, 1, 2, 10), FOI) == utc(2026, 1, 30, 23, 59, 59)


def test_foi_skips_st_patricks_day_and_easter_and_ends_at_local_midnight_in_bst():
    deadline = compute_deadline(rule=days(20), received=london(2026, 3, 16, 11), calendar=FOI)
    assert deadline.due == utc(2026, 4, 16, 22, 59, 59)
    lines = deadline.explanation
    assert "skipped Tue 17 Mar 2026: bank holiday: Saint Patrick's Day (Northern Ireland)" in lines
    assert "day 1: Wed 18 Mar 2026" in lines
    assert lines[-1] == "due at the end of day 20: Thu 16 Apr 2026 23:59:59 BST (UTC+01:00)"


def test_foi_skips_battle_of_the_boyne_substitute_monday():
    assert due_of(days(1), london(2026, 7, 10, 9), FOI) == foi_end(2026, 7, 14)


def test_england_organisation_calendar_ignores_northern_ireland_holidays():
    assert due_of(days(1), london(2026, 3, 16, 9), ENGLAND) == utc(2026, 3, 17, 17)


# --- clock stops (fees notice) and clarification ----------------------------------------


def test_fees_notice_pause_extends_foi_deadline_by_the_paused_working_days():
    received = london(2026, 2, 2, 10)
    assert due_of(days(20), received, FOI) == utc(2026, 3, 2, 23, 59, 59)
    stop = ClockStop(start=london(2026, 2, 5, 10), end=london(2026, 2, 11, 15))
    deadline = compute_deadline(rule=days(20), received=received, calendar=FOI, stops=[stop])
    # Thu 5, Fri 6, Mon 9, Tue 10 and Wed 11 Feb are disregarded (s.10(2), both ends inclusive).
    assert deadline.due == utc(2026, 3, 9, 23, 59, 59)
    lines = deadline.explanation
    assert (
        "clock stopped (fees notice) from Thu 5 Feb 2026 to Wed 11 Feb 2026 inclusive: "
        "working days in it do not count"
    ) in lines
    assert "skipped Thu 5 Feb 2026: clock stopped (fees notice)" in lines
    assert "skipped Wed 11 Feb 2026: clock stopped (fees notice)" in lines
    assert "skipped Sat 7 Feb 2026: Saturday" in lines
    assert "day 3: Thu 12 Feb 2026" in lines


def test_fee_paid_the_day_the_notice_was_given_disregards_that_one_day():
    stop = ClockStop(start=london(2026, 2, 5, 10), end=london(2026, 2, 5, 16))
    assert due_of(days(20), london(2026, 2, 2, 10), FOI, stops=[stop]) == foi_end(2026, 3, 3)


def test_open_fees_notice_pause_gives_no_deadline():
    stop = ClockStop(start=london(2026, 2, 5, 10))
    deadline = compute_deadline(
        rule=days(20), received=london(2026, 2, 2, 10), calendar=FOI, stops=[stop]
    )
    assert deadline.due is None
    assert deadline.explanation[-1] == (
        "Thu 5 Feb 2026 onwards: clock stopped, so there is no deadline yet"
    )


def test_open_pause_starting_after_the_due_leaves_the_due_alone():
    stop = ClockStop(start=london(2026, 3, 10, 10))
    assert due_of(days(20), london(2026, 2, 2, 10), FOI, stops=[stop]) == foi_end(2026, 3, 2)


def test_clock_stop_that_ended_before_receipt_changes_nothing():
    stop = ClockStop(start=london(2026, 1, 5, 10), end=london(2026, 1, 9, 10))
    assert due_of(days(20), london(2026, 2, 2, 10), FOI, stops=[stop]) == foi_end(2026, 3, 2)


def test_clarification_restarts_the_count_from_the_day_it_arrives():
    # Not a stop: the caller passes the clarification instant as `received`.
    assert due_of(days(20), london(2026, 2, 16, 12), FOI) == foi_end(2026, 3, 16)


def test_clock_stop_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        ClockStop(start=london(2026, 2, 5), end=london(2026, 2, 4))


# --- requester's deadline ---------------------------------------------------------------


def test_sooner_requester_deadline_is_the_deadline():
    rule = Rule("response", 4, Unit.WORKING_HOURS)
    deadline = compute_deadline(
        rule=rule,
        received=london(2024, 6, 7, 15, 30),
        calendar=ENGLAND,
        requester_deadline=london(2024, 6, 7, 17),
    )
    assert deadline.due == utc(2024, 6, 7, 16)
    assert deadline.explanation[-2] == "due Mon 10 Jun 2024 11:30 BST (UTC+01:00)"
    assert deadline.explanation[-1] == (
        "requester's deadline Fri 7 Jun 2024 17:00 BST (UTC+01:00) is sooner, so it is the deadline"
    )


def test_later_requester_deadline_is_ignored():
    deadline = compute_deadline(
        rule=days(10),
        received=london(2024, 12, 20, 14),
        calendar=ENGLAND,
        requester_deadline=london(2025, 2, 1, 12),
    )
    assert deadline.due == utc(2025, 1, 8, 17)
    assert deadline.explanation[-1].endswith("is not sooner, so the rule's due stands")


def test_requester_deadline_applies_while_the_clock_is_paused():
    deadline = compute_deadline(
        rule=days(20),
        received=london(2026, 2, 2, 10),
        calendar=FOI,
        stops=[ClockStop(start=london(2026, 2, 5, 10))],
        requester_deadline=london(2026, 3, 20, 12),
    )
    assert deadline.due == utc(2026, 3, 20, 12)


def test_parliamentary_briefing_deadline_is_the_requesters_own():
    deadline = deadline_from_requester(
        received=london(2025, 1, 6, 10), requester_deadline=london(2025, 1, 7, 12)
    )
    assert deadline.due == utc(2025, 1, 7, 12)
    assert deadline.explanation[-1] == (
        "due Tue 7 Jan 2025 12:00 GMT (UTC+00:00): the requester's own deadline"
    )


def test_parliamentary_briefing_without_requester_deadline_has_no_due():
    deadline = deadline_from_requester(received=london(2025, 1, 6, 10), requester_deadline=None)
    assert deadline.due is None


# --- inputs and outputs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"received": datetime(2025, 1, 6, 10)},
        {"received": london(2025, 1, 6, 10), "requester_deadline": datetime(2025, 1, 7, 10)},
    ],
)
def test_naive_datetimes_are_refused(kwargs):
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_deadline(rule=days(2), calendar=ENGLAND, **kwargs)


def test_naive_clock_stop_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        ClockStop(start=datetime(2025, 1, 6, 10))


def test_naive_received_is_refused_for_requester_only_deadline():
    with pytest.raises(ValueError, match="timezone-aware"):
        deadline_from_requester(received=datetime(2025, 1, 6), requester_deadline=None)


@pytest.mark.parametrize("unit", list(Unit))
def test_due_is_returned_in_utc_whatever_the_input_zone(unit):
    received = datetime(2025, 6, 2, 14, tzinfo=timezone(timedelta(hours=5)))  # 10:00 BST
    due = due_of(Rule("response", 2, unit), received)
    assert due.tzinfo is UTC


@pytest.mark.parametrize(
    "args",
    [
        ("reply", 2, Unit.WORKING_DAYS),
        ("response", 0, Unit.WORKING_DAYS),
        ("response", True, "working_days"),
    ],
)
def test_invalid_rule_is_refused(args):
    with pytest.raises(ValueError):
        Rule(*args)


def test_rule_accepts_unit_value_string_and_describes_itself():
    rule = Rule("holding", 1, "working_days")
    assert rule.unit is Unit.WORKING_DAYS
    assert rule.describe() == "holding reply within 1 working day"
