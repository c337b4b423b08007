"""The annual engagement report job: requested from the page, run by a Celery worker, its
progress written to the job's row for the page to poll.

A job runs once: the worker claims it by moving it from queued to running in one UPDATE, so a
second delivery of the task (acks_late) or the catch-up sweep finds nothing to do. It writes
nothing but its own row, so a job whose worker died (its heartbeat stopped) is simply run again
by the sweep, up to JOB_MAX_ATTEMPTS in all."""

import logging
from datetime import datetime, timedelta

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

from ..models import ReportJob, ReportJobStatus
from ..rendering import render_docx, render_pdf, report_blocks, report_title
from ..selectors.annual import annual_report

logger = logging.getLogger(__name__)
# A queued job older than this was never picked up (broker down): the sweep runs it.
QUEUED_GRACE = timedelta(minutes=2)
# A request within this time of an earlier one for the same report gets the earlier job.
RUNNING_LIMIT = timedelta(minutes=30)
# A worker stops a report that runs this long (soft limit: the job fails cleanly).
REPORT_TIME_LIMIT = 10 * 60


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

    def unavailable() -> None:
        # The page says it starts when the queue is back; the sweep runs it then.
        ReportJob.objects.filter(pk=job.pk).update(queue_unavailable=True)
        job.queue_unavailable = True

    enqueue_on_commit(report_job_run_task, on_unavailable=unavailable, job_id=job.pk)
    return job


LOST_ERROR = (
    "The job stopped several times before it finished, because the worker making the "
    "documents stopped (it was restarted, or ran out of memory). Ask for them again later."
)


def report_job_run(*, job_id: int) -> bool:
    """Gather, render and store the report; False when another worker has it (or had it)."""
    if not progress_job_claim(model=ReportJob, pk=job_id):
        return False
    job = ReportJob.objects.select_related("ccg").get(pk=job_id)
    try:
        with job_heartbeat(model=ReportJob, pk=job_id):
            progress_job_step(
                model=ReportJob, pk=job_id, progress=10, phase="Gathering the year's engagement"
            )
            report = annual_report(ccg=job.ccg, year=job.financial_year)
            title, blocks = report_title(report), report_blocks(report)
            progress_job_step(
                model=ReportJob, pk=job_id, progress=40, phase="Writing the Word document"
            )
            docx = render_docx(title=title, blocks=blocks)
            progress_job_step(model=ReportJob, pk=job_id, progress=70, phase="Writing the PDF")
            pdf = render_pdf(title=title, blocks=blocks)
    except SoftTimeLimitExceeded:
        logger.warning("Annual report job %s ran out of time", job_id)
        minutes = round(REPORT_TIME_LIMIT / 60)
        progress_job_fail(
            model=ReportJob,
            pk=job_id,
            error=f"Making the documents took longer than the {minutes} minutes allowed.",
        )
        raise  # a sweep running several jobs stops here too
    except Exception as error:  # the page must say it failed, whatever went wrong
        logger.exception("Annual report job %s failed", job_id)
        progress_job_fail(model=ReportJob, pk=job_id, error=f"{type(error).__name__}: {error}")
        return True
    progress_job_finish(model=ReportJob, pk=job_id, docx=docx, pdf=pdf)
    return True


def report_jobs_sweep(*, now: datetime) -> int:
    """Catch up after an outage: run jobs whose worker died and jobs the broker never
    delivered (or refused); fail jobs that stopped too often."""
    jobs = ReportJob.objects.for_ccgs(Ccg.objects.values("pk"))  # the job acts for every CCG
    progress_jobs_lost_restart(jobs=jobs, now=now, error=LOST_ERROR)
    waiting = jobs.filter(status=ReportJobStatus.QUEUED).filter(
        Q(requested_at__lt=now - QUEUED_GRACE) | Q(queue_unavailable=True) | Q(attempts__gt=0)
    )
    oldest = waiting.order_by("requested_at").values_list("pk", flat=True)[:10]
    return sum(report_job_run(job_id=pk) for pk in list(oldest))
