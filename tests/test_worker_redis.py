"""tests/worker_redis.py: each parallel test worker gets a Redis database of its own."""

import pytest

from tests.worker_redis import worker_url


def test_each_worker_moves_up_from_the_configured_database():
    assert worker_url("redis://127.0.0.1:6379/0", "gw0") == "redis://127.0.0.1:6379/0"
    assert worker_url("redis://127.0.0.1:6379/0", "gw1") == "redis://127.0.0.1:6379/1"
    assert worker_url("redis://:secret@redis:6379/8", "gw2") == "redis://:secret@redis:6379/10"
    assert worker_url("redis://127.0.0.1:6379", "gw3") == "redis://127.0.0.1:6379/3"


def test_a_worker_beyond_the_last_database_is_told_to_run_fewer():
    with pytest.raises(pytest.UsageError, match="run fewer workers"):
        worker_url("redis://127.0.0.1:6379/10", "gw6")


def test_django_read_its_settings_after_the_move(settings, redis_url):
    """The cache, the channel layer and the broker use the database REDIS_URL names now (moved
    for this worker in a parallel run), which is also what processes started by tests get."""
    assert redis_url == settings.REDIS_URL
    assert settings.CACHES["default"]["LOCATION"] == redis_url
    assert settings.CHANNEL_LAYERS["default"]["CONFIG"]["hosts"][0]["address"] == redis_url
    assert redis_url == settings.CELERY_BROKER_URL
