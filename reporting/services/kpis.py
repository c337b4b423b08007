"""Taking KPI snapshots (the work of the nightly job and of the backfill command).

The layers of a scheduled job (data-hub style): `kpi_snapshots_take` is the work, plain and
idempotent (taking a day again replaces its snapshots); `kpi_snapshots_nightly` wraps it in the
job lock (core/jobs.py); ccgcomms/schedules.py says when beat runs it. Each KPI runs one or a
few aggregate queries per CCG, so a night costs CCGs x KPIs queries whatever the rows."""

import datetime
import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.utils import timezone

from accounts.calendars import organisation_calendar
from accounts.models import Ccg
from core.jobs import run_exclusively

from ..kpis import CATALOGUE, Period
from ..models import KpiSnapshot, MonthlyReport
from ..reports import (
    render_report_pdf,
    render_report_xlsx,
    report_charts,
    report_rows,
    report_title,
)
from .distribution import reports_distribute

logger = logging.getLogger(__name__)
NIGHTLY_JOB = "reporting.kpi_snapshots"


def kpi_figures_compute(*, ccg_id: int, day: datetime.date) -> dict[str, dict]:
    """Every KPI of the catalogue for the CCG, over the month to `day` (as it stood at its end)."""
    period = Period.month_to_date(day)
    return {
        key: kpi.compute(ccg_id=ccg_id, period=period).as_json() for key, kpi in CATALOGUE.items()
    }


@transaction.atomic
def kpi_snapshot_take(*, ccg_id: int, day: datetime.date) -> KpiSnapshot:
    snapshot, _ = KpiSnapshot.objects.update_or_create(
        ccg_id=ccg_id,
        taken_on=day,
        defaults={
            "figures": kpi_figures_compute(ccg_id=ccg_id, day=day),
            "taken_at": timezone.now(),
        },
    )
    return snapshot


def kpi_snapshots_take(*, day: datetime.date, ccg_ids: Iterable[int] | None = None) -> int:
    """The day's snapshot of every CCG (or of `ccg_ids`); returns how many were taken."""
    ids = list(ccg_ids) if ccg_ids is not None else list(Ccg.objects.values_list("pk", flat=True))
    for ccg_id in ids:
        kpi_snapshot_take(ccg_id=ccg_id, day=day)
    return len(ids)


def backfill_days(
    *, start: datetime.date, end: datetime.date, month_ends_only: bool = False
) -> list[datetime.date]:
    """The days to take, oldest first: every day, or each month's last day (and `end`)."""
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    if month_ends_only:
        days = [d for d in days if d == end or (d + datetime.timedelta(days=1)).day == 1]
    return days


def kpi_snapshots_backfill(
    *,
    start: datetime.date,
    end: datetime.date,
    ccg_ids: Iterable[int] | None = None,
    month_ends_only: bool = False,
    progress: Callable[[datetime.date, int, int], None] | None = None,
) -> int:
    """Every day from `start` to `end` (both included; or each month's last day only), oldest
    first; `progress(day, done, total)` after each day. Safe to run again: each day replaces
    its snapshots."""
    if end < start:
        raise ValueError("The end date must be on or after the start date.")
    ids = list(ccg_ids) if ccg_ids is not None else list(Ccg.objects.values_list("pk", flat=True))
    days = backfill_days(start=start, end=end, month_ends_only=month_ends_only)
    taken = 0
    for done, day in enumerate(days, start=1):
        taken += kpi_snapshots_take(day=day, ccg_ids=ids)
        if progress:
            progress(day, done, len(days))
    return taken


def kpi_snapshots_nightly(*, today: datetime.date | None = None) -> int | None:
    """Yesterday's snapshots, once at a time (None when another run holds the lock)."""
    yesterday = (today or timezone.localdate()) - datetime.timedelta(days=1)
    taken = run_exclusively(name=NIGHTLY_JOB, work=lambda: kpi_snapshots_take(day=yesterday))
    outcome = "skipped (another run holds the lock)" if taken is None else taken
    logger.info("KPI snapshots for %s: %s", yesterday, outcome)
    return taken


REPORTS_JOB = "reporting.monthly_reports"


@transaction.atomic
def monthly_report_make(*, ccg: Ccg, month: datetime.date) -> MonthlyReport:
    """Last month's (or any month's) report of the CCG, made again if it exists."""
    month = month.replace(day=1)
    title = report_title(ccg_name=ccg.name, month=month)
    groups = report_rows(ccg_id=ccg.pk, month=month)
    report, _ = MonthlyReport.objects.update_or_create(
        ccg=ccg,
        month=month,
        defaults={
            "pdf": render_report_pdf(
                title=title, groups=groups, charts=report_charts(ccg_id=ccg.pk, month=month)
            ),
            "xlsx": render_report_xlsx(title=title, groups=groups),
            "made_at": timezone.now(),
        },
    )
    return report


def first_working_day(*, ccg: Ccg, month: datetime.date) -> datetime.date:
    """The first working day of `month` on the CCG's calendar (bank holidays, closure days)."""
    calendar = organisation_calendar(ccg=ccg)
    day = month.replace(day=1)
    while not calendar.is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def monthly_reports_make_due(*, today: datetime.date) -> int:
    """On a CCG's first working day of the month, last month's report, once (a run later that
    day, or a second run at once, finds it made), e-mailed to the CCG's distribution once.
    Returns how many were made."""
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    made = set(MonthlyReport.objects.filter(month=last_month).values_list("ccg_id", flat=True))
    count = 0
    for ccg in Ccg.objects.exclude(pk__in=made).prefetch_related("closure_days"):
        if first_working_day(ccg=ccg, month=today) <= today:
            monthly_report_make(ccg=ccg, month=last_month)
            count += 1
    # Sent once each; one whose sending failed before (or whose list was empty) goes now.
    reports_distribute(
        reports=MonthlyReport.objects.filter(month=last_month)
        .select_related("ccg")
        .defer("pdf", "xlsx")
    )
    return count


def monthly_reports_daily(*, today: datetime.date | None = None) -> int | None:
    today = today or timezone.localdate()
    return run_exclusively(name=REPORTS_JOB, work=lambda: monthly_reports_make_due(today=today))
