"""E-mailing a report to its CCG's distribution, once per report, through the one notification
service (accounts.notifications): an in-app notification and an e-mail with links to the PDF and
the XLSX in the archive (ADR 0021 says why links and not attachments).

The report is committed before it is sent, so a mail server that refuses leaves the report in
the archive: the outbox row is retried by its task (backing off) and by the outbox sweep. The
once-only key is the report's: a report made again (on demand) is not sent again, and the links
serve the newest version."""

import logging

from django.db.models import Model
from django.urls import reverse

from accounts.models import User
from accounts.notifications import notification_send_once

from ..models import ActionPlanReport, MonthlyReport, ReportDistribution, ReportKind

logger = logging.getLogger(__name__)

URL_NAMES = {ReportKind.MONTHLY_KPIS: "reporting:report", ReportKind.ACTION_PLAN: "reporting:plan"}


def distribution_recipients(*, ccg_id: int) -> list[User]:
    """The CCG's distribution: active people who still hold a role in the CCG (someone who left
    stays on the list until an administrator takes them off, but is not e-mailed)."""
    distribution = ReportDistribution.objects.filter(ccg_id=ccg_id).first()
    if distribution is None:
        return []
    people = distribution.recipients.filter(is_active=True, memberships__ccg_id=ccg_id)
    return list(people.distinct().order_by("pk"))


def _describe(report: Model) -> tuple[str, str]:
    if isinstance(report, MonthlyReport):
        return ReportKind.MONTHLY_KPIS, f"The {report.ccg.name} KPI report for {report.month:%B %Y}"
    assert isinstance(report, ActionPlanReport)
    return (
        ReportKind.ACTION_PLAN,
        f"The {report.ccg.name} action-plan report (RAG) for the fortnight from "
        f"{report.fortnight:%-d %B %Y}",
    )


def report_distribute(*, report: MonthlyReport | ActionPlanReport) -> bool:
    """E-mail the report's links to its CCG's distribution, once. True when this call sent it;
    False when it was sent before or nobody is on the list yet (the key is then left free, so a
    list filled in later still gets the report on the job's next run)."""
    recipients = distribution_recipients(ccg_id=report.ccg_id)
    if not recipients:
        return False
    kind, what = _describe(report)
    url_name = URL_NAMES[kind]
    return notification_send_once(
        key=f"reporting.{kind}:{report.pk}",
        recipients=recipients,
        ccg=report.ccg,
        message=f"{what} is ready.",
        url_name="reporting:reports",
        links=[
            ("PDF", reverse(f"{url_name}_pdf", args=[report.pk])),
            ("Spreadsheet (XLSX)", reverse(f"{url_name}_xlsx", args=[report.pk])),
        ],
    )


def reports_distribute(*, reports) -> int:
    """Each report sent once; a failure is logged and left for the job's next run (the report
    stays made). Returns how many were sent now."""
    sent = 0
    for report in reports:
        try:
            sent += report_distribute(report=report)
        except Exception:  # one CCG's failure must not stop the others' reports
            logger.exception("Report %s not sent to its distribution", report)
    return sent
