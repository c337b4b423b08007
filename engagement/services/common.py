"""Small helpers the services share."""

from django.core.exceptions import ValidationError

from accounts.models import Ccg, User
from accounts.services import notification_send, notifications_mark_done
from core.editing import apply_data

__all__ = ["apply_data", "notifications_mark_done", "notify_new_owner", "same_ccg"]


def same_ccg(*, ccg_id: int, field: str, records, what: str) -> list:
    records = list(records)
    if any(record.ccg_id != ccg_id for record in records):
        raise ValidationError({field: f"Choose {what} of the same CCG."})
    return records


def notify_new_owner(
    *,
    owner: User | None,
    previous_id: int | None,
    ccg: Ccg,
    message: str,
    link: str,
    by: User | None = None,
):
    """Tell a new owner, unless they took it themselves (`by`)."""
    if owner is not None and owner.pk != previous_id and (by is None or by.pk != owner.pk):
        notification_send(user=owner, ccg=ccg, message=message, link=link)
