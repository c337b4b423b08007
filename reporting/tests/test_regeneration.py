"""Reports made again on demand from the archive: only for roles that may, scoped on the server,
queued to a worker (never made in the request), with a progress page that works without
JavaScript and a JSON status for the bar; a job whose worker died is swept and run again."""

import datetime
import os
import time

import pytest
from django.urls import reverse
from django.utils import timezone

from core.tests.forms_read import post_once
from reporting.models import MonthlyReport, ReportRegeneration
from reporting.services import (
    monthly_report_make,
    report_regeneration_request,
    report_regeneration_run,
    report_regenerations_sweep,
)

from .factories import ReportDistributionFactory

pytestmark = pytest.mark.django_db
ARCHIVE = reverse("reporting:reports")
MONTHLY = reverse("reporting:regenerate", args=["monthly_kpis"])
PLAN = reverse("reporting:regenerate", args=["action_plan"])


def test_the_comms_team_asks_and_the_page_only_queues_the_job(
    client, comms_a, ccg_a, django_capture_on_commit_callbacks, monkeypatch
):
    from reporting import tasks

    sent = []
    monkeypatch.setattr(
        tasks.report_regeneration_run_task, "apply_async", lambda **kw: sent.append(kw)
    )
    client.force_login(comms_a)
    assert "Make the monthly KPI report again" in client.get(ARCHIVE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_once(
            client, MONTHLY, {"ccg": ccg_a.pk, "month": "2026-10"}, page=ARCHIVE, having="month"
        )
    job = ReportRegeneration.objects.get()
    assert response["Location"] == reverse("reporting:regeneration", args=[job.pk])
    assert (job.kind, job.period, job.status) == (
        "monthly_kpis",
        datetime.date(2026, 10, 1),
        "queued",
    )
    assert not MonthlyReport.objects.exists()  # nothing made in the request
    assert [kw["kwargs"] for kw in sent] == [{"job_id": job.pk}]
    page = client.get(response["Location"])
    assert page["Refresh"] == "3" and b"<progress" in page.content
    assert b"Check progress" in page.content
    status = client.get(reverse("reporting:regeneration_status", args=[job.pk])).json()
    assert status["running"] is True and status["status"] == "queued"
    assert status["percent"] == 0 and status["text"] == "Waiting to start (0%)"
    report_regeneration_run(job_id=job.pk)
    done = client.get(response["Location"])
    assert "Refresh" not in done and b"Ready" in done.content
    assert MonthlyReport.objects.get().month == datetime.date(2026, 10, 1)


def test_roles_that_may_not_see_no_button_and_are_refused(client, governor_a, admin_a, ccg_a):
    for person in (governor_a, admin_a):
        client.force_login(person)
        assert "Make the monthly KPI report again" not in client.get(ARCHIVE).content.decode()
        refused = client.post(MONTHLY, {"ccg": ccg_a.pk, "month": "2026-10"})
        assert refused.status_code == 403
    assert not ReportRegeneration.objects.exists()


def test_another_ccg_is_not_a_choice_and_its_jobs_are_not_found(
    client, comms_a, comms_b, ccg_a, ccg_b
):
    client.force_login(comms_a)
    response = post_once(
        client, MONTHLY, {"ccg": ccg_b.pk, "month": "2026-10"}, page=ARCHIVE, having="month"
    )
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    theirs = report_regeneration_request(
        ccg=ccg_b, kind="monthly_kpis", period=datetime.date(2026, 10, 1), by=comms_b
    )
    assert client.get(reverse("reporting:regeneration", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("reporting:regeneration_status", args=[theirs.pk])).status_code == 404


def test_the_action_plan_report_is_offered_to_ccgs_that_have_it(client, comms_a, ccg_a):
    client.force_login(comms_a)
    assert "Make the action-plan report again" not in client.get(ARCHIVE).content.decode()
    ReportDistributionFactory(ccg=ccg_a, action_plan_fortnightly=True)
    assert "Make the action-plan report again" in client.get(ARCHIVE).content.decode()
    response = post_once(client, PLAN, {"ccg": ccg_a.pk}, page=ARCHIVE, having="ccg")
    assert response.status_code == 302
    job = ReportRegeneration.objects.get()
    assert job.kind == "action_plan" and job.period.weekday() == 0


def test_a_job_whose_worker_died_is_swept_and_run_again(ccg_a, comms_a, settings):
    job = report_regeneration_request(
        ccg=ccg_a, kind="monthly_kpis", period=datetime.date(2026, 10, 1), by=comms_a
    )
    stale = timezone.now() - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    # The worker claimed it, beat once, and died.
    ReportRegeneration.objects.filter(pk=job.pk).update(
        status="running", attempts=1, started_at=stale, heartbeat_at=stale
    )
    assert report_regenerations_sweep(now=timezone.now()) == 1
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("done", 2)
    assert MonthlyReport.objects.filter(ccg=ccg_a, month=datetime.date(2026, 10, 1)).exists()


def test_a_job_that_died_too_often_fails_and_the_archive_keeps_its_report(ccg_a, comms_a, settings):
    kept = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 10, 1))
    job = report_regeneration_request(
        ccg=ccg_a, kind="monthly_kpis", period=datetime.date(2026, 10, 1), by=comms_a
    )
    stale = timezone.now() - datetime.timedelta(seconds=settings.JOB_STALE_SECONDS + 5)
    ReportRegeneration.objects.filter(pk=job.pk).update(
        status="running", attempts=settings.JOB_MAX_ATTEMPTS, heartbeat_at=stale
    )
    report_regenerations_sweep(now=timezone.now())
    job.refresh_from_db()
    assert job.status == "failed" and "stopped several times" in job.error
    assert MonthlyReport.objects.get().made_at == kept.made_at


def test_a_second_request_joins_the_first(ccg_a, comms_a):
    ask = {
        "ccg": ccg_a,
        "kind": "monthly_kpis",
        "period": datetime.date(2026, 10, 9),
        "by": comms_a,
    }
    assert report_regeneration_request(**ask) == report_regeneration_request(**ask)


def test_beat_sweeps_the_jobs():
    from ccgcomms.schedules import BEAT_SCHEDULE

    assert BEAT_SCHEDULE["report-regenerations"]["task"] == "reporting.report_regenerations_sweep"


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_on_redis_makes_the_report_again(ccg_a, comms_a):
    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app

    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        job = report_regeneration_request(
            ccg=ccg_a, kind="monthly_kpis", period=datetime.date(2026, 10, 1), by=comms_a
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            job.refresh_from_db()
            if job.status in ("done", "failed"):
                break
            time.sleep(0.2)
    assert job.status == "done", job.error
    assert bytes(MonthlyReport.objects.get().pdf).startswith(b"%PDF-")
