"""Engagement's models, one module per part (see each module's docstring)."""

from .choices import (
    CLOSED_STATUSES,
    ActivityKind,
    CycleStage,
    FeedbackSource,
    ReminderKind,
    ReportJobStatus,
    ResponseStatus,
    Sentiment,
    StatutoryBasis,
)
from .consultations import (
    CHECKLIST_HINTS,
    STANDARD_LENGTH,
    ChecklistItem,
    Consultation,
    ConsultationCheck,
)
from .equality import CHARACTERISTICS, EqualityCount, category_label
from .events import Event, EventAttendee
from .feedback import Feedback, Response
from .jobs import ReportJob, financial_year_label
from .registers import EngagementPolicy, Programme, Theme
from .reminders import Reminder

__all__ = [
    "CHARACTERISTICS",
    "CHECKLIST_HINTS",
    "CLOSED_STATUSES",
    "STANDARD_LENGTH",
    "ActivityKind",
    "ChecklistItem",
    "Consultation",
    "ConsultationCheck",
    "CycleStage",
    "EngagementPolicy",
    "EqualityCount",
    "Event",
    "EventAttendee",
    "Feedback",
    "FeedbackSource",
    "Programme",
    "Reminder",
    "ReminderKind",
    "ReportJob",
    "ReportJobStatus",
    "Response",
    "ResponseStatus",
    "Sentiment",
    "StatutoryBasis",
    "Theme",
    "category_label",
    "financial_year_label",
]
