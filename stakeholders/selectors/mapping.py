"""The interest/influence grid: for the whole register, and for one stakeholder map."""

from django.db.models import Count, Q

from accounts.scoping import Scope
from stakeholders.models import (
    Contact,
    MapEntry,
    Organisation,
    Quadrant,
    StakeholderMap,
    quadrant_filter,
)

GRID_ORDER = (
    Quadrant.KEEP_SATISFIED,
    Quadrant.MANAGE_CLOSELY,
    Quadrant.MONITOR,
    Quadrant.KEEP_INFORMED,
)  # as drawn: influence up the side, interest along the bottom
TOP = 10


def mapping_overview(*, scope: Scope) -> dict:
    """Counts per quadrant and the most influential few in each, contacts and organisations."""
    contacts = Contact.objects.visible_to(scope).filter(erased_at__isnull=True)
    organisations = Organisation.objects.visible_to(scope)
    quadrants = []
    contact_counts = contacts.aggregate(
        unmapped=Count("pk", filter=Q(interest__isnull=True) | Q(influence__isnull=True)),
        **{q.value: Count("pk", filter=quadrant_filter(q)) for q in Quadrant},
    )
    organisation_counts = organisations.aggregate(
        **{q.value: Count("pk", filter=quadrant_filter(q)) for q in Quadrant}
    )
    for quadrant in GRID_ORDER:
        top = ("-influence", "-interest", "last_name", "first_name")
        quadrants.append(
            {
                "quadrant": quadrant,
                "contacts": contact_counts[quadrant.value],
                "organisations": organisation_counts[quadrant.value],
                "top_contacts": list(
                    contacts.filter(quadrant_filter(quadrant))
                    .select_related("organisation")
                    .order_by(*top)[:TOP]
                ),
                "top_organisations": list(
                    organisations.filter(quadrant_filter(quadrant)).order_by(
                        "-influence", "-interest", "name"
                    )[:TOP]
                ),
            }
        )
    return {"quadrants": quadrants, "unmapped": contact_counts["unmapped"]}


def stakeholder_map_list(*, scope: Scope):
    return (
        StakeholderMap.objects.visible_to(scope)
        .select_related("ccg", "owner")
        .annotate(n_entries=Count("entries"))
    )


def stakeholder_map_grid(*, stakeholder_map: StakeholderMap) -> list[dict]:
    entries = (
        MapEntry.objects.for_ccgs([stakeholder_map.ccg_id])
        .filter(stakeholder_map=stakeholder_map)
        .select_related("contact", "contact__organisation", "organisation")
        .order_by("-influence", "-interest", "pk")
    )
    cells = {quadrant: [] for quadrant in GRID_ORDER}
    for entry in entries:
        if entry.quadrant is not None:
            cells[entry.quadrant].append(entry)
    return [{"quadrant": quadrant, "entries": cells[quadrant]} for quadrant in GRID_ORDER]


def map_entries_of(
    *, scope: Scope, contact: Contact | None = None, organisation: Organisation | None = None
):
    entries = MapEntry.objects.visible_to(scope).select_related("stakeholder_map")
    if contact is not None:
        return entries.filter(contact=contact)
    return entries.filter(organisation=organisation)
