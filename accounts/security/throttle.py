"""A fixed-window counter in the cache: how many times a key was used in the last window."""

import datetime
import hashlib

from django.core.cache import cache

PREFIX = "throttle"


def throttle_key(*, action: str, kind: str, value: str) -> str:
    # Hashed: an e-mail address typed into a form is personal data and stays out of the cache.
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"{PREFIX}:{action}:{kind}:{digest}"


def throttle_hit(*, key: str, window: datetime.timedelta) -> int:
    """Counts one use and returns the count so far in this window (the first use opens it)."""
    cache.add(key, 0, timeout=int(window.total_seconds()))
    try:
        return cache.incr(key)
    except ValueError:  # the window closed between add and incr: this use opens a new one
        cache.set(key, 1, timeout=int(window.total_seconds()))
        return 1
