"""Reports made again on demand from the archive: requested by the page, made by a worker, the
progress on the job's row for the page to poll. The web only writes the job row and queues it.

The pattern of the annual engagement report's job (engagement/services/reports.py): the worker
claims the job in one UPDATE (a second delivery finds nothing to do), beats while it works
(core.jobs.job_heartbeat), and the sweep queues again a job whose worker died (no beat for
JOB_STALE_SECONDS), up to JOB_MAX_ATTEMPTS in all, and runs jobs the broker never delivered.
Making a report replaces the archive's row in one transaction, so running again is safe."""

import datetime
import logging
from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import Ccg, User
from core.jobs import (
    job_heartbeat,
    progress_job_claim,
    progress_job_fail,
    progress_job_finish,
    progress_job_step,
    progress_jobs_lost_restart,
)
from core.queueing import enqueue_on_commit

from ..action_plan import fortnight_of
from ..models import RegenerationStatus, ReportKind, ReportRegeneration
from .action_plans import action_plan_report_make
from .kpis import monthly_report_make

logger = logging.getLogger(__name__)
QUEUED_GRACE = timedelta(minutes=2)  # a queued job older than this was never delivered
RUNNING_LIMIT = timedelta(minutes=30)  # a request within this of the same one joins it
REGENERATION_TIME_LIMIT = 10 * 60
ACTIVE = [RegenerationStatus.QUEUED, RegenerationStatus.RUNNING]


def regeneration_period(*, kind: str, period: datetime.date) -> datetime.date:
    """The month's first day, or the fortnight's Monday."""
    return period.replace(day=1) if kind == ReportKind.MONTHLY_KPIS else fortnight_of(period)


@transaction.atomic
def report_regeneration_request(
    *, ccg: Ccg, kind: str, period: datetime.date, by: User
) -> ReportRegeneration:
    """Queue the report to be made again, or hand back the same request already on its way."""
    period = regeneration_period(kind=kind, period=period)
    waiting = (
        ReportRegeneration.objects.for_ccgs([ccg.pk])
        .filter(kind=kind, period=period, status__in=ACTIVE)
        .filter(requested_at__gte=timezone.now() - RUNNING_LIMIT)
        .first()
    )
    if waiting is not None:
        return waiting
    job = ReportRegeneration.objects.create(ccg=ccg, kind=kind, period=period, requested_by=by)
    from ..tasks import report_regeneration_run_task  # the tasks import the services

    def unavailable() -> None:
        ReportRegeneration.objects.filter(pk=job.pk).update(queue_unavailable=True)
        job.queue_unavailable = True

    enqueue_on_commit(report_regeneration_run_task, on_unavailable=unavailable, job_id=job.pk)
    return job


def _make(job: ReportRegeneration) -> None:
    if job.kind == ReportKind.MONTHLY_KPIS:
        monthly_report_make(ccg=job.ccg, month=job.period)
    else:
        action_plan_report_make(ccg=job.ccg, fortnight=job.period)


LOST_ERROR = (
    "The report stopped several times before it was made, because the worker making "
    "it stopped (it was restarted, or ran out of memory). Ask for it again later."
)


def report_regeneration_run(*, job_id: int) -> bool:
    """Make the report again and replace the archive's; False when another worker has the job."""
    if not progress_job_claim(model=ReportRegeneration, pk=job_id):
        return False
    job = ReportRegeneration.objects.select_related("ccg").get(pk=job_id)
    try:
        with job_heartbeat(model=ReportRegeneration, pk=job_id):
            progress_job_step(
                model=ReportRegeneration,
                pk=job_id,
                progress=30,
                phase="Gathering the figures and writing the PDF and XLSX",
            )
            _make(job)
    except SoftTimeLimitExceeded:
        minutes = round(REGENERATION_TIME_LIMIT / 60)
        progress_job_fail(
            model=ReportRegeneration,
            pk=job_id,
            error=f"Making the report took longer than the {minutes} minutes allowed.",
        )
        raise
    except Exception as error:  # the page must say it failed, whatever went wrong
        logger.exception("Report regeneration %s failed", job_id)
        progress_job_fail(
            model=ReportRegeneration, pk=job_id, error=f"{type(error).__name__}: {error}"
        )
        return True
    progress_job_finish(model=ReportRegeneration, pk=job_id)
    return True


def report_regenerations_sweep(*, now: datetime.datetime) -> int:
    """Catch up after an outage: run again jobs whose worker died, run jobs the broker never
    delivered (or refused); fail jobs that stopped too often."""
    jobs = ReportRegeneration.objects.for_ccgs(Ccg.objects.values("pk"))  # acts for every CCG
    progress_jobs_lost_restart(jobs=jobs, now=now, error=LOST_ERROR)
    waiting = jobs.filter(status=RegenerationStatus.QUEUED).filter(
        Q(requested_at__lt=now - QUEUED_GRACE) | Q(queue_unavailable=True) | Q(attempts__gt=0)
    )
    oldest = waiting.order_by("requested_at").values_list("pk", flat=True)[:10]
    return sum(report_regeneration_run(job_id=pk) for pk in list(oldest))
