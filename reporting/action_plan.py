"""The fortnightly action-plan report (RAG) of a CCG: every action of its plans, grouped by
plan (the CCG's own action plan, then each campaign's), with owner, target date, status and the
RAG shown today (red once the target date has passed and the action is not done). PDF through
the same renderer as the monthly KPI report, and an XLSX workbook.

A fortnight starts on a Monday counted from FORTNIGHT_ANCHOR; its report is made on its first
working day on the CCG's calendar."""

import datetime
import io

from openpyxl import Workbook

from campaigns.selectors import action_plan_items
from core.pdf import Heading, Paragraph, Table, render_pdf

HEADERS = ("Action", "Owner", "Target date", "Status", "RAG")
CCG_PLAN = "Communications and engagement action plan"
# A Monday: fortnights run from it in steps of 14 days, the same for every CCG.
FORTNIGHT_ANCHOR = datetime.date(2026, 1, 5)


def fortnight_of(day: datetime.date) -> datetime.date:
    """The Monday that starts the fortnight holding `day`."""
    return day - datetime.timedelta(days=(day - FORTNIGHT_ANCHOR).days % 14)


def action_plan_title(*, ccg_name: str, fortnight: datetime.date) -> str:
    return f"{ccg_name}: action-plan report (RAG), fortnight from {fortnight:%-d %B %Y}"


def action_plan_rows(*, ccg_id: int, today: datetime.date) -> list[tuple[str, list[tuple]]]:
    """[(plan, [(action, owner, target date, status, RAG), ...]), ...]; one query."""
    groups: dict[str, list[tuple]] = {}
    for item in action_plan_items(ccg_id=ccg_id, today=today):
        plan = item.campaign.name if item.campaign else CCG_PLAN
        groups.setdefault(plan, []).append(
            (
                item.title,
                str(item.owner),
                f"{item.target_date:%-d %b %Y}",
                item.get_status_display(),
                item.rag_now.capitalize(),
            )
        )
    return list(groups.items())


def render_action_plan_pdf(*, title: str, groups: list[tuple[str, list[tuple]]]) -> bytes:
    blocks = [
        Paragraph(
            "Every action of the CCG's plans as it stood when the report was made. RAG is the "
            "owner's rating, and red once the target date has passed and the action is not done."
        )
    ]
    if not groups:
        blocks.append(Paragraph("No actions in any plan."))
    for plan, rows in groups:
        blocks += [Heading(plan), Table(caption=plan, headers=HEADERS, rows=tuple(rows))]
    return render_pdf(title=title, blocks=blocks)


def render_action_plan_xlsx(*, title: str, groups: list[tuple[str, list[tuple]]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actions"
    sheet.append([title])
    sheet.append(["Plan", *HEADERS])
    for plan, rows in groups:
        for row in rows:
            sheet.append([plan, *row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
