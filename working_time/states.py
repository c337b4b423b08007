"""SLA states and the time left, for lists, detail pages, dashboards and reminders."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from ._localtime import format_duration, local_date, require_aware, to_utc
from .calendars import WorkingCalendar, previous_working_day
from .hours import working_time_before
from .rules import Unit

_WARNING_HOURS = timedelta(hours=1)


class SlaState(StrEnum):
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MISSED = "missed"


def warning_starts(*, due: datetime, calendar: WorkingCalendar, unit: Unit | str) -> datetime:
    """The instant (UTC) from which a deadline is "due soon"; a reminder job can use it.

    * CLOCK_HOURS: 1 hour before due.
    * WORKING_HOURS: 1 working hour before due, counted back through opening hours
      (due Mon 09:30 -> warn from Fri 16:30).
    * WORKING_DAYS: the end (close of business, or 23:59:59 for FOI) of the last working
      day before the due's London date, i.e. once only the due day itself is left
      (due Mon 17:00 -> warn from Fri 17:00).
    """
    due = to_utc(require_aware(due, what="due"))
    unit = Unit(unit)
    if unit is Unit.CLOCK_HOURS:
        return due - _WARNING_HOURS
    if unit is Unit.WORKING_HOURS:
        return working_time_before(due=due, amount=_WARNING_HOURS, calendar=calendar)
    return calendar.day_end(previous_working_day(calendar, local_date(due)))


def sla_state(
    *,
    due: datetime | None,
    now: datetime,
    answered_at: datetime | None = None,
    calendar: WorkingCalendar,
    unit: Unit | str,
) -> SlaState:
    """Answered: MET if on or before due (or there was no due), else MISSED.

    Open: ON_TRACK with no due (paused clock); OVERDUE once now is after due; DUE_SOON
    from `warning_starts` up to and including due; otherwise ON_TRACK.
    """
    now = to_utc(require_aware(now, what="now"))
    if due is not None:
        due = to_utc(require_aware(due, what="due"))
    if answered_at is not None:
        answered_at = to_utc(require_aware(answered_at, what="answered_at"))
        return SlaState.MET if due is None or answered_at <= due else SlaState.MISSED
    if due is None:
        return SlaState.ON_TRACK
    if now > due:
        return SlaState.OVERDUE
    if now >= warning_starts(due=due, calendar=calendar, unit=unit):
        return SlaState.DUE_SOON
    return SlaState.ON_TRACK


def time_left(*, due: datetime | None, now: datetime) -> str:
    """'2 hours 15 minutes left', '3 days 2 hours left', 'overdue by 40 minutes'.

    Plain elapsed time (not working time): it answers "how long until", for display.
    """
    now = to_utc(require_aware(now, what="now"))
    if due is None:
        return "no deadline"
    due = to_utc(require_aware(due, what="due"))
    if now > due:
        return f"overdue by {format_duration(now - due)}"
    return f"{format_duration(due - now)} left"
