"""Celery tasks: each takes ids, loads, and calls one service."""

from celery import shared_task

from ccgcomms.jobs import run_exclusively

from . import services

IMPORT_SWEEP_JOB = "stakeholders.import_jobs_sweep"


@shared_task(name="stakeholders.import_job_check")
def import_job_check_task(job_id: int) -> None:
    services.import_job_check(job_id=job_id)


@shared_task(name="stakeholders.import_job_apply")
def import_job_apply_task(job_id: int) -> None:
    services.import_job_apply(job_id=job_id)


@shared_task(name="stakeholders.import_jobs_sweep")
def import_jobs_sweep_task() -> None:
    run_exclusively(name=IMPORT_SWEEP_JOB, work=services.import_jobs_sweep)
