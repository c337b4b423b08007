"""Import jobs and their reports, sliced for the page."""

import datetime

from django.conf import settings
from django.db.models import Min, QuerySet

from accounts.scoping import Scope
from stakeholders.importing.planning import CREATE, ERROR, SKIP, UPDATE
from stakeholders.importing.report import more_errors, more_errors_text
from stakeholders.models import DistributionList, ImportJob, ImportStatus

SHOWN_PER_SECTION = 200
ADD_IMPORT = "stakeholders.add_importjob"


def import_job_list(*, scope: Scope) -> QuerySet[ImportJob]:
    return (
        ImportJob.objects.visible_to(scope)
        .select_related("ccg", "created_by", "distribution_list")
        .defer("content", "report")
    )


def import_lists(*, scope: Scope) -> QuerySet[DistributionList]:
    """Open lists an import may add everyone to: in the CCGs the user may import into."""
    return (
        DistributionList.objects.visible_to(scope)
        .filter(ccg_id__in=scope.ccg_ids_with(ADD_IMPORT), archived=False)
        .select_related("ccg")
    )


def import_job_oldest_queued() -> datetime.datetime | None:
    """When the import that has waited longest for a worker was queued (for /healthz: every
    CCG's, and no personal data)."""
    waiting = ImportJob.objects.filter(status__in=[ImportStatus.UPLOADED, ImportStatus.CONFIRMED])
    return waiting.aggregate(oldest=Min("queued_at"))["oldest"]


def import_job_notice(*, job: ImportJob) -> str:
    """What the page tells the user about a job the queue or a worker has held up."""
    if job.is_waiting and job.queue_unavailable:
        return (
            "The job queue is not available just now. The import will start by itself as soon "
            "as it is back: you can leave this page and come back later."
        )
    if job.was_interrupted and job.is_running:
        step = "check" if job.status in (ImportStatus.UPLOADED, ImportStatus.CHECKING) else "import"
        return (
            f"The worker running this {step} stopped before it finished (it may have been "
            f"restarted). Nothing from that attempt was written. The {step} is running again by "
            f"itself (attempt {job.attempts + job.is_waiting} of "
            f"{settings.JOB_MAX_ATTEMPTS})."
        )
    return ""


def errors_heading(*, rows: int, errors: int) -> str:
    """'1 row has 5 errors': the rows counted above, and the errors listed below."""
    row_words = "1 row has" if rows == 1 else f"{rows:,} rows have"
    return f"{row_words} {errors:,} error{'' if errors == 1 else 's'}"


def import_report_sections(*, report: dict, limit: int = SHOWN_PER_SECTION) -> dict:
    """The first `limit` rows of each action, and how many there are in all."""
    sections = {action: [] for action in (CREATE, UPDATE, SKIP)}
    totals = dict.fromkeys(sections, 0)
    for number, action, label, detail in report.get("rows", []):
        if action in sections:
            totals[action] += 1
            if len(sections[action]) < limit:
                sections[action].append({"row": number, "label": label, "detail": detail})
    errors = report.get("errors", [])
    shown = errors[:limit]
    unlisted = more_errors(report) + len(errors) - len(shown)
    return {
        "sections": [
            {"action": action, "rows": sections[action], "total": totals[action]}
            for action in (UPDATE, CREATE, SKIP)
        ],
        "errors": [{"row": n, "field": f, "message": m} for n, f, m in shown],
        "errors_total": len(shown) + unlisted,
        "errors_heading": errors_heading(
            rows=report.get("counts", {}).get("error", 0), errors=len(shown) + unlisted
        ),
        "errors_more": more_errors_text(unlisted) if unlisted else "",
        "limit": limit,
    }


def import_report_rows(*, report: dict):
    """Every row of the report, with the errors it lists, for the CSV download."""
    errors: dict[int, list[str]] = {}
    for number, field, message in report.get("errors", []):
        errors.setdefault(number, []).append(f"{field}: {message}")
    for number, action, label, detail in report.get("rows", []):
        yield {
            "row": number,
            "action": action,
            "contact": label,
            "detail": "; ".join(errors.get(number, [])) if action == ERROR else detail,
        }
    if more := more_errors(report):
        more = f"... {more_errors_text(more)}, not listed: fix those above first."
        yield {"row": "", "action": ERROR, "contact": "", "detail": more}
