"""Same-origin check of WebSocket handshakes.

WebSocket handshakes are accepted only from the site's own pages, so another site cannot open an
alert socket in a visitor's browser. An origin is the site's own when its scheme, host and port
are, exactly:
- those of `BASE_URL` (settings.WAGTAILADMIN_BASE_URL), the address the site is published at; or
- those the handshake itself was sent to, for a host in ALLOWED_HOSTS: the Host header's host
  and port, with https for a wss:// socket and http for ws:// (behind a TLS proxy, uvicorn takes
  the scheme from X-Forwarded-Proto; when it does not, BASE_URL still admits the https pages).
Ports are compared after filling in the scheme's default (80, 443). So a page of another site,
of another port on the same host, or the http:// page of an https:// site is refused, and so is
a handshake without an Origin header (browsers always send one).
"""

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host

DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL, or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port or DEFAULT_PORTS[scheme]


def header(scope: dict, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


def handshake_origin(scope: dict) -> tuple[str, str, int] | None:
    """The origin the handshake was sent to, if its host is one of ALLOWED_HOSTS."""
    host = header(scope, b"host")
    if not host or not validate_host(split_domain_port(host)[0], settings.ALLOWED_HOSTS):
        return None
    scheme = "https" if scope.get("scheme") == "wss" else "http"
    return origin_of(f"{scheme}://{host}")


def is_own_origin(scope: dict) -> bool:
    origin = header(scope, b"origin")
    claimed = origin_of(origin) if origin else None
    if claimed is None:
        return False
    return claimed in (origin_of(settings.WAGTAILADMIN_BASE_URL), handshake_origin(scope))


class SameOriginValidator:
    """Refuses (403) WebSocket handshakes from pages that are not the site's own."""

    def __init__(self, application):
        self.application = application

    async def __call__(self, scope, receive, send):
        if is_own_origin(scope):
            return await self.application(scope, receive, send)
        return await WebsocketDenier.as_asgi()(scope, receive, send)
