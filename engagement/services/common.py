"""Small helpers the services share."""

from django.core.exceptions import ValidationError
from django.db import models

from accounts.models import Ccg, User
from accounts.services import notification_send


def apply_data(instance: models.Model, data: dict) -> bool:
    """Set the fields that differ; True when any did (unchanged saves write no history)."""
    changed = False
    for name, value in data.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def same_ccg(*, ccg_id: int, field: str, records, what: str) -> list:
    records = list(records)
    if any(record.ccg_id != ccg_id for record in records):
        raise ValidationError({field: f"Choose {what} of the same CCG."})
    return records


def notify_new_owner(
    *, owner: User | None, previous_id: int | None, ccg: Ccg, message: str, link: str
):
    if owner is not None and owner.pk != previous_id:
        notification_send(user=owner, ccg=ccg, message=message, link=link)
