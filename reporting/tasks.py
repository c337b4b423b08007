"""Celery tasks for reporting: thin wrappers; the lock and the work are in services/.

Each is safe to run twice (the job lock, the job's claim or a unique constraint decides), so it
may be delivered again when its worker dies (CELERY_TASK_ACKS_LATE)."""

from celery import shared_task
from django.utils import timezone

from core.jobs import run_exclusively

from . import services

REGENERATION_SWEEP_JOB = "reporting.report_regenerations_sweep"
LIMIT = services.REGENERATION_TIME_LIMIT


@shared_task(name="reporting.kpi_snapshots_nightly", soft_time_limit=3600, time_limit=3700)
def kpi_snapshots_nightly() -> int | None:
    """Beat runs it in the small hours (ccgcomms/schedules.py); safe to run twice."""
    return services.kpi_snapshots_nightly()


@shared_task(name="reporting.monthly_reports_daily", soft_time_limit=1800, time_limit=1900)
def monthly_reports_daily() -> int | None:
    """Each morning; makes last month's report on each CCG's first working day of the month."""
    return services.monthly_reports_daily()


@shared_task(name="reporting.action_plan_reports_daily", soft_time_limit=1800, time_limit=1900)
def action_plan_reports_daily() -> int | None:
    """Each morning; makes the fortnight's action-plan report on its first working day."""
    return services.action_plan_reports_daily()


@shared_task(name="reporting.report_regeneration_run", soft_time_limit=LIMIT, time_limit=LIMIT + 60)
def report_regeneration_run_task(job_id: int) -> bool:
    return services.report_regeneration_run(job_id=job_id)


# The sweep runs waiting jobs itself (up to ten), each within its own limit.
@shared_task(
    name="reporting.report_regenerations_sweep",
    soft_time_limit=LIMIT + 5 * 60,
    time_limit=LIMIT + 6 * 60,
)
def report_regenerations_sweep_task() -> int | None:
    return run_exclusively(
        name=REGENERATION_SWEEP_JOB,
        work=lambda: services.report_regenerations_sweep(now=timezone.now()),
    )
