"""Reads of the iCalendar feeds: whose feed a token opens, and the feed's calendar."""

import datetime
import hashlib

from icalendar import Calendar, Event

from accounts.models import User
from accounts.selectors import scope_for_user
from working_time import LONDON

from ..models import CalendarFeed
from .calendar import CalendarEntry, CalendarQuery, calendar_entries

FEED_PAST_DAYS = 90
FEED_FUTURE_DAYS = 400
PRODID = "-//CCG Comms Portal//Campaign calendar//EN"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def calendar_feed_of(*, user: User) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user).first()


def calendar_feed_user(*, token: str) -> User | None:
    """The active user whose current token this is; None for an unknown, old or revoked one."""
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeed.objects.filter(token_hash=token_hash(token), user__is_active=True)
        .select_related("user")
        .first()
    )
    return feed.user if feed else None


def _event(entry: CalendarEntry, *, base_url: str, stamp: datetime.datetime) -> Event:
    event = Event()
    event.add("uid", f"{entry.uid}@ccg-comms-portal")
    event.add("dtstamp", stamp)
    event.add("summary", entry.title)
    if entry.is_timed:
        event.add("dtstart", entry.starts_at.astimezone(LONDON))
        event.add(
            "dtend",
            (entry.ends_at or entry.starts_at + datetime.timedelta(hours=1)).astimezone(LONDON),
        )
    else:  # all-day: DTEND is the day after the last (RFC 5545)
        event.add("dtstart", entry.starts_on)
        event.add("dtend", entry.ends_on + datetime.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    description = " · ".join(filter(None, [entry.detail, ", ".join(entry.ccg_names)]))
    if description:
        event.add("description", description)
    event.add("categories", [entry.layer])
    if entry.url:
        event.add("url", entry.url if entry.url.startswith("http") else base_url + entry.url)
    return event


def calendar_ics(
    *, entries: list[CalendarEntry], name: str, base_url: str, now: datetime.datetime
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for entry in entries:
        calendar.add_component(_event(entry, base_url=base_url, stamp=now))
    return calendar.to_ical()


def calendar_feed_entries(*, user: User, today: datetime.date) -> list[CalendarEntry]:
    """What the user's feed holds: every layer of their CCGs, in the scope their roles give
    them now (a role taken away leaves the feed at once), from 90 days back to 400 ahead."""
    query = CalendarQuery(
        scope=scope_for_user(user=user),
        start=today - datetime.timedelta(days=FEED_PAST_DAYS),
        end=today + datetime.timedelta(days=FEED_FUTURE_DAYS),
    )
    return calendar_entries(query=query)


def calendar_entry_find(*, query: CalendarQuery, uid: str) -> CalendarEntry | None:
    return next((e for e in calendar_entries(query=query) if e.uid == uid), None)
