"""Erasure and retention review (UK GDPR articles 17 and 5(1)(e)).

Erasure anonymises rather than deletes: counts, list sizes, maps and other records that
mention the contact stay intact, while nothing left, the audit history included, says who
they were. A one-way suppression key stops an import or sign-up bringing them back."""

import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from stakeholders.models import (
    Contact,
    ImportJob,
    Interaction,
    MapEntry,
    SuppressionReason,
    WithdrawalReason,
)

from .consent import suppression_add

ERASED_SUMMARY = "Removed when the contact was erased."
# What an erased contact keeps: its kind, CCG, organisation, locality, segments and scores,
# so that counts and maps still add up. Everything else about the person goes.
ANONYMOUS = {
    "title": "",
    "first_name": "Erased",
    "last_name": "contact",
    "job_title": "",
    "email": "",
    "phone": "",
    "mobile": "",
    "address": "",
    "constituency": "",
    "party": "",
    "authority": "",
    "ward": "",
    "notes": "",
    "format_needs": [],
    "preferred_language": "",
    "communication_notes": "",
    "relationship_owner": None,
}


@transaction.atomic
def contact_erase(*, contact: Contact, user: User | None) -> Contact:
    if contact.is_erased:
        raise ValidationError("This contact was already erased.")
    now = timezone.now()
    needles = [
        text for text in (contact.email, f"{contact.first_name} {contact.last_name}") if text
    ]
    suppression_add(contact=contact, reason=SuppressionReason.ERASED)
    for subscription in contact.subscriptions.filter(withdrawn_on__isnull=True):
        subscription.withdrawn_on = timezone.localdate()
        subscription.withdrawal_reason = WithdrawalReason.ERASED
        subscription.withdrawn_by = user
        subscription.save()
    _scrub(Interaction, Interaction.objects.filter(contact=contact), {"summary": ERASED_SUMMARY})
    _scrub(MapEntry, MapEntry.objects.filter(contact=contact), {"notes": ""})
    for name, value in ANONYMOUS.items():
        setattr(contact, name, value)
    contact.erased_at = now
    contact._history_user = user
    contact._change_reason = f"Erased by {user or 'the system'} at {now:%Y-%m-%d %H:%M} UTC"[:100]
    contact.save()
    # The audit history must not remember the person either; its rows stay, anonymised.
    contact.history.update(**ANONYMOUS)
    _scrub_import_reports(contact.ccg_id, needles)
    return contact


def _scrub(model, queryset, values: dict) -> None:
    ids = list(queryset.values_list("pk", flat=True))
    queryset.update(**values)
    model.history.filter(id__in=ids).update(**values)


def _scrub_import_reports(ccg_id: int, needles: list[str]) -> None:
    """Import reports name people for a while (until the sweep trims them); take this one out."""
    reports = ImportJob.objects.for_ccgs([ccg_id]).exclude(report={})
    for job in reports.only("pk", "report"):
        text = json.dumps(job.report)
        scrubbed = text
        for needle in needles:
            scrubbed = scrubbed.replace(json.dumps(needle)[1:-1], "(erased)")
        if scrubbed != text:
            ImportJob.objects.filter(pk=job.pk).update(report=json.loads(scrubbed))


@transaction.atomic
def contact_retention_keep(*, contact: Contact, user: User | None) -> Contact:
    """The retention review decided to keep this contact: it leaves the review list."""
    if contact.is_erased:
        raise ValidationError("An erased contact has nothing to keep.")
    contact.retention_reviewed_at = timezone.now()
    contact._history_user = user
    contact._change_reason = "Kept at the retention review"
    contact.save(update_fields=["retention_reviewed_at"])
    return contact
