from celery import shared_task
from django.utils import timezone

from .jobs import run_exclusively

HEARTBEAT_JOB = "heartbeat"


@shared_task(name="ccgcomms.tasks.heartbeat", soft_time_limit=30, time_limit=60)
def heartbeat() -> None:
    """Proves the worker and beat are running; /healthz shows its last run."""
    run_exclusively(name=HEARTBEAT_JOB, work=timezone.now)
