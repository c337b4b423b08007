"""The KPI catalogue, complete: importing this package registers every app's KPIs.

To add a KPI, write an `@register` function in its app's module here (`campaigns.py`...),
reading that app's selectors; nothing else needs to change: the nightly snapshot,
the targets admin, the dashboard and the exports all read CATALOGUE."""

from . import campaigns, engagement, media_desk, stakeholders  # noqa: F401 (they register)
from .catalogue import CATALOGUE, GROUPS, Direction, Kpi, KpiValue, Period, Unit, kpi_compute

__all__ = ["CATALOGUE", "GROUPS", "Direction", "Kpi", "KpiValue", "Period", "Unit", "kpi_compute"]
