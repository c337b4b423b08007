"""Reads of meetings: the staff list, and the public ones for the public pages."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet

from accounts.scoping import Scope

from ..models import Meeting


def meeting_list(*, scope: Scope, upcoming_from: datetime.datetime | None = None):
    meetings = Meeting.objects.visible_to(scope).select_related("ccg")
    if upcoming_from is not None:
        meetings = meetings.filter(starts_at__gte=upcoming_from)
    return meetings


@dataclass(frozen=True)
class PublicMeeting:
    """What the public pages show of a meeting: no one's name, nothing internal."""

    title: str
    kind: str
    ccg_name: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    place: str
    online_link: str
    papers_link: str


def meetings_public(*, since: datetime.datetime, ccg: str = "", limit: int = 50):
    """Meetings held in public from `since`, soonest first (one query)."""
    rows: QuerySet = Meeting.objects.filter(is_public=True, starts_at__gte=since)
    if ccg:
        rows = rows.filter(ccg__name=ccg)
    rows = rows.select_related("ccg").order_by("starts_at", "title")[:limit]
    return [
        PublicMeeting(
            title=m.title,
            kind=m.get_kind_display(),
            ccg_name=m.ccg.name,
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            place=m.place,
            online_link=m.online_link,
            papers_link=m.papers_link,
        )
        for m in rows
    ]
