"""What the public and partners read: pages, the Atom feed, CAP XML and the JSON API."""

import json

import pytest
import xmlschema
from defusedxml.ElementTree import fromstring

from alerts import actions
from tests.alerts.conftest import write_draft
from tests.services import ROOT

pytestmark = pytest.mark.django_db
SCHEMA = xmlschema.XMLSchema(str(ROOT / "alerts" / "schema" / "CAP-v1.2.xsd"))
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(draft, author, approver, django_capture_on_commit_callbacks):
    actions.submit_alert(alert=draft, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        return actions.approve_alert(alert=draft, user=approver)


def test_active_page_lists_the_alert_in_the_reader_language(client, published):
    html = client.get("/fr/alerts/").content.decode()
    assert "Flood warning (fr)" in html
    assert "shown in another language" not in html


def test_reader_language_missing_falls_back_with_a_note(client, published):
    html = client.get(published.url_in("de")).content.decode()
    assert "Flood warning (en)" in html
    assert 'class="fallback-note"' in html


def test_times_are_in_the_area_zone_named_in_the_reader_language(client, published):
    from django.utils import timezone

    from core import l10n

    assert published.time_zone == "Europe/Berlin"  # the town inherits the country's zone
    html = client.get(published.url_in("pl")).content.decode()
    assert l10n.format_when(published.sent, zone="Europe/Berlin", language="pl") in html
    assert "czas środkowoeuropejski" in html
    expires = published.infos.get(language="en").expires
    relative = l10n.format_relative(expires, now=timezone.now(), language="pl")
    assert relative.startswith("za ") and relative in html  # "za 1 dzień" / "za 24 godziny"


def test_region_filter(client, published, regions):
    assert "Flood warning" in client.get("/en/alerts/", {"region": "XR-RS-01"}).content.decode()
    assert "Flood warning" in client.get("/en/alerts/", {"region": "XR-RS"}).content.decode()
    assert "Flood warning" not in client.get("/en/alerts/", {"region": "XR-HL-01"}).content.decode()
    assert client.get("/en/alerts/", {"region": "nowhere"}).status_code == 400


def test_exercise_is_labelled_in_every_language(
    client, authority, author, approver, regions, django_capture_on_commit_callbacks
):
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    alert = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    actions.submit_alert(alert=alert, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_alert(alert=alert, user=approver)
    labels = {"en": "EXERCISE", "fr": "EXERCICE", "uk": "НАВЧАННЯ", "ar": "تمرين"}
    for language, label in labels.items():
        assert label in client.get(alert.url_in(language)).content.decode(), language
    feed = client.get("/alerts/feed.atom").content.decode()
    assert "EXERCISE" in feed


def test_drafts_are_not_public(client, draft):
    assert client.get(draft.url_in("en")).status_code == 404
    assert client.get(f"/alerts/cap/{draft.identifier}.xml").status_code == 404


def test_cap_xml_is_valid_cap_1_2(client, published):
    response = client.get(f"/alerts/cap/{published.identifier}.xml")
    assert response["Content-Type"].startswith("application/cap+xml")
    SCHEMA.validate(response.content.decode())
    root = fromstring(response.content)
    assert root.findtext("{urn:oasis:names:tc:emergency:cap:1.2}sender") == "alerts.riverside.test"


def test_feed_links_each_active_alert_to_its_cap(client, published):
    root = fromstring(client.get("/alerts/feed.atom").content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    cap_links = [
        link.get("href")
        for link in entries[0].findall(f"{ATOM}link")
        if link.get("type") == "application/cap+xml"
    ]
    assert cap_links == [f"http://testserver/alerts/cap/{published.identifier}.xml"]


def test_cancelled_alert_leaves_the_feed_and_the_active_list(
    client, published, author, second_approver, django_capture_on_commit_callbacks
):
    cancel = actions.start_follow_up(alert=published, user=author, kind="cancel")
    actions.submit_alert(alert=cancel, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_alert(alert=cancel, user=second_approver)
    assert fromstring(client.get("/alerts/feed.atom").content).findall(f"{ATOM}entry") == []
    assert client.get("/api/alerts/active.json").json() == {"alerts": []}
    archive = client.get("/en/alerts/archive/").content.decode()
    assert published.identifier in archive and cancel.identifier in archive
    document = client.get(f"/alerts/cap/{cancel.identifier}.xml").content.decode()
    SCHEMA.validate(document)
    assert f"alerts.riverside.test,{published.identifier}," in document


def test_json_api_filters_and_errors(client, published):
    body = client.get("/api/alerts/active.json", {"lang": "fr", "region": "XR-RS-01"}).json()
    assert [a["headline"] for a in body["alerts"]] == ["Flood warning (fr)"]
    assert body["alerts"][0]["is_fallback"] is False
    assert client.get("/api/alerts/active.json", {"region": "XR-HL-01"}).json() == {"alerts": []}
    bad = client.get("/api/alerts/active.json", {"lang": "xx"})
    assert bad.status_code == 400 and "unknown language" in bad.json()["error"]


def test_json_api_without_region_lists_every_area_with_card_labels(client, published, regions):
    from tests.builders import published_alert

    elsewhere = published_alert(codes=["XR-HL-01"], event="Heat", msg_type="Update")
    body = client.get("/api/alerts/active.json", {"lang": "fr"}).json()
    assert {a["identifier"] for a in body["alerts"]} == {published.identifier, elsewhere.identifier}
    update = next(a for a in body["alerts"] if a["identifier"] == elsewhere.identifier)
    assert update["msg_type_label"] == "Mise à jour"
    assert update["area"] == elsewhere.region_names
    flood = next(a for a in body["alerts"] if a["identifier"] == published.identifier)
    assert flood["msg_type_label"] is None
    assert flood["expires_relative"].startswith("dans ")
    for bad in ({"region": "nowhere"}, {"region": ""}, {"lang": "xx"}, {"region": "XR\x00"}):
        response = client.get("/api/alerts/active.json", bad)
        assert response.status_code == (200 if bad == {"region": ""} else 400), bad
        assert "error" in response.json() or bad == {"region": ""}


def test_fallback_chain_is_the_same_on_the_page_on_the_socket_and_in_push(
    client, authority, author, approver, regions, django_capture_on_commit_callbacks
):
    """A German reader of a message written in English, French and Ukrainian by an authority
    whose first language is French gets French (not English), and is told so, everywhere."""
    from alerts.delivery.live.broadcast import alert_event
    from alerts.delivery.webpush.send import push_payload

    authority.languages = "fr,en"
    authority.save()
    alert = write_draft(
        authority, author, regions=[regions["XR-RS-01"]], languages=("en", "uk", "fr")
    )
    actions.submit_alert(alert=alert, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        alert = actions.approve_alert(alert=alert, user=approver)

    html = client.get(alert.url_in("de")).content.decode()
    assert "Flood warning (fr)" in html and 'class="fallback-note"' in html
    live = alert_event(alert)["payloads"]
    assert (live["de"]["headline"], live["de"]["is_fallback"]) == ("Flood warning (fr)", True)
    assert (live["uk"]["headline"], live["uk"]["is_fallback"]) == ("Flood warning (uk)", False)
    notification = json.loads(push_payload(alert, "de", "tag"))
    assert notification["title"] == "Flood warning (fr)" and notification["lang"] == "fr"
    authority.languages = "uk,fr"  # the authority's first language decides, not the order of texts
    authority.save()
    alert = type(alert).objects.get(pk=alert.pk)
    assert alert_event(alert)["payloads"]["es"]["headline"] == "Flood warning (uk)"


def test_active_page_queries_do_not_grow_with_the_alerts(client, published, regions):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.builders import published_alert

    def queries(url: str = "/en/alerts/") -> int:
        cache.clear()  # a render, not a shared response (the builder's commit hooks never run)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    queries("/api/alerts/active.json")  # warm: lesson links are cached (lessons.hazards)
    one, one_json = queries(), queries("/api/alerts/active.json")
    for codes in (["XR-RS-01"], ["XR-RS-02"], ["XR-RS"]):
        published_alert(codes=codes)
    assert queries("/api/alerts/active.json") == one_json  # with the cards' labels
    assert queries() == one  # times in each area's zone come from the prefetched regions
