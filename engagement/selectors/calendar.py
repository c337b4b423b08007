"""What the campaign calendar shows of engagement: events and consultation windows of named
CCGs in a date window (titles and dates only: no one's personal data). One query each."""

import datetime

from ..models import Consultation, Event


def events_between(*, ccg_ids, start: datetime.datetime, end: datetime.datetime) -> list[dict]:
    return list(
        Event.objects.for_ccgs(ccg_ids)
        .filter(starts_at__lt=end, ends_at__gte=start)
        .order_by("starts_at", "pk")
        .values("pk", "title", "starts_at", "ends_at", "ccg_id", "ccg__name", "venue")
    )


def consultations_between(*, ccg_ids, start: datetime.date, end: datetime.date) -> list[dict]:
    return list(
        Consultation.objects.for_ccgs(ccg_ids)
        .filter(opens_on__lte=end, closes_on__gte=start)
        .order_by("opens_on", "pk")
        .values("pk", "title", "opens_on", "closes_on", "ccg_id", "ccg__name")
    )
