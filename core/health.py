"""Status of the parts the portal depends on, for /healthz and monitoring.

"down": the web cannot serve (database or broker unreachable). "degraded": it serves, but
background work is not getting done: no worker heartbeat for HEALTH_WORKER_STALE_SECONDS (beat
queues one every minute), or a job has waited for a worker longer than HEALTH_QUEUE_STALE_SECONDS.
"""

from dataclasses import asdict, dataclass

from celery import current_app as celery_app
from django.conf import settings
from django.db import connection
from django.utils import timezone

from .jobs import job_last_finished, job_queues_oldest
from .queueing import broker_connection
from .tasks import HEARTBEAT_JOB


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any failure means "down"; the message says which
        return f"error: {exc.__class__.__name__}"
    return "ok"


def broker_status() -> str:
    """One try, within QUEUE_SEND_TIMEOUT: a monitor must not hold a web worker for long."""
    try:
        with broker_connection(celery_app) as conn:
            conn.ensure_connection(max_retries=0)
    except Exception as exc:
        return f"error: {exc.__class__.__name__}"
    return "ok"


def _age_seconds(when) -> int:
    return max(0, int((timezone.now() - when).total_seconds()))


@dataclass
class Health:
    status: str  # ok, degraded or down
    database: str
    broker: str
    worker: str  # ok, stale, no heartbeat yet, or unknown (database down)
    worker_last_seen_seconds: int | None
    worker_stale_after_seconds: int
    oldest_queued_job: str | None  # what kind of job
    oldest_queued_job_seconds: int | None
    queue_stale_after_seconds: int

    def as_dict(self) -> dict:
        return asdict(self)


def health_report() -> Health:
    database, broker = database_status(), broker_status()
    worker, last_seen, oldest_kind, oldest_age = "unknown", None, None, None
    if database == "ok":
        last = job_last_finished(name=HEARTBEAT_JOB)
        last_seen = _age_seconds(last) if last else None
        if last_seen is None:
            worker = "no heartbeat yet"
        else:
            worker = "ok" if last_seen <= settings.HEALTH_WORKER_STALE_SECONDS else "stale"
        if oldest := job_queues_oldest():
            oldest_kind, oldest_age = oldest[0], _age_seconds(oldest[1])
    if database != "ok" or broker != "ok":
        status = "down"
    elif worker != "ok" or (oldest_age or 0) > settings.HEALTH_QUEUE_STALE_SECONDS:
        status = "degraded"
    else:
        status = "ok"
    return Health(
        status=status,
        database=database,
        broker=broker,
        worker=worker,
        worker_last_seen_seconds=last_seen,
        worker_stale_after_seconds=settings.HEALTH_WORKER_STALE_SECONDS,
        oldest_queued_job=oldest_kind,
        oldest_queued_job_seconds=oldest_age,
        queue_stale_after_seconds=settings.HEALTH_QUEUE_STALE_SECONDS,
    )
