"""Upstream messages without an info block: a Cancel ends the alert it may reference, as a
local cancel does (and from a forward feed reaches open pages and push subscribers under the
same Topic); an Update without info, an Ack and an Error are kept as unsupported, saying why."""

from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.management import call_command
from django.utils import timezone

from alerts.cap import format_datetime, ingest
from alerts.delivery.webpush.send import topic_for
from alerts.models import Alert, ReceivedCap
from tests.alerts import test_forwarding
from tests.alerts.test_forwarding import MILLBROOK, SENDER, cap_document, deliver, listen
from tests.builders import push_subscription

pytestmark = pytest.mark.django_db
AREA = f"<polygon>{MILLBROOK}</polygon>"
upstream = test_forwarding.upstream  # the fixture: a local agency serving a configured feed


def bare(identifier, *, msg_type="Cancel", sender=SENDER, references="", extra=""):
    """A CAP 1.2 message without an info block, sent a minute from now."""
    sent = format_datetime(timezone.now().replace(microsecond=0) + timedelta(minutes=1))
    refs = f"<references>{references}</references>" if references else ""
    return (
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
        f"<identifier>{identifier}</identifier><sender>{sender}</sender><sent>{sent}</sent>"
        f"<status>Actual</status><msgType>{msg_type}</msgType><scope>Public</scope>{extra}"
        f"{refs}</alert>"
    ).encode()


def reference(alert: Alert) -> str:
    return f"{alert.sender},{alert.identifier},{format_datetime(alert.sent)}"


def import_bytes(document: bytes, **options) -> ingest.ImportReport:
    report = ingest.ImportReport()
    ingest.import_document(document, source="upstream.example", report=report, **options)
    return report


def test_a_cancel_without_info_ends_the_alert_it_references(settings):
    import_bytes(cap_document("storm-1", area=AREA))
    storm = Alert.objects.get()
    report = import_bytes(bare("storm-2", references=reference(storm)))
    cancel = Alert.objects.get(identifier="storm-2")
    assert (cancel.msg_type, cancel.issuer) == ("Cancel", "Riverland Weather Service")
    assert Alert.objects.get(pk=storm.pk).superseded_by == cancel
    assert not Alert.objects.active().exists()
    assert report.cancelled == [f"{SENDER},storm-2 (no info block) ended {SENDER},storm-1"]
    headline = cancel.infos.get(language="fr").headline
    assert (
        headline == "Alerte annulée\N{NO-BREAK SPACE}: Alerte tempête"
    )  # the local cancel's words, in each language
    assert cancel.received.outcome == ReceivedCap.IMPORTED


def test_the_import_command_says_what_a_cancel_ended(tmp_path, capsys):
    import_bytes(cap_document("storm-1", area=AREA))
    path = tmp_path / "cancel.xml"
    path.write_bytes(bare("storm-2", references=reference(Alert.objects.get())))
    call_command("import_cap", str(path))
    assert (
        f"Cancel: {SENDER},storm-2 (no info block) ended {SENDER},storm-1"
        in capsys.readouterr().out
    )


def test_a_cancel_of_the_first_message_ends_its_latest_update():
    import_bytes(cap_document("storm-1", area=AREA))
    first = Alert.objects.get()
    import_bytes(
        cap_document("storm-2", area=AREA, msg_type="Update", references=reference(first), later=1)
    )
    import_bytes(bare("storm-3", references=reference(first)))
    cancel = Alert.objects.get(identifier="storm-3")
    assert Alert.objects.get(identifier="storm-2").superseded_by == cancel
    assert not Alert.objects.active().exists()


def test_another_senders_cancel_is_refused_unless_trusted(settings):
    import_bytes(cap_document("storm-1", area=AREA))
    storm = Alert.objects.get()
    stranger = "someone@else.example.org"
    report = import_bytes(bare("x-1", sender=stranger, references=reference(storm)))
    assert "its sender may not cancel" in report.unsupported[0]
    assert list(Alert.objects.active()) == [storm]
    settings.CAP_TRUSTED_SENDERS = [stranger]
    import_bytes(bare("x-1", sender=stranger, references=reference(storm)))
    assert not Alert.objects.active().exists()


def test_a_cancel_of_an_unknown_message_says_so():
    sent = format_datetime(timezone.now().replace(microsecond=0))
    report = import_bytes(bare("storm-9", references=f"{SENDER},never-seen,{sent}"))
    (line,) = report.unsupported
    assert "references messages Beacon has not received" in line and "never-seen" in line
    assert not Alert.objects.exists()
    assert ReceivedCap.objects.get().outcome == ReceivedCap.UNSUPPORTED


def test_a_second_cancel_says_the_alert_is_already_cancelled():
    import_bytes(cap_document("storm-1", area=AREA))
    storm = Alert.objects.get()
    import_bytes(bare("storm-2", references=reference(storm)))
    report = import_bytes(bare("storm-3", references=reference(storm)))
    assert "has already been cancelled" in report.unsupported[0]


@pytest.mark.parametrize(
    ("msg_type", "reason"),
    [
        ("Update", "an Update without an info block has no new text or area"),
        ("Ack", "an Ack answers other alerting systems"),
        ("Error", "an Error answers other alerting systems"),
    ],
)
def test_update_ack_and_error_without_info_are_unsupported(msg_type, reason):
    import_bytes(cap_document("storm-1", area=AREA))
    storm = Alert.objects.get()
    report = import_bytes(bare("m-2", msg_type=msg_type, references=reference(storm)))
    assert reason in report.unsupported[0]
    assert list(Alert.objects.active()) == [storm]  # the alert stays as it was


def test_an_ack_with_info_is_not_shown_either():
    import_bytes(cap_document("storm-1", area=AREA))
    storm = Alert.objects.get()
    ack = cap_document("ack-1", area=AREA, msg_type="Ack", references=reference(storm), later=1)
    report = import_bytes(ack)
    assert "an Ack answers" in report.unsupported[0]
    assert not Alert.objects.filter(identifier="ack-1").exists()


def test_a_forwarded_cancel_reaches_open_pages_and_push_under_the_same_topic(
    upstream,
    regions,
    fake_push,
    queued_deliveries,
    django_capture_on_commit_callbacks,
):
    push_subscription(fake_push, "millbrook-fr", regions=["XR-RS-01"], language="fr")
    ingest.import_feed(upstream("storm", cap_document("storm-1", area=AREA), "forward"))
    storm = Alert.objects.get()
    channel = listen("XR-RS-01")
    feed = upstream("cancel", bare("storm-2", references=reference(storm)), "forward")
    with django_capture_on_commit_callbacks(execute=True):
        ingest.import_feed(feed)
    cancel = Alert.objects.get(identifier="storm-2")
    assert cancel.feed_policy == "forward"
    queued_deliveries.assert_called_with(cancel.pk)
    deliver(cancel.pk)
    event = async_to_sync(get_channel_layer().receive)(channel)
    assert event["identifier"] == "storm-2"
    assert event["payloads"]["fr"]["event_kind"] == "cancelled"
    (french,) = fake_push.payloads_for("millbrook-fr")
    assert (french["event"], french["lang"]) == ("cancelled", "fr")
    assert french["tag"] == topic_for(storm) == topic_for(cancel)
