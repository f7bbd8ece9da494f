"""Reading CAP: `parse()` and `validate_schema()` (safe XML, the bundled XSD, `check()`).

CAP 1.1 and 1.0 documents are validated against their own schema and read as CAP 1.2
(versions.py); one that has no CAP 1.2 form is `CapUnsupported`, raised only after its own
schema passed, so an invalid document is always reported as invalid.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

# Element is only used in annotations here; all parsing goes through defusedxml below.
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from .messages import (
    CapAlert,
    CapArea,
    CapError,
    CapInfo,
    CapReference,
    CapUnsupported,
    _tag,
    parse_datetime,
)
from .rules import check
from .versions import SCHEMAS, check_schema, upgrade

SCHEMA_PATH = SCHEMAS / "CAP-v1.2.xsd"


def parse(document: bytes) -> CapAlert:
    """Read a CAP 1.2, 1.1 or 1.0 document from anyone: safe XML, the schema, then `check()`.
    CapUnsupported: a valid older document that has no CAP 1.2 form."""
    root = _parse_tree(document)
    version = upgrade(root)
    try:
        check_schema(root, "1.2")
        alert = replace(_read_alert(root), version=version)
        check(alert)
    except CapError as error:
        if version == "1.2":
            raise
        raise CapUnsupported(f"this CAP {version} message has no CAP 1.2 form: {error}") from error
    return alert


def validate_schema(document: bytes) -> None:
    """Validate against the bundled CAP 1.2 XSD; CapError names the failing element."""
    check_schema(_parse_tree(document), "1.2")


def _parse_tree(document: bytes) -> Element:
    """DTDs and entities have no place in CAP and enable entity-expansion and XXE attacks."""
    try:
        return fromstring(document, forbid_dtd=True)
    except DefusedXmlException as error:
        raise CapError("alert", f"DTD/entity not allowed ({type(error).__name__})") from error
    except ParseError as error:
        raise CapError("alert", f"not well-formed XML: {error}") from error
    except (LookupError, ValueError) as error:  # an unknown or multi-byte declared encoding
        raise CapError("alert", f"unreadable XML: {error}") from error


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
        restriction=_text(root, "restriction"),
        addresses=_text(root, "addresses"),
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
        event_codes=_read_each(info, "eventCode", f"{path}/", _read_geocode),
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
    """A valueName/value pair: a geocode, or an info's eventCode."""
    return _text(geocode, "valueName"), _text(geocode, "value")
