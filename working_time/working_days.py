"""N working days: day 0 is the day of receipt, the target is the end of day N.

The day of receipt (London date) is day 0 whatever the hour, even when it is not a
working day; day 1 is the first working day after it. The due instant is close of
business on day N for an organisation calendar and the end of the day for FOI.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ._localtime import format_day, format_instant, local_date
from .calendars import WorkingCalendar
from .stops import ClockStop


def working_days_due(
    *, amount: int, received: datetime, calendar: WorkingCalendar, stops: Sequence[ClockStop]
) -> tuple[datetime | None, list[str]]:
    """Walk forward day by day, counting working days the clock is running on.

    Returns (due in UTC or None while an open stop pauses the clock, explanation lines).
    """
    day = local_date(received)
    lines = [f"received {format_instant(received)}, so {format_day(day)} is day 0"]
    lines += [stop.describe_days() for stop in stops]
    counted = 0
    while counted < amount:
        day += timedelta(days=1)
        if not calendar.is_working_day(day):
            lines.append(f"skipped {format_day(day)}: {calendar.non_working_reason(day)}")
            continue
        covering = [stop for stop in stops if stop.covers_day(day)]
        if any(stop.end is None for stop in covering):
            lines.append(f"{format_day(day)} onwards: clock stopped, so there is no deadline yet")
            return None, lines
        if covering:
            lines.append(f"skipped {format_day(day)}: {covering[0].label}")
            continue
        counted += 1
        lines.append(f"day {counted}: {format_day(day)}")
    due = calendar.day_end(day)
    lines.append(f"due at {calendar.day_end_label} day {amount}: {format_instant(due)}")
    return due, lines
