"""Writes to content items: planning, editing, and the one approval path (submit, approve,
schedule, publish). Press releases of the media desk use the same path (ADR 0013).

Rules:
- only a person whose role in the item's CCG holds `campaigns.approve_content` approves it;
- an approval keeps the words approved (`ContentApproval`): history shows who approved what;
- changing the copy of approved (or scheduled) content sends it back for approval;
- publishing anything not approved is refused, and so is changing published copy;
- a planned date outside the campaign's dates needs the user's confirmation;
- the approver hears of each submission at once (in the portal and by e-mail, through the one
  notification service). The once-only key is the item's version when it went to them: a
  second post of the same submission finds the item unchanged and the key taken; a submission
  after an edit (or to another approver) is a new version, so a new notice."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from accounts.notifications import notification_send_once
from core.concurrency import version_check
from core.editing import apply_data
from working_time import LONDON

from ..models import ContentApproval, ContentItem, ContentStatus
from ..selectors.content import content_approvers

OUTSIDE_CAMPAIGN = "outside_campaign"
NOT_APPROVED = (
    "This content has not been approved, so it cannot be published. "
    "Submit it for approval and publish it once it is approved."
)


def _check_campaign(*, item: ContentItem, confirmed: bool) -> None:
    campaign = item.campaign
    if campaign is None:
        return
    if campaign.ccg_id != item.ccg_id:
        raise ValidationError({"campaign": "Choose a campaign of the same CCG."})
    if confirmed or item.planned_at is None:
        return
    day = item.planned_at.astimezone(LONDON).date()
    before = campaign.starts_on and day < campaign.starts_on
    after = campaign.ends_on and day > campaign.ends_on
    if before or after:
        dates = f"{campaign.starts_on:%-d %B %Y} to {campaign.ends_on:%-d %B %Y}"
        raise ValidationError(
            {
                "planned_at": ValidationError(
                    f"The planned date is outside the campaign's dates ({dates}). "
                    "Change the date, or confirm that it is meant to be outside them.",
                    code=OUTSIDE_CAMPAIGN,
                )
            }
        )


def _is_approver(*, user: User, ccg: Ccg) -> bool:
    return content_approvers(ccg=ccg).filter(pk=user.pk).exists()


@transaction.atomic
def content_create(
    *, ccg: Ccg, data: dict, by: User, confirm_outside_campaign: bool = False
) -> ContentItem:
    item = ContentItem(ccg=ccg, created_by=by)
    apply_data(item, data)
    _check_campaign(item=item, confirmed=confirm_outside_campaign)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def content_update(
    *, item: ContentItem, data: dict, version: int | None, confirm_outside_campaign: bool = False
) -> ContentItem:
    """Refused (`StaleEdit`) when saved since `version`. New words on approved content send it
    back for approval to the same approver; published words cannot change."""
    version_check(instance=item, version=version)
    old_copy = item.copy
    changed = apply_data(item, data)
    if not changed:
        return item
    sent_back = False
    if item.copy != old_copy:
        if item.status == ContentStatus.PUBLISHED:
            raise ValidationError({"copy": "This content has been published: its copy stays."})
        if item.is_approved:
            item.status = ContentStatus.AWAITING_APPROVAL
            sent_back = True
    _check_campaign(item=item, confirmed=confirm_outside_campaign)
    item.full_clean()
    item.save()
    if sent_back and item.approver is not None:
        content_approver_notify(item=item, by=None)
    return item


@transaction.atomic
def content_submit_for_approval(
    *, item: ContentItem, approver: User, by: User | None = None
) -> ContentItem:
    """Ask `approver` (who must hold the approval permission in the item's CCG) to approve it,
    and tell them now. The row is locked so two posts of one submission queue up: the second
    finds it awaiting the same approver, saves nothing and sends nothing."""
    locked = ContentItem.objects.select_for_update().get(pk=item.pk)
    if locked.status not in (ContentStatus.DRAFT, ContentStatus.AWAITING_APPROVAL):
        raise ValidationError(f"This content is {locked.get_status_display().lower()} already.")
    if not locked.copy.strip():
        raise ValidationError({"copy": "Enter the copy before asking for approval."})
    if not _is_approver(user=approver, ccg=locked.ccg):
        raise ValidationError({"approver": "Choose someone who may approve content in this CCG."})
    unchanged = (
        locked.status == ContentStatus.AWAITING_APPROVAL and locked.approver_id == approver.pk
    )
    if not unchanged:
        locked.status = ContentStatus.AWAITING_APPROVAL
        locked.approver = approver
        locked.save()
    content_approver_notify(item=locked, by=by)
    for name in ("status", "approver_id", "version"):  # the caller's copy shows the outcome
        setattr(item, name, getattr(locked, name))
    return item


def content_approver_notify(*, item: ContentItem, by: User | None) -> bool:
    """Tell the item's approver it waits for them; once per version of the item (see above).
    True when this call sent it."""
    who = f"{by} asks you to approve" if by else "Waiting for your approval"
    message = f"{who}: {item.title} ({item.get_channel_display()}, {item.ccg})"
    return notification_send_once(
        key=f"campaigns.content-approval:{item.pk}:v{item.version}",
        recipients=[item.approver],
        ccg=item.ccg,
        message=message,
        url_name="campaigns:content_detail",
        url_args=[item.pk],
    )


@transaction.atomic
def content_approve(*, item: ContentItem, by: User) -> ContentApproval:
    """Approve the words as they are now; the approval keeps a copy of them."""
    item = ContentItem.objects.select_for_update().get(pk=item.pk)
    if not _is_approver(user=by, ccg=item.ccg):
        raise ValidationError("You cannot approve content in this CCG: your role does not allow it")
    if item.status != ContentStatus.AWAITING_APPROVAL:
        raise ValidationError("Only content awaiting approval can be approved.")
    item.status = ContentStatus.APPROVED
    item.approver = by
    item.save()
    return ContentApproval.objects.create(
        content=item, copy=item.copy, approved_by=by, approved_at=timezone.now()
    )


@transaction.atomic
def content_return_to_draft(*, item: ContentItem) -> ContentItem:
    """The approver sends it back for changes (or the author withdraws it)."""
    if item.status != ContentStatus.AWAITING_APPROVAL:
        raise ValidationError("Only content awaiting approval can be sent back.")
    item.status = ContentStatus.DRAFT
    item.save()
    return item


def _approved_words(item: ContentItem) -> bool:
    """Approved, and the words now are the words last approved (belt and braces)."""
    last = item.approvals.order_by("-approved_at", "-pk").first()
    return item.is_approved and last is not None and last.copy == item.copy


@transaction.atomic
def content_schedule(*, item: ContentItem) -> ContentItem:
    item = ContentItem.objects.select_for_update().get(pk=item.pk)
    if item.status != ContentStatus.APPROVED or not _approved_words(item):
        raise ValidationError("Only approved content can be scheduled.")
    item.status = ContentStatus.SCHEDULED
    item.save()
    return item


@transaction.atomic
def content_publish(*, item: ContentItem, at=None) -> ContentItem:
    """Refused with a clear error unless the words now are approved ones."""
    item = ContentItem.objects.select_for_update().get(pk=item.pk)
    if item.status == ContentStatus.PUBLISHED:
        raise ValidationError("This content has been published already.")
    if not _approved_words(item):
        raise ValidationError(NOT_APPROVED, code="not_approved")
    item.status = ContentStatus.PUBLISHED
    item.published_at = at or timezone.now()
    item.save()
    return item
