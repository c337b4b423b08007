"""Figures of the campaign calendar for the KPI catalogue (reporting/kpis/campaigns.py):
aggregate queries over one CCG and a period, counts only."""

import datetime

from django.db.models import Count, Q, Sum

from ..models import ActionItem, ActionStatus, Campaign, ChannelFigures, ContentItem, ContentStatus
from ..models.plans import Channel, Rag


def campaigns_by_rag(*, ccg_id: int, on: datetime.date) -> dict[str, int]:
    """Campaigns of the CCG (led or shared with it) running on `on`, by RAG rating."""
    running = Campaign.objects.for_ccgs([ccg_id]).filter(starts_on__lte=on, ends_on__gte=on)
    counts = dict(running.order_by().values_list("rag").annotate(n=Count("pk", distinct=True)))
    return {rag.label: counts.get(rag.value, 0) for rag in Rag}


def actions_overdue(*, ccg_id: int, on: datetime.date) -> dict[str, int]:
    """Open action items past their target date on `on`: for a campaign, or the CCG's plan."""
    late = ActionItem.objects.for_ccgs([ccg_id]).filter(target_date__lt=on)
    late = late.exclude(status=ActionStatus.DONE).aggregate(
        campaigns=Count("pk", filter=Q(campaign__isnull=False)),
        plan=Count("pk", filter=Q(campaign__isnull=True)),
    )
    return {"Campaign actions": late["campaigns"], "The CCG's action plan": late["plan"]}


def content_published_by_channel(
    *, ccg_id: int, since: datetime.datetime, before: datetime.datetime
) -> dict[str, int]:
    published = ContentItem.objects.for_ccgs([ccg_id]).filter(
        status=ContentStatus.PUBLISHED, published_at__gte=since, published_at__lt=before
    )
    counts = dict(published.order_by().values_list("channel").annotate(n=Count("pk")))
    return {channel.label: counts[channel.value] for channel in Channel if channel.value in counts}


def followers_by_channel(*, ccg_id: int, month: datetime.date) -> dict[str, int]:
    """Followers (or subscribers where a channel has none) per channel in `month`."""
    rows = ChannelFigures.objects.for_ccgs([ccg_id]).filter(month=month.replace(day=1))
    totals = (
        rows.order_by()
        .values_list("channel")
        .annotate(n=Sum("followers", default=0) + Sum("subscribers", default=0))
    )
    labels = dict(Channel.choices)
    return {labels[channel]: n for channel, n in totals if n}
