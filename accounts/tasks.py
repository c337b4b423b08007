"""Celery tasks for the e-mail outbox: each takes an id (or nothing) and calls one service."""

from celery import shared_task

from core.jobs import run_exclusively

from .notifications import OutboxSendFailed, outbox_email_send, outbox_emails_send_unsent

OUTBOX_SWEEP_JOB = "accounts.outbox_sweep"


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
