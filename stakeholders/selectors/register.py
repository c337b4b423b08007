"""What the detail pages of a contact and an organisation show beside the record itself."""

from django.db.models import Q

from accounts.scoping import Scope
from stakeholders.models import Contact, DistributionList, Interaction, Organisation, StakeholderMap

from .linked import linked_records_of_contact, linked_records_of_organisation

RECENT = 20


def contact_related(*, scope: Scope, contact: Contact) -> dict:
    subscriptions = contact.subscriptions.select_related(
        "distribution_list", "withdrawn_by"
    ).order_by("withdrawn_on", "-subscribed_on", "-pk")
    return {
        "segments": list(contact.segments.all()),
        "subscriptions": list(subscriptions),
        "interactions": list(
            Interaction.objects.visible_to(scope)
            .filter(contact=contact)
            .select_related("owner", "organisation")[:RECENT]
        ),
        "map_entries": list(
            contact.map_entries.select_related("stakeholder_map").order_by("stakeholder_map__name")
        ),
        "history": list(contact.history.select_related("history_user")[:50]),
        "linked": linked_records_of_contact(scope=scope, contact=contact),
    }


def organisation_related(*, scope: Scope, organisation: Organisation) -> dict:
    return {
        "contacts": list(
            Contact.objects.visible_to(scope).filter(
                organisation=organisation, erased_at__isnull=True
            )[:100]
        ),
        "children": list(Organisation.objects.visible_to(scope).filter(parent=organisation)),
        "interactions": list(
            # Its own and its people's (events they came to, meetings), newest first.
            Interaction.objects.visible_to(scope)
            .filter(Q(organisation=organisation) | Q(contact__organisation=organisation))
            .select_related("owner", "contact")[:RECENT]
        ),
        "map_entries": list(
            organisation.map_entries.select_related("stakeholder_map").order_by(
                "stakeholder_map__name"
            )
        ),
        "history": list(organisation.history.select_related("history_user")[:50]),
        "linked": linked_records_of_organisation(scope=scope, organisation=organisation),
    }


def lists_open_for(*, scope: Scope, ccg_id: int):
    return DistributionList.objects.visible_to(scope).filter(ccg_id=ccg_id, archived=False)


def maps_for(*, scope: Scope, ccg_id: int):
    return StakeholderMap.objects.visible_to(scope).filter(ccg_id=ccg_id)
