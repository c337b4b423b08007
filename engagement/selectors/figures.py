"""Figures for the KPI catalogue (reporting/kpis): aggregate queries over one CCG and a period.
Counts only: no contributor, no attendee, nothing about a person."""

import datetime
from collections import defaultdict

from django.db.models import Count, Q, Sum

from ..models import (
    ChecklistItem,
    Consultation,
    EqualityCount,
    Event,
    Feedback,
    Response,
    ResponseStatus,
)

UNPLACED = "Not tied to a locality"
# Items that can only be done once a consultation has closed.
AFTER_CLOSING = {ChecklistItem.EIA_AFTER, ChecklistItem.GUNNING_CONSIDERED}


def events_held_by_locality(
    *, ccg_id: int, since: datetime.datetime, before: datetime.datetime
) -> dict[str, dict[str, int]]:
    """{locality: {"events": n, "reached": attendance}} for the events that started in
    [since, before)."""
    rows = (
        Event.objects.filter(ccg_id=ccg_id, starts_at__gte=since, starts_at__lt=before)
        .values("locality__name")
        .annotate(events=Count("pk"), reached=Sum("attendance"))
        .order_by("locality__name")
    )
    return {
        (r["locality__name"] or UNPLACED): {"events": r["events"], "reached": r["reached"] or 0}
        for r in rows
    }


def seldom_heard_reached(
    *, ccg_id: int, since: datetime.datetime, before: datetime.datetime
) -> dict[str, int]:
    """{seldom-heard group: events that reached it} for events that started in [since, before)."""
    through = Event.seldom_heard_reached.through
    rows = (
        through.objects.filter(
            event__ccg_id=ccg_id,
            event__starts_at__gte=since,
            event__starts_at__lt=before,
            segment__kind="seldom_heard",
        )
        .values("segment__name")
        .annotate(events=Count("event_id", distinct=True))
        .order_by("segment__name")
    )
    return {r["segment__name"]: r["events"] for r in rows}


def equality_returns(
    *, ccg_id: int, since: datetime.datetime, before: datetime.datetime
) -> tuple[int, dict[str, int]]:
    """(returns, {characteristic: answers}) at events that started in [since, before). An
    event's returns are the most answers given for any one characteristic there (everyone who
    filled in the form answered at least one question). One query."""
    rows = (
        EqualityCount.objects.filter(
            ccg_id=ccg_id, event__starts_at__gte=since, event__starts_at__lt=before
        )
        .values("event_id", "characteristic")
        .annotate(n=Sum("count"))
    )
    per_event: dict[int, int] = defaultdict(int)
    per_characteristic: dict[str, int] = defaultdict(int)
    for row in rows:
        per_event[row["event_id"]] = max(per_event[row["event_id"]], row["n"])
        per_characteristic[row["characteristic"]] += row["n"]
    return sum(per_event.values()), dict(per_characteristic)


def feedback_by_theme(
    *, ccg_id: int, start: datetime.date, end: datetime.date
) -> tuple[int, dict[str, int]]:
    """(items heard, {theme: items}) for feedback heard from `start` to `end`. An item may have
    several themes or none, so the themes do not add up to the total. Two queries."""
    heard = Feedback.objects.filter(ccg_id=ccg_id, received_on__range=(start, end))
    themes = (
        heard.filter(themes__isnull=False)
        .values("themes__name")
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n", "themes__name")
    )
    return heard.count(), {r["themes__name"]: r["n"] for r in themes}


def responses_figures(
    *, ccg_id: int, since: datetime.datetime, before: datetime.datetime
) -> dict[str, int]:
    """ "We did" responses: done and published in [since, before); overdue at `before` (due
    before then and not completed by then). One query."""
    return Response.objects.filter(ccg_id=ccg_id).aggregate(
        done=Count(
            "pk",
            filter=Q(status=ResponseStatus.DONE, completed_at__gte=since, completed_at__lt=before),
        ),
        published=Count("pk", filter=Q(published_at__gte=since, published_at__lt=before)),
        overdue=Count(
            "pk",
            filter=Q(due_at__lt=before, created_at__lt=before)
            & (Q(completed_at__isnull=True) | Q(completed_at__gte=before)),
        ),
    )


def consultations_open(*, ccg_id: int, on: datetime.date) -> tuple[int, int]:
    """(open on `on`, of them with every checklist item due so far done by `on`). The items
    that can only follow the closing date are not yet due. One query, a row per open one."""
    due_so_far = len(ChecklistItem) - len(AFTER_CLOSING)
    done = (
        Consultation.objects.filter(ccg_id=ccg_id, opens_on__lte=on, closes_on__gte=on)
        .annotate(
            done=Count(
                "checks",
                filter=Q(checks__done_on__isnull=False, checks__done_on__lte=on)
                & ~Q(checks__item__in=AFTER_CLOSING),
            )
        )
        .values_list("done", flat=True)
    )
    done = list(done)
    return len(done), sum(1 for n in done if n >= due_so_far)


__all__ = [
    "consultations_open",
    "equality_returns",
    "events_held_by_locality",
    "feedback_by_theme",
    "responses_figures",
    "seldom_heard_reached",
]
