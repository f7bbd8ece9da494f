"""A Redis outage, as the site's cache sees it (core.cache): pages answer during it, and the
first requests after Redis is back share responses again. Prints how long recovery took."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import public_cache
from tests.services import site_cache_on, wait_until

pytestmark = [pytest.mark.django_db, pytest.mark.services]
RECOVERY_TARGET_SECONDS = 2.0
PATH = "/api/alerts/active.json"


def queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(PATH).status_code == 200
    return len(captured)


def test_shared_responses_resume_once_redis_is_back(client, private_redis, settings):
    settings.CACHES = site_cache_on(private_redis.url)
    queries(client)
    assert queries(client) == 0  # shared from the cache

    private_redis.stop()
    public_cache.invalidate()  # a publish during the outage
    assert queries(client) > 0 and queries(client) > 0  # rendered afresh, never refused

    private_redis.start()
    back = time.monotonic()

    def shared_again() -> bool:
        queries(client)
        return queries(client) == 0

    wait_until(shared_again, timeout=10, what="responses shared again")
    recovery = time.monotonic() - back
    print(f"shared responses resumed {recovery:.2f} s after Redis came back")
    assert recovery < RECOVERY_TARGET_SECONDS
