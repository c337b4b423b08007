"""Holding replies, sign-off and the full response."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ..models import Enquiry
from .deadlines import enquiry_deadlines_refresh


def _sent_time(at: datetime | None, field: str, enquiry: Enquiry) -> datetime:
    at = at or timezone.now()
    if at > timezone.now() + timezone.timedelta(minutes=5):
        raise ValidationError({field: "The time sent cannot be in the future."})
    if at < enquiry.received_at:
        raise ValidationError({field: "The time sent cannot be before the item was received."})
    return at


@transaction.atomic
def enquiry_send_holding_reply(
    *, enquiry: Enquiry, text: str, at: datetime | None = None
) -> Enquiry:
    if not enquiry.offers_holding_reply:
        raise ValidationError({"holding_reply": "This kind of item has no holding reply."})
    if not text.strip():
        label = enquiry.holding_label.lower()
        raise ValidationError({"holding_reply": f"Enter the {label} that was sent."})
    enquiry.holding_reply = text
    enquiry.holding_sent_at = _sent_time(at, "holding_sent_at", enquiry)
    enquiry.save(update_fields=["holding_reply", "holding_sent_at"])
    enquiry_deadlines_refresh(enquiry=enquiry)
    return enquiry


@transaction.atomic
def enquiry_sign_off(
    *, enquiry: Enquiry, signed_off_by: str, response: str, at: datetime | None = None
) -> Enquiry:
    """Record who approved the drafted response, and when."""
    if not response.strip():
        raise ValidationError({"response": "Draft the response before it is signed off."})
    if not signed_off_by.strip():
        raise ValidationError({"signed_off_by": "Enter who signed the response off."})
    enquiry.response, enquiry.signed_off_by = response, signed_off_by.strip()
    enquiry.signed_off_at = at or timezone.now()
    enquiry.save(update_fields=["response", "signed_off_by", "signed_off_at"])
    return enquiry


@transaction.atomic
def enquiry_respond(*, enquiry: Enquiry, response: str, at: datetime | None = None) -> Enquiry:
    """Mark the full response sent. Refused before sign-off where the policy requires it."""
    if not response.strip():
        raise ValidationError({"response": "Enter the response that was sent."})
    if enquiry.requires_sign_off and not enquiry.signed_off_at:
        raise ValidationError(
            {"response": "This response must be signed off before it is marked as sent."}
        )
    if enquiry.requires_sign_off and response.strip() != enquiry.response.strip():
        changed = "The response differs from the signed-off text: sign off the new text first."
        raise ValidationError({"response": changed})
    enquiry.response = response
    enquiry.responded_at = _sent_time(at, "responded_at", enquiry)
    enquiry.save(update_fields=["response", "responded_at"])
    enquiry_deadlines_refresh(enquiry=enquiry)
    return enquiry
