"""The content of a message as one canonical JSON document, and its SHA-256.

An event stores both when a message changes state, so the history shows exactly what was
submitted and approved, and a later change of a published message (which the models refuse)
would show as a hash that no event recorded.
"""

import hashlib
import json

from alerts.cap.mapping import INFO_TEXT_FIELDS
from alerts.models import Alert

MESSAGE_FIELDS = ["identifier", "sender", "status", "msg_type", "scope", "note", "incidents"]


def plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def content_of(alert: Alert) -> tuple[dict, str]:
    """(content, hex digest): the fields citizens and partners receive, in a stable order."""
    infos = sorted(alert.infos.all(), key=lambda info: info.language)
    content = {
        **{field: getattr(alert, field) for field in MESSAGE_FIELDS},
        "area": {
            "description": alert.area_description,
            "regions": sorted(region.code for region in alert.regions.all()),
            "polygons": alert.polygons,
            "circles": alert.circles,
        },
        "references": sorted(f"{ref.sender},{ref.identifier}" for ref in alert.references.all())
        if alert.pk
        else [],
        "infos": [
            {
                "language": info.language,
                "category": info.category,
                "response_type": info.response_type,
                **{field: plain(getattr(info, field)) for field in INFO_TEXT_FIELDS},
            }
            for info in infos
        ],
    }
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return content, hashlib.sha256(encoded.encode()).hexdigest()
