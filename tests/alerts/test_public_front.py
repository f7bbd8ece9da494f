"""Repeat readers are answered in front of Django (core.public_front), by the rules of
core.public_cache: only what was shared, with all its headers, until the next publish or cancel."""

import time

import pytest
from channels.db import database_sync_to_async
from channels.testing import HttpCommunicator
from django.core.signals import request_started
from wagtail.models import Locale

from alerts import actions
from config.asgi import application
from core import public_cache, public_front
from core.public_front import Keeper, Kept
from tests.alerts.test_public_cache import approve

pytestmark = pytest.mark.django_db(transaction=True)
HOST = [(b"host", b"testserver")]


@pytest.fixture(autouse=True)
def locales(transactional_db):
    """The page locales a migration makes, gone after an earlier test's flush."""
    for code in ("en", "fr"):
        Locale.objects.get_or_create(language_code=code)


@pytest.fixture
def renders():
    """Requests that reached Django (its request_started signal), by path."""
    paths: list[str] = []

    def count(sender, scope=None, **kwargs):
        paths.append(scope["path"] if scope else "?")

    request_started.connect(count)
    yield paths
    request_started.disconnect(count)


@pytest.fixture
def published(draft, author, approver, django_capture_on_commit_callbacks):
    return approve(draft, author, approver, django_capture_on_commit_callbacks)


async def get(path: str, *headers: tuple[bytes, bytes]) -> dict:
    communicator = HttpCommunicator(application, "GET", path, headers=[*HOST, *headers])
    communicator.scope["client"] = ("127.0.0.1", 50000)  # as the server gives it
    return await communicator.get_response(timeout=10)


def header(response: dict, name: str) -> str | None:
    found = [value for key, value in response["headers"] if key.lower() == name.encode()]
    return found[0].decode() if found else None


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/en/alerts/", "/api/alerts/active.json", "/alerts/feed.atom"])
async def test_a_repeat_reader_gets_the_same_answer_without_django(renders, published, path):
    first = await get(path)
    second = await get(path)
    assert first["status"] == second["status"] == 200
    assert published.identifier.encode() in second["body"]
    assert renders == [path]  # the second never reached Django
    assert second["body"] == first["body"]
    assert sorted(second["headers"]) == sorted(first["headers"])  # CSP and the rest included


@pytest.mark.asyncio
async def test_the_page_keeps_its_security_headers(published):
    await get("/en/alerts/")
    kept = await get("/en/alerts/")
    assert "script-src" in header(kept, "content-security-policy")
    assert header(kept, "x-content-type-options") == "nosniff"
    assert "Cookie" in header(kept, "vary")
    assert header(kept, "set-cookie") is None


@pytest.mark.asyncio
async def test_a_cancel_reaches_the_next_reader(renders, published, author, approver):
    await get("/api/alerts/active.json")
    assert published.identifier.encode() in (await get("/api/alerts/active.json"))["body"]

    def cancel():
        follow_up = actions.start_follow_up(alert=published, user=author, kind="cancel")
        actions.submit_alert(alert=follow_up, user=author)
        actions.approve_alert(alert=follow_up, user=approver)  # invalidates after commit

    await database_sync_to_async(cancel)()
    after = await get("/api/alerts/active.json")
    assert published.identifier.encode() not in after["body"]
    assert len(renders) == 2


@pytest.mark.asyncio
async def test_a_reader_with_a_session_cookie_always_reaches_django(renders, published):
    await get("/en/alerts/")
    cookie = (b"cookie", b"sessionid=abc123")
    await get("/en/alerts/", cookie)
    await get("/en/alerts/", cookie)
    assert len(renders) == 3


@pytest.mark.asyncio
async def test_a_reader_who_has_it_gets_304_from_the_front(renders, published):
    first = await get("/api/alerts/active.json")
    again = await get("/api/alerts/active.json", (b"if-none-match", header(first, "etag").encode()))
    assert again["status"] == 304 and again["body"] == b""
    assert header(again, "etag") == header(first, "etag")
    assert len(renders) == 1


@pytest.mark.asyncio
async def test_an_unknown_host_is_refused_by_django(renders):
    response = await get("/api/alerts/active.json", (b"host", b"evil.example"))
    assert response["status"] == 400 and len(renders) == 1


@pytest.mark.asyncio
async def test_an_unreachable_cache_still_answers_every_reader(
    renders, published, cache_unreachable
):
    for path in ["/api/alerts/active.json", "/en/alerts/"] * 2:
        response = await get(path)
        assert response["status"] == 200 and published.identifier.encode() in response["body"]


def shared_app(*headers: tuple[bytes, bytes]):
    """An inner application whose answer the middleware marked as shared until a minute on."""

    async def app(scope, receive, send):
        scope[public_cache.SHARED_SCOPE_KEY] = public_cache.Shared("g1", "k1", time.time() + 60)
        await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
        await send({"type": "http.response.body", "body": b"answer"})

    return app


async def kept_after(app) -> Kept:
    kept = Kept()
    kept.get("k1", "g1")  # the generation the inner application shares under
    sent: list = []

    async def send(message):
        sent.append(message)

    scope: dict = {}
    await app(scope, None, Keeper(kept, scope, send))
    assert sent[-1]["body"] == b"answer"  # the reader got it either way
    return kept


@pytest.mark.asyncio
async def test_an_answer_that_sets_a_cookie_is_never_kept():
    assert (await kept_after(shared_app())).get("k1", "g1") is not None
    cookie = (b"set-cookie", b"csrftoken=secret")
    assert (await kept_after(shared_app(cookie))).get("k1", "g1") is None


def test_a_kept_answer_ends_at_its_time_and_with_its_generation():
    kept = Kept()
    kept.get("k", "g1")
    kept.put("k", public_cache.Entry(b"x", 200, {}, time.time() + 60))
    kept.put("old", public_cache.Entry(b"x", 200, {}, time.time() - 1))
    assert kept.get("k", "g1") is not None
    assert kept.get("old", "g1") is None
    assert kept.get("k", "g2") is None and kept.get("k", "g1") is None


def test_the_store_keeps_to_its_size_dropping_the_oldest(monkeypatch):
    monkeypatch.setattr(public_front, "MAX_KEPT_BYTES", 10)
    kept = Kept()
    kept.get("a", "g1")
    for key in ("a", "b", "c"):
        kept.put(key, public_cache.Entry(b"xxxx", 200, {}, time.time() + 60))
    assert kept.get("a", "g1") is None
    assert kept.get("b", "g1") is not None and kept.get("c", "g1") is not None
    assert kept.size == 8
