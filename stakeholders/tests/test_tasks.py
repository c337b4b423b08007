"""The register's Celery tasks are registered, scheduled where every job is, and safe to run."""

import pytest

from ccgcomms.celery import app
from ccgcomms.schedules import BEAT_SCHEDULE
from core.jobs import job_last_finished
from stakeholders.tasks import IMPORT_SWEEP_JOB, import_jobs_sweep_task


def test_the_import_sweep_is_scheduled_and_registered():
    names = {entry["task"] for entry in BEAT_SCHEDULE.values()}
    assert "stakeholders.import_jobs_sweep" in names
    app.loader.import_default_modules()
    for name in (
        "stakeholders.import_jobs_sweep",
        "stakeholders.import_job_check",
        "stakeholders.import_job_apply",
    ):
        assert name in app.tasks


@pytest.mark.django_db
def test_the_sweep_task_runs_under_the_job_lock():
    import_jobs_sweep_task()
    assert job_last_finished(name=IMPORT_SWEEP_JOB) is not None
