"""Turn a rule, a receipt and a calendar into a due instant with its explanation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ._localtime import format_instant, require_aware, to_utc
from .calendars import WorkingCalendar
from .hours import clock_hours_due, working_hours_due
from .rules import RULE_NAMES, Rule, Unit
from .stops import ClockStop
from .working_days import working_days_due


@dataclass(frozen=True)
class Deadline:
    """`due` is UTC, or None while a clock stop that has not ended pauses the clock."""

    name: str
    due: datetime | None
    explanation: tuple[str, ...]


def compute_deadline(
    *,
    rule: Rule,
    received: datetime,
    calendar: WorkingCalendar,
    requester_deadline: datetime | None = None,
    stops: Sequence[ClockStop] = (),
) -> Deadline:
    """The deadline for `rule` on a request received at `received` (timezone-aware).

    * Working hours run only inside the calendar's opening hours; working days count
      from day 0 = the London date of receipt; clock hours are plain elapsed time.
    * `stops` pause the clock (FOI fees notice, s.10(2)); see `stops.ClockStop`.
      While a stop with no end pauses the clock before the due is reached, due is None.
    * FOI clarification is not a stop: the Act restarts the clock, so pass the instant
      the clarification arrived as `received` and the count starts again from day 0.
    * A `requester_deadline` that is sooner than the rule's due (or any requester
      deadline while the rule's clock is paused) becomes the deadline.

    Naive datetimes raise ValueError. The calendar is ignored for clock hours.
    """
    received = to_utc(require_aware(received, what="received"))
    if requester_deadline is not None:
        requester_deadline = to_utc(require_aware(requester_deadline, what="requester deadline"))
    stops = tuple(stops)
    if rule.unit is Unit.CLOCK_HOURS:
        header = f"rule: {rule.describe()} (plain elapsed time)"
        due, lines = clock_hours_due(amount=rule.amount, received=received, stops=stops)
    else:
        header = f"rule: {rule.describe()} on the {calendar.label}"
        compute = working_hours_due if rule.unit is Unit.WORKING_HOURS else working_days_due
        due, lines = compute(amount=rule.amount, received=received, calendar=calendar, stops=stops)
    due, requester_lines = _apply_requester(due, requester_deadline)
    return Deadline(name=rule.name, due=due, explanation=(header, *lines, *requester_lines))


def deadline_from_requester(
    *, name: str = "response", received: datetime, requester_deadline: datetime | None
) -> Deadline:
    """For kinds whose only deadline is the requester's own (parliamentary briefings)."""
    if name not in RULE_NAMES:
        raise ValueError(f"deadline name must be one of {RULE_NAMES}, got {name!r}")
    received = to_utc(require_aware(received, what="received"))
    lines = [f"received {format_instant(received)}"]
    if requester_deadline is None:
        return Deadline(
            name=name, due=None, explanation=(*lines, "no deadline: the requester gave none")
        )
    due = to_utc(require_aware(requester_deadline, what="requester deadline"))
    lines.append(f"due {format_instant(due)}: the requester's own deadline")
    return Deadline(name=name, due=due, explanation=tuple(lines))


def _apply_requester(
    due: datetime | None, asked: datetime | None
) -> tuple[datetime | None, list[str]]:
    if asked is None:
        return due, []
    said = f"requester's deadline {format_instant(asked)}"
    if due is None:
        return asked, [f"{said} still applies while the clock is stopped, so it is the deadline"]
    if asked < due:
        return asked, [f"{said} is sooner, so it is the deadline"]
    return due, [f"{said} is not sooner, so the rule's due stands"]
