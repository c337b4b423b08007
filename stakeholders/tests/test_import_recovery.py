"""An import whose worker dies is found within minutes by its stopped heartbeat and run again
(nothing of the dead attempt was written), or failed after too many attempts; the page says
what happened and what to do. One test SIGKILLs a real worker mid-import."""

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from stakeholders import services
from stakeholders.models import Contact, ImportJob, ImportStatus

from .spreadsheets import csv_bytes

BASE_DIR = Path(__file__).resolve().parents[2]
ROWS = 6000  # written in batches of 1,000: long enough to be killed mid-write
GOOD = [
    ["First name", "Last name", "Email"],
    ["Ann", "Lee", "ann@example.org"],
    ["Bob", "Marsh", "bob@example.org"],
]
needs_services = pytest.mark.skipif(
    not os.getenv("DATABASE_URL", "").startswith("postgres") or not os.getenv("REDIS_URL"),
    reason="a real worker on Redis, and heartbeats on a second Postgres connection",
)


def _confirmed(ccg, user) -> ImportJob:
    job = services.import_job_start(
        ccg=ccg, user=user, filename="contacts.csv", content=csv_bytes(GOOD), inline=True
    )
    job.status, job.confirmed_by = ImportStatus.CONFIRMED, user
    job.save()
    return job


def _worker_died(job: ImportJob, *, beat_ago: datetime.timedelta, attempts: int) -> None:
    """The state a SIGKILLed worker leaves: importing, its last beat `beat_ago`."""
    now = timezone.now()
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportStatus.IMPORTING,
        started_at=now - beat_ago,
        heartbeat_at=now - beat_ago,
        attempts=attempts,
        processed=2000,
        total=50000,
        phase="Writing to the register",
    )


def _sweep(queued: list) -> dict:
    with mock.patch(
        "stakeholders.services.imports.enqueue_on_commit",
        lambda task, on_unavailable, **kw: queued.append((task.name, kw["job_id"])),
    ):
        return services.import_jobs_sweep()


@pytest.mark.django_db
def test_an_import_whose_worker_died_minutes_ago_runs_again(client, ccg_a, comms_a):
    job = _confirmed(ccg_a, comms_a)
    _worker_died(job, beat_ago=datetime.timedelta(minutes=6), attempts=1)
    queued = []
    assert _sweep(queued)["restarted"] == 1
    assert queued == [("stakeholders.import_job_apply", job.pk)]
    job.refresh_from_db()
    assert job.status == ImportStatus.CONFIRMED and (job.processed, job.phase) == (0, "")
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:import_detail", args=[job.pk])).content.decode()
    assert "stopped before it finished" in page and "Nothing from that attempt was written" in page
    assert "(attempt 2 of 3)" in page
    services.import_job_apply(job_id=job.pk)  # the worker that takes it next
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTED and Contact.objects.count() == 2


@pytest.mark.django_db
def test_a_job_that_still_beats_is_left_alone_however_long_it_runs(ccg_a, comms_a):
    job = _confirmed(ccg_a, comms_a)
    _worker_died(job, beat_ago=datetime.timedelta(hours=2), attempts=1)
    ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now())
    queued = []
    assert _sweep(queued)["restarted"] == 0 and queued == []
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTING


@pytest.mark.django_db
def test_a_job_whose_worker_keeps_dying_fails_and_says_what_to_do(client, ccg_a, comms_a):
    job = _confirmed(ccg_a, comms_a)
    _worker_died(job, beat_ago=datetime.timedelta(minutes=6), attempts=3)
    queued = []
    assert _sweep(queued)["failed"] == 1 and queued == []
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED and bytes(job.content) == b""
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:import_detail", args=[job.pk])).content.decode()
    assert "Nothing was imported: the job stopped 3 times" in page
    assert "split it into smaller files" in page and "Upload a corrected file" in page


@pytest.mark.django_db
def test_a_check_whose_worker_died_is_checked_again(ccg_a, comms_a):
    job = services.import_job_create(
        ccg=ccg_a, user=comms_a, filename="contacts.csv", content=csv_bytes(GOOD)
    )
    stale = timezone.now() - datetime.timedelta(minutes=6)
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportStatus.CHECKING, started_at=stale, heartbeat_at=stale, attempts=1
    )
    queued = []
    _sweep(queued)
    assert queued == [("stakeholders.import_job_check", job.pk)]
    assert services.import_job_check(job_id=job.pk).status == ImportStatus.CHECKED


@pytest.mark.django_db
def test_a_job_out_of_time_fails_cleanly_and_says_what_to_do(ccg_a, comms_a, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    from stakeholders.services import imports

    def out_of_time(**kwargs):
        raise SoftTimeLimitExceeded()

    job = _confirmed(ccg_a, comms_a)
    monkeypatch.setattr(imports, "write_plan", out_of_time)
    job = services.import_job_apply(job_id=job.pk)
    assert job.status == ImportStatus.FAILED and Contact.objects.count() == 0
    assert "longer than the 30 minutes a job may run" in job.report["file_errors"][0]


@needs_services
@pytest.mark.django_db(transaction=True)
def test_a_running_import_beats_where_the_sweep_sees_it(ccg_a, comms_a, settings):
    from core.jobs import job_heartbeat

    job = _confirmed(ccg_a, comms_a)
    ImportJob.objects.filter(pk=job.pk).update(heartbeat_at=None)
    with job_heartbeat(model=ImportJob, pk=job.pk, every=0.1):
        time.sleep(0.5)
    job.refresh_from_db()
    assert job.heartbeat_at is not None
    assert timezone.now() - job.heartbeat_at < datetime.timedelta(seconds=2)


def _worker_env() -> dict[str, str]:
    """The test database for a worker in another process, beating every second."""
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    if database["PASSWORD"]:
        url = url.replace("@", f":{database['PASSWORD']}@", 1)
    return {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": url,
        "JOB_HEARTBEAT_SECONDS": "1",
    }


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := predicate():
            return result
        time.sleep(0.05)
    raise AssertionError(f"waited {timeout}s for {what}")


@needs_services
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_import_loses_nothing_and_the_import_runs_again(
    ccg_a, comms_a, settings
):
    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app

    rows = [["First name", "Last name", "Email"]] + [
        [f"P{i}", "Person", f"p{i}@example.org"] for i in range(ROWS)
    ]
    job = services.import_job_start(
        ccg=ccg_a, user=comms_a, filename="big.csv", content=csv_bytes(rows), inline=True
    )
    worker = subprocess.Popen(  # noqa: S603 (our own command line)
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "ccgcomms",
            "worker",
            "--pool=solo",
            "-l",
            "WARNING",
        ],
        cwd=BASE_DIR,
        env=_worker_env(),
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        services.import_job_confirm(job=job, user=comms_a, inline=False)

        def writing():
            job.refresh_from_db()
            return job.phase == "Writing to the register" and job.processed > 0

        _wait(writing, 90, "the worker to write to the register")
    finally:
        os.killpg(worker.pid, signal.SIGKILL)  # as the kernel's OOM killer would
        worker.wait(10)
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTING and 0 < job.processed < ROWS
    # Its transaction died with it (nothing is in the register) and its heartbeat stopped.
    assert Contact.objects.count() == 0
    last_beat = job.heartbeat_at
    time.sleep(1.5)
    job.refresh_from_db()
    assert job.heartbeat_at == last_beat
    # A sweep a few seconds later (JOB_STALE_SECONDS is minutes in production) runs it again.
    settings.JOB_STALE_SECONDS = 1
    assert services.import_jobs_sweep()["restarted"] == 1
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
        _wait(
            lambda: ImportJob.objects.get(pk=job.pk).status == ImportStatus.IMPORTED,
            90,
            "the import to run again",
        )
    job.refresh_from_db()
    assert job.attempts == 2 and Contact.objects.count() == ROWS


@pytest.mark.django_db
def test_with_the_broker_down_an_upload_returns_at_once_and_says_it_will_start(
    client, ccg_a, comms_a, django_capture_on_commit_callbacks, settings
):
    from ccgcomms.celery import app

    settings.STAKEHOLDER_IMPORT_INLINE_KB = 0  # every upload is a job for the worker

    client.force_login(comms_a)
    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        for _ in range(2):  # the first warms up the code path; the second is timed
            started = time.monotonic()
            with django_capture_on_commit_callbacks(execute=True):
                upload = SimpleUploadedFile("contacts.csv", csv_bytes(GOOD))
                response = client.post(reverse("stakeholders:import_create"), {"file": upload})
            took = time.monotonic() - started
    finally:
        app.conf.broker_url = original
    assert took < 0.5, f"the request waited {took:.2f}s for the broker"
    job = ImportJob.objects.latest("pk")
    assert job.status == ImportStatus.UPLOADED and job.queue_unavailable
    page = client.get(response["Location"]).content.decode()
    assert "The job queue is not available just now" in page
    assert "will start by itself as soon as it is back" in page
    status = client.get(response["Location"] + "status.json").json()
    assert "not available just now" in status["notice"]
    # The broker is back: the next sweep queues it at once, without waiting for REQUEUE_AFTER.
    queued = []
    _sweep(queued)
    assert ("stakeholders.import_job_check", job.pk) in queued and len(queued) == 2
