"""The plan's work for one person, for the comms team's home (reporting/work.py): content they
have been asked to approve and their open action items, the soonest first. Content and actions
always have a person (the approver asked, the owner), so the team's unassigned list has none."""

from django.db.models import QuerySet

from accounts.models import User
from accounts.scoping import Scope

from ..models import ActionItem, ActionStatus, ContentItem
from .content import content_awaiting_approval_by


def content_to_approve(*, scope: Scope, approver: User, limit: int) -> list[ContentItem]:
    items = content_awaiting_approval_by(user=approver).filter(
        ccg_id__in=scope.ccg_ids_with("campaigns.view_contentitem")
    )
    return list(items.select_related("ccg").order_by("planned_at", "pk")[:limit])


def actions_to_do(*, scope: Scope, owner: User, limit: int) -> QuerySet[ActionItem]:
    items = (
        ActionItem.objects.visible_to(scope).filter(owner=owner).exclude(status=ActionStatus.DONE)
    )
    return items.select_related("ccg").order_by("target_date", "pk")[:limit]
