"""`/push/key`, `/push/subscribe`, `/push/unsubscribe`: validation with reasons, no account."""

import base64
import json
import os

import pytest

from alerts.models import PushSubscription

pytestmark = pytest.mark.django_db
P256DH = base64.urlsafe_b64encode(b"\x04" + os.urandom(64)).rstrip(b"=").decode()
AUTH = base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode()


def body(**changes):
    data = {
        "subscription": {
            "endpoint": "https://fcm.googleapis.com/fcm/send/abc",
            "keys": {"p256dh": P256DH, "auth": AUTH},
        },
        "regions": ["XR-RS-01"],
        "lang": "uk",
        "min_severity": "Moderate",
    }
    data.update(changes)
    return data


def post(client, path, data):
    return client.post(path, data, content_type="application/json")


def test_public_key_is_served(client):
    key = client.get("/push/key").json()["publicKey"]
    assert len(base64.urlsafe_b64decode(key + "==")) == 65


def test_subscribe_then_change_places_then_unsubscribe(client, regions):
    created = post(client, "/push/subscribe", body())
    assert (created.status_code, created.json()) == (
        201,
        {"subscribed": ["XR-RS-01"], "lang": "uk"},
    )
    changed = post(client, "/push/subscribe", body(regions=["XR-RS-02", "XR-RS-03"], lang="ar"))
    assert changed.status_code == 200
    subscription = PushSubscription.objects.get()
    assert sorted(subscription.regions.values_list("code", flat=True)) == ["XR-RS-02", "XR-RS-03"]
    assert (subscription.language, subscription.min_severity) == ("ar", "Moderate")
    gone = post(
        client, "/push/unsubscribe", {"endpoint": "https://fcm.googleapis.com/fcm/send/abc"}
    )
    assert gone.json() == {"unsubscribed": True} and not PushSubscription.objects.exists()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (body(regions=["NOPE"]), "unknown regions: NOPE"),
        (body(regions=[]), "regions must list 1 to 50"),
        (body(lang="xx"), "unknown language"),
        (body(min_severity="Apocalyptic"), "min_severity must be one of"),
        (
            body(subscription={"endpoint": "ftp://x/y", "keys": {"p256dh": P256DH, "auth": AUTH}}),
            "https URL",
        ),
        (
            body(
                subscription={
                    "endpoint": "https://updates.push.services.mozilla.com/wpush/v2/1",
                    "keys": {"p256dh": "AAAA", "auth": AUTH},
                }
            ),
            "keys.p256dh",
        ),
        (
            body(
                subscription={
                    "endpoint": "https://updates.push.services.mozilla.com/wpush/v2/1",
                    "keys": {"p256dh": P256DH, "auth": "!!"},
                }
            ),
            "keys.auth",
        ),
        (body(subscription=None), "subscription is missing"),
    ],
)
def test_bad_subscriptions_are_refused_with_a_reason(client, regions, data, reason):
    response = post(client, "/push/subscribe", data)
    assert response.status_code == 400
    assert reason in response.json()["error"]
    assert not PushSubscription.objects.exists()


def subscription_to(endpoint: str) -> dict:
    return body(subscription={"endpoint": endpoint, "keys": {"p256dh": P256DH, "auth": AUTH}})


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://fcm.googleapis.com/fcm/send/abc:APA91b",
        "https://fcm.googleapis.com/wp/abc",
        "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
        "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
        "https://web.push.apple.com/QGx-abc",
        "https://FCM.googleapis.com./fcm/send/abc",
    ],
)
def test_endpoints_of_the_browsers_push_services_are_accepted(client, regions, endpoint):
    assert post(client, "/push/subscribe", subscription_to(endpoint)).status_code == 201


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://127.0.0.1:8765/internal-admin-endpoint",
        "https://127.0.0.1:8765/internal-admin-endpoint",
        "https://localhost/x",
        "https://[::1]/x",
        "https://169.254.169.254/latest/meta-data/",
        "https://push.example/abc",
        "http://fcm.googleapis.com/fcm/send/abc",
        "https://fcm.googleapis.com:8443/fcm/send/abc",
        "https://fcm.googleapis.com.evil.example/fcm/send/abc",
        "https://evilfcm.googleapis.com/x",
        "https://notify.windows.com/w/?token=x",
        "https://user@fcm.googleapis.com/fcm/send/abc",
        "https://[::1/x",
        "https:///x",
    ],
)
def test_other_endpoints_are_refused_so_the_server_posts_nowhere_else(client, regions, endpoint):
    response = post(client, "/push/subscribe", subscription_to(endpoint))
    assert response.status_code == 400
    assert response.json() == {
        "error": "subscription.endpoint must be an https URL of a known push service"
    }
    assert not PushSubscription.objects.exists()


def test_a_push_service_added_to_the_setting_is_accepted(client, regions, settings):
    endpoint = "http://127.0.0.1:8765/push/a"
    assert post(client, "/push/subscribe", subscription_to(endpoint)).status_code == 400
    settings.PUSH_SERVICE_HOSTS = [*settings.PUSH_SERVICE_HOSTS, "http://127.0.0.1:8765"]
    assert post(client, "/push/subscribe", subscription_to(endpoint)).status_code == 201
    assert post(client, "/push/unsubscribe", {"endpoint": endpoint}).json() == {
        "unsubscribed": True
    }


@pytest.mark.parametrize("language", [["en"], {"en": 1}, 7, None])
def test_a_language_that_is_not_a_code_is_refused(client, regions, language):
    response = post(client, "/push/subscribe", body(lang=language))
    assert (response.status_code, response.json()) == (400, {"error": "unknown language"})


@pytest.mark.parametrize("severity", [["Minor"], {"Minor": 1}])
def test_a_severity_that_is_not_a_name_is_refused(client, regions, severity):
    response = post(client, "/push/subscribe", body(min_severity=severity))
    assert response.status_code == 400


@pytest.mark.parametrize("path", ["/push/subscribe", "/push/unsubscribe"])
@pytest.mark.parametrize("nesting", ["[" * 2000 + "]" * 2000, '{"a":' * 600 + "1" + "}" * 600])
def test_deeply_nested_json_is_refused(client, path, nesting):
    response = client.post(path, nesting, content_type="application/json")
    assert (response.status_code, response.json()) == (400, {"error": "JSON nested too deeply"})


@pytest.mark.parametrize(
    "data",
    [
        body(regions=["\ud800"]),
        body(lang="\udfff"),
        subscription_to("https://fcm.googleapis.com/fcm/send/\ud800"),
    ],
)
def test_text_that_is_not_unicode_is_refused(client, regions, data):
    raw = json.dumps(data)  # the lone surrogate travels as the JSON escape \\ud800
    response = client.post("/push/subscribe", raw, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"error": "text must be valid Unicode"}


def test_a_subscription_of_a_host_no_longer_listed_can_still_be_removed(client, regions):
    PushSubscription.objects.create(
        endpoint="https://push.example/old", p256dh=P256DH, auth=AUTH, language="en"
    )
    gone = post(client, "/push/unsubscribe", {"endpoint": "https://push.example/old"})
    assert gone.json() == {"unsubscribed": True} and not PushSubscription.objects.exists()
    again = post(client, "/push/unsubscribe", {"endpoint": "https://[::1/x"})
    assert again.json() == {"unsubscribed": False}
    refused = post(client, "/push/unsubscribe", {"endpoint": ["https://push.example/old"]})
    assert refused.status_code == 400


def test_not_json_is_refused(client):
    response = client.post(
        "/push/subscribe", "regions=1", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400 and "JSON" in response.json()["error"]
    assert client.post("/push/subscribe", "{oops", content_type="application/json").json() == {
        "error": "not JSON"
    }


def test_subscribing_is_rate_limited(client, regions):
    statuses = [
        post(client, "/push/subscribe", body(regions=["NOPE"])).status_code for _ in range(31)
    ]
    assert statuses[:30] == [400] * 30 and statuses[30] == 429
