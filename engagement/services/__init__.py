"""Every write of engagement, as typed functions with keyword-only arguments. Views, tasks and
the demo loader call these; nothing else writes."""

from .consultations import (
    consultation_check_record,
    consultation_create,
    consultation_report_publish,
    consultation_report_save,
    consultation_report_withdraw,
    consultation_update,
)
from .events import event_attendees_add, event_create, event_equality_record, event_update
from .feedback import (
    feedback_contributor_erase,
    feedback_contributor_inform,
    feedback_record,
    feedback_update,
)
from .registers import policy_for, programme_create, theme_create
from .reports import report_job_request, report_job_run, report_jobs_sweep
from .responses import response_create, response_publish, response_unpublish, response_update

__all__ = [
    "consultation_check_record",
    "consultation_create",
    "consultation_report_publish",
    "consultation_report_save",
    "consultation_report_withdraw",
    "consultation_update",
    "event_attendees_add",
    "event_create",
    "event_equality_record",
    "event_update",
    "feedback_contributor_erase",
    "feedback_contributor_inform",
    "feedback_record",
    "feedback_update",
    "policy_for",
    "programme_create",
    "report_job_request",
    "report_job_run",
    "report_jobs_sweep",
    "response_create",
    "response_publish",
    "response_unpublish",
    "response_update",
    "theme_create",
]
