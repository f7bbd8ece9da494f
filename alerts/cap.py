"""CAP 1.2 (OASIS Common Alerting Protocol): Beacon's only CAP codec.

Every CAP document Beacon writes or reads goes through this module, so the protocol rules live in
one place. It is pure: frozen dataclasses in, UTF-8 XML bytes out, and back; no database, no
Django. Writing runs `check()` (the CAP 1.2 section-3 rules the XSD cannot express) and then the
bundled XSD, so Beacon never publishes a document other CAP systems would reject. Reading refuses
DTDs and entities (defusedxml), validates against the XSD, then applies the same `check()`.

Every failure is a `CapError(element, problem)` naming the element: `check()` paths are always
indexed ("info[2]/area[1]/polygon[1]"), schema paths are xmlschema's ("info/urgency").
Coordinates are CAP's (lat, lon) order, not GeoJSON's (lon, lat).
"""

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

# ElementTree is only used to *write* XML; all parsing goes through defusedxml below.
from xml.etree.ElementTree import Element, SubElement, indent, tostring

import xmlschema
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "CAP-v1.2.xsd"

STATUSES = ("Actual", "Exercise", "System", "Test", "Draft")
MSG_TYPES = ("Alert", "Update", "Cancel", "Ack", "Error")
SCOPES = ("Public", "Restricted", "Private")
CATEGORIES = ("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport")
CATEGORIES += ("Infra", "CBRNE", "Other")
RESPONSE_TYPES = ("Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess")
RESPONSE_TYPES += ("AllClear", "None")
URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
SEVERITIES = ("Extreme", "Severe", "Moderate", "Minor", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")

_REFERENCING_TYPES = ("Update", "Cancel", "Ack", "Error")  # CAP: these act on earlier messages
_DATETIME_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", re.ASCII)
_TOKEN_RE = re.compile(r"[^\s,<&]+")
_LANGUAGE_RE = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", re.ASCII)
_MARKUP_RE = re.compile(r"<[A-Za-z/!?]")  # a tag, comment, doctype or processing instruction
_NAMESPACE_RE = re.compile(r"\{[^}]*\}")


class CapError(ValueError):
    """A CAP document or message that breaks CAP 1.2; names the element and the problem."""

    def __init__(self, element: str, problem: str):
        super().__init__(f"{element}: {problem}")
        self.element = element
        self.problem = problem

    def __reduce__(self):
        """Pickle with both arguments, so errors survive task queues."""
        return (type(self), (self.element, self.problem))


@dataclass(frozen=True)
class CapArea:
    description: str
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()  # each a closed ring of (lat, lon)
    circles: tuple[tuple[float, float, float], ...] = ()  # (lat, lon, radius_km)
    geocodes: tuple[tuple[str, str], ...] = ()  # (valueName, value)


@dataclass(frozen=True)
class CapInfo:
    language: str
    categories: tuple[str, ...]
    event: str
    urgency: str
    severity: str
    certainty: str
    response_types: tuple[str, ...] = ()
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""
    web: str = ""
    contact: str = ""
    areas: tuple[CapArea, ...] = ()


@dataclass(frozen=True)
class CapReference:
    sender: str
    identifier: str
    sent: datetime

    def as_text(self) -> str:
        """The `sender,identifier,sent` triple CAP uses inside <references>."""
        return f"{self.sender},{self.identifier},{format_datetime(self.sent)}"


@dataclass(frozen=True)
class CapAlert:
    identifier: str
    sender: str
    sent: datetime
    status: str
    msg_type: str
    scope: str = "Public"
    source: str = ""
    note: str = ""
    references: tuple[CapReference, ...] = ()
    incidents: tuple[str, ...] = ()
    infos: tuple[CapInfo, ...] = ()


# --- dates -------------------------------------------------------------------------------------


def _offset_minutes(value: datetime, element: str) -> int:
    """CAP times carry an explicit offset in whole minutes; anything else cannot be written."""
    offset = value.utcoffset()
    if offset is None:
        raise CapError(element, "must be timezone-aware")
    if offset % timedelta(minutes=1):
        raise CapError(element, "UTC offset must be a whole number of minutes")
    return int(offset.total_seconds()) // 60


def format_datetime(value: datetime) -> str:
    """CAP date-time: no fractional seconds (they are dropped), UTC written as -00:00."""
    minutes = _offset_minutes(value, "datetime")
    sign = "+" if minutes > 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{value.isoformat(timespec='seconds')[:19]}{sign}{hours:02d}:{minutes:02d}"


def parse_datetime(text: str, element: str) -> datetime:
    """Strict CAP date-time: the schema's pattern, so no "Z" and no fractional seconds."""
    if not _DATETIME_RE.fullmatch(text):
        raise CapError(element, f"expected YYYY-MM-DDThh:mm:ss±hh:mm, got {text!r}")
    try:
        return datetime.fromisoformat(text)
    except ValueError as error:
        raise CapError(element, f"invalid date-time {text!r}: {error}") from error


# --- section-3 rules ---------------------------------------------------------------------------


def check(alert: CapAlert) -> None:
    """Enforce the CAP 1.2 rules the XSD cannot express (and the enumerations, for early errors)."""
    _check_token("identifier", alert.identifier)
    _check_token("sender", alert.sender)
    _offset_minutes(alert.sent, "sent")
    _check_choice("status", alert.status, STATUSES)
    _check_choice("msgType", alert.msg_type, MSG_TYPES)
    _check_choice("scope", alert.scope, SCOPES)
    if alert.scope != "Public":
        raise CapError("scope", "only Public alerts are supported")
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
    """One info block per language, so receivers can pick theirs unambiguously."""
    seen = set()
    for number, info in enumerate(infos, 1):
        element = f"info[{number}]/language"
        if not _LANGUAGE_RE.fullmatch(info.language):
            raise CapError(element, f"{info.language!r} is not a language tag")
        if info.language.casefold() in seen:
            raise CapError(element, f"duplicate language {info.language!r}")
        seen.add(info.language.casefold())


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
        if not (math.isfinite(radius) and radius > 0):
            raise CapError(f"{path}/circle[{number}]", f"radius {radius} km must be positive")
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


# --- writing -----------------------------------------------------------------------------------


def to_xml(alert: CapAlert) -> bytes:
    """Check, write in schema order (empty optional elements omitted), then schema-validate."""
    check(alert)
    root = Element(_tag("alert"))
    _add_all(root, _header_fields(alert))
    for info in alert.infos:
        _add_info(SubElement(root, _tag("info")), info)
    indent(root, space="  ")
    body = tostring(root, encoding="unicode", default_namespace=CAP_NS)
    document = f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()
    validate_schema(document)
    return document


def _tag(name: str) -> str:
    return f"{{{CAP_NS}}}{name}"


def _add_all(parent: Element, fields: list[tuple[str, str]]) -> None:
    """Append `<name>text</name>` children in order; empty values are omitted.

    Line ends are written as LF: XML parsers turn CR LF into LF anyway, and writing them already
    normalised keeps export -> parse -> export byte-identical for text typed into web forms.
    """
    for name, text in fields:
        if text:
            SubElement(parent, _tag(name)).text = text.replace("\r\n", "\n").replace("\r", "\n")


def _header_fields(alert: CapAlert) -> list[tuple[str, str]]:
    return [
        ("identifier", alert.identifier),
        ("sender", alert.sender),
        ("sent", format_datetime(alert.sent)),
        ("status", alert.status),
        ("msgType", alert.msg_type),
        ("source", alert.source),
        ("scope", alert.scope),
        ("note", alert.note),
        ("references", " ".join(reference.as_text() for reference in alert.references)),
        ("incidents", " ".join(alert.incidents)),
    ]


def _add_info(parent: Element, info: CapInfo) -> None:
    _add_all(
        parent,
        [
            ("language", info.language),
            *[("category", category) for category in info.categories],
            ("event", info.event),
            *[("responseType", response) for response in info.response_types],
            ("urgency", info.urgency),
            ("severity", info.severity),
            ("certainty", info.certainty),
            ("effective", _format_optional(info.effective)),
            ("onset", _format_optional(info.onset)),
            ("expires", _format_optional(info.expires)),
            ("senderName", info.sender_name),
            ("headline", info.headline),
            ("description", info.description),
            ("instruction", info.instruction),
            ("web", info.web),
            ("contact", info.contact),
        ],
    )
    for area in info.areas:
        _add_area(SubElement(parent, _tag("area")), area)


def _format_optional(value: datetime | None) -> str:
    return "" if value is None else format_datetime(value)


def _add_area(parent: Element, area: CapArea) -> None:
    _add_all(parent, [("areaDesc", area.description)])
    for ring in area.polygons:
        _add_all(parent, [("polygon", " ".join(_format_point(lat, lon) for lat, lon in ring))])
    for lat, lon, radius in area.circles:
        _add_all(parent, [("circle", f"{_format_point(lat, lon)} {_format_number(radius)}")])
    for name, value in area.geocodes:
        _add_all(SubElement(parent, _tag("geocode")), [("valueName", name), ("value", value)])


def _format_point(lat: float, lon: float) -> str:
    return f"{_format_number(lat)},{_format_number(lon)}"


def _format_number(value: float) -> str:
    """At most 6 decimals (about 10 cm), without needless trailing zeros."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# --- reading -----------------------------------------------------------------------------------


def parse(document: bytes) -> CapAlert:
    """Read a CAP 1.2 document from anyone: safe XML, then the schema, then `check()`."""
    root = _parse_tree(document)
    _validate_tree(root)
    alert = _read_alert(root)
    check(alert)
    return alert


def validate_schema(document: bytes) -> None:
    """Validate against the bundled CAP 1.2 XSD; CapError names the failing element."""
    _validate_tree(_parse_tree(document))


@functools.cache
def _schema() -> xmlschema.XMLSchema:
    """The XSD takes a while to compile: load it once, on first use."""
    return xmlschema.XMLSchema(SCHEMA_PATH)


def _parse_tree(document: bytes) -> Element:
    """DTDs and entities have no place in CAP and enable entity-expansion and XXE attacks."""
    try:
        return fromstring(document, forbid_dtd=True)
    except DefusedXmlException as error:
        raise CapError("alert", f"DTD/entity not allowed ({type(error).__name__})") from error
    except ParseError as error:
        raise CapError("alert", f"not well-formed XML: {error}") from error


def _validate_tree(root: Element) -> None:
    if root.tag != _tag("alert"):
        raise CapError("alert", f"root element must be <alert> in namespace {CAP_NS}")
    error = next(_schema().iter_errors(root), None)
    if error is not None:
        steps = _NAMESPACE_RE.sub("", error.path or "").strip("/").split("/")
        raise CapError("/".join(steps[1:]) or "alert", error.reason or error.message)


def _text(parent: Element, name: str) -> str:
    child = parent.find(_tag(name))
    return "" if child is None else child.text or ""


def _texts(parent: Element, name: str) -> tuple[str, ...]:
    return tuple(child.text or "" for child in parent.findall(_tag(name)))


def _read_each(parent: Element, name: str, prefix: str, read: Callable) -> tuple:
    """Read every `name` child, passing its 1-based path (e.g. "info[1]/area[2]") for errors."""
    children = enumerate(parent.findall(_tag(name)), 1)
    return tuple(read(child, f"{prefix}{name}[{number}]") for number, child in children)


def _read_alert(root: Element) -> CapAlert:
    return CapAlert(
        identifier=_text(root, "identifier"),
        sender=_text(root, "sender"),
        sent=parse_datetime(_text(root, "sent").strip(), "sent"),
        status=_text(root, "status"),
        msg_type=_text(root, "msgType"),
        scope=_text(root, "scope"),
        source=_text(root, "source"),
        note=_text(root, "note"),
        references=tuple(_read_reference(text) for text in _text(root, "references").split()),
        incidents=tuple(_text(root, "incidents").split()),
        infos=_read_each(root, "info", "", _read_info),
    )


def _read_reference(text: str) -> CapReference:
    parts = text.split(",")
    if len(parts) != 3:
        raise CapError("references", f"expected sender,identifier,sent, got {text!r}")
    return CapReference(parts[0], parts[1], parse_datetime(parts[2], "references"))


def _read_info(info: Element, path: str) -> CapInfo:
    return CapInfo(
        language=_text(info, "language").strip() or "en-US",  # CAP's default
        categories=_texts(info, "category"),
        event=_text(info, "event"),
        response_types=_texts(info, "responseType"),
        urgency=_text(info, "urgency"),
        severity=_text(info, "severity"),
        certainty=_text(info, "certainty"),
        effective=_read_optional_datetime(info, "effective", path),
        onset=_read_optional_datetime(info, "onset", path),
        expires=_read_optional_datetime(info, "expires", path),
        sender_name=_text(info, "senderName"),
        headline=_text(info, "headline"),
        description=_text(info, "description"),
        instruction=_text(info, "instruction"),
        web=_text(info, "web").strip(),
        contact=_text(info, "contact"),
        areas=_read_each(info, "area", f"{path}/", _read_area),
    )


def _read_optional_datetime(parent: Element, name: str, path: str) -> datetime | None:
    text = _text(parent, name).strip()
    return parse_datetime(text, f"{path}/{name}") if text else None


def _read_area(area: Element, path: str) -> CapArea:
    return CapArea(
        description=_text(area, "areaDesc"),
        polygons=_read_each(area, "polygon", f"{path}/", _read_polygon),
        circles=_read_each(area, "circle", f"{path}/", _read_circle),
        geocodes=_read_each(area, "geocode", f"{path}/", _read_geocode),
    )


def _read_polygon(polygon: Element, path: str) -> tuple[tuple[float, float], ...]:
    try:
        return tuple(_read_point(pair) for pair in (polygon.text or "").split())
    except ValueError:
        raise CapError(path, f"expected 'lat,lon' pairs, got {polygon.text!r}") from None


def _read_circle(circle: Element, path: str) -> tuple[float, float, float]:
    try:
        point, radius = (circle.text or "").split()
        return (*_read_point(point), float(radius))
    except ValueError:
        raise CapError(path, f"expected 'lat,lon radius', got {circle.text!r}") from None


def _read_point(text: str) -> tuple[float, float]:
    lat, lon = (float(part) for part in text.split(","))
    return lat, lon


def _read_geocode(geocode: Element, path: str) -> tuple[str, str]:
    return _text(geocode, "valueName"), _text(geocode, "value")
