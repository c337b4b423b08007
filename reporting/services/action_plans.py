"""The fortnightly action-plan report (RAG): made on the first working day of each fortnight for
the CCGs whose distribution asks for it, kept in the archive and e-mailed to the distribution.
Same layers as the monthly report: the work here, the lock in core/jobs, the time in
ccgcomms/schedules.py (every morning, so a missed day is caught up)."""

import datetime

from django.db import transaction
from django.utils import timezone

from accounts.calendars import organisation_calendar
from accounts.models import Ccg
from core.jobs import run_exclusively

from ..action_plan import (
    action_plan_rows,
    action_plan_title,
    fortnight_of,
    render_action_plan_pdf,
    render_action_plan_xlsx,
)
from ..models import ActionPlanReport
from .distribution import reports_distribute

ACTION_PLAN_JOB = "reporting.action_plan_reports"


@transaction.atomic
def action_plan_report_make(
    *, ccg: Ccg, fortnight: datetime.date, today: datetime.date | None = None
) -> ActionPlanReport:
    """The fortnight's report of the CCG as the actions stand `today`; made again if it exists."""
    fortnight = fortnight_of(fortnight)
    title = action_plan_title(ccg_name=ccg.name, fortnight=fortnight)
    groups = action_plan_rows(ccg_id=ccg.pk, today=today or timezone.localdate())
    report, _ = ActionPlanReport.objects.update_or_create(
        ccg=ccg,
        fortnight=fortnight,
        defaults={
            "pdf": render_action_plan_pdf(title=title, groups=groups),
            "xlsx": render_action_plan_xlsx(title=title, groups=groups),
            "made_at": timezone.now(),
        },
    )
    return report


def fortnight_first_working_day(*, ccg: Ccg, fortnight: datetime.date) -> datetime.date:
    calendar = organisation_calendar(ccg=ccg)
    day = fortnight
    while not calendar.is_working_day(day) and day < fortnight + datetime.timedelta(days=13):
        day += datetime.timedelta(days=1)
    return day


def action_plan_reports_make_due(*, today: datetime.date) -> int:
    """This fortnight's report of each CCG that has one, from the fortnight's first working day,
    once; then each of this fortnight's reports to the distribution (sent once: a send that
    failed before is tried again here). Returns how many were made."""
    fortnight = fortnight_of(today)
    made = set(
        ActionPlanReport.objects.filter(fortnight=fortnight).values_list("ccg_id", flat=True)
    )
    due = Ccg.objects.filter(reporting_reportdistribution_set__action_plan_fortnightly=True)
    count = 0
    for ccg in due.exclude(pk__in=made).prefetch_related("closure_days"):
        if fortnight_first_working_day(ccg=ccg, fortnight=fortnight) <= today:
            action_plan_report_make(ccg=ccg, fortnight=fortnight, today=today)
            count += 1
    reports_distribute(
        reports=ActionPlanReport.objects.filter(fortnight=fortnight)
        .select_related("ccg")
        .defer("pdf", "xlsx")
    )
    return count


def action_plan_reports_daily(*, today: datetime.date | None = None) -> int | None:
    today = today or timezone.localdate()
    return run_exclusively(
        name=ACTION_PLAN_JOB, work=lambda: action_plan_reports_make_due(today=today)
    )
