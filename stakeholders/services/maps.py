"""Stakeholder maps and the scores each gives its stakeholders."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import Ccg, User
from core.concurrency import version_check
from stakeholders.models import Contact, MapEntry, Organisation, StakeholderMap

from .common import apply_data


@transaction.atomic
def stakeholder_map_create(*, ccg: Ccg, data: dict, owner: User | None) -> StakeholderMap:
    stakeholder_map = StakeholderMap(ccg=ccg, owner=owner, **data)
    stakeholder_map.full_clean()
    stakeholder_map.save()
    return stakeholder_map


@transaction.atomic
def stakeholder_map_update(
    *, stakeholder_map: StakeholderMap, data: dict, version: int | None
) -> StakeholderMap:
    """Refused (`StaleEdit`) when the map was saved since the form was opened at `version`."""
    version_check(instance=stakeholder_map, version=version)
    if apply_data(stakeholder_map, data):
        stakeholder_map.full_clean()
        stakeholder_map.save()
    return stakeholder_map


@transaction.atomic
def map_entry_add(
    *,
    stakeholder_map: StakeholderMap,
    contact: Contact | None = None,
    organisation: Organisation | None = None,
    interest: int | None = None,
    influence: int | None = None,
    stance: str = "",
    notes: str = "",
) -> MapEntry:
    """Put a stakeholder on a map. Scores left out start from their overall scores."""
    stakeholder = contact or organisation
    if stakeholder is None:
        raise ValidationError("Choose a contact or an organisation to map.")
    if getattr(stakeholder, "is_erased", False):
        raise ValidationError("An erased contact cannot be mapped.")
    already = stakeholder_map.entries.filter(contact=contact, organisation=organisation)
    if already.exists():
        raise ValidationError(f"{stakeholder} is already on {stakeholder_map}.")
    entry = MapEntry(
        ccg_id=stakeholder_map.ccg_id,
        stakeholder_map=stakeholder_map,
        contact=contact,
        organisation=organisation,
        interest=interest if interest is not None else stakeholder.interest,
        influence=influence if influence is not None else stakeholder.influence,
        stance=stance or stakeholder.stance,
        notes=notes,
    )
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def map_entry_update(*, entry: MapEntry, data: dict, version: int | None) -> MapEntry:
    """Refused (`StaleEdit`) when the entry was saved since the form was opened at `version`."""
    version_check(instance=entry, version=version)
    if apply_data(entry, data):
        entry.full_clean()
        entry.save()
    return entry


@transaction.atomic
def map_entry_remove(*, entry: MapEntry) -> None:
    entry.delete()
