"""Every write of reporting: KPI snapshots and the monthly report (kpis), the fortnightly
action-plan report (action_plans), sending reports to their distribution (distribution) and
reports made again on demand (regeneration)."""

from .action_plans import (
    ACTION_PLAN_JOB,
    action_plan_report_make,
    action_plan_reports_daily,
    action_plan_reports_make_due,
    fortnight_first_working_day,
)
from .distribution import distribution_recipients, report_distribute, reports_distribute
from .kpis import (
    NIGHTLY_JOB,
    REPORTS_JOB,
    backfill_days,
    first_working_day,
    kpi_figures_compute,
    kpi_snapshot_take,
    kpi_snapshots_backfill,
    kpi_snapshots_nightly,
    kpi_snapshots_take,
    monthly_report_make,
    monthly_reports_daily,
    monthly_reports_make_due,
)
from .regeneration import (
    REGENERATION_TIME_LIMIT,
    report_regeneration_request,
    report_regeneration_run,
    report_regenerations_sweep,
)

__all__ = [
    "ACTION_PLAN_JOB",
    "NIGHTLY_JOB",
    "REGENERATION_TIME_LIMIT",
    "REPORTS_JOB",
    "action_plan_report_make",
    "action_plan_reports_daily",
    "action_plan_reports_make_due",
    "backfill_days",
    "distribution_recipients",
    "first_working_day",
    "fortnight_first_working_day",
    "kpi_figures_compute",
    "kpi_snapshot_take",
    "kpi_snapshots_backfill",
    "kpi_snapshots_nightly",
    "kpi_snapshots_take",
    "monthly_report_make",
    "monthly_reports_daily",
    "monthly_reports_make_due",
    "report_distribute",
    "report_regeneration_request",
    "report_regeneration_run",
    "report_regenerations_sweep",
    "reports_distribute",
]
