"""Reports e-mailed to the CCG's distribution (configured by its administrators): once per
report, with links to the PDF and the XLSX; a mail server that refuses is retried and the report
stays in the archive."""

import datetime

import pytest
from django.core import mail

from accounts.models import OutboxEmail
from accounts.notifications import OutboxSendFailed, outbox_email_send
from accounts.tests.factories import member
from accounts.tests.outbox import delivered
from reporting.models import MonthlyReport
from reporting.services import monthly_report_make, monthly_reports_daily, report_distribute

from .factories import ReportDistributionFactory

pytestmark = pytest.mark.django_db
FIRST_WORKING_DAY = datetime.date(2027, 1, 5)  # 1 January is a bank holiday, then a weekend


@pytest.fixture
def distribution(ccg_a, governor_a):
    return ReportDistributionFactory(ccg=ccg_a, recipients=[governor_a])


def test_the_monthly_report_is_emailed_once_with_links_to_its_pdf_and_xlsx(
    distribution, governor_a, ccg_a
):
    assert monthly_reports_daily(today=FIRST_WORKING_DAY) == 1
    assert monthly_reports_daily(today=FIRST_WORKING_DAY + datetime.timedelta(days=1)) == 0
    report = MonthlyReport.objects.get()
    [email] = delivered()
    assert email.to == [governor_a.email]
    assert email.subject == "The NHS Alpha CCG KPI report for December 2026 is ready."
    assert f"/reports/{report.pk}.pdf" in email.body
    assert f"/reports/{report.pk}.xlsx" in email.body
    # Made again on demand: not sent again (the links serve the new version).
    again = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 12, 1))
    assert again.made_at > report.made_at
    assert report_distribute(report=again) is False
    assert len(delivered()) == 1


def test_only_people_still_in_the_ccg_are_emailed(ccg_a, ccg_b, governor_a):
    elsewhere = member(ccg=ccg_b, role="Governing body")
    left = member(ccg=ccg_a, role="Governing body")
    left.is_active = False
    left.save()
    ReportDistributionFactory(ccg=ccg_a, recipients=[governor_a, elsewhere, left])
    report = monthly_report_make(ccg=ccg_a, month=datetime.date(2026, 11, 1))
    assert report_distribute(report=report)
    assert [e.to for e in delivered()] == [[governor_a.email]]


def test_without_a_distribution_nothing_is_claimed_and_a_list_filled_in_later_gets_it(
    ccg_a, governor_a
):
    assert monthly_reports_daily(today=FIRST_WORKING_DAY) == 1
    assert not OutboxEmail.objects.exists()
    ReportDistributionFactory(ccg=ccg_a, recipients=[governor_a])
    assert monthly_reports_daily(today=FIRST_WORKING_DAY + datetime.timedelta(days=1)) == 0
    assert len(delivered()) == 1


def test_a_refused_send_is_retried_and_the_report_is_kept(distribution, settings, monkeypatch):
    from accounts import notifications

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(notifications, "send_mail", refuse)
    assert monthly_reports_daily(today=FIRST_WORKING_DAY) == 1
    outbox = OutboxEmail.objects.get()
    with pytest.raises(OutboxSendFailed):  # the task's autoretry_for: it is queued again
        outbox_email_send(outbox_id=outbox.pk)
    assert MonthlyReport.objects.exists()
    outbox.refresh_from_db()
    assert outbox.sent_at is None and "mail server down" in outbox.last_error
    monkeypatch.undo()
    assert outbox_email_send(outbox_id=outbox.pk) is True
    assert len(mail.outbox) == 1


def test_the_outbox_task_retries_a_refused_send():
    from accounts.tasks import outbox_send

    assert OutboxSendFailed in outbox_send.autoretry_for and outbox_send.max_retries >= 3
