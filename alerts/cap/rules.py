"""CAP 1.2 section-3 rules the XSD cannot express: `check()` and its helpers."""

import math
import re
from urllib.parse import urlsplit

from .messages import (
    CATEGORIES,
    CERTAINTIES,
    MSG_TYPES,
    RESPONSE_TYPES,
    SCOPES,
    SEVERITIES,
    STATUSES,
    URGENCIES,
    CapAlert,
    CapArea,
    CapError,
    CapInfo,
    _offset_minutes,
)

_REFERENCING_TYPES = ("Update", "Cancel", "Ack", "Error")  # CAP: these act on earlier messages
_TOKEN_RE = re.compile(r"[^\s,<&]+")
_LANGUAGE_RE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", re.ASCII)
_MARKUP_RE = re.compile(r"<[A-Za-z/!?]")  # a tag, comment, doctype or processing instruction


def check(alert: CapAlert) -> None:
    """Enforce the CAP 1.2 rules the XSD cannot express (and the enumerations, for early errors)."""
    _check_token("identifier", alert.identifier)
    _check_token("sender", alert.sender)
    _offset_minutes(alert.sent, "sent")
    _check_choice("status", alert.status, STATUSES)
    _check_choice("msgType", alert.msg_type, MSG_TYPES)
    _check_choice("scope", alert.scope, SCOPES)
    _check_scope(alert)
    _check_references(alert)
    for incident in alert.incidents:
        _check_token("incidents", incident)
    _check_languages(alert.infos)
    for number, info in enumerate(alert.infos, 1):
        _check_info(f"info[{number}]", info)


def _check_token(element: str, value: str) -> None:
    if not _TOKEN_RE.fullmatch(value):
        raise CapError(element, f"{value!r} must be non-empty, without spaces, commas, < or &")


def _check_choice(element: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise CapError(element, f"{value!r} is not one of {', '.join(choices)}")


def _check_scope(alert: CapAlert) -> None:
    """CAP 1.2 section 3.2.1: a Restricted message says who may see it, a Private one whom
    it is for."""
    if alert.scope == "Restricted" and not alert.restriction.strip():
        raise CapError("restriction", "required when scope is Restricted")
    if alert.scope == "Private" and not alert.addresses.strip():
        raise CapError("addresses", "required when scope is Private")


def _check_references(alert: CapAlert) -> None:
    """Updates and cancels name the messages they change; alerts stand alone; never oneself."""
    if alert.msg_type in _REFERENCING_TYPES and not alert.references:
        raise CapError("references", f"a {alert.msg_type} must reference an earlier message")
    if alert.msg_type == "Alert" and alert.references:
        raise CapError("references", "an Alert must not reference other messages")
    for reference in alert.references:
        _check_token("references", reference.sender)
        _check_token("references", reference.identifier)
        _offset_minutes(reference.sent, "references")
        if (reference.sender, reference.identifier) == (alert.sender, alert.identifier):
            raise CapError("references", "a message must not reference itself")


def _check_languages(infos: tuple[CapInfo, ...]) -> None:
    """Language tags (RFC 3066). Several info blocks may share one language: CAP 1.2 (3.2.2)
    allows it, e.g. one block per event or per area."""
    for number, info in enumerate(infos, 1):
        if not _LANGUAGE_RE.fullmatch(info.language):
            raise CapError(f"info[{number}]/language", f"{info.language!r} is not a language tag")


def _check_info(path: str, info: CapInfo) -> None:
    if not info.categories:
        raise CapError(f"{path}/category", "at least one category is required")
    for category in info.categories:
        _check_choice(f"{path}/category", category, CATEGORIES)
    for response_type in info.response_types:
        _check_choice(f"{path}/responseType", response_type, RESPONSE_TYPES)
    _check_choice(f"{path}/urgency", info.urgency, URGENCIES)
    _check_choice(f"{path}/severity", info.severity, SEVERITIES)
    _check_choice(f"{path}/certainty", info.certainty, CERTAINTIES)
    _check_plain_text(path, info)
    _check_times(path, info)
    _check_web(f"{path}/web", info.web)
    for number, area in enumerate(info.areas, 1):
        _check_area(f"{path}/area[{number}]", area)


def _check_plain_text(path: str, info: CapInfo) -> None:
    """CAP text is shown verbatim on sirens, phones and TVs: markup would be noise or worse."""
    if not info.event.strip():
        raise CapError(f"{path}/event", "must not be empty")
    for name in ("event", "headline", "description", "instruction"):
        if _MARKUP_RE.search(getattr(info, name)):
            raise CapError(f"{path}/{name}", "must be plain text, not HTML")


def _check_times(path: str, info: CapInfo) -> None:
    for name in ("effective", "onset", "expires"):
        if getattr(info, name) is not None:
            _offset_minutes(getattr(info, name), f"{path}/{name}")
    for name in ("effective", "onset"):
        start = getattr(info, name)
        if info.expires is not None and start is not None and info.expires <= start:
            raise CapError(f"{path}/expires", f"must be after {name}")


def _check_web(element: str, web: str) -> None:
    if not web:
        return
    try:
        parts = urlsplit(web)
        absolute = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        absolute = False
    if not absolute or any(char.isspace() for char in web):
        raise CapError(element, f"{web!r} is not an absolute http(s) URL")


def _check_area(path: str, area: CapArea) -> None:
    if not area.description.strip():
        raise CapError(f"{path}/areaDesc", "must not be empty")
    for number, ring in enumerate(area.polygons, 1):
        _check_polygon(f"{path}/polygon[{number}]", ring)
    for number, (lat, lon, radius) in enumerate(area.circles, 1):
        _check_point(f"{path}/circle[{number}]", lat, lon)
        if not (math.isfinite(radius) and radius >= 0):  # radius 0 marks a point
            raise CapError(f"{path}/circle[{number}]", f"radius {radius} km must not be negative")
    for number, (name, value) in enumerate(area.geocodes, 1):
        if not (name and value):
            raise CapError(f"{path}/geocode[{number}]", "needs both valueName and value")


def _check_polygon(element: str, ring: tuple[tuple[float, float], ...]) -> None:
    if len(ring) < 4:
        raise CapError(element, f"needs at least 4 points, got {len(ring)}")
    if ring[0] != ring[-1]:
        raise CapError(element, "must be closed: the first point must equal the last")
    for lat, lon in ring:
        _check_point(element, lat, lon)


def _check_point(element: str, lat: float, lon: float) -> None:
    """WGS-84 ranges; written so that NaN fails too."""
    if not -90 <= lat <= 90:
        raise CapError(element, f"latitude {lat} is outside [-90, 90]")
    if not -180 <= lon <= 180:
        raise CapError(element, f"longitude {lon} is outside [-180, 180]")
