"""Writes to events: the event itself, who came (a count, and contacts from the register) and
the aggregated equality monitoring."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_many
from stakeholders.models import Contact
from stakeholders.services import interaction_record
from working_time import LONDON

from ..models import CHARACTERISTICS, EqualityCount, Event, EventAttendee
from .common import apply_data, same_ccg

SELDOM_HEARD = "seldom_heard"


def _segments(event: Event, data: dict) -> dict:
    """Pop and check the two segment lists of the form's data."""
    found = {}
    for field in ("target_segments", "seldom_heard_reached"):
        if field in data:
            found[field] = same_ccg(
                ccg_id=event.ccg_id, field=field, records=data.pop(field), what="segments"
            )
    if any(s.kind != SELDOM_HEARD for s in found.get("seldom_heard_reached", [])):
        raise ValidationError({"seldom_heard_reached": "Choose seldom-heard groups only."})
    return found


@transaction.atomic
def event_create(*, ccg: Ccg, data: dict, by: User) -> Event:
    data = dict(data)
    event = Event(ccg=ccg, created_by=by)
    segments = _segments(event, data)
    apply_data(event, data)
    event.full_clean()
    event.save()
    for field, chosen in segments.items():
        getattr(event, field).set(chosen)
    return event


@transaction.atomic
def event_update(*, event: Event, data: dict, version: int | None) -> Event:
    """Refused (`StaleEdit`) when the event was saved since the form was opened at `version`."""
    version_check(instance=event, version=version)
    data = dict(data)
    segments = _segments(event, data)
    changed = apply_data(event, data)
    if changed:
        event.full_clean()
    for field, chosen in segments.items():
        changed = apply_many(event, field, chosen) or changed
    if changed:
        event.save()
    return event


@transaction.atomic
def event_equality_record(*, event: Event, counts: dict[str, dict[str, int | None]]) -> Event:
    """Replace the event's monitoring counts. `counts` maps characteristic -> category -> number
    (None or 0: nobody). No characteristic may count more people than attended."""
    if event.attendance is None:
        raise ValidationError(
            "Record how many people attended first: the answers are checked against it."
        )
    errors, rows = {}, []
    for characteristic, by_category in counts.items():
        label, categories = CHARACTERISTICS[characteristic]
        known = dict(categories)
        total = 0
        for category, number in by_category.items():
            if category not in known:
                raise ValidationError(f"{label}: '{category}' is not an answer on the form.")
            if number is not None and number < 0:
                errors[f"{characteristic}__{category}"] = (
                    f"{label}, {known[category]}: the number cannot be below zero."
                )
            elif number:
                total += number
                rows.append(
                    EqualityCount(
                        ccg_id=event.ccg_id,
                        event=event,
                        characteristic=characteristic,
                        category=category,
                        count=number,
                    )
                )
        if total > event.attendance:
            first = f"{characteristic}__{categories[0][0]}"
            errors.setdefault(
                first,
                f"{label}: the answers add up to {total}, more than the {event.attendance} "
                "people who attended.",
            )
    if errors:
        raise ValidationError(errors)
    EqualityCount.objects.filter(event=event).delete()
    EqualityCount.objects.bulk_create(rows)
    return event


@transaction.atomic
def event_attendees_add(*, event: Event, contacts: list[Contact], by: User) -> int:
    """Link contacts who came and add the event to their interaction history, once each."""
    contacts = same_ccg(ccg_id=event.ccg_id, field="contacts", records=contacts, what="people")
    if event.starts_at > timezone.now():
        raise ValidationError({"contacts": "Add the people who came once the event has started."})
    already = set(EventAttendee.objects.filter(event=event).values_list("contact_id", flat=True))
    added = 0
    for contact in contacts:
        if contact.pk in already:
            continue
        interaction = interaction_record(
            kind="event",
            occurred_on=event.starts_at.astimezone(LONDON).date(),
            summary=f"Came to {event.get_kind_display().lower()}: {event.title}",
            owner=by,
            contact=contact,
        )
        EventAttendee.objects.create(
            ccg_id=event.ccg_id, event=event, contact=contact, interaction=interaction
        )
        added += 1
    return added
