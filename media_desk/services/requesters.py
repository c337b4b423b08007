"""Linking an item to the register: a journalist or an MP logged by name (not in the register,
or not found by whoever took the call) is linked later by the comms team to a contact, or added
to the register from what was typed."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User
from stakeholders.models import Contact, ContactKind
from stakeholders.services import contact_create

from ..models import Enquiry, Kind

REQUESTER_KINDS = {
    Kind.MP: (ContactKind.MP, ContactKind.COUNCILLOR),
    Kind.MEDIA: (ContactKind.JOURNALIST,),
    Kind.BRIEFING: (ContactKind.MP, ContactKind.COUNCILLOR),
}
WHO = {Kind.MP: "an MP or councillor", Kind.MEDIA: "a journalist", Kind.BRIEFING: "an MP"}


@transaction.atomic
def enquiry_requester_link(*, enquiry: Enquiry, contact: Contact) -> Enquiry:
    """The item's requester is this contact of its CCG; what was typed stays as logged."""
    kinds = REQUESTER_KINDS.get(enquiry.kind)
    if kinds is None:
        raise ValidationError({"contact": "This kind of item is not linked to the register."})
    if contact.ccg_id != enquiry.ccg_id or contact.is_erased:
        raise ValidationError({"contact": "Choose someone from the same CCG as the item."})
    if contact.kind not in kinds:
        raise ValidationError({"contact": f"Choose {WHO[enquiry.kind]}."})
    enquiry.requester_contact = contact
    enquiry.save(update_fields=["requester_contact"])
    return enquiry


def _split_name(name: str) -> tuple[str, str]:
    words = name.split()
    if len(words) < 2:
        raise ValidationError(
            {
                "requester_name": "Enter their first and last name in the item's details "
                "before adding them to the register"
            }
        )
    return " ".join(words[:-1]), words[-1]


@transaction.atomic
def enquiry_requester_add_to_register(*, enquiry: Enquiry, by: User) -> Contact:
    """Add the requester to the register from what was typed on the item, and link them: a
    journalist with their outlet (found or added as an organisation), an MP with their
    constituency. Refused if their e-mail address is already someone's in the register."""
    if enquiry.requester_contact_id:
        raise ValidationError("This item is already linked to someone in the register.")
    if enquiry.kind not in (Kind.MEDIA, Kind.MP):
        raise ValidationError("Only a journalist or an MP is added to the register from an item.")
    first_name, last_name = _split_name(enquiry.requester_name)
    data = {
        "kind": ContactKind.JOURNALIST if enquiry.kind == Kind.MEDIA else ContactKind.MP,
        "first_name": first_name,
        "last_name": last_name,
        "email": enquiry.requester_email,
        "phone": enquiry.requester_phone,
    }
    outlet = enquiry.requester_outlet.strip()
    if enquiry.kind == Kind.MP:
        data["constituency"] = outlet
    contact = contact_create(
        ccg=enquiry.ccg,
        data=data,
        user=by,
        new_organisation=outlet if enquiry.kind == Kind.MEDIA else "",
    )
    enquiry_requester_link(enquiry=enquiry, contact=contact)
    return contact
