"""Local-time helpers shared by the working-time modules.

Every rule is defined on the Europe/London wall clock, but instants are stored and
returned in UTC. Keeping conversion and display here stops two classic bugs from
creeping in: naive datetimes, and arithmetic between two datetimes that share the
London tzinfo (Python then subtracts wall-clock times and ignores the DST offset).
So: build instants from *local dates and wall-clock times*, convert them to UTC at
once, and do every comparison and subtraction in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
# Stands in for "never" when a paused clock has no end; far enough to subtract safely.
FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def require_aware(value: datetime, *, what: str) -> datetime:
    """Refuse naive datetimes: guessing their zone is how deadlines end up an hour out."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got naive {value.isoformat()}")
    return value


def to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def local_date(value: datetime) -> date:
    """The Europe/London calendar date of an instant (a receipt at 00:30 BST is that day)."""
    return value.astimezone(LONDON).date()


def at_local(day: date, wall: time) -> datetime:
    """The UTC instant of wall-clock time `wall` on London date `day`.

    fold=0 picks the first occurrence of an ambiguous time. UK clocks change on Sundays
    at 01:00 UTC, which is never working time, so the choice never matters in practice.
    """
    return datetime.combine(day, wall, tzinfo=LONDON).astimezone(UTC)


def format_day(day: date) -> str:
    """'Tue 24 Dec 2024' in English whatever the process locale (strftime is locale-bound)."""
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def format_clock(value: datetime) -> str:
    """London wall-clock time, with seconds only when they are not zero."""
    local = value.astimezone(LONDON)
    return f"{local:%H:%M:%S}" if local.second else f"{local:%H:%M}"


def format_instant(value: datetime) -> str:
    """'Mon 30 Mar 2026 11:00 BST (UTC+01:00)': local time an administrator can check."""
    local = value.astimezone(LONDON)
    offset = f"{local:%z}"
    return (
        f"{format_day(local.date())} {format_clock(local)} {local.tzname()} "
        f"(UTC{offset[:3]}:{offset[3:]})"
    )


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def format_duration(delta: timedelta) -> str:
    """'3 days 2 hours', '2 hours 15 minutes', '40 minutes' (whole minutes, rounded down).

    Two units at most: a dashboard reader wants the size of the gap, not its seconds.
    """
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        parts = [_plural(days, "day")] + ([_plural(hours, "hour")] if hours else [])
    else:
        parts = ([_plural(hours, "hour")] if hours else []) + (
            [_plural(mins, "minute")] if mins else []
        )
    return " ".join(parts) or "less than a minute"
