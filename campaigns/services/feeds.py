"""Writes of the iCalendar feeds: a new token (regenerate), and revoking it."""

import secrets

from django.db import transaction
from django.utils import timezone

from accounts.models import User

from ..models import CalendarFeed
from ..selectors.feeds import token_hash


@transaction.atomic
def calendar_feed_regenerate(*, user: User) -> str:
    """A new secret token for the user's feed, returned once (only its hash is kept); the
    previous URL stops working."""
    token = secrets.token_urlsafe(32)
    feed, _ = CalendarFeed.objects.select_for_update().get_or_create(user=user)
    feed.token_hash = token_hash(token)
    feed.created_at = timezone.now()
    feed.revoked_at = None
    feed.save()
    return token


@transaction.atomic
def calendar_feed_revoke(*, user: User) -> None:
    CalendarFeed.objects.filter(user=user, token_hash__isnull=False).update(
        token_hash=None, revoked_at=timezone.now()
    )


def calendar_feed_used(*, user: User) -> None:
    CalendarFeed.objects.filter(user=user).update(last_used_at=timezone.now())
