"""Every read of engagement, through the scoping mechanism (visible_to / for_ccgs). The public
pages read only `public`, which hands out published copies and nothing else."""

from .annual import AnnualReport, annual_report
from .consultations import consultation_checklist, consultation_list, consultation_report_gaps
from .events import (
    EVENT_EXPORT_HEADERS,
    EventFilters,
    contacts_for,
    event_export_rows,
    event_list,
    event_related,
    events_for_picker,
    localities_for,
    programmes_for,
    segments_for,
)
from .feedback import (
    FEEDBACK_EXPORT_HEADERS,
    RESPONSE_EXPORT_HEADERS,
    FeedbackFilters,
    feedback_export_rows,
    feedback_filter_themes,
    feedback_history,
    feedback_list,
    response_export_rows,
    response_list,
    theme_list,
    theme_related,
    themes_for,
)
from .jobs import report_job_notice, report_job_oldest_queued
from .reach import reach_for_ccgs, reach_summary

__all__ = [
    "report_job_notice",
    "report_job_oldest_queued",
    "EVENT_EXPORT_HEADERS",
    "FEEDBACK_EXPORT_HEADERS",
    "RESPONSE_EXPORT_HEADERS",
    "AnnualReport",
    "EventFilters",
    "FeedbackFilters",
    "annual_report",
    "consultation_checklist",
    "consultation_list",
    "consultation_report_gaps",
    "contacts_for",
    "event_export_rows",
    "event_list",
    "event_related",
    "events_for_picker",
    "feedback_export_rows",
    "feedback_filter_themes",
    "feedback_history",
    "feedback_list",
    "localities_for",
    "programmes_for",
    "reach_for_ccgs",
    "reach_summary",
    "response_export_rows",
    "response_list",
    "segments_for",
    "theme_list",
    "theme_related",
    "themes_for",
]
from .calendar import consultations_between, events_between  # noqa: E402

__all__ += ["consultations_between", "events_between"]
