"""Celery tasks for the media desk: thin wrappers that own locking and retries."""

from celery import shared_task
from django.utils import timezone

from ccgcomms.jobs import run_exclusively

from .reminders import reminders_send_due

REMINDER_JOB = "media_desk.reminders"


@shared_task(name="media_desk.send_due_reminders", autoretry_for=(ConnectionError,), max_retries=3)
def send_due_reminders() -> int | None:
    """Polled by beat every few minutes; catches up by itself after any outage."""
    return run_exclusively(name=REMINDER_JOB, work=lambda: reminders_send_due(now=timezone.now()))
