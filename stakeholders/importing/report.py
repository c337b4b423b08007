"""The plan as the JSON report the page, the download and the command show.

Every row that imports, updates or is skipped is listed with its action, so the download is
complete; pages show the first few of each kind. Errors are listed up to a limit (the first
100 by default) and the rest counted: a file that is wrong throughout needs fixing at its
source, and 50,000 copies of one message would make a report of megabytes. Text from the
file is clipped, so the stored report grows with the rows that import, never with the
size of what a cell or a header holds."""

from django.conf import settings

from .headers import BY_FIELD, clip
from .planning import CREATE, ERROR, SKIP, UPDATE, Plan, RowPlan

LABEL_CHARS = 200  # a name and an e-mail
DETAIL_CHARS = 300
MESSAGE_CHARS = 400
HEADER_CHARS = 80
ORGANISATIONS_LISTED = 100  # the page shows 30; the count has them all

FIELD_LABELS = {
    **{column.field: column.header for column in BY_FIELD.values()},
    "locality_id": "Locality",
    "relationship_owner_id": "Relationship owner",
    "organisation_id": "Organisation",
}


def _detail(row: RowPlan, list_name: str) -> str:
    if row.action == UPDATE:
        changed = [FIELD_LABELS.get(name, name) for name in row.changes]
        if row.add_segments:
            changed.append("Segments")
        if row.subscribe:
            changed.append(f"added to {list_name}")
        return ", ".join(changed)
    if row.action == CREATE and row.subscribe:
        return f"{row.values.get('organisation', '')}; added to {list_name}".lstrip("; ")
    if row.action == CREATE:
        return row.values.get("organisation", "")
    return row.reason


def plan_report(plan: Plan, *, list_name: str = "", errors_listed: int | None = None) -> dict:
    if errors_listed is None:
        errors_listed = settings.STAKEHOLDER_IMPORT_ERRORS_LISTED
    header_map = plan.header_map
    unknown = header_map.unknown if header_map else []
    errors, listed_rows = [], set()
    errors_total = 0
    for row in plan.rows:
        for label, message in row.errors:
            errors_total += 1
            if len(errors) < errors_listed:
                errors.append([row.number, clip(label, HEADER_CHARS), clip(message, MESSAGE_CHARS)])
                listed_rows.add(row.number)
    new_organisations = sorted(plan.new_organisations.values(), key=str.casefold)
    return {
        "kind": plan.kind,
        "header_row": plan.header_row,
        "columns": [
            [clip(header_map.headers[name], HEADER_CHARS), BY_FIELD[name].header]
            for name in header_map.fields
        ]
        if header_map
        else [],
        "unknown_columns": [clip(header, HEADER_CHARS) for header in unknown],
        "file_errors": [clip(error, 2 * MESSAGE_CHARS) for error in plan.file_errors],
        "notes": [clip(note, 2 * MESSAGE_CHARS) for note in plan.notes],
        "new_organisations": [
            clip(name, HEADER_CHARS) for name in new_organisations[:ORGANISATIONS_LISTED]
        ],
        "counts": {
            "rows": len(plan.rows),
            CREATE: plan.count(CREATE),
            UPDATE: plan.count(UPDATE),
            SKIP: plan.count(SKIP),
            ERROR: plan.count(ERROR),
            "organisations": len(plan.new_organisations),
            "subscribe": sum(1 for row in plan.rows if row.subscribe),
        },
        "rows": [
            [
                row.number,
                row.action,
                clip(row.label, LABEL_CHARS),
                clip(_detail(row, list_name), DETAIL_CHARS),
            ]
            for row in plan.rows
            if row.action != ERROR or row.number in listed_rows
        ],
        "errors": errors,
        "errors_total": errors_total,
    }


def more_errors(report: dict) -> int:
    """How many errors the report counts but does not list."""
    listed = len(report.get("errors", []))
    return max(0, report.get("errors_total", listed) - listed)


def more_errors_text(count: int) -> str:
    return f"and {count:,} more error{'s' if count != 1 else ''}"


def report_lines(report: dict, *, limit: int | None = None) -> list[str]:
    """The report as text, for the management command."""
    counts = report.get("counts", {})
    lines = [f"File: {report.get('kind') or 'unknown'}; header on row {report.get('header_row')}."]
    lines += [f"Column '{written}' -> {field}" for written, field in report.get("columns", [])]
    lines += [
        f"Unknown column, ignored: '{header}'" for header in report.get("unknown_columns", [])
    ]
    lines += [f"Note: {note}" for note in report.get("notes", [])]
    lines += [f"File error: {error}" for error in report.get("file_errors", [])]
    if counts:
        lines.append(
            f"{counts.get('rows', 0)} rows: {counts.get(CREATE, 0)} to create, "
            f"{counts.get(UPDATE, 0)} to update, {counts.get(SKIP, 0)} to skip, "
            f"{counts.get(ERROR, 0)} with errors; {counts.get('organisations', 0)} new "
            f"organisations; {counts.get('subscribe', 0)} to add to the list."
        )
    shown = report.get("rows", [])[:limit] if limit else report.get("rows", [])
    lines += [
        f"Row {n}: {action} {label} {('— ' + detail) if detail else ''}".rstrip()
        for n, action, label, detail in shown
        if action != ERROR
    ]
    lines += [f"Row {n}, {field}: {message}" for n, field, message in report.get("errors", [])]
    if more := more_errors(report):
        lines.append(f"... {more_errors_text(more)}.")
    return lines
