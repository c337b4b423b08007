import datetime

from django.db.models import QuerySet

from accounts.scoping import Scope

from ..models import AwarenessDay


def awareness_day_list(*, scope: Scope, year: int | None = None) -> QuerySet[AwarenessDay]:
    days = AwarenessDay.objects.visible_to(scope).select_related("ccg")
    return days.filter(starts_on__year=year) if year else days


def awareness_days_upcoming(*, ccg_ids, today: datetime.date, within_days: int = 60):
    return AwarenessDay.objects.for_ccgs(ccg_ids).filter(
        ends_on__gte=today, starts_on__lte=today + datetime.timedelta(days=within_days)
    )
