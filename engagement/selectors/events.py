"""Reading events: the filtered list and its export, a detail page's extras, and the pickers
the event forms offer (segments, localities, programmes, contacts of the event's CCG)."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from accounts.models import Ccg, Locality
from accounts.scoping import Scope
from stakeholders.models import Segment
from stakeholders.selectors import contact_list

from ..models import CHARACTERISTICS, Event, EventAttendee, Programme, category_label
from ..periods import Period

SELDOM_HEARD = "seldom_heard"


@dataclass(frozen=True)
class EventFilters:
    search: str = ""
    kind: str = ""
    locality: int | None = None
    programme: int | None = None
    period: Period | None = None


def event_list(*, scope: Scope, filters: EventFilters | None = None) -> QuerySet[Event]:
    filters = filters or EventFilters()
    events = Event.objects.visible_to(scope).select_related("ccg", "locality", "programme")
    if filters.search:
        events = events.filter(
            Q(title__icontains=filters.search) | Q(venue__icontains=filters.search)
        )
    exact = {
        "kind": filters.kind,
        "locality_id": filters.locality,
        "programme_id": filters.programme,
    }
    events = events.filter(**{k: v for k, v in exact.items() if v})
    if filters.period:
        events = events.filter(
            starts_at__gte=filters.period.starts_at, starts_at__lt=filters.period.ends_before
        )
    return events.order_by("-starts_at", "-pk")


def event_related(*, scope: Scope, event: Event) -> dict:
    """The detail page's extras. Who came is personal data: shown only to roles that may read
    the stakeholder register in the event's CCG."""
    counts = {}
    for row in event.equality_counts.all():
        counts.setdefault(row.characteristic, []).append(
            (category_label(row.characteristic, row.category), row.count)
        )
    equality = [
        (label, counts[code]) for code, (label, _) in CHARACTERISTICS.items() if code in counts
    ]
    may_see_people = scope.can("stakeholders.view_contact", event.ccg_id)
    attendees = (
        list(
            EventAttendee.objects.visible_to(scope)
            .filter(event=event)
            .select_related("contact")
            .order_by("contact__last_name")
        )
        if may_see_people
        else []
    )
    return {
        "target_segments": list(event.target_segments.all()),
        "seldom_heard_reached": list(event.seldom_heard_reached.all()),
        "equality": equality,
        "attendees": attendees,
        "may_see_people": may_see_people,
        "feedback": list(event.feedback.select_related("response").order_by("-received_on")[:50]),
    }


def segments_for(*, ccg: Ccg, seldom_heard: bool = False) -> QuerySet[Segment]:
    segments = Segment.objects.for_ccgs([ccg.pk])
    return segments.filter(kind=SELDOM_HEARD) if seldom_heard else segments


def localities_for(*, ccg: Ccg) -> QuerySet[Locality]:
    return Locality.objects.filter(ccg=ccg)


def programmes_for(*, ccg: Ccg) -> QuerySet[Programme]:
    return Programme.objects.for_ccgs([ccg.pk])


PICKER_SIZE = 50


def contacts_for(*, scope: Scope, ccg: Ccg, search: str):
    """Contacts of the event's CCG matching a search; none until something is searched for."""
    if not search:
        return contact_list(scope=scope).none()
    found = contact_list(scope=scope, search=search).filter(ccg=ccg)
    return found.filter(pk__in=list(found.values_list("pk", flat=True)[:PICKER_SIZE]))


def events_for_picker(*, scope: Scope, ccg: Ccg, keep: int | None = None):
    """The CCG's most recent events, for a feedback item's "heard at" choice (plus the event
    it already has, however old)."""
    events = Event.objects.visible_to(scope).filter(ccg=ccg)
    recent = list(events.order_by("-starts_at").values_list("pk", flat=True)[:PICKER_SIZE])
    return events.filter(pk__in=[*recent, keep]).order_by("-starts_at")
