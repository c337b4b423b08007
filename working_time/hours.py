"""Hour-based clocks: working hours (inside opening hours only) and clock hours.

Working periods are built from London dates and wall-clock opening times, then
converted to UTC. UK clocks change on Sundays at 01:00 UTC, never inside working
time, so a working period's UTC length equals its wall-clock length: 4 working hours
across a DST change are still 4 hours of local opening time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ._localtime import (
    FAR_FUTURE,
    format_clock,
    format_day,
    format_duration,
    format_instant,
    local_date,
    require_aware,
    to_utc,
)
from .calendars import WorkingCalendar
from .stops import ClockStop, earliest_open_stop, free_pieces

_PAUSED = "the clock has not restarted, so there is no deadline yet"
_DAY = timedelta(days=1)


def working_hours_due(
    *, amount: int, received: datetime, calendar: WorkingCalendar, stops: Sequence[ClockStop]
) -> tuple[datetime | None, list[str]]:
    """Consume `amount` hours of running working time from `received` onwards.

    Stopping at the first instant the total is reached means a due that lands exactly
    on closing time stays there (17:00) instead of rolling to the next opening.
    """
    remaining = timedelta(hours=amount)
    lines = [f"received {format_instant(received)}"] + [stop.describe_hours() for stop in stops]
    paused_from = earliest_open_stop(stops)
    day, started = local_date(received), False
    while True:
        period = calendar.working_period(day)
        if period is None:
            lines.append(f"skipped {format_day(day)}: {calendar.non_working_reason(day)}")
            day += _DAY
            continue
        for start, end in free_pieces(max(period[0], received), period[1], stops):
            if not started:
                lines.append(_clock_start(start, received, calendar))
                started = True
            taken = min(end - start, remaining)
            remaining -= taken
            lines.append(_counted(start, start + taken))
            if not remaining:
                lines.append(f"due {format_instant(start + taken)}")
                return start + taken, lines
        if paused_from is not None and paused_from < period[1]:
            return None, [*lines, _PAUSED]
        day += _DAY


def clock_hours_due(
    *, amount: int, received: datetime, stops: Sequence[ClockStop]
) -> tuple[datetime | None, list[str]]:
    """Plain elapsed time (UTC arithmetic, so DST changes neither add nor lose an hour)."""
    remaining = timedelta(hours=amount)
    lines = [f"received {format_instant(received)}; the clock runs day and night"]
    lines += [stop.describe_hours() for stop in stops]
    for start, end in free_pieces(received, FAR_FUTURE, stops):
        taken = min(end - start, remaining)
        remaining -= taken
        if not remaining:
            lines.append(f"due {format_instant(start + taken)}")
            return start + taken, lines
    return None, [*lines, _PAUSED]


def working_hours_between(
    *, start: datetime, end: datetime, calendar: WorkingCalendar
) -> timedelta:
    """Working time (inside opening hours, on working days) from `start` to `end`."""
    start = to_utc(require_aware(start, what="start"))
    end = to_utc(require_aware(end, what="end"))
    total, day = timedelta(0), local_date(start)
    while start < end and day <= local_date(end):
        if period := calendar.working_period(day):
            total += max(timedelta(0), min(period[1], end) - max(period[0], start))
        day += _DAY
    return total


def working_time_before(*, due: datetime, amount: timedelta, calendar: WorkingCalendar) -> datetime:
    """The instant that lies `amount` of working time before `due` (walking backwards)."""
    remaining, day = amount, local_date(due)
    while True:
        period = calendar.working_period(day)
        if period is not None and period[0] < due:
            end = min(period[1], due)
            if end - period[0] >= remaining:
                return end - remaining
            remaining -= end - period[0]
        day -= _DAY


def _clock_start(start: datetime, received: datetime, calendar: WorkingCalendar) -> str:
    if start == received:
        return "the clock starts on receipt"
    period = calendar.working_period(local_date(received))
    if period is not None and period[0] <= received < period[1]:
        return f"the clock starts {format_instant(start)}, when the clock stop ends"
    return (
        f"the clock starts {format_instant(start)}: received outside working hours, "
        "so it starts at the next opening"
    )


def _counted(start: datetime, end: datetime) -> str:
    span = f"{format_clock(start)}–{format_clock(end)}"
    return f"counted {format_day(local_date(start))} {span}: {format_duration(end - start)}"
