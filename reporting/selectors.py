"""The dashboard reads the feature apps through their selectors; no feature app imports this."""

import datetime

from django.utils import timezone

from accounts.scoping import Scope
from campaigns.selectors import awareness_days_upcoming
from media_desk.selectors import desk_summary

from .models import KpiSnapshot


def dashboard_summary(*, scope: Scope, today: datetime.date) -> dict:
    ccg_ids = scope.ccg_ids_with("reporting.view_kpisnapshot")
    return {
        "upcoming_awareness_days": list(
            awareness_days_upcoming(ccg_ids=ccg_ids, today=today).select_related("ccg")[:10]
        ),
        "desk": desk_summary(
            ccg_ids=ccg_ids,
            now=timezone.now(),
            since=timezone.now() - datetime.timedelta(days=30),
        ),
        "latest_snapshots": list(
            KpiSnapshot.objects.for_ccgs(ccg_ids).select_related("ccg").order_by("-taken_on")[:6]
        ),
    }


def home_context(*, scope: Scope, user, role: str | None) -> dict:
    from accounts import roles
    from media_desk.selectors import enquiries_logged_by, queue_row

    from .work import work_lists

    now = timezone.now()
    if role == roles.COMMS:
        return work_lists(scope=scope, user=user, now=now)
    if role == roles.STAFF:
        mine = enquiries_logged_by(scope=scope, user=user)[:5]
        return {"rows": [queue_row(enquiry=e, now=now) for e in mine]}
    return {}
