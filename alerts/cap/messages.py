"""CAP 1.2 messages: frozen dataclasses, CapError, the enumerations and CAP date-times."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"

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

_DATETIME_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", re.ASCII)


class CapError(ValueError):
    """A CAP document or message that breaks CAP 1.2; names the element and the problem."""

    def __init__(self, element: str, problem: str):
        super().__init__(f"{element}: {problem}")
        self.element = element
        self.problem = problem

    def __reduce__(self):
        """Pickle with both arguments, so errors survive task queues."""
        return (type(self), (self.element, self.problem))


class CapUnsupported(Exception):
    """A valid CAP document that Beacon cannot represent (e.g. a Restricted message, or no info
    block in a language Beacon speaks); `what` says what, for the importer's report."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what

    def __reduce__(self):
        return (type(self), (self.what,))


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
    event_codes: tuple[tuple[str, str], ...] = ()  # (valueName, value)
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
    restriction: str = ""  # who may see a Restricted message
    addresses: str = ""  # the recipients of a Private message
    source: str = ""
    note: str = ""
    references: tuple[CapReference, ...] = ()
    incidents: tuple[str, ...] = ()
    infos: tuple[CapInfo, ...] = ()
    version: str = "1.2"  # the CAP version the document was written in (read as CAP 1.2)


def _tag(name: str) -> str:
    return f"{{{CAP_NS}}}{name}"


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
