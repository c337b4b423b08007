"""The retention job: the work is `services.personal_data_access_purge`, this task runs it under
the job lock, and beat's schedule is in ccgcomms/schedules.py."""

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from core.jobs import run_exclusively

from .services import personal_data_access_purge

PURGE_JOB = "audit.personal_data_access_purge"


@shared_task(name="audit.purge_personal_data_access")
def purge_personal_data_access() -> int | None:
    """Deletes entries older than PERSONAL_DATA_ACCESS_RETENTION_DAYS; None when another run
    holds the lock."""
    return run_exclusively(
        name=PURGE_JOB,
        work=lambda: personal_data_access_purge(
            now=timezone.now(), days=settings.PERSONAL_DATA_ACCESS_RETENTION_DAYS
        ),
    )
