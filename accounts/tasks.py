"""Celery tasks for the e-mail outbox and calendar changes: each takes an id (or nothing) and
calls one service."""

from celery import shared_task
from django.utils import timezone

from core.jobs import run_exclusively

from .calendar_changes import (
    bank_holidays_check,
    calendar_change_apply,
    calendar_changes_apply_unapplied,
)
from .notifications import OutboxSendFailed, outbox_email_send, outbox_emails_send_unsent

OUTBOX_SWEEP_JOB = "accounts.outbox_sweep"
BANK_HOLIDAYS_JOB = "accounts.bank_holidays_check"


@shared_task(
    name="accounts.outbox_send",
    autoretry_for=(OutboxSendFailed,),
    retry_backoff=60,
    retry_backoff_max=900,
    max_retries=5,
)
def outbox_send(outbox_id: int) -> bool:
    """Queued after the commit that wrote the row; the sweep covers it if this never runs."""
    return outbox_email_send(outbox_id=outbox_id)


@shared_task(name="accounts.outbox_sweep")
def outbox_sweep() -> int | None:
    return run_exclusively(name=OUTBOX_SWEEP_JOB, work=outbox_emails_send_unsent)


@shared_task(name="accounts.calendar_change_apply")
def calendar_change_apply_task(change_id: int) -> int:
    """Queued after the commit that recorded the change; the check job's sweep covers it."""
    return calendar_change_apply(change_id=change_id)


def _check_and_sweep() -> int:
    bank_holidays_check(today=timezone.localdate())
    return calendar_changes_apply_unapplied()


@shared_task(name="accounts.bank_holidays_check")
def bank_holidays_check_task() -> int | None:
    """Beat, daily: a new `holidays` release moves the deadlines it touches; changes whose
    job never ran are applied here too."""
    return run_exclusively(name=BANK_HOLIDAYS_JOB, work=_check_and_sweep)
