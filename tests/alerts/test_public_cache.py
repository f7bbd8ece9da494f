"""Alert pages, feed, CAP and JSON are shared from the cache until the next publish or cancel,
or the first expiry, with headers a CDN can follow, and never with a signed-in reader's parts."""

from datetime import timedelta
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts import actions, tasks
from core import public_cache
from tests.alerts.conftest import write_draft

pytestmark = pytest.mark.django_db
SHARED = ["/en/alerts/", "/api/alerts/active.json", "/alerts/feed.atom"]


def approve(alert, author, approver, capture):
    actions.submit_alert(alert=alert, user=author)
    with capture(execute=True):  # the cache changes after commit, as in production
        return actions.approve_alert(alert=alert, user=approver)


@pytest.fixture
def published(draft, author, approver, django_capture_on_commit_callbacks):
    return approve(draft, author, approver, django_capture_on_commit_callbacks)


def queries(client, path: str) -> tuple[int, bytes]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured), response.content


@pytest.mark.parametrize("path", SHARED)
def test_a_second_reader_gets_the_shared_answer_without_a_query(client, published, path):
    rendered, first = queries(client, path)
    served, second = queries(client, path)
    assert rendered > 0 and served == 0
    assert first == second and published.identifier.encode() in second


@pytest.mark.parametrize("path", SHARED)
def test_a_cancel_ends_the_shared_answer_once_committed(
    client, published, author, approver, django_capture_on_commit_callbacks, path
):
    assert published.identifier.encode() in client.get(path).content
    cancel = actions.start_follow_up(alert=published, user=author, kind="cancel")
    approve(cancel, author, approver, django_capture_on_commit_callbacks)
    assert published.identifier.encode() not in client.get(path).content


def test_a_cancel_the_publisher_could_not_share_is_shared_by_its_delivery(
    client, published, author, approver, django_capture_on_commit_callbacks
):
    """The cancelling process could not reach the cache after commit (its write was dropped):
    the delivery task, which the outbox guarantees, ends the shared answer instead."""
    assert published.identifier.encode() in client.get("/api/alerts/active.json").content
    cancel = actions.start_follow_up(alert=published, user=author, kind="cancel")
    with mock.patch.object(public_cache, "invalidate"):
        approve(cancel, author, approver, django_capture_on_commit_callbacks)
    public_cache.remember(None)  # as another process reads it, with no memo of its own
    assert published.identifier.encode() in client.get("/api/alerts/active.json").content
    tasks.deliver_alert(cancel.pk)
    public_cache.remember(None)
    assert published.identifier.encode() not in client.get("/api/alerts/active.json").content


def test_a_new_alert_ends_the_shared_answer(
    client, published, author, approver, regions, django_capture_on_commit_callbacks
):
    assert client.get("/api/alerts/active.json").json()["alerts"]
    second = write_draft(published.authority, author, regions=[regions["XR-RS-02"]])
    approve(second, author, approver, django_capture_on_commit_callbacks)
    identifiers = [a["identifier"] for a in client.get("/api/alerts/active.json").json()["alerts"]]
    assert second.identifier in identifiers and published.identifier in identifiers


def test_the_shared_answer_ends_when_its_first_alert_expires(client, published, monkeypatch):
    assert published.identifier.encode() in client.get("/en/alerts/").content
    assert queries(client, "/en/alerts/")[0] == 0  # shared from now on
    after = published.infos.first().expires + timedelta(seconds=1)
    # time passes beyond the expiry and nobody publishes: the shared answer ends by itself
    monkeypatch.setattr(public_cache, "time", SimpleNamespace(time=after.timestamp))
    monkeypatch.setattr(timezone, "now", lambda: after)
    assert published.identifier.encode() not in client.get("/en/alerts/").content


def test_languages_and_regions_are_kept_apart(client, published):
    english = client.get("/api/alerts/active.json?lang=en").json()["alerts"][0]
    french = client.get("/api/alerts/active.json?lang=fr").json()["alerts"][0]
    assert (english["headline"], french["headline"]) == ("Flood warning (en)", "Flood warning (fr)")
    assert "Flood warning (fr)" in client.get("/fr/alerts/").content.decode()
    elsewhere = client.get("/api/alerts/active.json?region=XR-RS-02").json()["alerts"]
    assert elsewhere == []


def test_a_refused_request_is_not_shared(client, published):
    assert client.get("/api/alerts/active.json?region=NOWHERE").status_code == 400
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/alerts/active.json?region=NOWHERE").status_code == 400
    assert len(captured) > 0


def test_shared_answers_carry_headers_a_cdn_can_follow(client, published):
    page = client.get("/en/alerts/")
    api = client.get("/api/alerts/active.json")
    for response in (page, api):
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "max-age=0", "s-maxage=1", "stale-while-revalidate=1"} <= control
        assert response["ETag"].startswith('"')
        assert "Set-Cookie" not in response
    assert "Cookie" in page["Vary"]
    assert page.headers.get("Content-Security-Policy")  # still every response's own headers
    again = client.get("/en/alerts/", HTTP_IF_NONE_MATCH=page["ETag"])
    assert again.status_code == 304 and again["ETag"] == page["ETag"]


def test_a_signed_in_reader_is_neither_served_nor_stored(client, published, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="a-long-password-7")
    anonymous = client.get("/en/alerts/").content.decode()
    client.force_login(reader)
    own = client.get("/en/alerts/")
    assert "private" in own["Cache-Control"] and "Sign out" in own.content.decode()
    client.logout()
    client.cookies.clear()
    served = client.get("/en/alerts/").content.decode()
    assert served == anonymous
    assert "Sign out" not in served and "csrfmiddlewaretoken" not in served


def test_a_signed_in_page_never_reaches_an_anonymous_reader(client, published, django_user_model):
    reader = django_user_model.objects.create_user("mira.reader", password="a-long-password-7")
    client.force_login(reader)
    signed_in = client.get("/en/alerts/").content.decode()
    token = signed_in.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    client.logout()
    client.cookies.clear()
    html = client.get("/en/alerts/").content.decode()
    assert token not in html and "Sign out" not in html and "mira.reader" not in html


def test_the_entry_does_not_outlive_a_generation(client, published):
    client.get("/api/alerts/active.json")
    before = public_cache.generation()
    public_cache.invalidate()
    assert public_cache.generation() != before
    with CaptureQueriesContext(connection) as captured:
        client.get("/api/alerts/active.json")
    assert len(captured) > 0


@pytest.mark.parametrize("path", ["/en/alerts/?utm_source=x", "/api/alerts/active.json?x=%3Cb%3E"])
def test_made_up_parameters_are_answered_but_never_stored(client, published, path):
    for _ in range(2):
        rendered, _content = queries(client, path)
        assert rendered > 0
    assert "private" in client.get(path)["Cache-Control"]
