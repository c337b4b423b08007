"""Writes to action plans: add an action, update it (owner, target date, status, RAG)."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_data

from ..models import ActionItem
from ..selectors.actions import action_owners_for


def _check(item: ActionItem) -> None:
    if item.campaign is not None and item.campaign.ccg_id != item.ccg_id:
        raise ValidationError({"campaign": "Choose a campaign of the same CCG."})
    if item.owner_id and not action_owners_for(ccg=item.ccg).filter(pk=item.owner_id).exists():
        raise ValidationError({"owner": "Choose an owner from the CCG's comms team."})


@transaction.atomic
def action_create(*, ccg: Ccg, data: dict, by: User | None = None) -> ActionItem:
    item = ActionItem(ccg=ccg, **data)
    _check(item)
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def action_update(*, item: ActionItem, data: dict, version: int | None) -> ActionItem:
    """Refused (`StaleEdit`) when the action was saved since the form was opened at `version`."""
    version_check(instance=item, version=version)
    if apply_data(item, data):
        _check(item)
        item.full_clean()
        item.save()
    return item
