"""A CCG's own working calendar (its nation's bank holidays, opening hours and closure days),
built for the working-time engine. Every app that counts working time for a CCG starts here."""

from datetime import datetime

from working_time import LONDON, OrganisationCalendar

from .models import Ccg


def organisation_calendar(*, ccg: Ccg) -> OrganisationCalendar:
    return OrganisationCalendar(
        nation=ccg.nation,
        opens=ccg.opens,
        closes=ccg.closes,
        closure_days=frozenset(ccg.closure_days.values_list("date", flat=True) if ccg.pk else ()),
    )


def is_out_of_hours(*, calendar: OrganisationCalendar, instant: datetime) -> bool:
    period = calendar.working_period(instant.astimezone(LONDON).date())
    return period is None or not (period[0] <= instant < period[1])
