"""Reads of the reports archive (the monthly KPI reports, the fortnightly action-plan reports
and the reports being made again), through the scope. The files stay in the database: only the
columns the pages show are read."""

import datetime

from django.db.models import Min, QuerySet

from accounts.models import Ccg
from accounts.scoping import Scope

from .models import (
    ActionPlanReport,
    MonthlyReport,
    RegenerationStatus,
    ReportDistribution,
    ReportRegeneration,
)

REGENERATE_PERM = "reporting.add_reportregeneration"


def monthly_report_list(*, scope: Scope) -> QuerySet[MonthlyReport]:
    return MonthlyReport.objects.visible_to(scope).select_related("ccg").defer("pdf", "xlsx")


def action_plan_report_list(*, scope: Scope) -> QuerySet[ActionPlanReport]:
    return ActionPlanReport.objects.visible_to(scope).select_related("ccg").defer("pdf", "xlsx")


def regeneration_list(*, scope: Scope, limit: int = 10) -> list[ReportRegeneration]:
    return list(ReportRegeneration.objects.visible_to(scope).select_related("ccg")[:limit])


def action_plan_ccgs(*, ccgs: QuerySet[Ccg]) -> QuerySet[Ccg]:
    """Of `ccgs`, those that have the fortnightly action-plan report."""
    has_it = ReportDistribution.objects.filter(action_plan_fortnightly=True).values("ccg_id")
    return ccgs.filter(pk__in=has_it)


def regeneration_oldest_queued() -> datetime.datetime | None:
    """When the report that has waited longest for a worker was asked for (every CCG's: no
    personal data); /healthz shows it."""
    waiting = ReportRegeneration.objects.for_ccgs(Ccg.objects.values("pk")).filter(
        status=RegenerationStatus.QUEUED
    )
    return waiting.aggregate(oldest=Min("requested_at"))["oldest"]


def regeneration_notice(*, job: ReportRegeneration) -> str:
    """What the page says while a job waits on the queue or on a worker that stopped."""
    if job.status == RegenerationStatus.QUEUED and job.queue_unavailable:
        return "The job queue is not available just now: the report is made when it is back."
    if job.status == RegenerationStatus.QUEUED and job.attempts:
        return "The worker making the report stopped; it is being made again."
    return ""
