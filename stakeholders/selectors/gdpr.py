"""Subject access (everything held about a contact) and the retention review."""

import datetime

from django.conf import settings
from django.db.models import Exists, F, Max, OuterRef, Q, QuerySet
from django.utils import timezone

from accounts.scoping import Scope
from stakeholders.models import Contact, Interaction, MapEntry, Subscription

# How long without an interaction before a contact comes up for review; the page can pick
# another span, and a deployment can set STAKEHOLDER_RETENTION_YEARS.
DEFAULT_RETENTION_YEARS = getattr(settings, "STAKEHOLDER_RETENTION_YEARS", 3)

CONTACT_FIELDS = [
    ("Kind", lambda c: c.get_kind_display()),
    ("Title", lambda c: c.title),
    ("First name", lambda c: c.first_name),
    ("Last name", lambda c: c.last_name),
    ("Job title", lambda c: c.job_title),
    ("Organisation", lambda c: c.organisation.name if c.organisation else ""),
    ("Email", lambda c: c.email),
    ("Phone", lambda c: c.phone),
    ("Mobile", lambda c: c.mobile),
    ("Address", lambda c: c.address),
    ("Locality", lambda c: c.locality.name if c.locality else ""),
    ("Constituency", lambda c: c.constituency),
    ("Party", lambda c: c.party),
    ("Authority", lambda c: c.authority),
    ("Ward", lambda c: c.ward),
    ("Notes", lambda c: c.notes),
    ("Format needs", lambda c: "; ".join(c.format_need_labels)),
    ("Preferred language", lambda c: c.preferred_language),
    ("Other communication needs", lambda c: c.communication_notes),
    ("Interest", lambda c: c.interest),
    ("Influence", lambda c: c.influence),
    ("Stance", lambda c: c.get_stance_display()),
    ("Relationship owner", lambda c: str(c.relationship_owner or "")),
    ("Held since", lambda c: c.created_at.isoformat()),
]


def _date(value) -> str:
    return value.isoformat() if value else ""


def contact_subject_access(*, contact: Contact) -> dict[str, list[dict]]:
    """Everything the register holds about one person, section by section (JSON and XLSX)."""
    subscriptions = contact.subscriptions.select_related("distribution_list").order_by("pk")
    interactions = Interaction.objects.for_ccgs([contact.ccg_id]).filter(contact=contact)
    entries = MapEntry.objects.for_ccgs([contact.ccg_id]).filter(contact=contact)
    history = contact.history.select_related("history_user").order_by("history_date")
    return {
        "Contact": [{"Field": label, "Value": get(contact)} for label, get in CONTACT_FIELDS]
        + [{"Field": "CCG", "Value": contact.ccg.name}],
        "Segments": [
            {"Segment": s.name, "Kind": s.get_kind_display()} for s in contact.segments.all()
        ],
        "Lists": [
            {
                "List": s.distribution_list.name,
                "Lawful basis": s.get_lawful_basis_display(),
                "Consent date": _date(s.consent_date),
                "Source": s.source,
                "Subscribed on": _date(s.subscribed_on),
                "Withdrawn on": _date(s.withdrawn_on),
                "Withdrawal reason": s.get_withdrawal_reason_display(),
            }
            for s in subscriptions
        ],
        "Interactions": [
            {
                "Date": _date(i.occurred_on),
                "Kind": i.get_kind_display(),
                "Summary": i.summary,
                "Owner": str(i.owner or ""),
            }
            for i in interactions.select_related("owner")
        ],
        "Stakeholder maps": [
            {
                "Map": e.stakeholder_map.name,
                "Interest": e.interest,
                "Influence": e.influence,
                "Quadrant": e.quadrant.label if e.quadrant else "",
                "Stance": e.get_stance_display(),
                "Notes": e.notes,
            }
            for e in entries.select_related("stakeholder_map")
        ],
        "History": [
            {
                "When": h.history_date.isoformat(),
                "What": h.get_history_type_display(),
                "By": str(h.history_user or "the system"),
                "Reason": h.history_change_reason or "",
            }
            for h in history
        ],
    }


def retention_review(
    *, scope: Scope, years: int = DEFAULT_RETENTION_YEARS, now=None
) -> QuerySet[Contact]:
    """Contacts with no interaction for `years`, held at least that long, not reviewed in
    that time and on no list: candidates to erase (or to keep, with a reason)."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=round(365.25 * years))
    recent = Interaction.objects.visible_to(scope).filter(
        contact=OuterRef("pk"), occurred_on__gte=cutoff.date()
    )
    listed = Subscription.objects.visible_to(scope).filter(
        contact=OuterRef("pk"), withdrawn_on__isnull=True
    )
    return (
        Contact.objects.visible_to(scope)
        .filter(erased_at__isnull=True, created_at__lt=cutoff)
        .filter(Q(retention_reviewed_at__isnull=True) | Q(retention_reviewed_at__lt=cutoff))
        .exclude(Exists(recent))
        .exclude(Exists(listed))
        .annotate(last_interaction=Max("interactions__occurred_on"))
        .select_related("organisation", "ccg")
        .order_by(F("last_interaction").asc(nulls_first=True), "last_name", "first_name", "pk")
    )
