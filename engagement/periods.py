"""Periods of time the pages report on. The NHS financial year runs from April to March; the
annual engagement report (s.14Z11) covers one."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from working_time import LONDON


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date
    label: str = ""

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=LONDON).astimezone(UTC)

    @property
    def ends_before(self) -> datetime:
        """The first instant after the period: filter with `__lt`."""
        after = self.end + timedelta(days=1)
        return datetime.combine(after, time.min, tzinfo=LONDON).astimezone(UTC)

    def describe(self) -> str:
        return self.label or f"{self.start:%-d %B %Y} to {self.end:%-d %B %Y}"


def financial_year_of(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def financial_year(year: int) -> Period:
    return Period(date(year, 4, 1), date(year + 1, 3, 31), f"April {year} to March {year + 1}")


def recent_financial_years(today: date, count: int = 4) -> list[int]:
    current = financial_year_of(today)
    return [current - n for n in range(count)]


# The annual report covers this financial year (while it is open: the year so far) or one of
# the nine before it.
REPORT_YEARS = 10


def report_years(today: date) -> list[tuple[int, str]]:
    """(year, label), the current financial year first, marked as the year so far."""
    current = financial_year_of(today)
    return [
        (year, financial_year(year).describe() + (" (the year so far)" if year == current else ""))
        for year in recent_financial_years(today, count=REPORT_YEARS)
    ]


def last_months(today: date, months: int) -> Period:
    return Period(today - timedelta(days=round(months * 30.44)), today, f"the last {months} months")


def end_of_day(day: date) -> datetime:
    """A date as the instant it ends, in UK time: what date-only reminders are keyed on."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=LONDON).astimezone(UTC)
