"""FOI clock events: clarification restarts it, a fees notice pauses it, internal review."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ..models import Enquiry, Kind
from .deadlines import enquiry_deadlines_refresh


def _require_foi(enquiry: Enquiry) -> None:
    if enquiry.kind != Kind.FOI:
        raise ValidationError({"kind": "Only an FOI request has this step."})


def _record(enquiry: Enquiry, **fields) -> Enquiry:
    for name, value in fields.items():
        setattr(enquiry, name, value)
    enquiry.save(update_fields=list(fields))
    enquiry_deadlines_refresh(enquiry=enquiry)
    return enquiry


@transaction.atomic
def foi_clarification_request(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    _require_foi(enquiry)
    return _record(
        enquiry, clarification_requested_at=at or timezone.now(), clarification_received_at=None
    )


@transaction.atomic
def foi_clarification_receive(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    _require_foi(enquiry)
    if not enquiry.clarification_requested_at:
        raise ValidationError({"clarification_received_at": "No clarification was asked for."})
    at = at or timezone.now()
    if at < enquiry.clarification_requested_at:
        raise ValidationError(
            {"clarification_received_at": "It cannot arrive before it was asked for."}
        )
    return _record(enquiry, clarification_received_at=at)


@transaction.atomic
def foi_fees_notice_send(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    _require_foi(enquiry)
    return _record(enquiry, fees_notice_at=at or timezone.now(), fee_received_at=None)


@transaction.atomic
def foi_fee_receive(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    _require_foi(enquiry)
    if not enquiry.fees_notice_at:
        raise ValidationError({"fee_received_at": "No fees notice was sent."})
    return _record(enquiry, fee_received_at=at or timezone.now())


@transaction.atomic
def foi_review_request(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    _require_foi(enquiry)
    if not enquiry.responded_at:
        raise ValidationError({"review_requested_at": "An internal review follows a response."})
    return _record(enquiry, review_requested_at=at or timezone.now(), review_completed_at=None)


@transaction.atomic
def foi_review_extend(*, enquiry: Enquiry) -> Enquiry:
    """ICO guidance: 20 working days, extendable to 40 in exceptional cases."""
    if not enquiry.review_requested_at:
        raise ValidationError({"review_extended": "No internal review has been requested."})
    return _record(enquiry, review_extended=True)


@transaction.atomic
def foi_review_complete(*, enquiry: Enquiry, at: datetime | None = None) -> Enquiry:
    if not enquiry.review_requested_at:
        raise ValidationError({"review_completed_at": "No internal review has been requested."})
    return _record(enquiry, review_completed_at=at or timezone.now())
