"""Property tests (hypothesis) for working_time: invariants over 2024-2027."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from working_time import (
    LONDON,
    ClockStop,
    FoiCalendar,
    OrganisationCalendar,
    Rule,
    Unit,
    compute_deadline,
    warning_starts,
    working_hours_between,
)

FAST = settings(max_examples=200, deadline=None)

ORG_CALENDARS = st.sampled_from(
    [
        OrganisationCalendar(),
        OrganisationCalendar(nation="Scotland"),
        OrganisationCalendar(nation="Wales", closure_days=frozenset({date(2025, 12, 24)})),
        OrganisationCalendar(nation="Northern Ireland", opens=time(8, 30), closes=time(16, 30)),
    ]
)
ANY_CALENDAR = st.one_of(ORG_CALENDARS, st.just(FoiCalendar()))
# Naive bounds, then a zone: received instants arrive in UTC or in London time.
INSTANTS = st.datetimes(
    min_value=datetime(2024, 1, 1),
    max_value=datetime(2027, 11, 30),
    timezones=st.sampled_from([UTC, LONDON]),
)
HOURS = st.integers(min_value=1, max_value=40)
DAYS = st.integers(min_value=1, max_value=30)


def due(unit: Unit, amount: int, received: datetime, calendar, **kwargs) -> datetime | None:
    rule = Rule("response", amount, unit)
    return compute_deadline(rule=rule, received=received, calendar=calendar, **kwargs).due


def cases(unit: Unit):
    """(amount, calendar) pairs that are valid for `unit`: FOI has no working hours."""
    calendars = ORG_CALENDARS if unit is Unit.WORKING_HOURS else ANY_CALENDAR
    amounts = DAYS if unit is Unit.WORKING_DAYS else HOURS
    return st.tuples(amounts, calendars)


@pytest.mark.parametrize("unit", list(Unit))
@FAST
@given(data=st.data(), first=INSTANTS, second=INSTANTS)
def test_later_receipt_never_gives_an_earlier_deadline(unit, data, first, second):
    amount, calendar = data.draw(cases(unit))
    earlier, later = sorted([first, second])
    assert due(unit, amount, earlier, calendar) <= due(unit, amount, later, calendar)


@pytest.mark.parametrize("unit", list(Unit))
@FAST
@given(data=st.data(), received=INSTANTS)
def test_due_is_never_before_received(unit, data, received):
    amount, calendar = data.draw(cases(unit))
    assert due(unit, amount, received, calendar) > received


@FAST
@given(amount=HOURS, calendar=ORG_CALENDARS, received=INSTANTS)
def test_working_hours_due_falls_inside_working_time(amount, calendar, received):
    local = due(Unit.WORKING_HOURS, amount, received, calendar).astimezone(LONDON)
    assert calendar.is_working_day(local.date())
    assert calendar.opens < local.time() <= calendar.closes


@FAST
@given(amount=HOURS, calendar=ORG_CALENDARS, received=INSTANTS)
def test_working_hours_between_receipt_and_due_is_the_rule_amount(amount, calendar, received):
    result = due(Unit.WORKING_HOURS, amount, received, calendar)
    worked = working_hours_between(start=received, end=result, calendar=calendar)
    assert worked == timedelta(hours=amount)


@FAST
@given(amount=DAYS, calendar=ANY_CALENDAR, received=INSTANTS)
def test_working_days_due_is_a_working_day_at_its_day_end(amount, calendar, received):
    result = due(Unit.WORKING_DAYS, amount, received, calendar)
    local = result.astimezone(LONDON)
    assert calendar.is_working_day(local.date())
    expected = calendar.closes if isinstance(calendar, OrganisationCalendar) else time(23, 59, 59)
    assert local.time() == expected
    assert local.date() > received.astimezone(LONDON).date()


@FAST
@given(amount=HOURS, received=INSTANTS)
def test_clock_hours_due_is_received_plus_hours_exactly(amount, received):
    result = due(Unit.CLOCK_HOURS, amount, received, OrganisationCalendar())
    # Add in UTC: adding to a London-zoned datetime would be wall-clock arithmetic.
    assert result == received.astimezone(UTC) + timedelta(hours=amount)
    assert result.tzinfo is UTC


@pytest.mark.parametrize("unit", list(Unit))
@FAST
@given(
    data=st.data(),
    received=INSTANTS,
    offset=st.integers(min_value=-72, max_value=400),
    length=st.integers(min_value=0, max_value=300),
)
def test_clock_stop_never_brings_a_deadline_forward(unit, data, received, offset, length):
    amount, calendar = data.draw(cases(unit))
    start = received + timedelta(hours=offset)
    stop = ClockStop(start=start, end=start + timedelta(hours=length))
    plain = due(unit, amount, received, calendar)
    assert due(unit, amount, received, calendar, stops=[stop]) >= plain


@pytest.mark.parametrize("unit", list(Unit))
@FAST
@given(data=st.data(), received=INSTANTS)
def test_warning_window_starts_before_the_due(unit, data, received):
    amount, calendar = data.draw(cases(unit))
    result = due(unit, amount, received, calendar)
    start = warning_starts(due=result, calendar=calendar, unit=unit)
    assert start < result
    if unit is Unit.WORKING_HOURS:
        worked = working_hours_between(start=start, end=result, calendar=calendar)
        assert worked == timedelta(hours=1)
