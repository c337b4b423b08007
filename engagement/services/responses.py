""" "We did": opening a response with its due date, changing it, and publishing it.

The due date is N working days after the feedback (N from the CCG's policy, 20 by default),
worked out by the media desk's working-time engine on the CCG's own calendar: day 0 is the day
the feedback was heard, the response is due by close of business on working day N."""

from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.calendars import organisation_calendar
from accounts.models import User
from core.concurrency import version_check
from working_time import LONDON, Rule, Unit, compute_deadline

from ..models import CLOSED_STATUSES, Feedback, Response, Theme
from .common import apply_data, notifications_mark_done, notify_new_owner
from .registers import policy_for

EDITABLE = ("you_said", "we_did", "status", "not_possible_reason", "owner")


def response_due_set(*, response: Response) -> Response:
    """Work out `due_at` from `heard_on` and `working_days` (not saved)."""
    received = datetime.combine(response.heard_on, time(12, 0), tzinfo=LONDON)
    deadline = compute_deadline(
        rule=Rule("response", response.working_days, Unit.WORKING_DAYS),
        received=received,
        calendar=organisation_calendar(ccg=response.ccg),
    )
    response.due_at, response.due_explanation = deadline.due, list(deadline.explanation)
    return response


def _heard_on(feedback: Feedback | None, theme: Theme | None):
    if feedback is not None:
        return feedback.received_on
    latest = theme.feedback.order_by("-received_on").values_list("received_on", flat=True).first()
    return latest or timezone.localdate()


def _track_status(response: Response) -> None:
    """Closed responses need no reminder; a reopened one is reminded again (once)."""
    if response.status in CLOSED_STATUSES:
        response.completed_at = response.completed_at or timezone.now()
        response.next_reminder_at = None
    else:
        response.completed_at = None
        response.next_reminder_at = response.due_at


def _notify_owner(
    response: Response, previous_owner_id: int | None, by: User | None = None
) -> None:
    notify_new_owner(
        owner=response.owner,
        previous_id=previous_owner_id,
        by=by,
        ccg=response.ccg,
        message=f"You own the response: {response}",
        link=reverse("engagement:response_detail", args=[response.pk]),
    )


@transaction.atomic
def response_create(
    *, feedback: Feedback | None = None, theme: Theme | None = None, data: dict, by: User
) -> Response:
    subject = feedback or theme
    if subject is None:
        raise ValidationError("Respond to a feedback item or to a theme.")
    if feedback is not None and Response.objects.filter(feedback=feedback).exists():
        raise ValidationError("This feedback already has a response: change that one instead.")
    response = Response(ccg=subject.ccg, feedback=feedback, theme=theme)
    apply_data(response, {k: v for k, v in data.items() if k in EDITABLE})
    response.heard_on = _heard_on(feedback, theme)
    response.working_days = policy_for(ccg=subject.ccg).response_working_days
    response_due_set(response=response)
    _track_status(response)
    response._history_user = by
    response.full_clean()
    response.save()
    _notify_owner(response, previous_owner_id=by.pk)
    return response


@transaction.atomic
def response_update(
    *, response: Response, data: dict, version: int | None, by: User | None = None
) -> Response:
    """Refused (`StaleEdit`) when the response was saved since the form was opened at `version`.
    A response done (or not possible) closes its notifications: nothing is left to act on."""
    version_check(instance=response, version=version)
    previous_owner_id = response.owner_id
    if apply_data(response, {k: v for k, v in data.items() if k in EDITABLE}):
        _track_status(response)
        response.full_clean()
        response.save()
        _notify_owner(response, previous_owner_id, by)
        if not response.is_open:
            link = reverse("engagement:response_detail", args=[response.pk])
            notifications_mark_done(link=link)
    return response


def _names_the_contributor(response: Response) -> str | None:
    feedback = response.feedback
    if feedback is None:
        return None
    text = f"{response.you_said}\n{response.we_did}\n{response.not_possible_reason}".lower()
    for detail in (feedback.contributor_name, feedback.contributor_email):
        if detail and len(detail) > 2 and detail.lower() in text:
            return detail
    return None


@transaction.atomic
def response_publish(*, response: Response, by: User) -> Response:
    """Copy the response to the public page. Refused when the public would read nothing, or
    would read the contributor's name or e-mail address."""
    errors = {}
    if not response.you_said.strip():
        errors["you_said"] = "Write what people said, in plain words, before publishing."
    if not response.we_did.strip():
        errors["we_did"] = (
            "Write what we did, or will do, before publishing: the public page would be empty."
        )
    named = _names_the_contributor(response)
    if named:
        errors["you_said"] = (
            f"The text includes '{named}', who gave this feedback. Take it out before publishing."
        )
    if errors:
        raise ValidationError(errors)
    response.full_clean()
    response.published_you_said = response.you_said.strip()
    response.published_we_did = response.we_did.strip()
    response.published_status = response.status
    response.published_reason = response.not_possible_reason.strip()
    response.published_at, response.published_by = timezone.now(), by
    response.save()
    return response


@transaction.atomic
def response_unpublish(*, response: Response) -> Response:
    response.published_at = response.published_by = None
    response.published_you_said = response.published_we_did = ""
    response.published_status = response.published_reason = ""
    response.save()
    return response
