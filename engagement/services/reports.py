"""The annual engagement report job: requested from the page, run by a Celery worker, its
progress written to the job's row for the page to poll.

A job runs once: the worker claims it by moving it from queued to running in one UPDATE, so a
second delivery of the task (acks_late) or the catch-up sweep finds nothing to do."""

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from ccgcomms.queueing import enqueue_on_commit

from ..models import ReportJob, ReportJobStatus
from ..rendering import render_docx, render_pdf, report_blocks, report_title
from ..selectors.annual import annual_report

logger = logging.getLogger(__name__)
# A queued job older than this was never picked up (broker down): the sweep runs it.
QUEUED_GRACE = timedelta(minutes=2)
# A job running longer than this lost its worker: the sweep marks it failed.
RUNNING_LIMIT = timedelta(minutes=30)


@transaction.atomic
def report_job_request(*, ccg: Ccg, financial_year: int, by: User) -> ReportJob:
    """Queue a report, or hand back the same report already on its way."""
    recent = timezone.now() - RUNNING_LIMIT
    waiting = (
        ReportJob.objects.for_ccgs([ccg.pk])
        .filter(financial_year=financial_year, requested_at__gte=recent)
        .filter(status__in=[ReportJobStatus.QUEUED, ReportJobStatus.RUNNING])
        .first()
    )
    if waiting is not None:
        return waiting
    job = ReportJob.objects.create(ccg=ccg, financial_year=financial_year, requested_by=by)
    from ..tasks import report_job_run_task  # tasks import the services

    enqueue_on_commit(report_job_run_task, job_id=job.pk)
    return job


def _progress(job_id: int, progress: int, phase: str) -> None:
    ReportJob.objects.filter(pk=job_id).update(progress=progress, phase=phase)


def report_job_run(*, job_id: int) -> bool:
    """Gather, render and store the report; False when another worker has it (or had it)."""
    claimed = ReportJob.objects.filter(pk=job_id, status=ReportJobStatus.QUEUED).update(
        status=ReportJobStatus.RUNNING, started_at=timezone.now(), phase="Starting", progress=5
    )
    if not claimed:
        return False
    job = ReportJob.objects.select_related("ccg").get(pk=job_id)
    try:
        _progress(job_id, 10, "Gathering the year's engagement")
        report = annual_report(ccg=job.ccg, year=job.financial_year)
        title, blocks = report_title(report), report_blocks(report)
        _progress(job_id, 40, "Writing the Word document")
        docx = render_docx(title=title, blocks=blocks)
        _progress(job_id, 70, "Writing the PDF")
        pdf = render_pdf(title=title, blocks=blocks)
    except Exception as error:  # the page must say it failed, whatever went wrong
        logger.exception("Annual report job %s failed", job_id)
        ReportJob.objects.filter(pk=job_id).update(
            status=ReportJobStatus.FAILED,
            finished_at=timezone.now(),
            error=f"{type(error).__name__}: {error}"[:500],
        )
        return True
    ReportJob.objects.filter(pk=job_id).update(
        status=ReportJobStatus.DONE,
        docx=docx,
        pdf=pdf,
        progress=100,
        phase="Ready",
        finished_at=timezone.now(),
    )
    return True


def report_jobs_sweep(*, now: datetime) -> int:
    """Catch up after an outage: run jobs the broker never delivered; fail the abandoned."""
    jobs = ReportJob.objects.for_ccgs(Ccg.objects.values("pk"))  # the job acts for every CCG
    jobs.filter(status=ReportJobStatus.RUNNING, started_at__lt=now - RUNNING_LIMIT).update(
        status=ReportJobStatus.FAILED,
        finished_at=now,
        error="The job stopped before it finished. Ask for the report again.",
    )
    stale = jobs.filter(
        status=ReportJobStatus.QUEUED, requested_at__lt=now - QUEUED_GRACE
    ).values_list("pk", flat=True)
    return sum(report_job_run(job_id=pk) for pk in list(stale[:10]))
