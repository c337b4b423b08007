from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.calendars import is_out_of_hours, organisation_calendar
from accounts.models import User
from accounts.services import notifications_mark_done
from core.concurrency import version_check
from core.editing import apply_data

from ..models import Enquiry, Kind, PressRelease, Spokesperson
from .deadlines import enquiry_deadlines_refresh
from .policies import policy_kind_for, rules_copy, sla_policy_for
from .press import press_release_save


@transaction.atomic
def enquiry_log(*, enquiry: Enquiry, logged_by: User) -> Enquiry:
    """Log a new item: out of hours is set from the time received, the policy's rules copied."""
    enquiry.logged_by = logged_by
    enquiry._history_user = logged_by  # the timeline names them even outside a web request
    enquiry.out_of_hours = is_out_of_hours(
        calendar=organisation_calendar(ccg=enquiry.ccg), instant=enquiry.received_at
    )
    kind = policy_kind_for(
        kind=enquiry.kind, urgency=enquiry.urgency, out_of_hours=enquiry.out_of_hours
    )
    rules_copy(enquiry=enquiry, policy=sla_policy_for(ccg=enquiry.ccg, kind=kind))
    enquiry.full_clean()
    enquiry.save()
    enquiry_deadlines_refresh(enquiry=enquiry)
    return enquiry


@transaction.atomic
def enquiry_update(*, enquiry: Enquiry, data: dict, version: int | None) -> Enquiry:
    """Save edited details; deadlines follow the new dates. Refused (`StaleEdit`) when the item
    was saved since the form was opened at `version` (None: no form, e.g. a job)."""
    version_check(instance=enquiry, version=version)
    if apply_data(enquiry, data):
        enquiry.full_clean()
        enquiry.save()
    enquiry_deadlines_refresh(enquiry=enquiry)
    return enquiry


@transaction.atomic
def enquiry_assign(
    *,
    enquiry: Enquiry,
    owner: User | None,
    spokesperson: Spokesperson | None = None,
    by: User | None = None,
) -> Enquiry:
    """Set the owner and spokesperson. The new owner is told, unless they took it themselves."""
    from accounts.services import notification_send

    changed_owner = owner is not None and owner.pk != enquiry.owner_id
    if by is not None and owner is not None and owner.pk == by.pk:
        changed_owner = False  # nobody needs telling what they just did
    enquiry.owner, enquiry.spokesperson = owner, spokesperson
    enquiry.save(update_fields=["owner", "spokesperson"])
    if changed_owner:
        notification_send(
            user=owner,
            ccg=enquiry.ccg,
            message=f"You own: {enquiry}",
            link=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        )
    return enquiry


@transaction.atomic
def enquiry_close(*, enquiry: Enquiry, note: str = "", at: datetime | None = None) -> Enquiry:
    if enquiry.closed_at:
        raise ValidationError({"closure_note": "This item is already closed."})
    enquiry.closed_at, enquiry.closure_note = at or timezone.now(), note
    enquiry.save(update_fields=["closed_at", "closure_note"])
    enquiry_deadlines_refresh(enquiry=enquiry)
    notifications_mark_done(link=reverse("media_desk:enquiry_detail", args=[enquiry.pk]))
    return enquiry


@transaction.atomic
def enquiry_refer_to_foi(*, enquiry: Enquiry, by: User) -> Enquiry:
    """Turn a media enquiry into an FOI request, keeping the link both ways.

    The FOI clock starts at the original receipt: the request was made then."""
    if enquiry.kind != Kind.MEDIA:
        raise ValidationError({"kind": "Only a media enquiry can be referred as an FOI request."})
    if hasattr(enquiry, "foi_referral"):
        raise ValidationError({"kind": "This enquiry has already been referred as an FOI request."})
    foi = Enquiry(
        ccg=enquiry.ccg,
        kind=Kind.FOI,
        referred_from=enquiry,
        requester_contact=enquiry.requester_contact,
        requester_name=enquiry.requester_name,
        requester_outlet=enquiry.requester_outlet,
        requester_email=enquiry.requester_email,
        requester_phone=enquiry.requester_phone,
        received_at=enquiry.received_at,
        channel=enquiry.channel,
        subject=enquiry.subject,
        details=enquiry.details,
        category=enquiry.category,
        owner=enquiry.owner,
    )
    return enquiry_log(enquiry=foi, logged_by=by)


@transaction.atomic
def register_add(*, item, by: User):
    """Add a spokesperson, press release or coverage entry (who added it is in the history)."""
    if isinstance(item, PressRelease):  # its words go through the content approval path
        return press_release_save(release=item, by=by)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def register_update(*, item, data: dict, version: int | None, by: User):
    """Save an edited spokesperson, press release or coverage entry. Refused (`StaleEdit`) when
    it was saved since the form was opened at `version`."""
    version_check(instance=item, version=version)
    apply_data(item, data)
    if isinstance(item, PressRelease):  # new words go back for approval
        return press_release_save(release=item, by=by)
    item.full_clean()
    item.save()
    return item
