"""Who in the register looks like a person typed in elsewhere (a journalist's call logged by
name and outlet): a suggestion for the comms team when they link the item to a contact."""

import difflib
from dataclasses import dataclass

from django.db.models import Q
from django.db.models.functions import Lower

from accounts.scoping import Scope, model_perm
from stakeholders.models import Contact

CANDIDATES = 50  # read at most this many, then score them in Python
SIMILAR_NAME = 0.8  # difflib's ratio of the two names, lower-cased


@dataclass(frozen=True)
class Suggestion:
    contact: Contact
    reasons: tuple[str, ...]  # "same e-mail address", "similar name", "same outlet"

    @property
    def reason_text(self) -> str:
        return ", ".join(self.reasons)


def _name_ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def _reasons(contact: Contact, name: str, email: str, outlet: str) -> tuple[str, ...]:
    reasons = []
    if email and contact.email.casefold() == email.casefold():
        reasons.append("same e-mail address")
    own_name = f"{contact.first_name} {contact.last_name}"
    if name and _name_ratio(own_name, name) >= SIMILAR_NAME:
        reasons.append("same name" if own_name.casefold() == name.casefold() else "similar name")
    places = [contact.constituency, contact.ward]
    if contact.organisation_id:
        places.append(contact.organisation.name)
    if outlet and any(p and p.casefold() == outlet.casefold() for p in places):
        reasons.append("same outlet or constituency")
    return tuple(reasons)


def contacts_like(
    *,
    scope: Scope,
    ccg_id: int,
    kinds,
    name: str = "",
    email: str = "",
    outlet: str = "",
    limit: int = 3,
) -> list[Suggestion]:
    """Contacts of `kinds` in the CCG who share the e-mail address, have a similar name or sit in
    the same outlet or constituency, best first. Only where the user may view the register."""
    if ccg_id not in scope.ccg_ids_with(model_perm(Contact, "view")):
        return []
    name, email, outlet = " ".join(name.split()), email.strip(), outlet.strip()
    words = [w for w in name.split() if len(w) > 1]
    condition = Q()
    if email:
        condition |= Q(email_key=email.lower())
    for word in words:
        condition |= Q(first_name__iexact=word) | Q(last_name__iexact=word)
    if outlet:
        condition |= (
            Q(organisation__name__iexact=outlet)
            | Q(constituency__iexact=outlet)
            | Q(ward__iexact=outlet)
        )
    if not condition:
        return []
    candidates = (
        Contact.objects.for_ccgs([ccg_id])
        .filter(kind__in=kinds, erased_at__isnull=True)
        .annotate(email_key=Lower("email"))
        .filter(condition)
        .select_related("organisation")[:CANDIDATES]
    )
    suggestions = []
    for contact in candidates:
        reasons = _reasons(contact, name, email, outlet)
        # An outlet alone is not the same person: a name or an e-mail address must match too.
        if set(reasons) - {"same outlet or constituency"}:
            suggestions.append(Suggestion(contact=contact, reasons=reasons))
    suggestions.sort(key=lambda s: (-len(s.reasons), "same e-mail address" not in s.reasons))
    return suggestions[:limit]
