"""/healthz: down (503) when the web cannot serve; degraded when background work stalls."""

import datetime
import os
import time

import pytest
from django.utils import timezone

from core.models import JobRun
from core.tasks import HEARTBEAT_JOB, heartbeat

pytestmark = pytest.mark.django_db


def _worker_seen(seconds_ago: int) -> None:
    seen = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    JobRun.objects.update_or_create(
        name=HEARTBEAT_JOB, defaults={"last_started": seen, "last_finished": seen}
    )


def test_it_reports_database_and_broker(client):
    response = client.get("/healthz")
    report = response.json()
    assert report["database"] == "ok"
    assert report["broker"] == "ok", report
    assert response.status_code == 200


def test_it_reports_the_last_worker_heartbeat(client):
    report = client.get("/healthz").json()
    assert report["worker"] == "no heartbeat yet" and report["status"] == "degraded"
    heartbeat()
    report = client.get("/healthz").json()
    assert report["worker"] == "ok" and report["worker_last_seen_seconds"] < 5
    assert report["status"] == "ok"


def test_a_worker_last_seen_104_seconds_ago_is_stale(client):
    _worker_seen(104)
    response = client.get("/healthz")
    report = response.json()
    assert report["worker"] == "stale" and report["status"] == "degraded"
    assert 104 <= report["worker_last_seen_seconds"] < 110
    assert report["worker_stale_after_seconds"] == 90
    assert response.status_code == 200  # the web still serves: a load balancer keeps it
    assert client.get("/healthz?strict").status_code == 503  # for a monitor of status codes


def test_the_stale_threshold_is_configurable(client, settings):
    settings.HEALTH_WORKER_STALE_SECONDS = 120
    _worker_seen(104)
    report = client.get("/healthz").json()
    assert report["worker"] == "ok" and report["status"] == "ok"
    assert client.get("/healthz?strict").status_code == 200


def test_it_reports_the_age_of_the_oldest_queued_job(client, ccg_a, comms_a, settings):
    from engagement.models import ReportJob
    from stakeholders.models import ImportJob

    heartbeat()
    now = timezone.now()
    ReportJob.objects.create(
        ccg=ccg_a, financial_year=2026, requested_at=now - datetime.timedelta(seconds=100)
    )
    report = client.get("/healthz").json()
    assert report["oldest_queued_job"] == "annual report"
    assert 100 <= report["oldest_queued_job_seconds"] < 105 and report["status"] == "ok"
    ImportJob.objects.create(
        ccg=ccg_a, filename="big.csv", queued_at=now - datetime.timedelta(seconds=700)
    )
    report = client.get("/healthz").json()
    assert report["oldest_queued_job"] == "stakeholder import"
    assert 700 <= report["oldest_queued_job_seconds"] < 705
    assert report["queue_stale_after_seconds"] == 600 and report["status"] == "degraded"
    ImportJob.objects.update(status="imported")
    ReportJob.objects.update(status="done")
    report = client.get("/healthz").json()
    assert report["oldest_queued_job"] is None and report["oldest_queued_job_seconds"] is None


def test_it_says_503_at_once_when_the_broker_is_down(client, settings):
    from ccgcomms.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        started = time.monotonic()
        response = client.get("/healthz")
        took = time.monotonic() - started
    finally:
        app.conf.broker_url = original
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error")
    assert response.json()["status"] == "down"
    assert took < 0.5


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
def test_the_broker_is_redis_when_redis_url_is_set():
    from ccgcomms.celery import app

    assert app.conf.broker_url.startswith("redis://")
