"""Beacon posts push messages only to the hosts of known push services (webpush/hosts.py), when
subscribing and again when sending."""

import pytest

from alerts.delivery.webpush.hosts import is_allowed_endpoint
from alerts.delivery.webpush.plan import counts, plan_push
from alerts.delivery.webpush.send import send_batch
from alerts.models import PushDelivery, PushStatus
from tests.builders import published_alert, push_subscription


@pytest.mark.parametrize(
    ("endpoint", "allowed"),
    [
        ("https://fcm.googleapis.com/fcm/send/x", True),
        ("https://fcm.googleapis.com:443/fcm/send/x", True),
        ("https://wns2-bn3p.notify.windows.com/w/?token=x", True),
        ("https://notify.windows.com/w/?token=x", False),
        ("https://x.notify.windows.com.evil.example/w", False),
        ("https://fcm.googleapis.com:444/x", False),
        ("http://fcm.googleapis.com/x", False),
        ("https://fcm.googleapis.com/\x00", False),
        ("https://fcm.googleapis.com/\ud800", False),
        ("https://[::1/x", False),
        ("https://fcm.googleapis.com:99999/x", False),
        ("https://a:b@fcm.googleapis.com/x", False),
        (None, False),
        (["https://fcm.googleapis.com/x"], False),
        ("https://fcm.googleapis.com/" + "x" * 1000, False),
    ],
)
def test_only_known_push_services_over_https(endpoint, allowed):
    assert is_allowed_endpoint(endpoint) is allowed


@pytest.mark.parametrize(
    ("pattern", "endpoint", "allowed"),
    [
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765/push/a", True),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8766/push/a", False),
        ("http://127.0.0.1:8765", "https://127.0.0.1:8765/push/a", False),
        ("http://[::1]:8765", "http://[::1]:8765/push/a", True),
        ("push.test:8443", "https://push.test:8443/a", True),
        ("push.test:8443", "https://push.test/a", False),
        ("*.push.test", "https://a.b.push.test/a", True),
        ("not a pattern/", "https://not a pattern/", False),
        ("*", "https://anything.example/", False),
    ],
)
def test_a_pattern_names_a_host_and_may_name_scheme_and_port(settings, pattern, endpoint, allowed):
    settings.PUSH_SERVICE_HOSTS = [pattern]
    assert is_allowed_endpoint(endpoint) is allowed


@pytest.mark.django_db
def test_a_saved_subscription_of_another_host_is_not_sent_to(fake_push, regions, settings):
    alert = published_alert(codes=["XR-RS-01"])
    outside = push_subscription(fake_push, "outside", regions=["XR-RS-01"])
    settings.PUSH_SERVICE_HOSTS = ["fcm.googleapis.com"]  # the fake is no longer a push service
    retry = [pk for batch in plan_push(alert) for pk in send_batch(alert.pk, batch).retry_ids]
    assert retry == [] and fake_push.received == []
    refused = PushDelivery.objects.get(subscription=outside)
    assert (refused.status, refused.last_response) == (
        PushStatus.FAILED,
        "push service host not allowed",
    )
    assert counts(alert)[PushStatus.FAILED] == 1
