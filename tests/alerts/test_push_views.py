"""`/push/key`, `/push/subscribe`, `/push/unsubscribe`: validation with reasons, no account."""

import base64
import os

import pytest

from alerts.models import PushSubscription

pytestmark = pytest.mark.django_db
P256DH = base64.urlsafe_b64encode(b"\x04" + os.urandom(64)).rstrip(b"=").decode()
AUTH = base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode()


def body(**changes):
    data = {
        "subscription": {
            "endpoint": "https://push.example/abc",
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
    gone = post(client, "/push/unsubscribe", {"endpoint": "https://push.example/abc"})
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
                    "endpoint": "https://p.example/1",
                    "keys": {"p256dh": "AAAA", "auth": AUTH},
                }
            ),
            "keys.p256dh",
        ),
        (
            body(
                subscription={
                    "endpoint": "https://p.example/1",
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


def test_plain_http_endpoints_only_in_the_embedded_default(client, regions, settings):
    data = body(
        subscription={"endpoint": "http://127.0.0.1:9/x", "keys": {"p256dh": P256DH, "auth": AUTH}}
    )
    settings.PUSH_ALLOW_HTTP_ENDPOINTS = False
    assert post(client, "/push/subscribe", data).status_code == 400
    settings.PUSH_ALLOW_HTTP_ENDPOINTS = True
    assert post(client, "/push/subscribe", data).status_code == 201


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
