"""The KPI catalogue: each KPI's key, its plain-English definition, unit, which direction is
good, and the one function that computes it for a CCG and a period from the feature apps'
selectors. The modules beside this one register their app's KPIs; `reporting/kpis/__init__.py`
imports them all, so the catalogue is complete wherever it is read.

A value is a number (or None when there is nothing to measure, say no enquiry answered) with an
optional breakdown (by kind, by locality, by tone...). Percentages keep their numerator and
denominator so that several CCGs' figures combine exactly (7 of 8 plus 1 of 2 is 8 of 10)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from working_time import LONDON


class Unit:
    PERCENT = "percent"
    COUNT = "count"
    HOURS = "hours"
    LABELS = {PERCENT: "%", COUNT: "", HOURS: "hours"}


class Direction:
    UP = "up"  # more is better
    DOWN = "down"  # less is better
    NEITHER = "neither"  # a measure of activity, not of performance
    LABELS = {UP: "Higher is better", DOWN: "Lower is better", NEITHER: "For information"}


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included, in UK time. A snapshot taken for a day covers
    its month up to that day; point-in-time KPIs (open items, subscribers) read `end`."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def month_to_date(cls, day: datetime.date) -> Period:
        return cls(day.replace(day=1), day)

    @property
    def starts_at(self) -> datetime.datetime:
        return datetime.datetime.combine(self.start, datetime.time.min, tzinfo=LONDON)

    @property
    def ends_before(self) -> datetime.datetime:
        """The first instant after the period: filter with `__lt`."""
        after = self.end + datetime.timedelta(days=1)
        return datetime.datetime.combine(after, datetime.time.min, tzinfo=LONDON)

    @property
    def financial_year_start(self) -> datetime.date:
        year = self.end.year if self.end.month >= 4 else self.end.year - 1
        return datetime.date(year, 4, 1)


@dataclass(frozen=True)
class KpiValue:
    value: float | None
    breakdown: dict[str, float | None] = field(default_factory=dict)
    numerator: int | None = None
    denominator: int | None = None

    @classmethod
    def share(cls, numerator: int, denominator: int, **extra) -> KpiValue:
        value = round(100 * numerator / denominator, 1) if denominator else None
        return cls(value, numerator=numerator, denominator=denominator, **extra)

    @classmethod
    def counts(cls, breakdown: dict[str, int], total: int | None = None) -> KpiValue:
        return cls(sum(breakdown.values()) if total is None else total, dict(breakdown))

    def as_json(self) -> dict:
        data: dict = {"value": self.value}
        if self.breakdown:
            data["breakdown"] = self.breakdown
        if self.denominator is not None:
            data["numerator"], data["denominator"] = self.numerator, self.denominator
        return data


@dataclass(frozen=True)
class Kpi:
    key: str
    name: str
    definition: str
    unit: str
    direction: str
    compute: Callable[..., KpiValue]  # compute(*, ccg_id: int, period: Period) -> KpiValue
    group: str
    headline: bool = False  # shown on the governing body's home page

    @property
    def unit_label(self) -> str:
        return Unit.LABELS[self.unit]

    @property
    def direction_label(self) -> str:
        return Direction.LABELS[self.direction]

    @property
    def has_target(self) -> bool:
        return self.direction != Direction.NEITHER


CATALOGUE: dict[str, Kpi] = {}
GROUPS = ["Media desk", "Engagement", "Stakeholders", "Campaigns"]


def register(**fields) -> Callable:
    """`@register(key=..., name=..., ...)` over the function that computes the KPI."""

    def decorate(compute: Callable[..., KpiValue]) -> Callable[..., KpiValue]:
        kpi = Kpi(compute=compute, **fields)
        if kpi.key in CATALOGUE:
            raise ValueError(f"KPI {kpi.key} is registered twice")
        if kpi.group not in GROUPS:
            raise ValueError(f"KPI {kpi.key}: unknown group {kpi.group}")
        CATALOGUE[kpi.key] = kpi
        return compute

    return decorate


def kpi_compute(*, kpi: Kpi, ccg_id: int, period: Period) -> KpiValue:
    return kpi.compute(ccg_id=ccg_id, period=period)
