"""An annual report job whose worker died is run again by the sweep within minutes (it writes
only its own row), or failed after too many attempts; a broker that is down costs the request
no wait, and the page says the job starts when the queue is back."""

import datetime
import time

import pytest
from django.urls import reverse
from django.utils import timezone

from ccgcomms.celery import app
from engagement import services
from engagement.models import ReportJob

pytestmark = pytest.mark.django_db


def _running(ccg, user, *, beat_ago: datetime.timedelta, attempts: int) -> ReportJob:
    beat_at = timezone.now() - beat_ago
    return ReportJob.objects.create(
        ccg=ccg,
        financial_year=2026,
        requested_by=user,
        status="running",
        started_at=beat_at,
        heartbeat_at=beat_at,
        attempts=attempts,
        progress=40,
    )


def test_a_job_whose_worker_died_minutes_ago_is_made_again(ccg_a, comms_a):
    job = _running(ccg_a, comms_a, beat_ago=datetime.timedelta(minutes=6), attempts=1)
    assert services.report_jobs_sweep(now=timezone.now()) == 1
    job.refresh_from_db()
    assert job.status == "done" and job.attempts == 2 and bytes(job.pdf).startswith(b"%PDF-")


def test_a_job_that_still_beats_is_left_alone(ccg_a, comms_a):
    job = _running(ccg_a, comms_a, beat_ago=datetime.timedelta(seconds=20), attempts=1)
    job.started_at = timezone.now() - datetime.timedelta(hours=2)
    job.save()
    assert services.report_jobs_sweep(now=timezone.now()) == 0
    job.refresh_from_db()
    assert job.status == "running"


def test_the_page_says_a_restarted_job_is_being_made_again(client, ccg_a, comms_a):
    job = _running(ccg_a, comms_a, beat_ago=datetime.timedelta(minutes=6), attempts=1)
    ReportJob.objects.filter(pk=job.pk).update(status="queued")  # as the sweep leaves it
    client.force_login(comms_a)
    page = client.get(reverse("engagement:report_job_detail", args=[job.pk])).content.decode()
    assert "stopped before it finished" in page and "(attempt 2 of 3)" in page


def test_a_job_whose_worker_keeps_dying_fails_and_says_what_to_do(client, ccg_a, comms_a):
    job = _running(ccg_a, comms_a, beat_ago=datetime.timedelta(minutes=6), attempts=3)
    assert services.report_jobs_sweep(now=timezone.now()) == 0
    job.refresh_from_db()
    assert job.status == "failed" and "stopped several times" in job.error
    client.force_login(comms_a)
    page = client.get(reverse("engagement:report_job_detail", args=[job.pk])).content.decode()
    assert "The documents could not be made" in page and "Ask for them again later" in page


def test_a_job_out_of_time_fails_and_says_so(ccg_a, comms_a, monkeypatch):
    from celery.exceptions import SoftTimeLimitExceeded

    from engagement.services import reports

    def out_of_time(**kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(reports, "render_pdf", out_of_time)
    job = ReportJob.objects.create(ccg=ccg_a, financial_year=2026, requested_by=comms_a)
    with pytest.raises(SoftTimeLimitExceeded):
        services.report_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == "failed" and "longer than the 10 minutes allowed" in job.error


@pytest.mark.django_db(transaction=True)  # the request commits, and queues, as in production
def test_with_the_broker_down_asking_for_a_report_returns_at_once_and_says_it_will_start(
    client, ccg_a, comms_a
):
    client.force_login(comms_a)
    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        for year in (2025, 2026):  # the first warms up the code path; the second is timed
            started = time.monotonic()
            response = client.post(reverse("engagement:report_job_create", args=[ccg_a.pk, year]))
            took = time.monotonic() - started
    finally:
        app.conf.broker_url = original
    assert took < 0.5, f"the request waited {took:.2f}s for the broker"
    job = ReportJob.objects.get(financial_year=2026)
    assert job.status == "queued" and job.queue_unavailable
    page = client.get(response["Location"]).content.decode()
    assert "The job queue is not available just now" in page
    assert "will be made as soon as it is back" in page
    assert "are being made." not in page  # no success message that is not true
    # The broker is back: the sweep makes it at once, without waiting for its grace period.
    assert services.report_jobs_sweep(now=timezone.now()) == 2
    job.refresh_from_db()
    assert job.status == "done" and not job.queue_unavailable
