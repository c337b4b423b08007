"""An import's life: uploaded -> checked (the dry run) -> confirmed -> imported.

The web, the Celery tasks and `manage.py import_stakeholders` all go through these functions.
Small files are checked in the request, within a time budget; large ones, and small ones that
run past the budget, are Celery jobs that report progress on the job row. Each step first
claims the job with a conditional update, so a task delivered twice, or a sweep that
re-queues it, does the work once. Both steps are safe to run again after a worker dies: the
check writes only its report, and the import writes the register and marks itself imported
in one transaction, which a dead worker's connection rolls back."""

import datetime
import logging

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts.models import Ccg, User
from core.jobs import job_heartbeat, job_stale_before
from core.queueing import enqueue_on_commit
from stakeholders.importing.limits import Deadline, ImportLimits, OverTime, too_big_message
from stakeholders.importing.planning import ListOptions, plan_import
from stakeholders.importing.progress import job_progress
from stakeholders.importing.reading import unpacked_size
from stakeholders.importing.report import plan_report
from stakeholders.importing.writing import write_plan
from stakeholders.models import DistributionList, ImportJob, ImportStatus

logger = logging.getLogger(__name__)

# Where the check ran: an import checked in the request may be imported there too.
IN_REQUEST, ON_WORKER = "request", "worker"
# An .xlsx is packed about ten to one; more than that, in a small file, is built to be slow.
INLINE_UNPACK_RATIO = 10
REQUEUE_AFTER = datetime.timedelta(minutes=2)  # a task the broker lost
UNCONFIRMED_EXPIRE = datetime.timedelta(days=1)
REPORT_DETAIL_KEPT = datetime.timedelta(days=30)
# A worker stops a check or an import that runs this long (soft limit: the job fails cleanly).
IMPORT_TIME_LIMIT = getattr(settings, "STAKEHOLDER_IMPORT_TIME_LIMIT", 30 * 60)


class _PlanFailed(Exception):
    def __init__(self, plan):
        self.plan = plan


def _options(job: ImportJob) -> ListOptions:
    return ListOptions(
        distribution_list=job.distribution_list,
        lawful_basis=job.lawful_basis,
        source=job.consent_source or f"Import of {job.filename}",
        default_consent_date=job.default_consent_date,
    )


def _list_name(job: ImportJob) -> str:
    return job.distribution_list.name if job.distribution_list_id else ""


@transaction.atomic
def import_job_create(
    *,
    ccg: Ccg,
    user: User | None,
    filename: str,
    content: bytes,
    distribution_list: DistributionList | None = None,
    lawful_basis: str = "",
    consent_source: str = "",
    default_consent_date: datetime.date | None = None,
) -> ImportJob:
    limits = ImportLimits.from_settings()
    if len(content) > limits.max_file_bytes:
        raise ValidationError({"file": too_big_message(len(content), limits)})
    if distribution_list is not None:
        if distribution_list.ccg_id != ccg.pk:
            raise ValidationError({"distribution_list": "Choose a list of the same CCG."})
        if not lawful_basis:
            raise ValidationError({"lawful_basis": "Choose the lawful basis for the list."})
    job = ImportJob(
        ccg=ccg,
        created_by=user,
        filename=filename[:255],
        size=len(content),
        content=content,
        distribution_list=distribution_list,
        lawful_basis=lawful_basis if distribution_list else "",
        consent_source=consent_source,
        default_consent_date=default_consent_date,
    )
    job.full_clean(exclude=["content"])
    job.save()
    return job


def _queue(job: ImportJob, task) -> None:
    """Queue the job's next step; if the broker is down, say so on the job (its page tells the
    user it starts when the queue is back, and the sweep queues it then)."""

    def unavailable() -> None:
        ImportJob.objects.filter(pk=job.pk).update(queue_unavailable=True)
        job.queue_unavailable = True

    enqueue_on_commit(task, on_unavailable=unavailable, job_id=job.pk)


def import_job_start(*, inline: bool | None = None, **create_args) -> ImportJob:
    """Create the job and check it: here when `inline` (the command line), in the request
    when the file is small and the check keeps to the request's time budget, else on a
    worker."""
    from stakeholders.tasks import import_job_check_task

    job = import_job_create(**create_args)
    if inline:
        seconds = settings.STAKEHOLDER_IMPORT_CHECK_SECONDS
        checked = _check(job.pk, Deadline(seconds), checked_in=ON_WORKER, content=job.content)
        return checked or job
    content = create_args["content"]
    if inline is None and _fits_in_request(content):
        seconds = settings.STAKEHOLDER_IMPORT_INLINE_SECONDS
        return _check(job.pk, Deadline(seconds), checked_in=IN_REQUEST, content=content) or job
    _queue(job, import_job_check_task)
    return job


def _fits_in_request(content: bytes) -> bool:
    inline_bytes = settings.STAKEHOLDER_IMPORT_INLINE_KB * 1024
    return (
        len(content) <= inline_bytes
        and unpacked_size(content) <= INLINE_UNPACK_RATIO * inline_bytes
    )


def _claim(job_id: int, waiting: str, running: str) -> ImportJob | None:
    now = timezone.now()
    claimed = ImportJob.objects.filter(pk=job_id, status=waiting).update(
        status=running,
        started_at=now,
        heartbeat_at=now,
        attempts=F("attempts") + 1,
        queue_unavailable=False,
        processed=0,
        phase="",
    )
    if not claimed:
        return None
    jobs = ImportJob.objects.select_related("ccg", "distribution_list", "confirmed_by")
    # The file is read separately (_content) and the check's report is not needed to import:
    # both are large for a large file, and deferred fields are left alone by save().
    deferred = ("content", "report") if running == ImportStatus.IMPORTING else ("content",)
    return jobs.defer(*deferred).get(pk=job_id)


def _content(job: ImportJob) -> bytes:
    return bytes(ImportJob.objects.values_list("content", flat=True).get(pk=job.pk))


def import_job_check(*, job_id: int) -> ImportJob | None:
    """The dry run, on a worker: what the import would do, row by row. Writes nothing but
    the report."""
    seconds = settings.STAKEHOLDER_IMPORT_CHECK_SECONDS
    return _check(job_id, Deadline(seconds), checked_in=ON_WORKER)


def _check(
    job_id: int, deadline: Deadline, *, checked_in: str, content: bytes | None = None
) -> ImportJob | None:
    """`content`, when the caller has the file already, saves reading it back: one copy
    fewer of up to 20 MB."""
    from stakeholders.tasks import import_job_check_task

    job = _claim(job_id, ImportStatus.UPLOADED, ImportStatus.CHECKING)
    if job is None:
        return None
    try:
        with (
            job_heartbeat(model=ImportJob, pk=job.pk),
            job_progress(job.pk, "Checking rows") as progress,
        ):
            plan = plan_import(
                content=content if content is not None else _content(job),
                filename=job.filename,
                ccg=job.ccg,
                options=_options(job),
                progress=progress,
                deadline=deadline,
            )
    except SoftTimeLimitExceeded:
        logger.warning("Import job %s: the check ran out of time", job.pk)
        return _finish(job, ImportStatus.FAILED, _out_of_time(job))
    except OverTime:
        if checked_in == IN_REQUEST:
            # Too slow for a page: a worker takes it on and the page shows its progress.
            ImportJob.objects.filter(pk=job.pk).update(
                status=ImportStatus.UPLOADED, started_at=None, processed=0, total=0, phase=""
            )
            _queue(job, import_job_check_task)
            job.refresh_from_db(fields=["status", "started_at", "processed", "total", "phase"])
            return job
        logger.warning("Import job %s: the check ran out of time", job.pk)
        return _finish(job, ImportStatus.FAILED, _over_time(deadline))
    except Exception:
        logger.exception("Import job %s: the check failed", job.pk)
        return _finish(job, ImportStatus.FAILED, _unexpected(job))
    job.report = plan_report(plan, list_name=_list_name(job))
    job.report["checked_in"] = checked_in
    job.status = ImportStatus.CHECKED
    job.total = job.processed = len(plan.rows)
    job.finished_at = timezone.now()
    job.save()
    return job


def _over_time(deadline: Deadline) -> dict:
    minutes = max(1, round(deadline.seconds / 60))
    return {
        "file_errors": [
            f"Nothing was imported: checking the file took more than {minutes} minute"
            f"{'s' if minutes != 1 else ''} and was stopped. Split it into smaller files "
            "and import them one at a time."
        ]
    }


def import_job_confirm(
    *, job: ImportJob, user: User | None, inline: bool | None = None
) -> ImportJob:
    """The user has seen the check and wants it done."""
    from stakeholders.tasks import import_job_apply_task

    if not job.can_confirm:
        raise ValidationError("Only a checked import without errors can be imported.")
    job.status = ImportStatus.CONFIRMED
    job.confirmed_by = user
    job.queued_at = timezone.now()
    job.attempts = 0  # the import's own attempts, not the check's
    job.save(update_fields=["status", "confirmed_by", "queued_at", "attempts"])
    if inline if inline is not None else job.report.get("checked_in") == IN_REQUEST:
        return import_job_apply(job_id=job.pk) or job
    _queue(job, import_job_apply_task)
    return job


def import_job_apply(*, job_id: int) -> ImportJob | None:
    """Import for real, all or nothing. The plan is made again inside the transaction,
    because the register may have changed since the check."""
    job = _claim(job_id, ImportStatus.CONFIRMED, ImportStatus.IMPORTING)
    if job is None:
        return None
    reason = f"Imported from {job.filename}"
    # Inside a caller's transaction the job row is locked by the claim and progress could
    # not be seen anyway, so the side connection is only for a transaction of our own.
    own_transaction = not transaction.get_connection().in_atomic_block
    try:
        with (
            job_heartbeat(model=ImportJob, pk=job.pk),
            transaction.atomic(),
            job_progress(
                job.pk, "Importing", in_transaction=True, side=own_transaction
            ) as progress,
        ):
            # One import per CCG at a time: two would both create the same new people.
            Ccg.objects.select_for_update().get(pk=job.ccg_id)
            progress.phase = "Checking rows again"
            plan = plan_import(
                content=_content(job),
                filename=job.filename,
                ccg=job.ccg,
                options=_options(job),
                progress=progress,
            )
            if not plan.ok:
                raise _PlanFailed(plan)
            progress.phase = "Writing to the register"
            result = write_plan(
                plan=plan,
                ccg=job.ccg,
                user=job.confirmed_by,
                reason=reason,
                options=_options(job),
                progress=progress,
            )
            report = plan_report(plan, list_name=_list_name(job))
            report["result"] = result
            # In the same transaction as the register's changes: an import whose worker dies
            # before this commits wrote nothing, and one marked imported wrote everything.
            return _finish(job, ImportStatus.IMPORTED, report)
    except _PlanFailed as failed:
        report = plan_report(failed.plan, list_name=_list_name(job))
        report["file_errors"] = [
            "Nothing was imported: the register changed since the check and the file no "
            "longer imports cleanly. See the errors below, then upload it again.",
            *report["file_errors"],
        ]
        return _finish(job, ImportStatus.FAILED, report)
    except SoftTimeLimitExceeded:
        logger.warning("Import job %s ran out of time; nothing was written", job.pk)
        return _finish(job, ImportStatus.FAILED, _out_of_time(job))
    except Exception:
        logger.exception("Import job %s failed", job.pk)
        return _finish(job, ImportStatus.FAILED, _unexpected(job))


def _unexpected(job: ImportJob) -> dict:
    message = (
        "Nothing was imported: the import stopped on an unexpected error. Try again; if it "
        f"happens again, tell the portal's administrator (import job {job.pk})."
    )
    return {**job.report, "file_errors": [message]}


def _out_of_time(job: ImportJob) -> dict:
    minutes = round(IMPORT_TIME_LIMIT / 60)
    message = (
        f"Nothing was imported: the job ran for longer than the {minutes} minutes a job may run. "
        "Split the file into smaller files and import each of them."
    )
    return {**job.report, "file_errors": [message]}


def _gave_up(job_id: int, attempts: int) -> dict:
    return {
        "file_errors": [
            f"Nothing was imported: the job stopped {attempts} times before it finished, because "
            "the worker running it stopped (it was restarted, or ran out of memory). Upload the "
            "file again later, or split it into smaller files; if it happens again, tell the "
            f"portal's administrator (import job {job_id})."
        ]
    }


def _finish(job: ImportJob, status: str, report: dict) -> ImportJob:
    job.status = status
    job.report = report
    job.content = b""  # the file is personal data: kept no longer than the import needs it
    job.finished_at = timezone.now()
    job.processed = job.total = report.get("counts", {}).get("rows", job.total)
    job.save()
    return job


@transaction.atomic
def import_job_cancel(*, job: ImportJob) -> ImportJob:
    if job.status not in (ImportStatus.UPLOADED, ImportStatus.CHECKED):
        raise ValidationError("Only an import that has not started can be cancelled.")
    job.status = ImportStatus.CANCELLED
    job.content = b""
    job.finished_at = timezone.now()
    job.save()
    return job


# A running step whose worker died goes back to the status it was claimed from.
_RESTART = {
    ImportStatus.CHECKING: ImportStatus.UPLOADED,
    ImportStatus.IMPORTING: ImportStatus.CONFIRMED,
}


def _step_tasks() -> dict:
    from stakeholders.tasks import import_job_apply_task, import_job_check_task

    return {
        ImportStatus.UPLOADED: import_job_check_task,
        ImportStatus.CONFIRMED: import_job_apply_task,
    }


def _lost_jobs_restart(*, now: datetime.datetime) -> tuple[int, int]:
    """Jobs whose worker stopped beating (it died): run them again, up to JOB_MAX_ATTEMPTS in
    all, else fail them. Nothing of theirs was written (see the module's docstring)."""
    stale_before = job_stale_before(now=now)
    beat_at = Coalesce("heartbeat_at", "started_at")
    restarted = failed = 0
    lost = (
        ImportJob.objects.filter(status__in=_RESTART)
        .alias(beat_at=beat_at)
        .filter(Q(beat_at__lt=stale_before) | Q(beat_at__isnull=True))
        .values_list("pk", "status", "attempts")
    )
    for job_id, status, attempts in lost:
        # Conditional on the same state, so a worker that beats just now keeps its job.
        still_lost = (
            ImportJob.objects.filter(pk=job_id, status=status)
            .alias(beat_at=beat_at)
            .filter(Q(beat_at__lt=stale_before) | Q(beat_at__isnull=True))
        )
        if attempts < settings.JOB_MAX_ATTEMPTS:
            logger.warning("Import job %s: its worker stopped; running it again", job_id)
            waiting = _RESTART[status]
            if still_lost.update(status=waiting, queued_at=now, processed=0, phase=""):
                _queue(ImportJob(pk=job_id), _step_tasks()[waiting])
                restarted += 1
        else:
            logger.error("Import job %s: its worker stopped %s times; failed", job_id, attempts)
            failed += still_lost.update(
                status=ImportStatus.FAILED,
                content=b"",
                finished_at=now,
                report=_gave_up(job_id, attempts),
            )
    return restarted, failed


def _waiting_jobs_queue(*, now: datetime.datetime) -> int:
    """Queue jobs the broker refused (at once) or lost (after a while)."""
    tasks = _step_tasks()
    waiting = ImportJob.objects.filter(status__in=tasks).filter(
        Q(queued_at__lt=now - REQUEUE_AFTER) | Q(queue_unavailable=True)
    )
    queued = 0
    for job in waiting.only("pk", "status"):
        _queue(job, tasks[job.status])
        queued += 1
    return queued


def import_jobs_sweep(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """The scheduled clean-up: run again jobs whose worker died, queue jobs the broker lost or
    refused, expire unconfirmed checks and trim old reports. Safe to run twice."""
    now = now or timezone.now()
    jobs = ImportJob.objects.all()
    restarted, stale = _lost_jobs_restart(now=now)
    requeued = _waiting_jobs_queue(now=now)
    expired = jobs.filter(
        status=ImportStatus.CHECKED, finished_at__lt=now - UNCONFIRMED_EXPIRE
    ).update(status=ImportStatus.CANCELLED, content=b"")
    trimmed = 0
    for job in (
        jobs.filter(finished_at__lt=now - REPORT_DETAIL_KEPT)
        .filter(Q(report__has_key="rows") | Q(report__has_key="errors"))
        .only("pk", "report")
    ):
        if job.report.get("rows") or job.report.get("errors"):
            kept = {"counts": job.report.get("counts", {}), "result": job.report.get("result", {})}
            ImportJob.objects.filter(pk=job.pk).update(report=kept)
            trimmed += 1
    return {
        "restarted": restarted,
        "requeued": requeued,
        "failed": stale,
        "expired": expired,
        "trimmed": trimmed,
    }
