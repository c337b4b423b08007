"""Which days are working days, and when a working day starts and ends.

Two calendars share one small interface (`WorkingCalendar`):

* `OrganisationCalendar` — a CCG's own calendar: Mon–Fri, opening hours on the
  Europe/London wall clock, minus its nation's bank holidays and its closure days.
* `FoiCalendar` — the statutory FOI Act 2000 s.10(6) calendar: any day except
  Saturday, Sunday, Christmas Day, Good Friday or a bank holiday anywhere in the UK.
  It has no working hours; FOI deadlines are counted in days only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from ._localtime import at_local
from .bank_holidays import NATIONS, describe_bank_holiday, is_bank_holiday

# FOI "end of working day N" is the last instant of that London date. We store it as
# 23:59:59 local (whole seconds) so it displays cleanly; see FoiCalendar.day_end.
FOI_END_OF_DAY = time(23, 59, 59)
_WEEKEND = {5: "Saturday", 6: "Sunday"}


class WorkingCalendar(Protocol):
    """What the deadline and SLA code needs from a calendar."""

    @property
    def label(self) -> str: ...

    @property
    def day_end_label(self) -> str: ...

    def is_working_day(self, day: date) -> bool: ...

    def non_working_reason(self, day: date) -> str | None: ...

    def day_end(self, day: date) -> datetime: ...

    def working_period(self, day: date) -> tuple[datetime, datetime] | None: ...


@dataclass(frozen=True)
class OrganisationCalendar:
    """A CCG's calendar. Times are London wall-clock; returned instants are UTC."""

    nation: str = "England"
    opens: time = time(9)
    closes: time = time(17)
    closure_days: frozenset[date] = frozenset()
    # Bank holidays the `holidays` package does not list yet (a royal occasion announced
    # before its release), for this calendar's nation: date -> name.
    extra_bank_holidays: dict[date, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.nation not in NATIONS:
            raise ValueError(f"nation must be one of {', '.join(NATIONS)}, got {self.nation!r}")
        if self.opens.tzinfo or self.closes.tzinfo:
            raise ValueError("opening times are London wall-clock times: give them without tzinfo")
        if not self.opens < self.closes:
            raise ValueError("the calendar must open before it closes")
        # Accept any iterable of dates from callers (e.g. a queryset's values_list).
        object.__setattr__(self, "closure_days", frozenset(self.closure_days))

    @property
    def label(self) -> str:
        hours = f"{self.opens:%H:%M}–{self.closes:%H:%M}"
        return f"{self.nation} calendar (Mon–Fri {hours}, less bank holidays and closure days)"

    @property
    def day_end_label(self) -> str:
        return "close of business on"

    def is_working_day(self, day: date) -> bool:
        # Cheap checks only: this runs for every day walked by every calculation.
        return (
            day.weekday() < 5
            and not is_bank_holiday(day, (self.nation,))
            and day not in self.closure_days
            and day not in self.extra_bank_holidays
        )

    def non_working_reason(self, day: date) -> str | None:
        if day.weekday() in _WEEKEND:
            return _WEEKEND[day.weekday()]
        if reason := describe_bank_holiday(day, (self.nation,)):
            return reason
        if day in self.extra_bank_holidays:
            return f"bank holiday: {self.extra_bank_holidays[day]} ({self.nation})"
        return "closure day" if day in self.closure_days else None

    def day_end(self, day: date) -> datetime:
        """Close of business on `day` (UTC): where a working-days deadline lands."""
        return at_local(day, self.closes)

    def working_period(self, day: date) -> tuple[datetime, datetime] | None:
        """Opening and closing instants (UTC) of `day`, or None if it is not a working day."""
        if not self.is_working_day(day):
            return None
        return at_local(day, self.opens), at_local(day, self.closes)


@dataclass(frozen=True)
class FoiCalendar:
    """FOI Act 2000 s.10(6) working days.

    Christmas Day and Good Friday are named in the Act because in England and Wales
    they are common-law holidays rather than bank holidays; the `holidays` package
    lists both for every nation, so the union of all four nations covers them.
    """

    # Bank holidays in any UK nation that the `holidays` package does not list yet.
    extra_bank_holidays: dict[date, str] = field(default_factory=dict, hash=False)

    @property
    def label(self) -> str:
        return "FOI calendar (Mon–Fri, less bank holidays in any UK nation)"

    @property
    def day_end_label(self) -> str:
        return "the end of"

    def is_working_day(self, day: date) -> bool:
        return (
            day.weekday() < 5
            and not is_bank_holiday(day, NATIONS)
            and day not in self.extra_bank_holidays
        )

    def non_working_reason(self, day: date) -> str | None:
        if day.weekday() in _WEEKEND:
            return _WEEKEND[day.weekday()]
        if reason := describe_bank_holiday(day, NATIONS):
            return reason
        if day in self.extra_bank_holidays:
            return f"bank holiday: {self.extra_bank_holidays[day]}"
        return None

    def day_end(self, day: date) -> datetime:
        """End of working day `day`: 23:59:59 London time, as UTC.

        A reply at 23:59:59.5 therefore counts as late; whole seconds keep the due
        time readable, and nobody's compliance turns on the last half-second.
        """
        return at_local(day, FOI_END_OF_DAY)

    def working_period(self, day: date) -> tuple[datetime, datetime] | None:
        raise ValueError("the FOI calendar counts working days only, not working hours")


def previous_working_day(calendar: WorkingCalendar, day: date) -> date:
    """The nearest working day strictly before `day`."""
    day -= timedelta(days=1)
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day
