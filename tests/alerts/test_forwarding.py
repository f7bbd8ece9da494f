"""Forwarding trusted upstream alerts: a "forward" feed's alert goes out live and by push through
the same publishing action and audience gate as a local one; a "show only" feed's never does."""

import http.server
import threading
from datetime import timedelta
from unittest import mock

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import timezone

from alerts import tasks
from alerts.cap import format_datetime, ingest
from alerts.cap.feeds import feed_of
from alerts.delivery.live.broadcast import group_name
from alerts.delivery.webpush.send import send_batch, topic_for
from alerts.models import Alert, AlertDelivery
from tests.alerts.test_ingest import atom_feed
from tests.builders import published_alert, push_subscription

pytestmark = pytest.mark.django_db
SENDER = "warnings@weather.example.org"
MILLBROOK = "50.6,10.1 50.6,10.4 50.9,10.4 50.9,10.1 50.6,10.1"  # inside XR-RS-01 only


def cap_document(identifier, *, area, msg_type="Alert", references="", status="Actual", later=0):
    """An upstream CAP 1.2 message in English and French, sent `later` minutes from now and in
    force for a day."""
    now = timezone.now().replace(microsecond=0) + timedelta(minutes=later)
    infos = "".join(
        f"<info><language>{lang}</language><category>Met</category><event>Storm</event>"
        f"<urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>"
        f"<expires>{format_datetime(now + timedelta(days=1))}</expires>"
        f"<senderName>Riverland Weather Service</senderName>"
        f"<headline>{headline}</headline><description>Gusts of 100 km/h.</description>"
        f"<area><areaDesc>Millbrook</areaDesc>{area}</area></info>"
        for lang, headline in (("en-GB", "Storm warning"), ("fr-FR", "Alerte tempête"))
    )
    refs = f"<references>{references}</references>" if references else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
        f"<identifier>{identifier}</identifier><sender>{SENDER}</sender>"
        f"<sent>{format_datetime(now)}</sent><status>{status}</status>"
        f"<msgType>{msg_type}</msgType><scope>Public</scope>{refs}{infos}</alert>"
    ).encode()


@pytest.fixture
def upstream(tmp_path, settings):
    """A local upstream agency: `publish(name, document, policy)` serves the document in its
    feed, configured in CAP_FEEDS with that policy, and returns the feed's address."""
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def publish(name: str, document: bytes, policy: str) -> str:
        (tmp_path / f"{name}.xml").write_bytes(document)
        (tmp_path / f"{policy}.atom").write_text(atom_feed(f"{base}/{name}.xml"))
        settings.BEACON_CAP_FEEDS = [f"{policy} {base}/{policy}.atom"]
        return f"{base}/{policy}.atom"

    yield publish
    server.shutdown()
    server.server_close()


def deliver(alert_id: int) -> None:
    """What the worker does with the queued task, pushes sent at once."""

    def send_now(args, **_options):
        send_batch(*args)

    def plan_now(args, **_options):
        tasks.queue_later_batches(*args)

    with (
        mock.patch.object(tasks.send_push_batch, "apply_async", side_effect=send_now),
        mock.patch.object(tasks.queue_later_batches, "apply_async", side_effect=plan_now),
    ):
        tasks.start_delivery(alert_id)


def listen(region_code: str) -> str:
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(group_name(region_code), channel)
    return channel


def test_forwarded_alert_goes_out_live_and_by_push(
    upstream, regions, fake_push, queued_deliveries, django_capture_on_commit_callbacks
):
    push_subscription(fake_push, "millbrook-fr", regions=["XR-RS-01"], language="fr")
    push_subscription(fake_push, "eastwater", regions=["XR-RS-02"])
    channel = listen("XR-RS-01")
    feed = upstream(
        "storm", cap_document("storm-1", area=f"<polygon>{MILLBROOK}</polygon>"), "forward"
    )
    with django_capture_on_commit_callbacks(execute=True):
        ingest.import_feed(feed)
    alert = Alert.objects.get()
    assert list(alert.regions.values_list("code", flat=True)) == ["XR-RS-01"]  # by the polygon
    queued_deliveries.assert_called_once_with(alert.pk)  # the publish action's outbox, queued
    deliver(alert.pk)
    event = async_to_sync(get_channel_layer().receive)(channel)
    assert event["identifier"] == "storm-1"
    (french,) = fake_push.payloads_for("millbrook-fr")
    assert french["title"] == "Alerte tempête" and french["lang"] == "fr"
    assert fake_push.payloads_for("eastwater") == []


def test_a_show_only_feed_never_delivers(
    upstream, regions, fake_push, queued_deliveries, django_capture_on_commit_callbacks
):
    push_subscription(fake_push, "millbrook", regions=["XR-RS-01"])
    feed = upstream(
        "storm", cap_document("storm-1", area=f"<polygon>{MILLBROOK}</polygon>"), "show"
    )
    with django_capture_on_commit_callbacks(execute=True):
        ingest.import_feed(feed)
    assert Alert.objects.public().get().identifier == "storm-1"  # shown on the public pages
    assert not AlertDelivery.objects.exists()  # no outbox row: the sweeper has nothing to send
    queued_deliveries.assert_not_called()
    assert tasks.sweep_deliveries() == {"outbox": 0, "pushes": 0, "scheduled": 0}
    assert fake_push.received == []


def test_a_point_and_a_geocode_reach_their_regions(upstream, regions):
    point = "<circle>50.7,10.8 0</circle>"  # radius 0: a point in Eastwater (XR-RS-02)
    ingest.import_feed(upstream("point", cap_document("p-1", area=point), "forward"))
    geocode = "<geocode><valueName>ISO3166-2</valueName><value>XR-HL</value></geocode>"
    ingest.import_feed(upstream("code", cap_document("g-1", area=geocode), "forward"))
    reached = {a.identifier: [r.code for r in a.regions.all()] for a in Alert.objects.all()}
    assert reached == {"p-1": ["XR-RS-02"], "g-1": ["XR-HL"]}


def test_exercise_and_test_messages_pass_the_same_audience_gate(upstream, regions, fake_push):
    push_subscription(fake_push, "millbrook", regions=["XR-RS-01"])
    area = f"<polygon>{MILLBROOK}</polygon>"
    ingest.import_feed(upstream("t", cap_document("t-1", area=area, status="Test"), "forward"))
    deliver(Alert.objects.get().pk)
    assert fake_push.received == []  # Test messages reach nobody, imported or local


def test_updates_and_cancels_replace_earlier_notifications(upstream, regions):
    area = f"<polygon>{MILLBROOK}</polygon>"
    ingest.import_feed(upstream("a", cap_document("storm-1", area=area), "forward"))
    references = []
    for later, (identifier, msg_type) in enumerate((("storm-2", "Update"), ("storm-3", "Cancel"))):
        latest = Alert.objects.order_by("sent").last()
        references.append(f"{SENDER},{latest.identifier},{format_datetime(latest.sent)}")
        document = cap_document(
            identifier,
            area=area,
            msg_type=msg_type,
            references=" ".join(references),
            later=later + 1,
        )
        ingest.import_feed(upstream(identifier, document, "forward"))
    first, update, cancel = Alert.objects.order_by("sent")
    assert topic_for(update) == topic_for(cancel) == topic_for(first)  # one push Topic
    assert (first.superseded_by, update.superseded_by) == (update, cancel)
    assert not Alert.objects.active().exists()


def test_the_public_page_names_the_issuer_and_the_feed(upstream, regions, client):
    feed = upstream(
        "storm", cap_document("storm-1", area=f"<polygon>{MILLBROOK}</polygon>"), "show"
    )
    ingest.import_feed(feed)
    html = client.get(Alert.objects.get().url_in("en")).content.decode()
    assert "Riverland Weather Service" in html and SENDER in html
    assert "Received through" in html and ">127.0.0.1</bdi>" in html


def test_the_public_page_says_what_the_feeds_policy_was_on_arrival(upstream, regions, client):
    area = f"<polygon>{MILLBROOK}</polygon>"
    ingest.import_feed(upstream("a", cap_document("fwd-1", area=area), "forward"))
    ingest.import_feed(upstream("b", cap_document("show-1", area=area), "show"))
    # CAP_FEEDS now lists only the show feed: what was done on arrival stays recorded
    pages = {
        (identifier, lang): client.get(
            Alert.objects.get(identifier=identifier).url_in(lang)
        ).content.decode()
        for identifier in ("fwd-1", "show-1")
        for lang in ("en", "fr")
    }
    assert "Passed on to people who follow the places it covers" in pages["fwd-1", "en"]
    assert "Transmise aux personnes qui suivent les lieux concernés" in pages["fwd-1", "fr"]
    assert "Shown on this site only, not sent as notifications" in pages["show-1", "en"]
    assert "Affichée sur ce site uniquement" in pages["show-1", "fr"]
    assert "Passed on" not in pages["show-1", "en"]


def test_a_file_import_is_shown_only_and_a_local_alert_has_no_feed_policy(regions, client):
    call_command("import_cap", "tests/alerts/samples/flood_warning_en_fr.xml")
    assert Alert.objects.get().feed_policy == "show"
    local = published_alert(codes=["XR-RS-01"])
    html = client.get(local.url_in("en")).content.decode()
    assert local.feed_policy == "" and 'class="feed-policy"' not in html


@pytest.mark.parametrize(
    ("entry", "problem"),
    [("relay https://a.example/feed", "policy must be"), ("forward ftp://a.example/f", "http")],
)
def test_a_bad_feed_entry_is_refused_naming_it(entry, problem):
    with pytest.raises(ValueError, match=problem):
        feed_of(entry)


def test_feed_entries_default_to_show_only():
    assert not feed_of("https://a.example/feed").forward
    assert feed_of("FORWARD https://a.example/feed").forward


def test_manage_py_check_names_a_bad_feed_entry(settings):
    settings.BEACON_CAP_FEEDS = ["https://good.example/feed", "relay https://bad.example/feed"]
    with pytest.raises(SystemCheckError, match="alerts.E001.*'relay https://bad.example/feed'"):
        call_command("check")
    settings.BEACON_CAP_FEEDS = ["forward https://good.example/feed"]
    call_command("check")
