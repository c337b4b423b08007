"""Reads of the iCalendar feeds: whose feed a token opens, and the feed's calendar."""

import datetime
import hashlib

from accounts.models import User
from accounts.selectors import scope_for_user

from ..models import CalendarFeed
from .calendar import CalendarEntry, CalendarQuery, calendar_entries

FEED_PAST_DAYS = 90
FEED_FUTURE_DAYS = 400


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
