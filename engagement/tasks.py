"""Celery tasks: each takes ids (or nothing), and calls one service under the job lock."""

from celery import shared_task
from django.utils import timezone

from ccgcomms.jobs import run_exclusively

from .reminders import reminders_send_due
from .services import report_job_run, report_jobs_sweep

REMINDER_JOB = "engagement.reminders"
REPORT_SWEEP_JOB = "engagement.report_jobs_sweep"


@shared_task(name="engagement.report_job_run")
def report_job_run_task(job_id: int) -> bool:
    return report_job_run(job_id=job_id)


@shared_task(name="engagement.send_due_reminders", autoretry_for=(ConnectionError,), max_retries=3)
def send_due_reminders() -> int | None:
    """Polled by beat; deadlines live in the database, so it catches up after any outage."""
    return run_exclusively(name=REMINDER_JOB, work=lambda: reminders_send_due(now=timezone.now()))


@shared_task(name="engagement.report_jobs_sweep")
def report_jobs_sweep_task() -> int | None:
    return run_exclusively(
        name=REPORT_SWEEP_JOB, work=lambda: report_jobs_sweep(now=timezone.now())
    )
