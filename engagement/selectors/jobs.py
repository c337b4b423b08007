"""Annual report jobs: what their page says when held up, and the queue's age for /healthz."""

import datetime

from django.conf import settings
from django.db.models import Min

from accounts.models import Ccg

from ..models import ReportJob, ReportJobStatus


def report_job_notice(*, job: ReportJob) -> str:
    """What the page tells the user about a job the queue or a worker has held up."""
    waiting = job.status == ReportJobStatus.QUEUED
    if waiting and job.queue_unavailable:
        return (
            "The job queue is not available just now. The documents will be made as soon as it "
            "is back: this page updates itself, or come back later."
        )
    if job.was_interrupted and job.is_running:
        return (
            "The worker making the documents stopped before it finished (it may have been "
            "restarted). They are being made again by themselves (attempt "
            f"{job.attempts + waiting} of {settings.JOB_MAX_ATTEMPTS})."
        )
    return ""


def report_job_oldest_queued() -> datetime.datetime | None:
    """When the report that has waited longest for a worker was asked for (every CCG's: no
    personal data)."""
    waiting = ReportJob.objects.for_ccgs(Ccg.objects.values("pk")).filter(
        status=ReportJobStatus.QUEUED
    )
    return waiting.aggregate(oldest=Min("requested_at"))["oldest"]
