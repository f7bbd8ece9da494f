"""Writing CAP 1.2: `to_xml()` checks, writes in schema order, then schema-validates."""

from datetime import datetime

# ElementTree is only used to *write* XML; all parsing goes through defusedxml (reader.py).
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from .messages import CAP_NS, CapAlert, CapArea, CapError, CapInfo, _tag, format_datetime
from .reader import validate_schema
from .rules import check


def to_xml(alert: CapAlert) -> bytes:
    """Check, write in schema order (empty optional elements omitted), then schema-validate.
    Beacon publishes to the public only: it never writes a Restricted or Private message."""
    check(alert)
    if alert.scope != "Public":
        raise CapError("scope", "Beacon writes only Public messages")
    root = Element(_tag("alert"))
    _add_all(root, _header_fields(alert))
    for info in alert.infos:
        _add_info(SubElement(root, _tag("info")), info)
    indent(root, space="  ")
    body = tostring(root, encoding="unicode", default_namespace=CAP_NS)
    document = f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()
    validate_schema(document)
    return document


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
        ],
    )
    for name, value in info.event_codes:
        _add_all(SubElement(parent, _tag("eventCode")), [("valueName", name), ("value", value)])
    _add_all(
        parent,
        [
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
