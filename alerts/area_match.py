"""Which regions an upstream message's area reaches: by geocode, or by its shapes.

Local messages name their regions; an upstream one names places in its sender's codes, or only
draws polygons and circles. A region is reached when one of its codes is named (its own code,
or a code of the geocode mapping table) or when a shape overlaps its boundary (a shape that
only touches the border does not count; a circle of radius 0 is a point inside it).
"""

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import make_valid

from alerts.geocodes import keys
from alerts.jurisdiction import circle_of, polygon_of
from alerts.models import GeocodeMapping, Region


def regions_for_geocodes(geocodes: list[tuple[str, str]]) -> list[int]:
    """Ids of the regions whose code is one of the geocode values, or that the geocode mapping
    table maps one of the geocodes to (alerts/geocodes.py)."""
    values = {value.strip() for _name, value in geocodes if value.strip()}
    direct = Region.objects.filter(code__in=values).values_list("pk", flat=True)
    return [*direct, *GeocodeMapping.objects.region_ids(keys(geocodes))]


def regions_touched(*, polygons: list, circles: list) -> list[int]:
    """Ids of the smallest regions whose boundary the polygons or circles overlap: a county
    whose town is overlapped is left out, as its followers are reached through the town (an
    alert reaches a region's ancestors and descendants), and naming the county would reach
    every other town in it too."""
    area = shapes_of(polygons, circles)
    if area is None:
        return []
    regions = Region.objects.exclude(boundary__isnull=True).only("pk", "parent_id", "boundary")
    touched = {r.pk: r.parent_id for r in regions if overlaps(area, make_valid(r.geometry))}
    return [pk for pk in touched if not has_descendant_in(touched, pk)]


def has_descendant_in(parents: dict[int, int | None], pk: int) -> bool:
    """Whether a region of `parents` (region id: parent id) lies below `pk`."""
    for child in parents:
        parent = parents[child]
        while parent in parents:
            if parent == pk:
                return True
            parent = parents[parent]
    return False


def shapes_of(polygons: list, circles: list) -> BaseGeometry | None:
    shapes = [make_valid(polygon_of(ring)) for ring in polygons if len(ring) >= 4]
    shapes += [circle_of(lat, lon, radius) for lat, lon, radius in circles]
    return unary_union(shapes) if shapes else None


def overlaps(area: BaseGeometry, boundary: BaseGeometry) -> bool:
    return area.intersects(boundary) and not area.touches(boundary)
