"""Celery tasks for reporting: thin wrappers; the lock and the work are in services.py."""

from celery import shared_task

from . import services


@shared_task(name="reporting.kpi_snapshots_nightly", soft_time_limit=3600, time_limit=3700)
def kpi_snapshots_nightly() -> int | None:
    """Beat runs it in the small hours (ccgcomms/schedules.py); safe to run twice."""
    return services.kpi_snapshots_nightly()


@shared_task(name="reporting.monthly_reports_daily", soft_time_limit=1800, time_limit=1900)
def monthly_reports_daily() -> int | None:
    """Each morning; makes last month's report on each CCG's first working day of the month."""
    return services.monthly_reports_daily()
