"""Builds the working-time engine's calendars from a CCG's settings."""

from accounts.models import Ccg

from .models.policy import CalendarKind
from .working_time import FoiCalendar, OrganisationCalendar, WorkingCalendar


def organisation_calendar(*, ccg: Ccg) -> OrganisationCalendar:
    return OrganisationCalendar(
        nation=ccg.nation,
        opens=ccg.opens,
        closes=ccg.closes,
        closure_days=frozenset(ccg.closure_days.values_list("date", flat=True) if ccg.pk else ()),
    )


def calendar_for(*, ccg: Ccg, calendar: str) -> WorkingCalendar:
    if calendar == CalendarKind.FOI:
        return FoiCalendar()
    return organisation_calendar(ccg=ccg)


def is_out_of_hours(*, calendar: OrganisationCalendar, instant) -> bool:
    from .working_time import LONDON

    period = calendar.working_period(instant.astimezone(LONDON).date())
    return period is None or not (period[0] <= instant < period[1])
