"""The calendar's layers of the plan's own work: content items on their planned day and action
items on their target date. Registered once, at import (see `calendar.py`); each is one query.

Content and actions are shown to those who may view them in the CCG (the comms team and the
governing body), not to everyone who may view the calendar: unpublished copy is not for staff."""

from django.utils import timezone

from working_time import LONDON

from ..models import ActionItem, ActionStatus, Channel, ContentItem, ContentStatus
from .actions import with_rag_now
from .calendar import CalendarEntry, CalendarQuery, layer_register

# Labels looked up once: a feed builds thousands of content entries.
_CHANNELS = dict(Channel.choices)
_STATUSES = dict(ContentStatus.choices)
_ACTION_STATUSES = dict(ActionStatus.choices)


def _content(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with("campaigns.view_contentitem")
    if not ccg_ids:
        return []
    items = ContentItem.objects.for_ccgs(ccg_ids).filter(
        planned_at__gte=query.start_at, planned_at__lt=query.end_at
    )
    if query.campaign_id:
        items = items.filter(campaign_id=query.campaign_id)
    if query.priority:
        items = items.filter(campaign__priority=query.priority)
    rows = items.values(
        "pk", "title", "planned_at", "ccg_id", "ccg__name", "channel", "status", "campaign_id"
    )
    return [_content_entry(query, row) for row in rows]


def _content_entry(query: CalendarQuery, row: dict) -> CalendarEntry:
    day = row["planned_at"].astimezone(LONDON).date()
    channel, status = row["channel"], row["status"]
    return CalendarEntry(
        layer="content",
        uid=f"content-{row['pk']}",
        title=row["title"],
        starts_on=day,
        ends_on=day,
        starts_at=row["planned_at"],
        ccg_names=(row["ccg__name"],),
        url=query.link(
            "campaigns:content_detail", row["pk"], "campaigns.view_contentitem", row["ccg_id"]
        ),
        detail=f"{_CHANNELS.get(channel, channel)} · {_STATUSES.get(status, status)}",
        campaign_id=row["campaign_id"],
    )


def _actions(query: CalendarQuery) -> list[CalendarEntry]:
    ccg_ids = query.ccg_ids_with("campaigns.view_actionitem")
    if not ccg_ids:
        return []
    items = ActionItem.objects.for_ccgs(ccg_ids).filter(
        target_date__gte=query.start, target_date__lte=query.end
    )
    if query.campaign_id:
        items = items.filter(campaign_id=query.campaign_id)
    if query.priority:
        items = items.filter(campaign__priority=query.priority)
    rows = with_rag_now(items, today=timezone.localdate()).values(
        "pk", "title", "target_date", "ccg_id", "ccg__name", "status", "rag_now", "campaign_id"
    )
    return [
        CalendarEntry(
            layer="actions",
            uid=f"action-{row['pk']}",
            title=row["title"],
            starts_on=row["target_date"],
            ends_on=row["target_date"],
            ccg_names=(row["ccg__name"],),
            url=query.link(
                "campaigns:action_edit", row["pk"], "campaigns.change_actionitem", row["ccg_id"]
            ),
            detail=(
                f"Action due · {_ACTION_STATUSES.get(row['status'], row['status'])}"
                f" · RAG {row['rag_now']}"
            ),
            campaign_id=row["campaign_id"],
        )
        for row in rows
    ]


layer_register(key="content", label="Content", provider=_content, order=32, campaign_linked=True)
layer_register(
    key="actions", label="Action items", provider=_actions, order=34, campaign_linked=True
)
