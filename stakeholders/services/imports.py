"""An import's life: uploaded -> checked (the dry run) -> confirmed -> imported.

The web, the Celery tasks and `manage.py import_stakeholders` all go through these functions.
Small files are checked in the request, within a time budget; large ones, and small ones that
run past the budget, are Celery jobs that report progress on the job row. Each step first
claims the job with a conditional update, so a task delivered twice, or a sweep that
re-queues it, does the work once."""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from ccgcomms.queueing import enqueue_on_commit
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
STALE_AFTER = datetime.timedelta(hours=1)  # a worker that died mid-job
UNCONFIRMED_EXPIRE = datetime.timedelta(days=1)
REPORT_DETAIL_KEPT = datetime.timedelta(days=30)


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
    enqueue_on_commit(import_job_check_task, job_id=job.pk)
    return job


def _fits_in_request(content: bytes) -> bool:
    inline_bytes = settings.STAKEHOLDER_IMPORT_INLINE_KB * 1024
    return (
        len(content) <= inline_bytes
        and unpacked_size(content) <= INLINE_UNPACK_RATIO * inline_bytes
    )


def _claim(job_id: int, waiting: str, running: str) -> ImportJob | None:
    claimed = ImportJob.objects.filter(pk=job_id, status=waiting).update(
        status=running, started_at=timezone.now(), processed=0, phase=""
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
        with job_progress(job.pk, "Checking rows") as progress:
            plan = plan_import(
                content=content if content is not None else _content(job),
                filename=job.filename,
                ccg=job.ccg,
                options=_options(job),
                progress=progress,
                deadline=deadline,
            )
    except OverTime:
        if checked_in == IN_REQUEST:
            # Too slow for a page: a worker takes it on and the page shows its progress.
            ImportJob.objects.filter(pk=job.pk).update(
                status=ImportStatus.UPLOADED, started_at=None, processed=0, total=0, phase=""
            )
            enqueue_on_commit(import_job_check_task, job_id=job.pk)
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
    job.save(update_fields=["status", "confirmed_by"])
    if inline if inline is not None else job.report.get("checked_in") == IN_REQUEST:
        return import_job_apply(job_id=job.pk) or job
    enqueue_on_commit(import_job_apply_task, job_id=job.pk)
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
    except _PlanFailed as failed:
        report = plan_report(failed.plan, list_name=_list_name(job))
        report["file_errors"] = [
            "Nothing was imported: the register changed since the check and the file no "
            "longer imports cleanly. See the errors below, then upload it again.",
            *report["file_errors"],
        ]
        return _finish(job, ImportStatus.FAILED, report)
    except Exception:
        logger.exception("Import job %s failed", job.pk)
        return _finish(job, ImportStatus.FAILED, _unexpected(job))
    report = plan_report(plan, list_name=_list_name(job))
    report["result"] = result
    return _finish(job, ImportStatus.IMPORTED, report)


def _unexpected(job: ImportJob) -> dict:
    message = (
        "Nothing was imported: the import stopped on an unexpected error. Try again; if it "
        f"happens again, tell the portal's administrator (import job {job.pk})."
    )
    return {**job.report, "file_errors": [message]}


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


def import_jobs_sweep(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """The scheduled clean-up: re-queue tasks the broker lost, fail jobs whose worker died
    (their transaction rolled back, so nothing was written), expire unconfirmed checks and
    trim old reports. Safe to run twice."""
    from stakeholders.tasks import import_job_apply_task, import_job_check_task

    now = now or timezone.now()
    jobs = ImportJob.objects.all()
    waiting = {
        ImportStatus.UPLOADED: import_job_check_task,
        ImportStatus.CONFIRMED: import_job_apply_task,
    }
    requeued = 0
    for status, task in waiting.items():
        lost = jobs.filter(status=status, created_at__lt=now - REQUEUE_AFTER)
        for job_id in lost.values_list("pk", flat=True):
            enqueue_on_commit(task, job_id=job_id)
            requeued += 1
    stale = jobs.filter(
        status__in=[ImportStatus.CHECKING, ImportStatus.IMPORTING], started_at__lt=now - STALE_AFTER
    ).update(
        status=ImportStatus.FAILED,
        content=b"",
        finished_at=now,
        report={
            "file_errors": ["Nothing was imported: the job was interrupted. Upload the file again."]
        },
    )
    expired = jobs.filter(
        status=ImportStatus.CHECKED, finished_at__lt=now - UNCONFIRMED_EXPIRE
    ).update(status=ImportStatus.CANCELLED, content=b"")
    trimmed = 0
    for job in (
        jobs.filter(finished_at__lt=now - REPORT_DETAIL_KEPT)
        .exclude(report={})
        .only("pk", "report")
    ):
        if job.report.get("rows") or job.report.get("errors"):
            kept = {"counts": job.report.get("counts", {}), "result": job.report.get("result", {})}
            ImportJob.objects.filter(pk=job.pk).update(report=kept)
            trimmed += 1
    return {"requeued": requeued, "failed": stale, "expired": expired, "trimmed": trimmed}
