"""Import jobs and their reports, sliced for the page."""

from django.db.models import QuerySet

from accounts.scoping import Scope
from stakeholders.importing.planning import CREATE, ERROR, SKIP, UPDATE
from stakeholders.importing.report import more_errors, more_errors_text
from stakeholders.models import ImportJob

SHOWN_PER_SECTION = 200


def import_job_list(*, scope: Scope) -> QuerySet[ImportJob]:
    return (
        ImportJob.objects.visible_to(scope)
        .select_related("ccg", "created_by", "distribution_list")
        .defer("content", "report")
    )


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
        "errors_more": more_errors_text(unlisted) if unlisted else "",
        "limit": limit,
    }


def import_report_rows(*, report: dict):
    """Every row of the report, with the errors it lists, for the CSV download."""
    errors: dict[int, list[str]] = {}
    for number, field, message in report.get("errors", []):
        errors.setdefault(number, []).append(f"{field}: {message}")
    for number, action, label, detail in report.get("rows", []):
        yield [
            number,
            action,
            label,
            "; ".join(errors.get(number, [])) if action == ERROR else detail,
        ]
    if more := more_errors(report):
        yield ["", ERROR, "", f"... {more_errors_text(more)}, not listed: fix those above first."]


IMPORT_REPORT_HEADERS = ["Row", "Action", "Contact", "Detail"]
