"""Clock stops: periods during which an SLA clock does not run.

The statutory case is the FOI fees notice (FOI Act 2000 s.10(2)): "the working days in
the period beginning with the day on which the fees notice is given ... and ending
with the day on which the fee is received ... are to be disregarded". So, for
working-days rules, a stop covers its London start date to its London end date,
*both inclusive*. For hour rules the exact paused interval [start, end) is removed.

FOI clarification is deliberately not a stop: the Act restarts the whole clock, so
the caller passes the clarification instant as `received` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ._localtime import FAR_FUTURE, format_day, format_instant, local_date, require_aware


@dataclass(frozen=True)
class ClockStop:
    """A pause from `start` until `end`; `end=None` means it has not restarted yet."""

    start: datetime
    end: datetime | None = None
    reason: str = "fees notice"

    def __post_init__(self) -> None:
        require_aware(self.start, what="clock stop start")
        if self.end is not None:
            require_aware(self.end, what="clock stop end")
            if self.end < self.start:
                raise ValueError("a clock stop cannot end before it starts")

    @property
    def label(self) -> str:
        return f"clock stopped ({self.reason})"

    def covers_day(self, day: date) -> bool:
        """True when `day` is disregarded by a working-days rule (s.10(2), inclusive)."""
        if day < local_date(self.start):
            return False
        return self.end is None or day <= local_date(self.end)

    def describe_days(self) -> str:
        first = format_day(local_date(self.start))
        if self.end is None:
            return f"{self.label} since {first} and not restarted: later working days do not count"
        last = format_day(local_date(self.end))
        return f"{self.label} from {first} to {last} inclusive: working days in it do not count"

    def describe_hours(self) -> str:
        start = format_instant(self.start)
        if self.end is None:
            return f"{self.label} since {start} and not restarted"
        return f"{self.label} from {start} to {format_instant(self.end)}: not counted"


def free_pieces(
    start: datetime, end: datetime, stops: Sequence[ClockStop]
) -> list[tuple[datetime, datetime]]:
    """The parts of [start, end) not covered by any stop, in time order."""
    pieces = [(start, end)] if start < end else []
    for stop in stops:
        stop_end = FAR_FUTURE if stop.end is None else stop.end
        pieces = [
            piece
            for a, b in pieces
            for piece in ((a, min(b, stop.start)), (max(a, stop_end), b))
            if piece[0] < piece[1]
        ]
    return pieces


def earliest_open_stop(stops: Sequence[ClockStop]) -> datetime | None:
    """When the clock stopped for good (an open stop), if it has."""
    return min((stop.start for stop in stops if stop.end is None), default=None)
