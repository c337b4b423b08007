"""Every read of engagement, through the scoping mechanism (visible_to / for_ccgs). The public
pages read only `public`, which hands out published copies and nothing else."""

from .annual import AnnualReport, annual_report
from .consultations import (
    consultation_checklist,
    consultation_list,
    consultation_report_gaps,
    consultations_closing,
)
from .events import (
    EventFilters,
    contacts_for,
    event_list,
    event_related,
    events_for_picker,
    localities_for,
    programmes_for,
    segments_for,
)
from .feedback import (
    FeedbackFilters,
    feedback_filter_themes,
    feedback_history,
    feedback_list,
    response_list,
    responses_to_work,
    theme_list,
    theme_related,
    themes_for,
)
from .jobs import report_job_notice, report_job_oldest_queued
from .reach import reach_for_ccgs, reach_summary

__all__ = [
    "consultations_closing",
    "responses_to_work",
    "report_job_notice",
    "report_job_oldest_queued",
    "AnnualReport",
    "EventFilters",
    "FeedbackFilters",
    "annual_report",
    "consultation_checklist",
    "consultation_list",
    "consultation_report_gaps",
    "contacts_for",
    "event_list",
    "event_related",
    "events_for_picker",
    "feedback_filter_themes",
    "feedback_history",
    "feedback_list",
    "localities_for",
    "programmes_for",
    "reach_for_ccgs",
    "reach_summary",
    "response_list",
    "segments_for",
    "theme_list",
    "theme_related",
    "themes_for",
]
from .calendar import consultations_between, events_between  # noqa: E402

__all__ += ["consultations_between", "events_between"]
