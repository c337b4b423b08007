from celery import shared_task
from django.utils import timezone

from .concurrency import submissions_purge
from .jobs import run_exclusively

HEARTBEAT_JOB = "heartbeat"


@shared_task(name="core.tasks.heartbeat", soft_time_limit=30, time_limit=60)
def heartbeat() -> None:
    """Proves the worker and beat are running; /healthz shows its last run."""
    run_exclusively(name=HEARTBEAT_JOB, work=timezone.now)


SUBMISSIONS_PURGE_JOB = "core.submissions_purge"


@shared_task(name="core.purge_submissions")
def purge_submissions() -> int | None:
    """Drops one-time submission tokens older than a day; None when another run holds the lock."""
    return run_exclusively(
        name=SUBMISSIONS_PURGE_JOB, work=lambda: submissions_purge(now=timezone.now())
    )
