"""Figures for the KPI catalogue (reporting/kpis): aggregate counts over one CCG, no person."""

import datetime

from django.db.models import Count, Q

from ..models import Contact, LawfulBasis, Quadrant, Subscription, quadrant_filter


def contacts_by_quadrant(*, ccg_id: int, at: datetime.datetime) -> dict[str, int]:
    """{quadrant: contacts} of the contacts in the register at `at` (added before, not erased
    by then) with both scores. One query."""
    contacts = Contact.objects.filter(ccg_id=ccg_id, created_at__lt=at).filter(
        Q(erased_at__isnull=True) | Q(erased_at__gte=at)
    )
    return contacts.aggregate(**{q.value: Count("pk", filter=quadrant_filter(q)) for q in Quadrant})


def subscription_figures(
    *, ccg_id: int, start: datetime.date, end: datetime.date
) -> dict[str, int]:
    """Subscriptions to the CCG's distribution lists: active at the end of `end`, new on the
    basis of consent from `start` to `end`, withdrawn from `start` to `end`. One query."""
    return Subscription.objects.filter(ccg_id=ccg_id).aggregate(
        active=Count(
            "pk",
            filter=Q(subscribed_on__lte=end)
            & (Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=end)),
        ),
        new_consents=Count(
            "pk",
            filter=Q(lawful_basis=LawfulBasis.CONSENT, subscribed_on__range=(start, end)),
        ),
        withdrawals=Count("pk", filter=Q(withdrawn_on__range=(start, end))),
    )
