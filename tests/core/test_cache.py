"""A Redis outage is a cache miss, not a failed page (core.cache): Wagtail pages, lessons, the
alert lists and the rate-limited forms still answer, from the database."""

import pytest
from django.core.cache import cache


def test_each_operation_answers_as_for_a_missing_key(cache_unreachable):
    cache.set("k", 1)
    assert cache.get("k") is None and cache.get("k", "default") == "default"
    assert cache.add("k", 1) is False and cache.get_many(["k"]) == {}
    assert cache.has_key("k") is False and cache.touch("k") is False
    assert cache.set_many({"k": 1}) == [] and cache.delete("k") is False
    with pytest.raises(ValueError):
        cache.incr("k")


@pytest.mark.django_db
def test_pages_are_rendered_without_the_cache(client, lesson, cache_unreachable):
    for path in ("/en/", lesson.url, "/en/alerts/", "/api/alerts/active.json"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert lesson.title in client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_a_rate_limited_form_still_answers(client, cache_unreachable):
    response = client.post("/push/subscribe", data="{}", content_type="application/json")
    assert response.status_code == 400  # the bad input is refused, not a 500
