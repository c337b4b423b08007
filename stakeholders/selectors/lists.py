"""Distribution lists: sizes now and over time, subscribers, and the mailing export."""

import calendar
import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from accounts.scoping import Scope
from stakeholders.models import DistributionList, Subscription


def distribution_list_summaries(*, scope: Scope) -> QuerySet[DistributionList]:
    return (
        DistributionList.objects.visible_to(scope)
        .select_related("ccg")
        .annotate(
            active=Count("subscriptions", filter=Q(subscriptions__withdrawn_on__isnull=True)),
            withdrawn=Count("subscriptions", filter=Q(subscriptions__withdrawn_on__isnull=False)),
        )
    )


def month_ends(*, months: int, today: datetime.date | None = None) -> list[datetime.date]:
    today = today or timezone.localdate()
    ends = [today]
    year, month = today.year, today.month
    for _ in range(months - 1):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        ends.append(datetime.date(year, month, calendar.monthrange(year, month)[1]))
    return list(reversed(ends))


def list_sizes_over_time(
    *, distribution_list: DistributionList, months: int = 12, today: datetime.date | None = None
) -> list[tuple[datetime.date, int]]:
    """Subscribers at each month end (and today), worked out from when each subscription
    began and ended: withdrawals keep their rows, so the past stays countable."""
    ends = month_ends(months=months, today=today)
    counts = (
        Subscription.objects.for_ccgs([distribution_list.ccg_id])
        .filter(distribution_list=distribution_list)
        .aggregate(
            **{
                f"d{i}": Count(
                    "pk",
                    filter=Q(subscribed_on__lte=end)
                    & (Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=end)),
                )
                for i, end in enumerate(ends)
            }
        )
    )
    return [(end, counts[f"d{i}"]) for i, end in enumerate(ends)]


def subscribers(*, scope: Scope, distribution_list: DistributionList) -> QuerySet[Subscription]:
    return (
        Subscription.objects.visible_to(scope)
        .filter(distribution_list=distribution_list, withdrawn_on__isnull=True)
        .filter(contact__erased_at__isnull=True)
        .select_related("contact", "contact__organisation")
        .order_by("contact__last_name", "contact__first_name", "pk")
    )


def withdrawals(*, scope: Scope, distribution_list: DistributionList) -> QuerySet[Subscription]:
    return (
        Subscription.objects.visible_to(scope)
        .filter(distribution_list=distribution_list, withdrawn_on__isnull=False)
        .select_related("contact", "withdrawn_by")
        .order_by("-withdrawn_on", "-pk")
    )
