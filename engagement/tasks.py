"""Celery tasks: each takes ids (or nothing), and calls one service under the job lock.

Every task is safe to run twice (a claim, the job lock or a unique constraint decides), so each
acknowledges late and is delivered again if its worker dies (settings: CELERY_TASK_ACKS_LATE,
CELERY_TASK_REJECT_ON_WORKER_LOST). Each has a soft time limit (the work stops cleanly) and a
hard one a little later (a stuck worker process is ended)."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from core.jobs import run_exclusively

from .reminders import reminders_send_due
from .services import report_job_run, report_jobs_sweep
from .services.reports import REPORT_TIME_LIMIT

REMINDER_JOB = "engagement.reminders"
REPORT_SWEEP_JOB = "engagement.report_jobs_sweep"
# The reminder run stops itself at its budget; the limits are for a run stuck past it.
REMINDER_SOFT_LIMIT = settings.REMINDER_RUN_BUDGET_SECONDS + 60


@shared_task(
    name="engagement.report_job_run",
    soft_time_limit=REPORT_TIME_LIMIT,
    time_limit=REPORT_TIME_LIMIT + 60,
)
def report_job_run_task(job_id: int) -> bool:
    return report_job_run(job_id=job_id)


@shared_task(
    name="engagement.send_due_reminders",
    autoretry_for=(ConnectionError,),
    max_retries=3,
    soft_time_limit=REMINDER_SOFT_LIMIT,
    time_limit=REMINDER_SOFT_LIMIT + 30,
)
def send_due_reminders() -> int | None:
    """Polled by beat; deadlines live in the database, so it catches up after any outage."""
    return run_exclusively(name=REMINDER_JOB, work=lambda: reminders_send_due(now=timezone.now()))


# The sweep runs waiting report jobs itself (up to ten), each within its own limit.
@shared_task(
    name="engagement.report_jobs_sweep",
    soft_time_limit=REPORT_TIME_LIMIT + 5 * 60,
    time_limit=REPORT_TIME_LIMIT + 6 * 60,
)
def report_jobs_sweep_task() -> int | None:
    return run_exclusively(
        name=REPORT_SWEEP_JOB, work=lambda: report_jobs_sweep(now=timezone.now())
    )
