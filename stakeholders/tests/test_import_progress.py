"""Large imports run on a Celery worker and the page can follow them: progress is written
where another connection sees it, even inside the all-or-nothing transaction."""

import os
import time

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections

from stakeholders import services
from stakeholders.importing import writing
from stakeholders.models import Contact, ImportJob, ImportStatus

from .spreadsheets import csv_bytes

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL", "").startswith("postgres"),
    reason="progress inside the import's transaction uses a second Postgres connection",
)
needs_redis = pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set")


def rows(n):
    return [["First name", "Last name", "Email"]] + [
        [f"P{i}", "Person", f"p{i}@example.org"] for i in range(n)
    ]


def _seen_from_outside(job_id):
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with other.cursor() as cursor:
            cursor.execute(
                "SELECT processed, total, phase FROM stakeholders_importjob WHERE id = %s", [job_id]
            )
            return cursor.fetchone()
    finally:
        other.close()


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_progress_is_visible_outside_the_import_transaction(ccg_a, comms_a, monkeypatch):
    job = services.import_job_start(
        ccg=ccg_a, user=comms_a, filename="big.csv", content=csv_bytes(rows(2500)), inline=True
    )
    monkeypatch.setattr("stakeholders.importing.progress.MIN_INTERVAL", 0)
    seen = []
    real = writing._Writer.contacts_create

    def spy(self, batch):
        real(self, batch)
        seen.append(_seen_from_outside(job.pk))

    monkeypatch.setattr(writing._Writer, "contacts_create", spy)
    services.import_job_confirm(job=job, user=comms_a, inline=True)
    assert connection.in_atomic_block is False
    writing_seen = [
        (done, total) for done, total, phase in seen if phase == "Writing to the register"
    ]
    assert writing_seen == [(1000, 2500), (2000, 2500)]
    assert Contact.objects.count() == 2500


@needs_redis
@needs_postgres
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_checks_and_imports_a_large_file(ccg_a, comms_a):
    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app

    def wait_for(status, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = ImportJob.objects.get()
            if job.status == status:
                return job
            time.sleep(0.2)
        raise AssertionError(f"job is {ImportJob.objects.get().status}, not {status}")

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        job = services.import_job_start(
            ccg=ccg_a, user=comms_a, filename="big.csv", content=csv_bytes(rows(3000)), inline=False
        )
        job = wait_for(ImportStatus.CHECKED)
        assert job.report["counts"]["create"] == 3000
        services.import_job_confirm(job=job, user=comms_a, inline=False)
        wait_for(ImportStatus.IMPORTED)
    assert Contact.objects.count() == 3000
