"""The public disclosure log: publishing a responded FOI request, editing and withdrawing it.

What is published is public for good, so the service (not only the form) insists on the
redaction confirmation and refuses text that names the requester: their name, e-mail address
or telephone number, as logged or as in the stakeholder register."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from core.concurrency import version_check
from core.editing import apply_data

from ..models import DisclosureLogEntry, Enquiry, Kind

TEXT_FIELDS = ("title", "request_summary", "response_text")
FIELDS = (*TEXT_FIELDS, "outcome", "attachment")
CONFIRM_REDACTION = "Confirm that personal data and exempt information have been redacted"
NAMES_REQUESTER = "Remove the requester's {what}: the disclosure log is public"


def _requester_marks(enquiry: Enquiry) -> list[tuple[str, str]]:
    """(what, text) of everything that would identify the requester."""
    marks = [
        ("name", enquiry.requester_name),
        ("e-mail address", enquiry.requester_email),
        ("telephone number", enquiry.requester_phone),
        ("name", enquiry.constituent_name),
    ]
    contact = enquiry.requester_contact
    if contact is not None:
        marks += [("name", str(contact)), ("e-mail address", contact.email or "")]
    return [(what, text.strip()) for what, text in marks if text and len(text.strip()) >= 3]


def _refuse_identity(enquiry: Enquiry, data: dict) -> None:
    errors = {}
    marks = _requester_marks(enquiry)
    for field in TEXT_FIELDS:
        text = (data.get(field) or "").casefold()
        for what, mark in marks:
            if mark.casefold() in text:
                errors[field] = NAMES_REQUESTER.format(what=what)
                break
    if errors:
        raise ValidationError(errors)


def _require_confirmation(confirmed: bool) -> None:
    if not confirmed:
        raise ValidationError({"redactions_confirmed": CONFIRM_REDACTION})


@transaction.atomic
def disclosure_publish(
    *,
    enquiry: Enquiry,
    data: dict,
    redactions_confirmed: bool,
    by: User,
    at: datetime | None = None,
) -> DisclosureLogEntry:
    """Publish a responded FOI request's answer. Refused (ValidationError naming the field)
    without the redaction confirmation, for an item that is not a responded FOI request, for
    one already on the log, and for text naming the requester."""
    if enquiry.kind != Kind.FOI:
        raise ValidationError("Only an FOI request goes on the disclosure log.")
    if not enquiry.responded_at:
        raise ValidationError("Publish it once the response has been sent.")
    if DisclosureLogEntry.objects.filter(enquiry=enquiry).exists():
        raise ValidationError("This request is already on the disclosure log.")
    _require_confirmation(redactions_confirmed)
    _refuse_identity(enquiry, data)
    entry = DisclosureLogEntry(
        enquiry=enquiry,
        ccg_id=enquiry.ccg_id,
        redactions_confirmed_by=by,
        published_at=at or timezone.now(),
        **{name: data[name] for name in FIELDS if name in data},
    )
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def disclosure_update(
    *,
    entry: DisclosureLogEntry,
    data: dict,
    redactions_confirmed: bool,
    version: int | None,
    by: User,
) -> DisclosureLogEntry:
    """Save edited text. Refused (`StaleEdit`) when saved since the form was opened at
    `version`; new words are confirmed as redacted again by whoever changes them."""
    version_check(instance=entry, version=version)
    _require_confirmation(redactions_confirmed)
    _refuse_identity(entry.enquiry, data)
    fields = {name: data[name] for name in FIELDS if name in data}
    if fields.get("attachment") is False:  # the form's "clear" box: no attachment any more
        fields["attachment"] = ""
    # Compared with the row as saved: the edit form has already set its values on `entry`.
    saved = type(entry)._base_manager.get(pk=entry.pk)
    if apply_data(saved, fields):
        apply_data(entry, fields)
        entry.redactions_confirmed_by = by
        entry.full_clean()
        entry.save()
    return entry


@transaction.atomic
def disclosure_withdraw(*, entry: DisclosureLogEntry, at: datetime | None = None):
    """Take it off the public log (its page, the feed and its attachment); the record stays."""
    if entry.withdrawn_at:
        raise ValidationError("It has already been withdrawn.")
    entry.withdrawn_at = at or timezone.now()
    entry.save(update_fields=["withdrawn_at"])
    return entry
