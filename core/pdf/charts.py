"""Small bar charts, three to a row: each a title (P) and a Figure whose /Alt names what it
shows and reads out its figures, so the chart needs no table beside it in the PDF."""

from dataclasses import dataclass

from .style import BLACK, FONT, NHS_BLUE, PALE_BLUE

PER_ROW, GAP, HEIGHT, AXIS = 3, 6.0, 22.0, 4.0
TITLE_LINE = 4.5


@dataclass(frozen=True)
class BarChart:
    title: str
    alt: str
    bars: tuple[tuple[str, float | None], ...]  # (label under the bar, value or None)
    top: float | None = None  # the value of a full-height bar; the largest value if None


def draw_bar_charts(pdf, charts) -> None:
    charts = list(charts)
    width = (pdf.epw - GAP * (PER_ROW - 1)) / PER_ROW
    for start in range(0, len(charts), PER_ROW):
        row = charts[start : start + PER_ROW]
        pdf.body(bold=True, size=9)
        titles = max(
            pdf.multi_cell(width, TITLE_LINE, c.title, align="L", dry_run=True, output="HEIGHT")
            for c in row
        )
        if pdf.will_page_break(titles + HEIGHT + 4):
            pdf.add_page()
        top = pdf.y
        for i, chart in enumerate(row):
            x = pdf.l_margin + i * (width + GAP)
            pdf.body(bold=True, size=9)
            pdf.set_xy(x, top)
            with pdf.tagged("P"):
                pdf.multi_cell(width, TITLE_LINE, chart.title, align="L")
            _bars(pdf, chart, x, top + titles + 1, width)
        pdf.set_xy(pdf.l_margin, top + titles + HEIGHT + 4)
    pdf.body()


def _bars(pdf, chart: BarChart, x: float, y: float, width: float) -> None:
    values = [v for _, v in chart.bars if v is not None]
    full = chart.top or max(values, default=0) or 1
    plot = HEIGHT - AXIS
    slot = width / max(len(chart.bars), 1)
    with pdf.figure(alt=chart.alt, x=x, y=y, w=width, h=HEIGHT):
        pdf.set_font(FONT, "", 6)
        for i, (label, value) in enumerate(chart.bars):
            if value is not None:
                height = max(0.3, plot * min(value, full) / full)
                current = i == len(chart.bars) - 1
                pdf.set_fill_color(*(NHS_BLUE if current else PALE_BLUE))
                pdf.rect(x + i * slot + 0.4, y + plot - height, slot - 0.8, height, style="F")
            pdf.set_xy(x + i * slot, y + plot)
            pdf.cell(slot, AXIS, label[:1], align="C")
        pdf.set_draw_color(*BLACK)
        pdf.line(x, y + plot, x + width, y + plot)
