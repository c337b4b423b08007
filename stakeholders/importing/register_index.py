"""What an import needs to know of one CCG's register, loaded in a few queries: who is there
(by e-mail and by name and organisation), who asked not to come back, who is on the list."""

import datetime
from collections import defaultdict

from accounts.models import Ccg
from stakeholders.matching import email_key, name_key, text_key
from stakeholders.models import Contact, DistributionList, Organisation, Subscription, Suppression

from .fields import CURRENT_FIELDS


class RegisterIndex:
    def __init__(self, ccg: Ccg):
        self.ccg = ccg
        self.organisations: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
        self.erased: dict[str, datetime.date] = {}
        self.withdrawn: dict[str, datetime.date] = {}
        self.subscribers: set[int] = set()

    @classmethod
    def load(cls, ccg: Ccg, distribution_list: DistributionList | None = None) -> "RegisterIndex":
        index = cls(ccg)
        org_names = {}
        for pk, name in Organisation.objects.for_ccgs([ccg.pk]).values_list("id", "name"):
            index.organisations[text_key(name)] = pk
            org_names[pk] = name
        contacts = (
            Contact.objects.for_ccgs([ccg.pk])
            .filter(erased_at__isnull=True)
            .order_by("id")
            .values_list("id", "email", "first_name", "last_name", "organisation_id")
        )
        for pk, email, first, last, org_id in contacts.iterator(chunk_size=5000):
            key = email_key(email)
            if key:
                index.by_email.setdefault(key, pk)
            index.by_name[name_key(first, last, org_names.get(org_id))].append((pk, key))
        suppressions = Suppression.objects.for_ccgs([ccg.pk]).filter(distribution_list__isnull=True)
        index.erased = {key: at.date() for key, at in suppressions.values_list("key", "created_at")}
        if distribution_list is not None:
            listed = Suppression.objects.for_ccgs([ccg.pk]).filter(
                distribution_list=distribution_list
            )
            index.withdrawn = {k: at.date() for k, at in listed.values_list("key", "created_at")}
            index.subscribers = set(
                Subscription.objects.for_ccgs([ccg.pk])
                .filter(distribution_list=distribution_list, withdrawn_on__isnull=True)
                .values_list("contact_id", flat=True)
            )
        return index

    def erased_on(self, keys: list[str]) -> datetime.date | None:
        return next((self.erased[k] for k in keys if k in self.erased), None)

    def withdrew_on(self, keys: list[str]) -> datetime.date | None:
        return next((self.withdrawn[k] for k in keys if k in self.withdrawn), None)

    def current_values(self, ids: list[int]) -> dict[int, dict]:
        """The register's values for these contacts, with their segment ids."""
        rows = (
            Contact.objects.for_ccgs([self.ccg.pk]).filter(pk__in=ids).values("id", *CURRENT_FIELDS)
        )
        current = {row["id"]: {**row, "segment_ids": set()} for row in rows}
        through = Contact.segments.through.objects.filter(contact_id__in=ids)
        for contact_id, segment_id in through.values_list("contact_id", "segment_id"):
            current[contact_id]["segment_ids"].add(segment_id)
        for row in current.values():
            row["format_needs"] = list(row["format_needs"] or [])
        return current
