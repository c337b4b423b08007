"""Writes of the campaign plan: a campaign (by its lead CCG's comms team), the CCGs it is
shared with, and each CCG's own local notes."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_data, apply_many

from ..models import (
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    NationalAwarenessDay,
)


def _relations(campaign: Campaign, data: dict, *, shared_kept=()) -> dict:
    """Pop and check the many-to-manys of the form's data: audiences of the lead CCG only;
    the lead is never also "shared with". `shared_kept` are CCGs it is shared with now that
    this user was not offered (they stay: one member's edit never unshares another's CCG)."""
    found = {}
    if "audiences" in data:
        audiences = list(data.pop("audiences"))
        if any(segment.ccg_id != campaign.ccg_id for segment in audiences):
            raise ValidationError({"audiences": "Choose audiences of the lead CCG."})
        found["audiences"] = audiences
    if "shared_with" in data:
        chosen = {ccg.pk: ccg for ccg in data.pop("shared_with")}
        chosen.pop(campaign.ccg_id, None)
        chosen.update({ccg.pk: ccg for ccg in shared_kept})
        found["shared_with"] = list(chosen.values())
    return found


@transaction.atomic
def campaign_create(*, ccg: Ccg, data: dict, by: User) -> Campaign:
    """A campaign led by `ccg`."""
    data = dict(data)
    campaign = Campaign(ccg=ccg)
    relations = _relations(campaign, data)
    apply_data(campaign, data)
    campaign.full_clean()
    campaign.save()
    for field, records in relations.items():
        getattr(campaign, field).set(records)
    return campaign


@transaction.atomic
def campaign_update(
    *, campaign: Campaign, data: dict, version: int | None, shared_offered=None
) -> Campaign:
    """Refused (`StaleEdit`) when saved since the form was opened at `version`. `shared_offered`
    are the CCGs the form let the user pick from (None: all of them)."""
    version_check(instance=campaign, version=version)
    data = dict(data)
    kept = []
    if shared_offered is not None:
        offered = {ccg.pk for ccg in shared_offered}
        kept = [ccg for ccg in campaign.shared_with.all() if ccg.pk not in offered]
    relations = _relations(campaign, data, shared_kept=kept)
    changed = apply_data(campaign, data)
    if changed:
        campaign.full_clean()
    for field, records in relations.items():
        changed = apply_many(campaign, field, records) or changed
    if changed:
        campaign.save()
    return campaign


@transaction.atomic
def campaign_note_save(
    *, campaign: Campaign, ccg: Ccg, notes: str, version: int | None, by: User
) -> CampaignNote:
    """The local notes of `ccg` on the campaign, created on first save; only a CCG that leads
    the campaign or is shared with it keeps notes on it."""
    if ccg.pk != campaign.ccg_id and not campaign.shared_with.filter(pk=ccg.pk).exists():
        raise ValidationError("Only the CCGs running this campaign keep notes on it.")
    if not notes.strip():
        raise ValidationError({"notes": "Enter your CCG's notes"})
    note = CampaignNote.objects.for_ccgs([ccg.pk]).filter(campaign=campaign).first()
    if note is None:
        note = CampaignNote(campaign=campaign, ccg=ccg, notes=notes)
        note.full_clean()
        note.save()
        return note
    version_check(instance=note, version=version)
    if apply_data(note, {"notes": notes}):
        note.save()
    return note


@transaction.atomic
def awareness_day_create(*, ccg: Ccg, data: dict, by: User) -> AwarenessDay:
    """A CCG's own awareness day; the same name on the same start date is there already."""
    day = AwarenessDay(ccg=ccg)
    apply_data(day, dict(data))
    day.full_clean()
    day.save()
    return day


@transaction.atomic
def national_day_choices_set(*, ccg: Ccg, names, by: User) -> tuple[int, int]:
    """The national days `ccg` plans around become `names` (names of the national list);
    returns how many were added and dropped."""
    names = set(names)
    known = set(NationalAwarenessDay.objects.filter(name__in=names).values_list("name", flat=True))
    if names - known:
        raise ValidationError({"names": "Choose days from the national list."})
    current = AwarenessDayChoice.objects.for_ccgs([ccg.pk])
    held = set(current.values_list("name", flat=True))
    dropped, _ = current.filter(name__in=held - names).delete()
    AwarenessDayChoice.objects.bulk_create(
        [AwarenessDayChoice(ccg=ccg, name=name, chosen_by=by) for name in sorted(names - held)]
    )
    return len(names - held), dropped
