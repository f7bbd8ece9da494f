"""Import regions from a GeoJSON FeatureCollection (real deployments, and the demo's Riverland)."""

import json
from zoneinfo import available_timezones

from django.db import transaction
from shapely.errors import GEOSException
from shapely.geometry import shape

from alerts.models import Region

POLYGON_TYPES = {"Polygon", "MultiPolygon"}


class RegionImportError(ValueError):
    """A feature that cannot be imported; the message names the feature."""


def feature_label(number: int, feature: dict) -> str:
    code = (feature.get("properties") or {}).get("code")
    return f"feature {number}" + (f" ({code})" if code else "")


def checked_feature(number: int, feature: dict) -> dict:
    """The values to store for one feature, or RegionImportError naming it and the problem."""
    label = feature_label(number, feature)
    properties = feature.get("properties") or {}
    for key in ("code", "name"):
        if not str(properties.get(key, "")).strip():
            raise RegionImportError(f"{label}: property '{key}' is missing")
    geometry = feature.get("geometry")
    if geometry is not None:
        if geometry.get("type") not in POLYGON_TYPES:
            raise RegionImportError(f"{label}: geometry must be a Polygon or MultiPolygon")
        try:
            valid = shape(geometry).is_valid
        except (GEOSException, ValueError, TypeError, IndexError) as exc:
            raise RegionImportError(f"{label}: unreadable geometry ({exc})") from exc
        if not valid:
            raise RegionImportError(
                f"{label}: geometry is not a valid polygon (self-intersecting?)"
            )
    zone = str(properties.get("time_zone") or "").strip()
    if zone and zone not in available_timezones():
        raise RegionImportError(f"{label}: unknown time zone '{zone[:64]}'")
    return {
        "code": str(properties["code"]).strip(),
        "time_zone": zone,
        "name": str(properties["name"]).strip(),
        "parent": str(properties.get("parent") or "").strip(),
        "scheme": str(properties.get("scheme") or "ISO3166-2").strip(),
        "boundary": geometry,
    }


@transaction.atomic
def import_regions(text: str) -> int:
    """Create or update every region of the collection; all or nothing. Parents may come later in
    the file than their children. Returns the number of regions imported."""
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegionImportError(f"not JSON: {exc}") from exc
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise RegionImportError("the file must hold a GeoJSON FeatureCollection")
    rows = [checked_feature(n, f) for n, f in enumerate(collection.get("features", []), start=1)]
    for row in rows:
        Region.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "geocode_scheme": row["scheme"],
                "boundary": row["boundary"],
                "time_zone": row["time_zone"],
            },
        )
    for row in rows:
        if row["parent"]:
            parent = Region.objects.filter(code=row["parent"]).first()
            if parent is None:
                raise RegionImportError(f"region {row['code']}: unknown parent {row['parent']}")
            Region.objects.filter(code=row["code"]).update(parent=parent)
    return len(rows)
