"""CAP 1.2 (OASIS Common Alerting Protocol): Beacon's only CAP codec.

Every CAP document Beacon writes or reads goes through this package, so the protocol rules live in
one place. The codec (messages, reader, writer, rules) is pure: frozen dataclasses in, UTF-8 XML
bytes out, and back; no database, no Django. Beside it, mapping.py turns alert rows into CAP
messages and back, and ingest.py imports documents and upstream feeds through the actions.

Writing runs `check()` (the CAP 1.2 section-3 rules the XSD cannot express) and then the
bundled XSD, so Beacon never publishes a document other CAP systems would reject. Reading refuses
DTDs and entities (defusedxml), validates against the XSD, then applies the same `check()`.

Every failure is a `CapError(element, problem)` naming the element: `check()` paths are always
indexed ("info[2]/area[1]/polygon[1]"), schema paths are xmlschema's ("info/urgency").
Coordinates are CAP's (lat, lon) order, not GeoJSON's (lon, lat).
"""

from .messages import (
    CAP_NS,
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
    CapReference,
    CapUnsupported,
    format_datetime,
    parse_datetime,
)
from .reader import SCHEMA_PATH, parse, validate_schema
from .rules import check
from .writer import to_xml

__all__ = [
    "CAP_NS",
    "CATEGORIES",
    "CERTAINTIES",
    "MSG_TYPES",
    "RESPONSE_TYPES",
    "SCHEMA_PATH",
    "SCOPES",
    "SEVERITIES",
    "STATUSES",
    "URGENCIES",
    "CapAlert",
    "CapArea",
    "CapError",
    "CapInfo",
    "CapReference",
    "CapUnsupported",
    "check",
    "format_datetime",
    "parse",
    "parse_datetime",
    "to_xml",
    "validate_schema",
]
