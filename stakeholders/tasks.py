"""Celery tasks: each takes ids, loads, and calls one service.

Every task is safe to run twice (a claim or the sweep's lock decides), so each acknowledges
late and is delivered again if its worker dies (settings: CELERY_TASK_ACKS_LATE and
CELERY_TASK_REJECT_ON_WORKER_LOST). The soft time limit fails a job cleanly; the hard one, a
little later, ends a worker stuck past it (the sweep then sees the job's heartbeat stop)."""

from celery import shared_task

from core.jobs import run_exclusively

from . import services

IMPORT_SWEEP_JOB = "stakeholders.import_jobs_sweep"
STEP_LIMITS = {
    "soft_time_limit": services.IMPORT_TIME_LIMIT,
    "time_limit": services.IMPORT_TIME_LIMIT + 120,
}


@shared_task(name="stakeholders.import_job_check", **STEP_LIMITS)
def import_job_check_task(job_id: int) -> None:
    services.import_job_check(job_id=job_id)


@shared_task(name="stakeholders.import_job_apply", **STEP_LIMITS)
def import_job_apply_task(job_id: int) -> None:
    services.import_job_apply(job_id=job_id)


@shared_task(name="stakeholders.import_jobs_sweep", soft_time_limit=60, time_limit=90)
def import_jobs_sweep_task() -> None:
    run_exclusively(name=IMPORT_SWEEP_JOB, work=services.import_jobs_sweep)
