"""Thurrock's fortnightly action-plan report (RAG): every action grouped by plan with owner,
target date, status and RAG, as PDF and XLSX, on the fortnight's first working day."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.tests.factories import ClosureDayFactory, UserFactory, member
from accounts.tests.outbox import delivered
from campaigns.tests.factories import ActionItemFactory, CampaignFactory
from reporting.action_plan import fortnight_of
from reporting.models import ActionPlanReport
from reporting.services import action_plan_report_make, action_plan_reports_daily

from .factories import ReportDistributionFactory

pytestmark = pytest.mark.django_db
MONDAY = datetime.date(2026, 12, 7)  # a fortnight's first day (from the anchor, 5 Jan 2026)


@pytest.fixture
def thurrock(ccg_a, governor_a):
    ReportDistributionFactory(ccg=ccg_a, recipients=[governor_a], action_plan_fortnightly=True)
    owner = member(ccg=ccg_a, role="Comms team", user=UserFactory(full_name="Priya Shah"))
    flu = CampaignFactory(ccg=ccg_a, name="Winter flu")
    ActionItemFactory(
        ccg=ccg_a,
        campaign=flu,
        owner=owner,
        title="Book bus stop ads",
        target_date=datetime.date(2026, 12, 1),
        rag="green",
    )
    ActionItemFactory(
        ccg=ccg_a,
        campaign=None,
        owner=owner,
        title="Refresh the website",
        target_date=datetime.date(2027, 1, 20),
        rag="amber",
        status="in_progress",
    )
    return ccg_a


def test_fortnights_start_every_other_monday():
    assert fortnight_of(MONDAY) == MONDAY
    assert fortnight_of(MONDAY + datetime.timedelta(days=13)) == MONDAY
    assert fortnight_of(MONDAY + datetime.timedelta(days=14)) == MONDAY + datetime.timedelta(14)
    assert fortnight_of(MONDAY - datetime.timedelta(days=1)) == MONDAY - datetime.timedelta(14)


def test_the_report_groups_actions_by_plan_with_owner_date_status_and_rag(
    thurrock, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        report = action_plan_report_make(ccg=thurrock, fortnight=MONDAY, today=MONDAY)
    assert bytes(report.pdf).startswith(b"%PDF") and b"/Outlines" in bytes(report.pdf)
    rows = [
        tuple(c.value for c in r)
        for r in load_workbook(io.BytesIO(bytes(report.xlsx))).active.iter_rows()
    ]
    assert rows[1] == ("Plan", "Action", "Owner", "Target date", "Status", "RAG")
    assert rows[2:] == [
        (
            "Communications and engagement action plan",
            "Refresh the website",
            "Priya Shah",
            "20 Jan 2027",
            "In progress",
            "Amber",
        ),
        # Past its target date and not done: red, whatever the owner said.
        ("Winter flu", "Book bus stop ads", "Priya Shah", "1 Dec 2026", "Not started", "Red"),
    ]


def test_the_job_makes_it_on_the_fortnights_first_working_day_once_and_emails_it(
    thurrock, ccg_b, governor_a
):
    ClosureDayFactory(ccg=thurrock, date=MONDAY)
    assert action_plan_reports_daily(today=MONDAY) == 0  # closed: not a working day
    assert action_plan_reports_daily(today=MONDAY + datetime.timedelta(days=1)) == 1
    assert action_plan_reports_daily(today=MONDAY + datetime.timedelta(days=2)) == 0
    assert action_plan_reports_daily(today=MONDAY + datetime.timedelta(days=14)) == 1
    reports = list(ActionPlanReport.objects.values_list("ccg_id", "fortnight"))
    assert sorted(reports) == [
        (thurrock.pk, MONDAY),
        (thurrock.pk, MONDAY + datetime.timedelta(14)),
    ]
    emails = delivered()
    assert [e.to for e in emails] == [[governor_a.email]] * 2
    assert "action-plan report (RAG) for the fortnight from 7 December 2026" in emails[0].subject
    assert "/reports/action-plans/" in emails[0].body and ".xlsx" in emails[0].body


def test_ccgs_without_it_get_no_action_plan_report(ccg_a):
    ReportDistributionFactory(ccg=ccg_a, action_plan_fortnightly=False)
    assert action_plan_reports_daily(today=MONDAY) == 0


def test_the_archive_serves_action_plan_reports_of_the_users_ccgs_only(
    client, thurrock, ccg_b, governor_a, comms_b
):
    report = action_plan_report_make(ccg=thurrock, fortnight=MONDAY, today=MONDAY)
    url = reverse("reporting:plan_xlsx", args=[report.pk])
    client.force_login(governor_a)
    assert "7 December 2026" in client.get(reverse("reporting:reports")).content.decode()
    response = client.get(url)
    assert response["Content-Disposition"] == (
        'attachment; filename="action-plan-report-A01-2026-12-07.xlsx"'
    )
    client.force_login(comms_b)
    assert client.get(url).status_code == 404


def test_beat_runs_the_action_plan_job_each_morning():
    from ccgcomms.schedules import BEAT_SCHEDULE

    entry = BEAT_SCHEDULE["action-plan-reports"]
    assert entry["task"] == "reporting.action_plan_reports_daily"
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({6}, {40})
