"""A CCG's own working calendar (its nation's bank holidays, opening hours and closure days),
built for the working-time engine. Every app that counts working time for a CCG starts here."""

from collections.abc import Iterable
from datetime import date, datetime

from working_time import LONDON, NATIONS, FoiCalendar, OrganisationCalendar

from .models import Ccg, ExtraBankHoliday


def extra_bank_holidays(*, nations: Iterable[str]) -> dict[date, str]:
    """Bank holidays recorded by hand (a royal occasion the `holidays` package lacks)."""
    rows = ExtraBankHoliday.objects.filter(nation__in=list(nations)).order_by("date", "nation")
    return {row.date: row.name for row in rows}


def organisation_calendar(*, ccg: Ccg) -> OrganisationCalendar:
    return OrganisationCalendar(
        nation=ccg.nation,
        opens=ccg.opens,
        closes=ccg.closes,
        closure_days=frozenset(ccg.closure_days.values_list("date", flat=True) if ccg.pk else ()),
        extra_bank_holidays=extra_bank_holidays(nations=[ccg.nation]),
    )


def foi_calendar() -> FoiCalendar:
    """The FOI Act's UK-wide calendar, with any bank holiday recorded by hand in any nation."""
    return FoiCalendar(extra_bank_holidays=extra_bank_holidays(nations=NATIONS))


def is_out_of_hours(*, calendar: OrganisationCalendar, instant: datetime) -> bool:
    period = calendar.working_period(instant.astimezone(LONDON).date())
    return period is None or not (period[0] <= instant < period[1])
