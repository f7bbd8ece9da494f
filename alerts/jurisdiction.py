"""Is an alert's area inside the authority's jurisdiction? Geometry with shapely."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from shapely.geometry import Point, Polygon, mapping
from shapely.ops import unary_union

# About 100 m of tolerance, so a polygon drawn along the border is not refused for rounding.
BORDER_TOLERANCE_DEGREES = 0.001
KM_PER_DEGREE = 111.32


def polygon_of(ring: list[list[float]]) -> Polygon:
    """A CAP ring of [lat, lon] pairs as a shapely polygon in (x=lon, y=lat)."""
    return Polygon([(lon, lat) for lat, lon in ring])


def circle_of(lat: float, lon: float, radius_km: float):
    """A CAP circle as a shapely shape; radius 0 is the point itself (an empty buffer would
    cover nothing)."""
    if radius_km == 0:
        return Point(lon, lat)
    return Point(lon, lat).buffer(radius_km / KM_PER_DEGREE)


def check_area(*, authority, regions, polygons, circles) -> None:
    """Refuse any region, polygon or circle outside the authority's jurisdiction, naming it."""
    allowed = authority.covered_regions()
    outside = [region for region in regions if region not in allowed]
    if outside:
        raise ValidationError(
            _("%(region)s is outside the jurisdiction of %(authority)s.")
            % {"region": outside[0], "authority": authority}
        )
    shapes = [r.geometry for r in authority.jurisdiction.all() if r.geometry is not None]
    if not (polygons or circles):
        return
    if not shapes:
        raise ValidationError(_("Your jurisdiction has no boundaries: choose regions instead."))
    territory = unary_union(shapes).buffer(BORDER_TOLERANCE_DEGREES)
    for number, ring in enumerate(polygons, start=1):
        if not polygon_of(ring).within(territory):
            raise ValidationError(
                _("Polygon %(number)s reaches outside your jurisdiction.") % {"number": number}
            )
    for number, (lat, lon, radius) in enumerate(circles, start=1):
        if not circle_of(lat, lon, radius).within(territory):
            raise ValidationError(
                _("Circle %(number)s reaches outside your jurisdiction.") % {"number": number}
            )


def jurisdiction_map(authority) -> dict:
    """What the drafting map draws: the outlines of the authority's regions and of its whole
    jurisdiction, as GeoJSON (no tile server needed)."""
    regions = authority.covered_regions().exclude(boundary__isnull=True)
    shapes = [r.geometry for r in authority.jurisdiction.all() if r.geometry is not None]
    return {
        "regions": {
            "type": "FeatureCollection",
            "features": [
                {"type": "Feature", "properties": {"name": str(r)}, "geometry": r.boundary}
                for r in regions
            ],
        },
        "jurisdiction": mapping(unary_union(shapes)) if shapes else None,
    }
