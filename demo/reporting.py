"""A year of KPI snapshots, taken through the backfill service from the demo's own records:
each month's last day for the past year, and every day of this month so far. Targets for the
headline KPIs, so the dashboard shows red, amber and green. A report distribution for each
CCG: Darlington's also has the fortnightly action-plan report."""

import datetime
from decimal import Decimal

from django.utils import timezone

from accounts.models import Ccg, User
from reporting.models import KpiTarget, ReportDistribution
from reporting.services import kpi_snapshots_backfill

# ODS -> (who is e-mailed its reports, the fortnightly action-plan report on)
DISTRIBUTIONS = {
    "00C": (["comms@demo.nhs.uk", "governing@demo.nhs.uk"], True),
    "01T": (["comms@demo.nhs.uk"], False),
}

# KPI key -> (target, amber limit)
TARGETS = {
    "media_answered_in_target": (Decimal(90), Decimal(75)),
    "mp_response_in_target": (Decimal(95), Decimal(85)),
    "foi_in_20_working_days": (Decimal(90), Decimal(80)),
    "items_overdue": (Decimal(0), Decimal(2)),
    "we_did_overdue": (Decimal(0), Decimal(3)),
    "reach_against_target": (Decimal(100), Decimal(50)),
}


def reporting_demo_load(*, ccgs: dict[str, Ccg], today: datetime.date | None = None) -> int:
    for ccg in ccgs.values():
        for key, (target, amber) in TARGETS.items():
            KpiTarget.objects.get_or_create(
                ccg=ccg, kpi=key, defaults={"target": target, "amber_limit": amber}
            )
    _distributions(ccgs=ccgs)
    today = today or timezone.localdate()
    yesterday = today - datetime.timedelta(days=1)
    year_ago = (today.replace(day=1) - datetime.timedelta(days=335)).replace(day=1)
    ids = [ccg.pk for ccg in ccgs.values()]
    taken = kpi_snapshots_backfill(
        start=year_ago,
        end=today.replace(day=1) - datetime.timedelta(days=1),
        ccg_ids=ids,
        month_ends_only=True,
    )
    if yesterday >= today.replace(day=1):
        taken += kpi_snapshots_backfill(start=today.replace(day=1), end=yesterday, ccg_ids=ids)
    return taken


def _distributions(*, ccgs: dict[str, Ccg]) -> None:
    """Kept by administrators in the admin (no service writes it): created once, then theirs."""
    for code, (emails, action_plan) in DISTRIBUTIONS.items():
        distribution, created = ReportDistribution.objects.get_or_create(
            ccg=ccgs[code], defaults={"action_plan_fortnightly": action_plan}
        )
        if created:
            distribution.recipients.set(User.objects.filter(email__in=emails))
