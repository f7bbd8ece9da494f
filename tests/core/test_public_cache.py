"""The cache generation: replaced here, seen at once; replaced by another process, seen within
the memo's fraction of a second (inside the second promised for a cancel)."""

import time
import uuid

from django.core.cache import cache

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
