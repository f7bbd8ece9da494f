"""The drawn area's polygons: valid shapes within the limits receiving devices accept.

The limits are the UK Emergency Alerts ones (25 polygons, 6,000 points in all), so an area drawn
here can be relayed to cell broadcast as it is.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from shapely.geometry import Polygon

from alerts.jurisdiction import polygon_of

MAX_POLYGONS = 25
MAX_POINTS = 6000
# First simplification tolerance, in degrees (about 1 m); doubled until the points fit.
FIRST_TOLERANCE = 0.00001


def point_count(polygons: list) -> int:
    return sum(len(ring) for ring in polygons)


def valid_polygons(polygons: list) -> list[Polygon]:
    """The rings as shapely polygons; refuses too many polygons and self-crossing outlines."""
    if len(polygons) > MAX_POLYGONS:
        raise ValidationError(
            _("Draw at most %(limit)s polygons: this area has %(count)s.")
            % {"limit": MAX_POLYGONS, "count": len(polygons)}
        )
    shapes = []
    for number, ring in enumerate(polygons, start=1):
        shape = polygon_of(ring) if len({tuple(p) for p in ring}) >= 3 else None
        if shape is None or not shape.is_valid:
            raise ValidationError(
                _(
                    "Polygon %(number)s crosses itself or has fewer than three corners: "
                    "draw its outline without crossings."
                )
                % {"number": number}
            )
        shapes.append(shape)
    return shapes


def ring_of(shape: Polygon) -> list[list[float]]:
    """The outline of a shapely polygon as a closed CAP ring of [lat, lon] pairs."""
    return [[lat, lon] for lon, lat in shape.exterior.coords]


def simplified(polygons: list) -> list:
    """The polygons, simplified (keeping their topology) with a growing tolerance until they
    have at most MAX_POINTS points; unchanged when they already fit."""
    shapes = valid_polygons(polygons)
    tolerance = FIRST_TOLERANCE
    while point_count(polygons) > MAX_POINTS:
        polygons = [ring_of(shape.simplify(tolerance, preserve_topology=True)) for shape in shapes]
        tolerance *= 2
    return polygons
