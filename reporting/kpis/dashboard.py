"""The governing body dashboard's reads: KPI snapshots only, never the registers' tables.

For each month shown, a CCG's figure is its latest snapshot in that month (the month end's, or
the latest night's in the month under way). Three queries whatever the data: the latest day of
each month per CCG, those snapshots, the targets. Several CCGs together: counts add up,
percentages add their numerators and denominators, medians are not combined."""

from __future__ import annotations

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Max
from django.db.models.functions import TruncMonth

from ..models import KpiSnapshot, KpiTarget
from .catalogue import CATALOGUE, GROUPS, Direction, Kpi, Unit

MONTHS_SHOWN = 12


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def months_back(month: datetime.date, count: int) -> list[datetime.date]:
    """`count` month starts ending with `month`'s, oldest first."""
    year, number = month.year, month.month
    starts = []
    for _ in range(count):
        starts.append(datetime.date(year, number, 1))
        year, number = (year, number - 1) if number > 1 else (year - 1, 12)
    return list(reversed(starts))


def rag_of(*, kpi: Kpi, value: float | None, target: KpiTarget | None) -> str | None:
    """ "green", "amber", "red", or None (no target, no value, or a KPI for information)."""
    if value is None or target is None or not kpi.has_target:
        return None
    value = Decimal(str(value))
    better = (lambda a, b: a >= b) if kpi.direction == Direction.UP else (lambda a, b: a <= b)
    if better(value, target.target):
        return "green"
    return "amber" if better(value, target.amber_limit) else "red"


def combine(kpi: Kpi, figures: list[dict]) -> dict | None:
    """Several CCGs' figures for one KPI as one."""
    figures = [f for f in figures if f]
    if not figures:
        return None
    if len(figures) == 1:
        return figures[0]
    if kpi.unit == Unit.HOURS:
        return {"value": None, "not_combined": True}
    if kpi.unit == Unit.PERCENT:
        numerator = sum(f.get("numerator") or 0 for f in figures)
        denominator = sum(f.get("denominator") or 0 for f in figures)
        value = round(100 * numerator / denominator, 1) if denominator else None
        breakdown = {}
        for f in figures:
            breakdown.update(f.get("breakdown", {}))
        return {
            "value": value,
            "numerator": numerator,
            "denominator": denominator,
            "breakdown": breakdown,
        }
    total, breakdown = 0, defaultdict(int)
    for f in figures:
        total += f.get("value") or 0
        for label, n in f.get("breakdown", {}).items():
            breakdown[label] += n or 0
    return {"value": total, "breakdown": dict(breakdown)}


@dataclass
class KpiRow:
    kpi: Kpi
    value: float | None
    figure: dict | None
    trend: list[tuple[datetime.date, float | None]]
    target: KpiTarget | None = None
    rag: str | None = None
    previous: float | None = None
    breakdown: dict = field(default_factory=dict)

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return round(self.value - self.previous, 1)


@dataclass
class Dashboard:
    month: datetime.date
    months: list[datetime.date]
    ccg_ids: list[int]
    rows: list[KpiRow]
    as_of: datetime.date | None  # the latest snapshot day in the month shown

    @property
    def groups(self) -> list[tuple[str, list[KpiRow]]]:
        return [
            (g, [r for r in self.rows if r.kpi.group == g])
            for g in GROUPS
            if any(r.kpi.group == g for r in self.rows)
        ]

    @property
    def red(self) -> list[KpiRow]:
        return [r for r in self.rows if r.rag == "red"]

    @property
    def headline(self) -> list[KpiRow]:
        return [r for r in self.rows if r.kpi.headline]


def _snapshots(ccg_ids, months: list[datetime.date]) -> dict[tuple[int, datetime.date], tuple]:
    """{(ccg_id, month start): (day, figures)} of the latest snapshot in each month."""
    latest = (
        KpiSnapshot.objects.for_ccgs(ccg_ids)
        .filter(taken_on__gte=months[0], taken_on__lte=month_end(months[-1]))
        .annotate(month=TruncMonth("taken_on"))
        .values("ccg_id", "month")
        .annotate(last=Max("taken_on"))
        .order_by()
    )
    wanted = {(row["ccg_id"], row["last"]) for row in latest}
    if not wanted:
        return {}
    found = (
        KpiSnapshot.objects.for_ccgs(ccg_ids)
        .filter(taken_on__in={day for _, day in wanted})
        .values_list("ccg_id", "taken_on", "figures")
    )
    return {
        (ccg_id, month_start(day)): (day, figures)
        for ccg_id, day, figures in found
        if (ccg_id, day) in wanted
    }


def _targets(ccg_ids) -> dict[str, KpiTarget]:
    """One target per KPI: the CCG's, or the one all the CCGs shown share."""
    by_kpi = defaultdict(list)
    for target in KpiTarget.objects.for_ccgs(ccg_ids):
        by_kpi[target.kpi].append(target)
    shared = {}
    for key, targets in by_kpi.items():
        kinds = {(t.target, t.amber_limit) for t in targets}
        if len(targets) == len(ccg_ids) and len(kinds) == 1:
            shared[key] = targets[0]
    return shared


def kpi_dashboard(*, ccg_ids, month: datetime.date, keys: list[str] | None = None) -> Dashboard:
    ccg_ids = sorted(ccg_ids)
    months = months_back(month_start(month), MONTHS_SHOWN)
    snapshots = _snapshots(ccg_ids, months)
    targets = _targets(ccg_ids)
    rows = []
    for key, kpi in CATALOGUE.items():
        if keys is not None and key not in keys:
            continue
        per_month = {
            m: combine(kpi, [snapshots.get((c, m), (None, {}))[1].get(key) for c in ccg_ids])
            for m in months
        }
        trend = [(m, (per_month[m] or {}).get("value")) for m in months]
        figure = per_month[months[-1]]
        value = trend[-1][1]
        target = targets.get(key)
        rows.append(
            KpiRow(
                kpi=kpi,
                value=value,
                figure=figure,
                trend=trend,
                target=target,
                rag=rag_of(kpi=kpi, value=value, target=target),
                previous=trend[-2][1] if len(trend) > 1 else None,
                breakdown=(figure or {}).get("breakdown", {}),
            )
        )
    rows.sort(key=lambda r: GROUPS.index(r.kpi.group))
    as_of = max((day for (_, m), (day, _) in snapshots.items() if m == months[-1]), default=None)
    return Dashboard(month=months[-1], months=months, ccg_ids=ccg_ids, rows=rows, as_of=as_of)


VIEW_PERM = "reporting.view_kpisnapshot"


def dashboard_ccgs(*, scope) -> list:
    """The CCGs whose dashboard the user may read (the CCGs shown now), by name."""
    from accounts.models import Ccg

    return list(Ccg.objects.filter(pk__in=scope.ccg_ids_with(VIEW_PERM)).order_by("name"))


def dashboard_months(*, today: datetime.date, count: int = 36) -> list[datetime.date]:
    """The months the selector offers, the latest first."""
    return list(reversed(months_back(month_start(today), count)))


SNAPSHOT_EXPORT_HEADERS = [
    "CCG",
    "ODS code",
    "Date",
    "KPI",
    "KPI name",
    "Unit",
    "Value",
    "Numerator",
    "Denominator",
]


def snapshot_export_rows(*, ccg_ids, start: datetime.date, end: datetime.date):
    """A row per CCG, day and KPI (no breakdowns), oldest first; streamed in chunks."""
    snapshots = (
        KpiSnapshot.objects.for_ccgs(ccg_ids)
        .filter(taken_on__range=(start, end))
        .select_related("ccg")
        .order_by("ccg__name", "taken_on")
    )
    for snapshot in snapshots.iterator(chunk_size=500):
        for key, figure in snapshot.figures.items():
            kpi = CATALOGUE.get(key)
            yield [
                snapshot.ccg.name,
                snapshot.ccg.ods_code,
                snapshot.taken_on,
                key,
                kpi.name if kpi else key,
                kpi.unit if kpi else "",
                figure.get("value"),
                figure.get("numerator"),
                figure.get("denominator"),
            ]


def snapshot_export_json(*, ccg_ids, start: datetime.date, end: datetime.date) -> dict:
    """The snapshots with their breakdowns, and the catalogue's definitions (Power BI)."""
    snapshots = (
        KpiSnapshot.objects.for_ccgs(ccg_ids)
        .filter(taken_on__range=(start, end))
        .select_related("ccg")
        .order_by("ccg__name", "taken_on")
    )
    return {
        "kpis": [
            {
                "key": kpi.key,
                "name": kpi.name,
                "definition": kpi.definition,
                "unit": kpi.unit,
                "direction": kpi.direction,
                "group": kpi.group,
            }
            for kpi in CATALOGUE.values()
        ],
        "snapshots": [
            {
                "ccg": s.ccg.name,
                "ods_code": s.ccg.ods_code,
                "date": s.taken_on.isoformat(),
                "figures": s.figures,
            }
            for s in snapshots
        ],
    }


@dataclass(frozen=True)
class RedKpi:
    ccg_name: str
    ods_code: str
    kpi: Kpi
    value: float | None
    target: KpiTarget


def kpis_red(*, ccg_ids, month: datetime.date) -> list[RedKpi]:
    """The KPIs off target (red) in `month`, CCG by CCG. Three queries whatever the CCGs (one
    when no target is set)."""
    targets = list(KpiTarget.objects.for_ccgs(ccg_ids).select_related("ccg"))
    if not targets:
        return []
    snapshots = _snapshots(ccg_ids, [month_start(month)])
    red = []
    for target in targets:
        kpi = CATALOGUE.get(target.kpi)
        _, figures = snapshots.get((target.ccg_id, month_start(month)), (None, {}))
        value = (figures.get(target.kpi) or {}).get("value")
        if kpi and rag_of(kpi=kpi, value=value, target=target) == "red":
            red.append(RedKpi(target.ccg.name, target.ccg.ods_code, kpi, value, target))
    return sorted(red, key=lambda r: (r.ccg_name, list(CATALOGUE).index(r.kpi.key)))


def home_kpis(*, scope, role: str | None, today: datetime.date) -> dict:
    """The home pages' KPIs: the governing body's headline figures, the comms team's red ones
    (this month's, from the latest snapshots)."""
    from accounts import roles

    month = today - datetime.timedelta(days=1)
    ccg_ids = scope.ccg_ids_with(VIEW_PERM)
    if not ccg_ids:
        return {}
    if role == roles.GOVERNING_BODY:
        headline = [k.key for k in CATALOGUE.values() if k.headline]
        return {"kpi_headline": kpi_dashboard(ccg_ids=ccg_ids, month=month, keys=headline)}
    if role == roles.COMMS:
        return {"kpis_red": kpis_red(ccg_ids=ccg_ids, month=month), "kpi_month": month}
    return {}
