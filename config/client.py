"""The client's address: the one place Django, the rate limits and the login lockout read it.

REMOTE_ADDR is the peer the server saw (uvicorn has already replaced it with the forwarded client
when the peer is in `--forwarded-allow-ips`, which docker-compose.yml fills from the same
TRUSTED_PROXIES). X-Forwarded-For is read only when the immediate peer is a trusted proxy, and
then from the right: each proxy appends the address it saw, so the right-most address that is not
itself a trusted proxy is the first one nobody can forge. From any other peer the header is
ignored, so a client cannot pick a new address for each request.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import BadRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
CACHE_ATTRIBUTE = "_beacon_client_address"


@lru_cache(maxsize=8)
def trusted_networks(proxies: tuple[str, ...]) -> tuple[ipaddress._BaseNetwork, ...]:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def is_trusted(address: IPAddress) -> bool:
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))
    return any(address in network for network in networks)


def parse_address(value: str) -> IPAddress:
    """An IP address, or BadRequest: a malformed address must not become a 500 further on."""
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        raise BadRequest("Malformed client address") from None
    # An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d; count it as IPv4.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def forwarded_client(peer: IPAddress, header: str) -> IPAddress:
    """The right-most address of X-Forwarded-For that is not a trusted proxy."""
    client = peer
    for value in reversed(header.split(",")):
        client = parse_address(value)
        if not is_trusted(client):
            return client
    return client  # every hop is a trusted proxy: the left-most one is the best we know


def client_address(request) -> str:
    """The client's IP address as text, for logs, rate limits and lockouts.

    Raises BadRequest (answered 400) when REMOTE_ADDR, or X-Forwarded-For from a trusted proxy,
    is not an IP address.
    """
    cached = getattr(request, CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    peer = parse_address(request.META.get("REMOTE_ADDR") or "")
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    client = forwarded_client(peer, header) if header and is_trusted(peer) else peer
    setattr(request, CACHE_ATTRIBUTE, str(client))
    return str(client)


def login_client_address(request) -> str | None:
    """client_address() for django-axes, which also sees logins made in-process (the test
    client's force_login(), management code) on requests that never had a peer."""
    if "REMOTE_ADDR" not in request.META:
        return None
    return client_address(request)


class ClientAddressMiddleware:
    """Works out the client address first, so a malformed one is a 400 before any view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        client_address(request)
        return self.get_response(request)
