"""Working time and SLA deadlines for every register (media desk, engagement, campaign calendar):

Specification: docs/specs/working-time.md. All datetimes in
and out are timezone-aware; due instants are returned in UTC; rules are evaluated on
the Europe/London wall clock; bank holidays come from the `holidays` package.
"""

from ._localtime import LONDON, format_instant
from .bank_holidays import NATIONS
from .calendars import FoiCalendar, OrganisationCalendar, WorkingCalendar, previous_working_day
from .deadlines import Deadline, compute_deadline, deadline_from_requester
from .hours import working_hours_between
from .rules import Rule, Unit
from .states import SlaState, sla_state, time_left, warning_starts
from .stops import ClockStop

__all__ = [
    "LONDON",
    "NATIONS",
    "ClockStop",
    "Deadline",
    "FoiCalendar",
    "OrganisationCalendar",
    "Rule",
    "SlaState",
    "Unit",
    "WorkingCalendar",
    "compute_deadline",
    "deadline_from_requester",
    "format_instant",
    "previous_working_day",
    "sla_state",
    "time_left",
    "warning_starts",
    "working_hours_between",
]
