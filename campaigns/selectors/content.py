"""Reads of content items: the filtered list, one item's approvals, who may approve."""

from dataclasses import dataclass

from django.db.models import QuerySet

from accounts.models import Ccg, User
from accounts.scoping import Scope

from ..models import Campaign, ContentApproval, ContentItem, ContentStatus


@dataclass(frozen=True)
class ContentFilters:
    channel: str = ""
    status: str = ""
    campaign_id: int | None = None


def content_list(*, scope: Scope, filters: ContentFilters = ContentFilters()) -> QuerySet:
    items = ContentItem.objects.visible_to(scope).select_related("ccg", "campaign", "approver")
    if filters.channel:
        items = items.filter(channel=filters.channel)
    if filters.status:
        items = items.filter(status=filters.status)
    if filters.campaign_id:
        items = items.filter(campaign_id=filters.campaign_id)
    return items


def content_approvals(*, item: ContentItem) -> QuerySet[ContentApproval]:
    return item.approvals.select_related("approved_by")


def content_approvers(*, ccg: Ccg) -> QuerySet[User]:
    """Active people whose role in `ccg` holds the approval permission (the role table decides)."""
    return (
        User.objects.filter(
            is_active=True,
            memberships__ccg=ccg,
            memberships__role__permissions__content_type__app_label="campaigns",
            memberships__role__permissions__codename="approve_content",
        )
        .distinct()
        .order_by("full_name")
    )


def content_awaiting_approval_by(*, user: User) -> QuerySet[ContentItem]:
    """What `user` has been asked to approve, in the CCGs where they still may."""
    ccg_ids = content_approver_ccg_ids(user=user)
    return ContentItem.objects.for_ccgs(ccg_ids).filter(
        approver=user, status=ContentStatus.AWAITING_APPROVAL
    )


def content_approver_ccg_ids(*, user: User) -> list[int]:
    return list(
        user.memberships.filter(
            role__permissions__content_type__app_label="campaigns",
            role__permissions__codename="approve_content",
        ).values_list("ccg_id", flat=True)
    )


def campaigns_for(*, ccg: Ccg) -> QuerySet[Campaign]:
    return Campaign.objects.for_ccgs([ccg.pk]).order_by("name")
