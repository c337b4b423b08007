"""Reading organisations: the list, its export, and what a detail page shows."""

from django.db.models import Count, QuerySet

from accounts.models import Locality
from accounts.scoping import Scope, model_perm
from accounts.selectors import localities_in
from stakeholders.models import Contact, Organisation


def organisation_list(
    *,
    scope: Scope,
    search: str = "",
    type: str = "",
    sector: str = "",
    locality: int | None = None,
) -> QuerySet[Organisation]:
    organisations = Organisation.objects.visible_to(scope).select_related("ccg", "locality")
    for term in search.split()[:5]:
        organisations = organisations.filter(name__icontains=term)
    if type:
        organisations = organisations.filter(type=type)
    if sector:
        organisations = organisations.filter(sector=sector)
    if locality:
        organisations = organisations.filter(locality_id=locality)
    return organisations


def organisation_filter_localities(*, scope: Scope) -> QuerySet[Locality]:
    """The organisation list's locality filter: CCGs where the user may view organisations."""
    return localities_in(ccg_ids=scope.ccg_ids_with(model_perm(Organisation, "view")))


def contact_counts(*, scope: Scope, organisation_ids: list[int]) -> dict[int, int]:
    """Contacts per organisation, for one page of the list in one query."""
    rows = (
        Contact.objects.visible_to(scope)
        .filter(organisation_id__in=organisation_ids, erased_at__isnull=True)
        .values("organisation_id")
        .annotate(n=Count("pk"))
    )
    return {row["organisation_id"]: row["n"] for row in rows}
