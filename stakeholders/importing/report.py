"""The plan as the JSON report the page, the download and the command show.

Every row is listed with its action, so the download is complete; pages show the first few
of each kind."""

from .headers import BY_FIELD
from .planning import CREATE, ERROR, SKIP, UPDATE, Plan, RowPlan

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


def plan_report(plan: Plan, *, list_name: str = "") -> dict:
    header_map = plan.header_map
    return {
        "kind": plan.kind,
        "header_row": plan.header_row,
        "columns": [[header_map.headers[name], BY_FIELD[name].header] for name in header_map.fields]
        if header_map
        else [],
        "unknown_columns": header_map.unknown if header_map else [],
        "file_errors": plan.file_errors,
        "notes": plan.notes,
        "new_organisations": sorted(plan.new_organisations.values(), key=str.casefold),
        "counts": {
            "rows": len(plan.rows),
            CREATE: plan.count(CREATE),
            UPDATE: plan.count(UPDATE),
            SKIP: plan.count(SKIP),
            ERROR: plan.count(ERROR),
            "organisations": len(plan.new_organisations),
            "subscribe": sum(1 for row in plan.rows if row.subscribe),
        },
        "rows": [[row.number, row.action, row.label, _detail(row, list_name)] for row in plan.rows],
        "errors": [
            [row.number, label, message] for row in plan.rows for label, message in row.errors
        ],
    }


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
    return lines
