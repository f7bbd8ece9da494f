"""The site's cache on Redis, for which a server that cannot be reached is a miss, not an error.

Pages read the cache on their way to rendering: Wagtail for its site root paths, the alert
lists for their lesson links, the shared responses (core.public_cache), the rate limits. With
Django's own RedisCache, a Redis outage turned each of those pages into a 500 in the middle of a
crisis. Here a read that cannot reach Redis is a miss, a write is dropped and a counter is
missing (so the rate limits let the request through), and pages are rendered afresh until Redis
is back; the first request after that uses it again. Failures are logged, at most once every
LOG_EVERY_SECONDS per process, so an outage under a surge does not flood the log.

settings.CACHES gives the connection short timeouts, so an unreachable host costs a request a
second at most, not the operating system's connect timeout.
"""

import logging
import time
from functools import wraps

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
LOG_EVERY_SECONDS = 10.0
_last_logged = {"at": float("-inf")}


def report(operation: str, error: Exception) -> None:
    now = time.monotonic()
    if now - _last_logged["at"] >= LOG_EVERY_SECONDS:
        _last_logged["at"] = now
        logger.warning("cache %s failed, served without the cache: %s", operation, error)


def forgiving(operation: str, method, fallback):
    """`method` of the client, answering `fallback(*args)` when Redis cannot be reached."""

    @wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (RedisError, OSError) as error:
            report(operation, error)
            return fallback(*args)

    return wrapper


def not_found(key, delta):
    raise ValueError(f"Key '{key}' not found: the cache cannot be reached")  # as the client says


class ForgivingClient(RedisCacheClient):
    """What each operation answers without Redis: what it answers for keys that are not there."""

    get = forgiving("get", RedisCacheClient.get, lambda key, default: default)
    get_many = forgiving("get_many", RedisCacheClient.get_many, lambda keys: {})
    has_key = forgiving("has_key", RedisCacheClient.has_key, lambda key: False)
    add = forgiving("add", RedisCacheClient.add, lambda key, value, timeout: False)
    set = forgiving("set", RedisCacheClient.set, lambda key, value, timeout: None)
    set_many = forgiving("set_many", RedisCacheClient.set_many, lambda data, timeout: None)
    touch = forgiving("touch", RedisCacheClient.touch, lambda key, timeout: False)
    delete = forgiving("delete", RedisCacheClient.delete, lambda key: False)
    delete_many = forgiving("delete_many", RedisCacheClient.delete_many, lambda keys: None)
    incr = forgiving("incr", RedisCacheClient.incr, not_found)
    clear = forgiving("clear", RedisCacheClient.clear, lambda: False)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingClient
