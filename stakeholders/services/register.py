"""Writes to the register: contacts, organisations and segments."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_many
from stakeholders.matching import email_key, suppression_keys
from stakeholders.models import Contact, Organisation, Segment, Suppression

from .common import apply_data


def _segments_check(ccg_id: int, segments) -> list[Segment]:
    segments = list(segments)
    if any(segment.ccg_id != ccg_id for segment in segments):
        raise ValidationError({"segments": "Choose segments of the contact's own CCG."})
    return segments


def _email_taken(contact: Contact) -> None:
    if not contact.email:
        return
    # Written as the unique constraint's own expression and condition, so its index serves it.
    others = (
        Contact.objects.for_ccgs([contact.ccg_id])
        .exclude(email="")
        .annotate(email_key=Lower("email"))
        .filter(email_key=email_key(contact.email))
    )
    other = others.exclude(pk=contact.pk).first()
    if other is not None:
        raise ValidationError(
            {"email": f"{other.full_name} already has this e-mail address in the register."}
        )


def _erasure_keys(contact: Contact) -> list[str]:
    return suppression_keys(
        email=contact.email,
        first_name=contact.first_name,
        last_name=contact.last_name,
        organisation_name=contact.organisation.name if contact.organisation else None,
    )


def contact_suppressed(*, contact: Contact) -> bool:
    """Whether this person was erased at their request (so must not silently come back)."""
    return (
        Suppression.objects.for_ccgs([contact.ccg_id])
        .filter(distribution_list__isnull=True, key__in=_erasure_keys(contact))
        .exists()
    )


def organisation_find_or_create(*, ccg: Ccg, name: str) -> Organisation:
    """The CCG's organisation of this name (whatever its case and spacing), or a new one."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"new_organisation": "Enter the organisation's name"})
    existing = (
        Organisation.objects.for_ccgs([ccg.pk])
        .annotate(name_key=Lower("name"))
        .filter(name_key=name.lower())
        .first()
    )
    return existing or organisation_create(ccg=ccg, data={"name": name})


@transaction.atomic
def contact_create(
    *,
    ccg: Ccg,
    data: dict,
    user: User | None = None,
    asked_to_return: bool = False,
    new_organisation: str = "",
) -> Contact:
    """A new contact. Someone erased at their request comes back only when they ask to:
    `asked_to_return` records that and lifts the suppression. `new_organisation`, a name typed
    when the organisation is not in the list, finds or adds it in the contact's CCG."""
    data = dict(data)
    segments = data.pop("segments", None)
    if new_organisation.strip():
        if data.get("organisation") is not None:
            raise ValidationError(
                {
                    "new_organisation": "Choose the organisation from the list or enter a new "
                    "one's name, not both"
                }
            )
        data["organisation"] = organisation_find_or_create(ccg=ccg, name=new_organisation)
    contact = Contact(ccg=ccg, **data)
    contact.email = (contact.email or "").strip()
    _email_taken(contact)
    contact.full_clean()
    if contact_suppressed(contact=contact):
        if not asked_to_return:
            raise ValidationError(
                "This person asked to be erased from the register. Add them again only if "
                "they have asked to be added, and tick the box that says so."
            )
        Suppression.objects.for_ccgs([ccg.pk]).filter(
            distribution_list__isnull=True, key__in=_erasure_keys(contact)
        ).delete()
    contact.save()
    if segments is not None:
        contact.segments.set(_segments_check(ccg.pk, segments))
    return contact


@transaction.atomic
def contact_update(*, contact: Contact, data: dict, version: int | None) -> Contact:
    """Apply validated form data; simple_history records who changed what. Refused
    (`StaleEdit`) when the contact was saved since the form was opened at `version`."""
    version_check(instance=contact, version=version)
    if contact.is_erased:
        raise ValidationError("An erased contact cannot be changed.")
    data = dict(data)
    segments = data.pop("segments", None)
    changed = apply_data(contact, data)
    if changed:
        _email_taken(contact)
        contact.full_clean()
    if segments is not None:
        segments = _segments_check(contact.ccg_id, segments)
        changed = apply_many(contact, "segments", segments) or changed
    if changed:
        contact.save()
    return contact


@transaction.atomic
def organisation_create(*, ccg: Ccg, data: dict) -> Organisation:
    organisation = Organisation(ccg=ccg, **data)
    organisation.full_clean()
    organisation.save()
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, data: dict, version: int | None
) -> Organisation:
    version_check(instance=organisation, version=version)
    if apply_data(organisation, data):
        organisation.full_clean()
        organisation.save()
    return organisation


@transaction.atomic
def segment_create(*, ccg: Ccg, data: dict) -> Segment:
    segment = Segment(ccg=ccg, **data)
    segment.full_clean()
    segment.save()
    return segment


@transaction.atomic
def segment_update(*, segment: Segment, data: dict, version: int | None) -> Segment:
    version_check(instance=segment, version=version)
    if apply_data(segment, data):
        segment.full_clean()
        segment.save()
    return segment
