"""The Atom and RSS feeds for aggregators: their rules, paging, regions, conditional GET."""

from datetime import timedelta

import pytest
from defusedxml.ElementTree import fromstring
from django.utils import timezone

from alerts.models import Alert
from alerts.public import feeds
from core import public_cache
from tests.builders import published_alert

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
MAX_FEED_BYTES = 900 * 1024


@pytest.fixture(autouse=True)
def demo_key(settings, tmp_path):
    settings.CAP_SIGNING_KEY = settings.CAP_SIGNING_CERT = b""
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "demo.pem"


def atom_ids(client, url="/alerts/feed.atom") -> list[str]:
    root = fromstring(client.get(url).content)
    return [entry.findtext(f"{ATOM}id") for entry in root.iter(f"{ATOM}entry")]


def guid(alert) -> str:
    return f"{alert.sender},{alert.identifier}"


def test_unknown_urgency_severity_or_certainty_stays_out_of_the_feeds(client, regions):
    ready = published_alert(codes=["XR-RS-01"], event="Flood")
    for field in ("urgency", "severity", "certainty"):
        published_alert(codes=["XR-RS-01"], event=f"Vague {field}", info={"fr": {field: "Unknown"}})
    assert atom_ids(client) == [guid(ready)]
    rss = fromstring(client.get("/alerts/feed.rss").content)
    assert [item.findtext("guid") for item in rss.iter("item")] == [guid(ready)]
    # still public elsewhere
    assert len(client.get("/api/alerts/active.json").json()["alerts"]) == 4


def test_feeds_are_paged_with_first_next_and_previous(client, regions, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_PAGE_SIZE", 2)
    alerts = [published_alert(codes=["XR-RS-01"], event=f"Flood {n}") for n in range(5)]
    seen, url, pages = [], "/alerts/feed.atom", 0
    while url:
        root = fromstring(client.get(url).content)
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
        assert links["first"] == "http://testserver/alerts/feed.atom"
        assert ("previous" in links) == (pages > 0)
        seen += [entry.findtext(f"{ATOM}id") for entry in root.iter(f"{ATOM}entry")]
        url, pages = links.get("next", "").removeprefix("http://testserver"), pages + 1
    assert pages == 3
    assert sorted(seen) == sorted(guid(alert) for alert in alerts)
    assert client.get("/alerts/feed.atom?page=4").status_code == 404
    for bad in ("0", "two", "-1", "²"):
        response = client.get(f"/alerts/feed.atom?page={bad}")
        assert response.status_code == 400 and b"page must be" in response.content


def test_a_full_page_of_the_largest_entries_stays_under_900_kb(client, regions):
    """The page size keeps every page under Google's limit, whatever the alerts say."""
    empty = len(client.get("/alerts/feed.atom").content)
    largest = {"headline": "⚠" * 160, "description": "洪" * 5000, "event": "⚠" * 100}
    published_alert(codes=["XR-RS-01"], info={"*": largest})
    public_cache.invalidate()  # as publishing does after commit
    entry = len(client.get("/alerts/feed.atom").content) - empty
    assert entry > 1500  # the test measured a large entry
    assert empty + feeds.FEED_PAGE_SIZE * entry < MAX_FEED_BYTES


def test_rss_feed_links_each_item_to_its_cap(client, regions):
    alert = published_alert(codes=["XR-RS-01"])
    response = client.get("/alerts/feed.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    root = fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") and channel.findtext("description")
    (item,) = channel.findall("item")
    assert item.findtext("link") == f"http://testserver/alerts/cap/{alert.identifier}.xml"
    assert item.find("guid").get("isPermaLink") == "false"
    assert client.get(f"/alerts/cap/{alert.identifier}.xml").status_code == 200


@pytest.mark.parametrize("path", ["/alerts/feed.atom", "/alerts/feed.rss"])
def test_region_feeds(client, regions, path):
    here = published_alert(codes=["XR-RS-01"])
    published_alert(codes=["XR-RS-02"])
    body = client.get(f"{path}?region=XR-RS-01").content.decode()
    assert guid(here) in body and body.count("alerts.test,") == 1
    assert "active alerts in" in body
    unknown = client.get(f"{path}?region=XX-NOPE")
    assert unknown.status_code == 400
    assert unknown["Content-Type"].startswith("text/plain")
    assert unknown.content.decode() == "Unknown region code: XX-NOPE"
    assert client.get(f"{path}?region=bad%00code").status_code == 400


@pytest.mark.parametrize("path", ["/alerts/feed.atom", "/alerts/feed.rss"])
def test_feeds_answer_conditional_gets(client, regions, path):
    published_alert(codes=["XR-RS-01"])
    first = client.get(path)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert client.get(path).content == first.content  # stable: the same ETag
    again = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    newer = published_alert(codes=["XR-RS-01"], event="Storm")
    # HTTP dates count whole seconds: the new message comes a second later
    Alert.objects.filter(pk=newer.pk).update(updated_at=timezone.now() + timedelta(seconds=2))
    public_cache.invalidate()  # as publishing does after commit
    changed = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert client.get(path, HTTP_IF_MODIFIED_SINCE=modified).status_code == 200


def test_an_expired_alert_changes_last_modified(client, regions):
    published_alert(
        codes=["XR-RS-01"], info={"*": {"expires": timezone.now() + timedelta(seconds=5)}}
    )
    modified = client.get("/alerts/feed.atom")["Last-Modified"]
    later = timezone.now() + timedelta(seconds=10)
    assert feeds.last_modified(later) > feeds.last_modified(timezone.now())
    assert client.get("/alerts/feed.atom", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


def test_cap_documents_and_certificate_answer_conditional_gets(client, regions):
    alert = published_alert(codes=["XR-RS-01"])
    for path in (f"/alerts/cap/{alert.identifier}.xml", "/alerts/cap/certificate.pem"):
        first = client.get(path)
        assert first.status_code == 200 and first["ETag"]
        assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
        assert client.get(path, HTTP_IF_NONE_MATCH='"other"').status_code == 200
    document = client.get(f"/alerts/cap/{alert.identifier}.xml")
    assert document["Last-Modified"]
    since = client.get(
        f"/alerts/cap/{alert.identifier}.xml", HTTP_IF_MODIFIED_SINCE=document["Last-Modified"]
    )
    assert since.status_code == 304
