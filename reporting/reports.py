"""The monthly one-page KPI report of a CCG, from its snapshots: the same figures as the
dashboard, as a tagged PDF (core.pdf: headings, tables with header cells, the headline KPIs'
trends as figures with alt text) and an XLSX workbook."""

import datetime
import io

from openpyxl import Workbook

from core.pdf import BarChart, Charts, Heading, Paragraph, Table, render_pdf

from .kpis.dashboard import kpi_dashboard
from .presenters import present

HEADERS = ("KPI", "Value", "RAG", "Target", "Change on the month before")


def report_title(*, ccg_name: str, month: datetime.date) -> str:
    return f"{ccg_name}: communications and engagement KPIs, {month:%B %Y}"


def report_rows(*, ccg_id: int, month: datetime.date) -> list[tuple[str, list[tuple]]]:
    board = kpi_dashboard(ccg_ids=[ccg_id], month=month)
    return [
        (
            group,
            [
                (k.kpi.name, k.value_display, k.rag_label, k.target_display, k.change_display)
                for k in present(rows)
            ],
        )
        for group, rows in board.groups
    ]


def report_charts(*, ccg_id: int, month: datetime.date) -> list[BarChart]:
    """The headline KPIs' last twelve months, as bar charts (the governing body's home page's
    KPIs: all of them would not fit the page)."""
    board = kpi_dashboard(ccg_ids=[ccg_id], month=month)
    return [k.bar_chart for k in present(board.headline)]


def render_report_pdf(*, title: str, groups: list[tuple[str, list[tuple]]], charts=()) -> bytes:
    blocks = [
        Paragraph(
            "Each KPI's value for the month, from the nightly snapshots, against the CCG's "
            "target where it has one (RAG: on, near or off target)."
        )
    ]
    for group, rows in groups:
        blocks += [Heading(group), Table(caption=group, headers=HEADERS, rows=tuple(rows))]
    if charts:
        blocks += [Heading("Headline KPIs over twelve months"), Charts(tuple(charts))]
    return render_pdf(title=title, blocks=blocks)


def render_report_xlsx(*, title: str, groups: list[tuple[str, list[tuple]]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "KPIs"
    sheet.append([title])
    sheet.append(["Group", *HEADERS])
    for group, rows in groups:
        for row in rows:
            sheet.append([group, *row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
