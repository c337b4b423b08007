"""Engagement's forms, rendered as NHS.UK components by the crispy pack."""

from .consultations import CheckForm, ConsultationForm, ReportForm
from .events import AttendeesForm, EqualityForm, EventFilterForm, EventForm
from .feedback import (
    FeedbackFilterForm,
    FeedbackForm,
    InformForm,
    ResponseFilterForm,
    ResponseForm,
)
from .public import PublicFilterForm
from .registers import AnnualReportForm, PeriodForm, ProgrammeForm, ThemeForm

__all__ = [
    "AnnualReportForm",
    "AttendeesForm",
    "CheckForm",
    "ConsultationForm",
    "EqualityForm",
    "EventFilterForm",
    "EventForm",
    "FeedbackFilterForm",
    "FeedbackForm",
    "InformForm",
    "PeriodForm",
    "ProgrammeForm",
    "PublicFilterForm",
    "ReportForm",
    "ResponseFilterForm",
    "ResponseForm",
    "ThemeForm",
]
