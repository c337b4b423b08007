"""Records of other apps that name a contact: the media desk's letters and enquiries, say.

Imports point one way (the media desk uses the register, never the reverse), so the register
cannot ask the desk for its items. Instead an app that links its records to contacts registers a
source here from its `AppConfig.ready()`; the contact and organisation pages ask every source
(docs/adr/0011-linked-records-through-a-registry.md). A source is one of that app's selectors:

    source(*, scope, contact_ids, limit) -> list[LinkedRecord]

`contact_ids` is a queryset of contact ids (one contact, or an organisation's people), used as a
subquery; the source returns at most `limit` records the scope may see, newest first, in a
bounded number of queries (one is usual)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from accounts.scoping import Scope
from stakeholders.models import Contact, Organisation

LINKED_LIMIT = 30


@dataclass(frozen=True)
class LinkedRecord:
    when: datetime
    kind: str  # in the team's words: "MP letter", "Media enquiry"
    title: str
    url: str
    status: str = ""
    person: str = ""  # whose record it is (an organisation's page lists several people's)


LinkedSource = Callable[..., list[LinkedRecord]]
_SOURCES: dict[str, LinkedSource] = {}


def linked_source_register(*, name: str, source: LinkedSource) -> None:
    """Called from an app's `ready()`; registering the same name again replaces it."""
    _SOURCES[name] = source


def _linked(scope: Scope, contact_ids: QuerySet, limit: int) -> list[LinkedRecord]:
    records = []
    for source in _SOURCES.values():
        records.extend(source(scope=scope, contact_ids=contact_ids, limit=limit))
    return sorted(records, key=lambda record: record.when, reverse=True)[:limit]


def linked_records_of_contact(
    *, scope: Scope, contact: Contact, limit: int = LINKED_LIMIT
) -> list[LinkedRecord]:
    """What other apps hold about this person that the user may see, newest first."""
    return _linked(scope, Contact.objects.filter(pk=contact.pk).values("pk"), limit)


def linked_records_of_organisation(
    *, scope: Scope, organisation: Organisation, limit: int = LINKED_LIMIT
) -> list[LinkedRecord]:
    """The same for everyone in the organisation, newest first."""
    people = Contact.objects.visible_to(scope).filter(organisation=organisation).values("pk")
    return _linked(scope, people, limit)
