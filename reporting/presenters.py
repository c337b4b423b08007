"""How a KPI reads on the page: its value in words and numbers, and its trend as an SVG bar
chart drawn on the server (no JavaScript; the same figures are in a table beside it)."""

from dataclasses import dataclass

from core.pdf import BarChart

from .kpis import Unit
from .kpis.dashboard import KpiRow

CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 240, 48, 4
RAG_LABELS = {"green": "On target", "amber": "Near target", "red": "Off target"}


def value_display(unit: str, value) -> str:
    if value is None:
        return "No data"
    number = f"{value:g}" if isinstance(value, float) else str(value)
    if unit == Unit.PERCENT:
        return f"{number}%"
    if unit == Unit.HOURS:
        return f"{number} hours"
    return number


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str
    current: bool


@dataclass
class KpiPresenter:
    row: KpiRow

    def __getattr__(self, name):
        return getattr(self.row, name)

    @property
    def value_display(self) -> str:
        if (self.row.figure or {}).get("not_combined"):
            return "Shown per CCG"
        return value_display(self.row.kpi.unit, self.row.value)

    @property
    def out_of(self) -> str:
        figure = self.row.figure or {}
        if figure.get("denominator"):
            return f"{figure['numerator']} of {figure['denominator']}"
        return ""

    @property
    def rag_label(self) -> str:
        return RAG_LABELS.get(self.row.rag, "")

    @property
    def target_display(self) -> str:
        target = self.row.target
        if target is None:
            return ""
        unit = self.row.kpi.unit
        aim, limit = (value_display(unit, float(v)) for v in (target.target, target.amber_limit))
        return f"{aim} (amber to {limit})"

    @property
    def change_display(self) -> str:
        change = self.row.change
        if change is None:
            return ""
        if change == 0:
            return "No change on the month before"
        unit = " points" if self.row.kpi.unit == Unit.PERCENT else ""
        return f"{'Up' if change > 0 else 'Down'} {abs(change):g}{unit} on the month before"

    @property
    def trend_rows(self) -> list[tuple[str, str]]:
        return [(f"{m:%b %Y}", value_display(self.row.kpi.unit, v)) for m, v in self.row.trend]

    @property
    def breakdown_rows(self) -> list[tuple[str, str]]:
        unit = self.row.kpi.unit
        return [(label, value_display(unit, v)) for label, v in self.row.breakdown.items()]

    @property
    def chart_label(self) -> str:
        first, last = self.row.trend[0][0], self.row.trend[-1][0]
        return f"Bar chart of {self.row.kpi.name} by month, {first:%B %Y} to {last:%B %Y}"

    @property
    def bar_chart(self) -> BarChart:
        """The trend for a PDF: a Figure whose alt text reads out each month's figure."""
        figures = ", ".join(f"{month} {value}" for month, value in self.trend_rows)
        return BarChart(
            title=self.row.kpi.name,
            alt=f"{self.chart_label}: {figures}",
            bars=tuple((f"{m:%b}", v) for m, v in self.row.trend),
            top=100.0 if self.row.kpi.unit == Unit.PERCENT else None,
        )

    @property
    def bars(self) -> list[Bar]:
        trend = self.row.trend
        values = [v for _, v in trend if v is not None]
        top = 100.0 if self.row.kpi.unit == Unit.PERCENT else max(values, default=0) or 1
        width = CHART_WIDTH / len(trend)
        bars = []
        for i, (month, value) in enumerate(trend):
            height = 0 if value is None else max(1.0, CHART_HEIGHT * min(value, top) / top)
            bars.append(
                Bar(
                    x=round(i * width + BAR_GAP / 2, 1),
                    y=round(CHART_HEIGHT - height, 1),
                    width=round(width - BAR_GAP, 1),
                    height=round(height, 1),
                    label=f"{month:%b}",
                    value=value_display(self.row.kpi.unit, value),
                    current=i == len(trend) - 1,
                )
            )
        return bars


def present(rows: list[KpiRow]) -> list[KpiPresenter]:
    return [KpiPresenter(row) for row in rows]
