"""Writes to the access log of personal data, and the work of its retention job."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import connection, models, transaction

from accounts.models import User

from .models import Action, PersonalDataAccess

PURGE_BATCH = 5000
# Read by the append-only trigger (migration 0002): only the retention job sets it.
PURGE_SETTING = "ccgcomms.audit_purge"


def personal_data_access_record(
    *,
    user: User,
    action: str,
    subject: models.Model | type[models.Model],
    records: Iterable[tuple[int, int]],
    filters: str = "",
    path: str = "",
    client_address: str | None = None,
) -> list[PersonalDataAccess]:
    """Log that `user` saw or exported the `records` ((CCG id, record id) pairs) when asking for
    `subject`: a record, or a model for "the register". One row per CCG, in one INSERT; nothing
    when there were no records (an empty export discloses no one)."""
    if action not in Action.values:
        raise ValueError(f"action: {action!r} is not one of {', '.join(Action.values)}")
    ids_by_ccg: dict[int, list[int]] = defaultdict(list)
    for ccg_id, record_id in records:
        ids_by_ccg[ccg_id].append(record_id)
    subject_id = subject.pk if isinstance(subject, models.Model) else None
    return PersonalDataAccess.objects.bulk_create(
        PersonalDataAccess(
            ccg_id=ccg_id,
            user=user,
            user_email=user.email,
            action=action,
            subject_type=subject._meta.label_lower,
            subject_id=subject_id,
            record_count=len(ids),
            record_ids=ids,
            filters=filters,
            path=path[:500],
            client_address=client_address,
        )
        for ccg_id, ids in ids_by_ccg.items()
    )


def personal_data_access_purge(*, now: datetime, days: int) -> int:
    """Delete the entries older than `days` (the retention job's work), in batches so that no
    long transaction holds the table. Returns how many went."""
    if days < 1:
        raise ValueError("days: the access log must be kept for at least one day")
    cutoff = now - timedelta(days=days)
    deleted = 0
    while True:
        with transaction.atomic():
            _allow_purge()
            batch = list(
                PersonalDataAccess.objects.filter(at__lt=cutoff)
                .order_by()
                .values_list("pk", flat=True)[:PURGE_BATCH]
            )
            if not batch:
                return deleted
            deleted += PersonalDataAccess.objects.filter(pk__in=batch).delete()[0]


def _allow_purge() -> None:
    """Lets this transaction past the append-only trigger (Postgres; SQLite has no trigger)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'on', true)", [PURGE_SETTING])
