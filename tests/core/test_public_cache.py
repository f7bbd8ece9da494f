"""The cache generation: replaced here, seen at once; replaced by another process, seen within
the memo's fraction of a second (inside the second promised for a cancel)."""

import time
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import public_cache


def test_an_invalidation_here_is_seen_at_once():
    before = public_cache.generation()
    public_cache.invalidate()
    assert public_cache.generation() != before


def test_an_invalidation_elsewhere_is_seen_within_the_memo_time():
    public_cache.generation()
    elsewhere = uuid.uuid4().hex
    cache.set(public_cache.GENERATION_KEY, elsewhere, timeout=None)  # as another process does
    deadline = time.monotonic() + public_cache.GENERATION_MEMO_SECONDS + 0.5
    while public_cache.generation() != elsewhere:
        assert time.monotonic() < deadline, "another process's invalidation was not seen"
    assert public_cache.GENERATION_MEMO_SECONDS < 1


@pytest.mark.django_db
def test_an_unreachable_cache_serves_fresh_pages_instead_of_failing(client, cache_unreachable):
    public_cache.invalidate()  # a publish while the cache is down does not fail either
    with CaptureQueriesContext(connection) as captured:
        for _ in range(2):
            response = client.get("/api/alerts/active.json")
            assert response.status_code == 200 and "alerts" in response.json()
    assert len([q for q in captured if "alerts_alert" in q["sql"]]) >= 2  # rendered each time
