"""Reading contacts: the searchable, filterable list, its export, and pickers for other apps."""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.scoping import Scope, model_perm
from accounts.selectors import localities_in
from stakeholders.models import (
    Contact,
    ContactKind,
    DistributionList,
    Organisation,
    Segment,
    Subscription,
    quadrant_filter,
)


@dataclass(frozen=True)
class ContactFilters:
    search: str = ""
    kind: str = ""
    organisation_type: str = ""
    segment: int | None = None
    locality: int | None = None
    quadrant: str = ""
    distribution_list: int | None = None
    consent: str = ""  # subscribed | consent | withdrawn | none
    needs: bool = False  # only those with accessible information needs


CONSENT_CHOICES = [
    ("subscribed", "On the list (any lawful basis)"),
    ("consent", "On the list by consent"),
    ("withdrawn", "Withdrew from the list"),
    ("none", "Not on the list"),
]


MAX_TERMS = 5
# A term matching more organisations than this is too broad to narrow by organisation.
MAX_ORGANISATIONS = 2000


def search_filter(*, scope: Scope, search: str) -> Q:
    """Every word must match a name, the e-mail or the organisation's name. On Postgres the
    trigram indexes of migration 0004 serve these; SQLite scans."""
    condition = Q()
    for term in search.split()[:MAX_TERMS]:
        # The organisations are found first, by their own index: as a subquery inside the OR
        # they would stop Postgres combining the indexes and make it scan every contact.
        organisations = Organisation.objects.visible_to(scope).filter(name__icontains=term)
        organisation_ids = list(organisations.values_list("pk", flat=True)[:MAX_ORGANISATIONS])
        condition &= (
            Q(first_name__icontains=term)
            | Q(last_name__icontains=term)
            | Q(email__icontains=term)
            | Q(organisation_id__in=organisation_ids)
        )
    return condition


def segment_with_descendants(*, scope: Scope, segment_id: int) -> set[int]:
    rows = Segment.objects.visible_to(scope).values_list("pk", "parent_id")
    children: dict[int | None, list[int]] = {}
    for pk, parent in rows:
        children.setdefault(parent, []).append(pk)
    found, stack = set(), [segment_id]
    while stack:
        node = stack.pop()
        if node not in found:
            found.add(node)
            stack.extend(children.get(node, []))
    return found


def contact_filter_choices(*, scope: Scope) -> dict[str, list]:
    """The contact list's filter choices: segments, localities and lists of the CCGs where the
    user may view contacts, and of no other CCG (staff there see nothing of its register)."""
    ccg_ids = scope.ccg_ids_with(model_perm(Contact, "view"))
    return {
        # Two CCGs may each have a "Carers" segment: the id keeps their order the same.
        "segments": list(
            Segment.objects.visible_to(scope)
            .filter(ccg_id__in=ccg_ids)
            .order_by("kind", "name", "id")
        ),
        "localities": list(localities_in(ccg_ids=ccg_ids)),
        "lists": list(
            DistributionList.objects.visible_to(scope).filter(ccg_id__in=ccg_ids).order_by("name")
        ),
    }


def _subscriptions(scope: Scope, list_id: int | None):
    subscriptions = Subscription.objects.visible_to(scope).filter(contact=OuterRef("pk"))
    return subscriptions.filter(distribution_list_id=list_id) if list_id else subscriptions


def contact_list(
    *, scope: Scope, search: str = "", kind: str = "", filters: ContactFilters | None = None
) -> QuerySet[Contact]:
    filters = filters or ContactFilters(search=search, kind=kind)
    contacts = (
        Contact.objects.visible_to(scope)
        .filter(erased_at__isnull=True)
        .select_related("organisation", "ccg")
    )
    if filters.search:
        contacts = contacts.filter(search_filter(scope=scope, search=filters.search))
    if filters.kind:
        contacts = contacts.filter(kind=filters.kind)
    if filters.organisation_type:
        contacts = contacts.filter(organisation__type=filters.organisation_type)
    if filters.locality:
        contacts = contacts.filter(locality_id=filters.locality)
    if filters.quadrant:
        contacts = contacts.filter(quadrant_filter(filters.quadrant))
    if filters.segment:
        ids = segment_with_descendants(scope=scope, segment_id=filters.segment)
        through = Contact.segments.through.objects.filter(
            contact_id=OuterRef("pk"), segment_id__in=ids
        )
        contacts = contacts.filter(Exists(through))
    if filters.needs:
        contacts = contacts.filter(
            ~Q(format_needs=[]) | ~Q(preferred_language="") | ~Q(communication_notes="")
        )
    return _consent_filter(contacts, scope, filters)


def _consent_filter(contacts: QuerySet, scope: Scope, filters: ContactFilters) -> QuerySet:
    subscriptions = _subscriptions(scope, filters.distribution_list)
    active = subscriptions.filter(withdrawn_on__isnull=True)
    if filters.consent == "subscribed" or (filters.distribution_list and not filters.consent):
        return contacts.filter(Exists(active))
    if filters.consent == "consent":
        return contacts.filter(Exists(active.filter(lawful_basis="consent")))
    if filters.consent == "withdrawn":
        return contacts.filter(Exists(subscriptions.filter(withdrawn_on__isnull=False)))
    if filters.consent == "none":
        return contacts.exclude(Exists(active))
    return contacts


def contacts_of_kinds(*, ccg_ids, kinds) -> QuerySet[Contact]:
    """For other apps' pickers (the media desk's MP or journalist): MPs and councillors are
    public figures, so staff who log an MP letter may choose from them."""
    return (
        Contact.objects.for_ccgs(ccg_ids)
        .filter(kind__in=kinds, erased_at__isnull=True)
        .select_related("organisation")
        .order_by("last_name", "first_name")
    )


__all__ = ["CONSENT_CHOICES", "ContactFilters", "ContactKind"]
