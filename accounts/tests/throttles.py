from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache

from accounts.security.throttle import PREFIX


def throttles_clear() -> None:
    """Deletes the throttle counters only: the Redis database is shared with Celery's broker,
    so a FLUSHDB (cache.clear) would drop its queues and bindings too."""
    if not isinstance(cache, RedisCache):  # the in-memory cache of a run without Redis
        cache.clear()
        return
    redis = cache._cache.get_client(None, write=True)
    keys = list(redis.scan_iter(match=f"*{PREFIX}:*", count=1000))
    if keys:
        redis.delete(*keys)
