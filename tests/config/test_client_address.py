"""The client address: REMOTE_ADDR, and X-Forwarded-For only from a trusted proxy, read from the
right; a malformed address from a trusted proxy is a 400, from anyone else it is ignored."""

import pytest
from django.core.exceptions import BadRequest
from django.test import Client, RequestFactory, override_settings

from config.client import client_address

PROXIES = ["10.0.0.0/8", "192.0.2.1"]


def address_of(remote_addr: str, forwarded: str | None = None) -> str:
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **headers))


def test_without_trusted_proxies_the_header_is_ignored():
    assert address_of("203.0.113.5", "198.51.100.1") == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_trusted_proxy_gives_the_right_most_untrusted_address():
    assert address_of("10.1.2.3", "198.51.100.1") == "198.51.100.1"
    # A client can put anything on the left; the proxies' own entries are skipped from the right.
    assert address_of("10.1.2.3", "1.2.3.4, 198.51.100.1, 10.0.0.9") == "198.51.100.1"
    assert address_of("192.0.2.1", "2001:db8::1") == "2001:db8::1"


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_an_untrusted_peer_cannot_choose_its_address():
    assert address_of("203.0.113.5", "10.0.0.1") == "203.0.113.5"
    assert address_of("203.0.113.5", "not-an-ip") == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_chain_of_trusted_proxies_gives_the_left_most():
    assert address_of("10.0.0.1", "10.0.0.2, 10.0.0.3") == "10.0.0.2"


def test_ipv4_mapped_addresses_count_as_ipv4():
    assert address_of("::ffff:203.0.113.5") == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=PROXIES)
@pytest.mark.parametrize("forwarded", ["not-an-ip", "198.51.100.1, bad", "", " , ", "1.2.3.4:80"])
def test_malformed_forwarded_addresses_from_a_trusted_proxy_are_refused(forwarded):
    if forwarded == "":
        assert address_of("10.0.0.1", forwarded) == "10.0.0.1"  # no header value: the peer
        return
    with pytest.raises(BadRequest):
        address_of("10.0.0.1", forwarded)


@pytest.mark.parametrize("remote_addr", ["", "unix:socket", "999.1.1.1"])
def test_a_malformed_peer_address_is_refused(remote_addr):
    with pytest.raises(BadRequest):
        address_of(remote_addr)


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=PROXIES)
def test_a_malformed_header_from_a_trusted_proxy_is_a_400_page():
    client = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client.post("/push/subscribe", "{}", content_type="application/json").status_code == 400
    assert client.get("/healthz").status_code == 400


@pytest.mark.django_db
def test_a_malformed_header_from_anyone_else_is_ignored():
    client = Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client.post("/push/subscribe", "{}", content_type="application/json").status_code == 400
    assert client.get("/push/key").status_code == 200


@pytest.mark.django_db
def test_rate_limits_count_the_peer_whatever_header_it_sends():
    # 30 a minute in fixed windows: 61 requests put 31 in one window even if one ends meanwhile.
    statuses = [
        Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
        .post("/push/unsubscribe", "{}", content_type="application/json")
        .status_code
        for number in range(61)
    ]
    assert statuses[0] == 400
    assert 429 in statuses


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=PROXIES)
def test_rate_limits_count_the_forwarded_client_behind_a_trusted_proxy():
    def post(client_ip: str) -> int:
        return (
            Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=client_ip)
            .post("/push/unsubscribe", "{}", content_type="application/json")
            .status_code
        )

    assert 429 in [post("198.51.100.1") for _n in range(61)]
    assert post("198.51.100.2") == 400  # another client behind the same proxy is not limited


def test_through_uvicorn_a_malformed_forwarded_address_is_a_400(demo_server):
    """The test server's uvicorn trusts its loopback peer (its default), as the production one
    trusts TRUSTED_PROXIES: what it passes on from a bad header is answered 400, not 500."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(  # noqa: S310 - loopback test server
        demo_server.url("/push/key"), headers={"X-Forwarded-For": "not-an-ip"}
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)  # noqa: S310
    assert error.value.code == 400
