"""Carrying out a plan: bulk inserts and updates in batches, with their audit history.

The caller holds the transaction, so an import is all-or-nothing. Every contact written gets
its history row (who imported it, from which file) and, because segment membership is
audited too, the segments it had at that moment."""

from collections import defaultdict
from collections.abc import Callable

from django.apps import apps
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from accounts.models import Ccg, User
from stakeholders.matching import text_key
from stakeholders.models import Contact, Organisation, Subscription

from .fields import CONTACT_FIELDS
from .planning import CREATE, UPDATE, ListOptions, Plan, RowPlan

BATCH = 1000


class _Writer:
    def __init__(self, *, ccg: Ccg, user: User | None, reason: str, options: ListOptions):
        self.ccg, self.user, self.reason, self.options = ccg, user, reason[:100], options
        self.organisations: dict[str, int] = {}
        self.through = Contact.segments.through
        self.m2m_history = apps.get_model("stakeholders", "HistoricalContact_segments")

    def organisations_create(self, names: dict[str, str], existing: dict[str, int]) -> int:
        self.organisations = dict(existing)
        created = bulk_create_with_history(
            [Organisation(ccg=self.ccg, name=name) for name in names.values()],
            Organisation,
            batch_size=BATCH,
            default_user=self.user,
            default_change_reason=self.reason,
        )
        self.organisations.update({text_key(org.name): org.pk for org in created})
        return len(created)

    def contacts_create(self, rows: list[RowPlan]) -> None:
        contacts = [self._new_contact(row) for row in rows]
        Contact.objects.bulk_create(contacts, batch_size=BATCH)
        through = [
            self.through(contact_id=contact.pk, segment_id=segment)
            for contact, row in zip(contacts, rows, strict=True)
            for segment in row.values.get("segment_ids", ())
        ]
        self.through.objects.bulk_create(through, batch_size=BATCH)
        self._history(contacts, through, update=False)
        self._subscribe(contacts, rows)

    def contacts_update(self, rows: list[RowPlan]) -> None:
        contacts = Contact.objects.for_ccgs([self.ccg.pk]).in_bulk([row.contact_id for row in rows])
        changed_fields = set()
        for row in rows:
            contact = contacts[row.contact_id]
            for name, value in row.changes.items():
                if name == "organisation_id" and value is None:
                    value = self.organisations[row.org_key]
                setattr(contact, name, value)
                changed_fields.add(name)
        ordered = [contacts[row.contact_id] for row in rows]
        # An import's change counts as an edit: a contact form opened before it becomes stale.
        # Counted up in the database (bulk_update bypasses the model's save).
        versions = {contact.pk: contact.version for contact in ordered}
        for contact in ordered:
            contact.version = F("version") + 1
        Contact.objects.bulk_update(ordered, [*sorted(changed_fields), "version"], batch_size=BATCH)
        for contact in ordered:
            contact.version = versions[contact.pk] + 1  # for the history rows written below
        self.through.objects.bulk_create(
            [
                self.through(contact_id=row.contact_id, segment_id=segment)
                for row in rows
                for segment in row.add_segments
            ],
            batch_size=BATCH,
        )
        touched = [
            c for c, row in zip(ordered, rows, strict=True) if row.changes or row.add_segments
        ]
        through = self.through.objects.filter(contact_id__in=[c.pk for c in touched])
        self._history(touched, list(through), update=True)
        self._subscribe(ordered, rows)

    def _new_contact(self, row: RowPlan) -> Contact:
        values = row.values
        contact = Contact(
            ccg=self.ccg,
            organisation_id=self.organisations.get(row.org_key) if row.org_key else None,
            format_needs=list(values.get("format_needs", ())),
            **{name: values[name] for name in CONTACT_FIELDS if name in values},
        )
        return contact

    def _history(self, contacts: list[Contact], through: list, *, update: bool) -> None:
        if not contacts:
            return
        records = Contact.history.bulk_history_create(
            contacts,
            batch_size=BATCH,
            update=update,
            default_user=self.user,
            default_change_reason=self.reason,
        )
        record_of = {record.id: record for record in records}
        segments = defaultdict(list)
        for link in through:
            segments[link.contact_id].append(link)
        self.m2m_history.objects.bulk_create(
            [
                self.m2m_history(
                    history=record_of[link.contact_id],
                    id=link.pk,
                    contact_id=link.contact_id,
                    segment_id=link.segment_id,
                )
                for contact_id in record_of
                for link in segments[contact_id]
            ],
            batch_size=BATCH,
        )

    def _subscribe(self, contacts: list[Contact], rows: list[RowPlan]) -> None:
        options = self.options
        subscriptions = [
            Subscription(
                ccg=self.ccg,
                distribution_list=options.distribution_list,
                contact_id=contact.pk,
                lawful_basis=options.lawful_basis,
                consent_date=row.consent_date,
                source=options.source[:200],
                subscribed_on=timezone.localdate(),
                recorded_by=self.user,
            )
            for contact, row in zip(contacts, rows, strict=True)
            if row.subscribe
        ]
        bulk_create_with_history(
            subscriptions,
            Subscription,
            batch_size=BATCH,
            default_user=self.user,
            default_change_reason=self.reason,
        )


def write_plan(
    *,
    plan: Plan,
    ccg: Ccg,
    user: User | None,
    reason: str,
    options: ListOptions,
    progress: Callable[[int, int], None],
) -> dict[str, int]:
    """Write every create and update of `plan`. Call inside a transaction."""
    writer = _Writer(ccg=ccg, user=user, reason=reason, options=options)
    organisations = writer.organisations_create(plan.new_organisations, plan.organisations)
    work = [row for row in plan.rows if row.action in (CREATE, UPDATE)]
    for start in range(0, len(work), BATCH):
        batch = work[start : start + BATCH]
        creates = [row for row in batch if row.action == CREATE]
        updates = [row for row in batch if row.action == UPDATE]
        if creates:
            writer.contacts_create(creates)
        if updates:
            writer.contacts_update(updates)
        progress(start + len(batch), len(work))
    return {
        "created": plan.count(CREATE),
        "updated": plan.count(UPDATE),
        "organisations_created": organisations,
        "subscribed": sum(1 for row in work if row.subscribe),
    }
