"""Status of the parts the portal depends on, for /healthz and monitoring."""

from django.db import connection
from django.utils import timezone

from .celery import app as celery_app
from .jobs import job_last_finished
from .tasks import HEARTBEAT_JOB


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any failure means "down"; the message says which
        return f"error: {exc.__class__.__name__}"
    return "ok"


def broker_status() -> str:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:
        return f"error: {exc.__class__.__name__}"
    return "ok"


def worker_status() -> str:
    last = job_last_finished(name=HEARTBEAT_JOB) if database_status() == "ok" else None
    if last is None:
        return "no heartbeat yet"
    return f"last heartbeat {int((timezone.now() - last).total_seconds())}s ago"
