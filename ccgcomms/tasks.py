from celery import shared_task
from django.utils import timezone

from .jobs import run_exclusively

HEARTBEAT_JOB = "heartbeat"


@shared_task(name="ccgcomms.tasks.heartbeat")
def heartbeat() -> None:
    """Proves the worker and beat are running; /healthz shows its last run."""
    run_exclusively(name=HEARTBEAT_JOB, work=timezone.now)
