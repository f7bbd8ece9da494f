"""Which push endpoints Beacon posts to: only those of known push services.

A push subscription names the URL the server will POST alert payloads to; left open, anyone could
make the server post to internal addresses. So an endpoint is accepted, and later sent to, only
when it is an https URL whose host is in `settings.PUSH_SERVICE_HOSTS` (env `PUSH_SERVICE_HOSTS`,
comma-separated), on the default port, without user information.

A pattern is a host (`fcm.googleapis.com`, matched exactly) or `*.suffix` (`*.notify.windows.com`,
matched by any host ending in `.notify.windows.com`, not by the suffix itself). Host names are
compared in lower case, without a trailing dot. A pattern may name a port (`host:8443`), which
the endpoint must then use. A loopback fake push service of tests, benchmarks or local
development is added explicitly with its scheme and port: `http://127.0.0.1:8765` is the only
way to accept plain http, and only for that host and port.
"""

import logging
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)

MAX_ENDPOINT_LENGTH = 1000
DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True)
class Pattern:
    scheme: str
    host: str  # "fcm.googleapis.com" or ".notify.windows.com" for "*.notify.windows.com"
    port: int

    def matches(self, scheme: str, host: str, port: int) -> bool:
        if (scheme, port) != (self.scheme, self.port):
            return False
        if self.host.startswith("."):
            return host.endswith(self.host) and len(host) > len(self.host)
        return host == self.host


@lru_cache(maxsize=8)
def parse_patterns(patterns: tuple[str, ...]) -> tuple[Pattern, ...]:
    """The readable patterns; one that cannot be read matches nothing and is logged once."""
    parsed = []
    for pattern in patterns:
        try:
            parsed.append(parse_pattern(pattern))
        except ValueError:
            logger.warning("PUSH_SERVICE_HOSTS: ignoring %r, not a host pattern", pattern)
    return tuple(parsed)


def parse_pattern(pattern: str) -> Pattern:
    """`host`, `*.suffix`, `host:port` or `http://host:port` (an explicit plain-http fake)."""
    scheme, _, rest = pattern.strip().rpartition("://")
    scheme = scheme.lower() or "https"
    host, port = split_port(rest)
    host = host.removeprefix("*")
    if scheme not in DEFAULT_PORTS or not host.strip("[.]") or "*" in host or "/" in host:
        raise ValueError(pattern)
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return Pattern(scheme, normal_host(host), port or DEFAULT_PORTS[scheme])


def split_port(netloc: str) -> tuple[str, int | None]:
    host, colon, port = netloc.rpartition(":")
    if colon and port.isdigit() and not host.endswith("["):
        return host, int(port)
    return netloc, None


def normal_host(host: str) -> str:
    return host.lower().rstrip(".")


def is_allowed_endpoint(url: object) -> bool:
    """True if `url` is a push endpoint Beacon may post to (see the module docstring). Never
    raises, whatever `url` is."""
    return allowed_parts(url) is not None


def allowed_parts(url: object) -> tuple[str, str] | None:
    """The origin and request target of `url` (`split_endpoint`) if it is a push endpoint Beacon
    may post to, else None. Never raises. Checked for every message sent, so the origin's
    verdict is cached."""
    if not isinstance(url, str) or not 0 < len(url) <= MAX_ENDPOINT_LENGTH:
        return None
    if not url.isprintable() or not url.isascii():
        return None
    origin, target = split_endpoint(url)
    scheme, separator, netloc = origin.partition("://")
    if not separator or not allowed_origin(scheme, netloc, tuple(settings.PUSH_SERVICE_HOSTS)):
        return None
    return origin, target


def split_endpoint(url: str) -> tuple[str, str]:
    """`scheme://netloc` (scheme in lower case) and the request target (path and query) of an
    endpoint, cut where urlsplit cuts them; cheaper than urlsplit for one-off URLs."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        return url, ""
    end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    target = rest[end:].split("#", 1)[0]
    if not target.startswith("/"):
        target = "/" + target
    return f"{scheme.lower()}://{rest[:end]}", target


@lru_cache(maxsize=256)
def allowed_origin(scheme: str, netloc: str, patterns: tuple[str, ...]) -> bool:
    """Whether `scheme://netloc` is a push service's origin in `patterns`."""
    try:
        parts = urlsplit(f"{scheme}://{netloc}/")
        port = parts.port
    except ValueError:  # "https://[::1/x", a port out of range or not a number
        return False
    host = normal_host(parts.hostname or "")
    if not host or parts.username is not None or parts.password is not None:
        return False
    if scheme not in DEFAULT_PORTS:
        return False
    port = port or DEFAULT_PORTS[scheme]
    return any(pattern.matches(scheme, host, port) for pattern in parse_patterns(patterns))


def host_of(url: str) -> str:
    """The host of an endpoint, the most of it that may be logged (the rest identifies a
    browser)."""
    try:
        return urlsplit(url).hostname or "?"
    except ValueError:
        return "?"
