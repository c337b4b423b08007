"""Celery tasks for reporting: thin wrappers; the lock and the work are in services.py."""

from celery import shared_task

from . import services


@shared_task(name="reporting.kpi_snapshots_nightly", soft_time_limit=3600, time_limit=3700)
def kpi_snapshots_nightly() -> int | None:
    """Beat runs it in the small hours (ccgcomms/schedules.py); safe to run twice."""
    return services.kpi_snapshots_nightly()
