"""Celery tasks for the media desk: thin wrappers that own locking, retries and time limits.

Safe to run twice (the job lock and the Reminder row's unique constraint decide), so the task
acknowledges late and is delivered again if its worker dies (settings: CELERY_TASK_ACKS_LATE,
CELERY_TASK_REJECT_ON_WORKER_LOST)."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from core.jobs import run_exclusively

from .reminders import reminders_send_due
from .services import mp_briefings_daily

REMINDER_JOB = "media_desk.reminders"
# The run stops itself at its budget; the limits are for a run stuck past it.
REMINDER_SOFT_LIMIT = settings.REMINDER_RUN_BUDGET_SECONDS + 60


@shared_task(
    name="media_desk.send_due_reminders",
    autoretry_for=(ConnectionError,),
    max_retries=3,
    soft_time_limit=REMINDER_SOFT_LIMIT,
    time_limit=REMINDER_SOFT_LIMIT + 30,
)
def send_due_reminders() -> int | None:
    """Polled by beat every few minutes; catches up by itself after any outage."""
    return run_exclusively(name=REMINDER_JOB, work=lambda: reminders_send_due(now=timezone.now()))


MP_BRIEFINGS_JOB = "media_desk.mp_briefings"


@shared_task(
    name="media_desk.mp_briefings_daily",
    autoretry_for=(ConnectionError,),
    max_retries=3,
    soft_time_limit=300,
    time_limit=330,
)
def mp_briefings_daily_run() -> dict | None:
    """Daily: this quarter's MP briefings and their reminders (each once: safe to run twice)."""
    return run_exclusively(
        name=MP_BRIEFINGS_JOB, work=lambda: mp_briefings_daily(today=timezone.localdate())
    )
