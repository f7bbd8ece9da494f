"""The shape of a drawn area, as messages and the drafting form check it: polygons as
lists of [latitude, longitude] points, circles as [latitude, longitude, radius in km]."""

import math


def as_list(value) -> list:
    """The value if it is a list, else a list whose one item fails every check."""
    return value if isinstance(value, list) else [None]


def _numbers(values, count: int) -> bool:
    return (
        isinstance(values, list)
        and len(values) == count
        and all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
            for v in values
        )
    )


def _on_earth(lat, lon) -> bool:
    return -90 <= lat <= 90 and -180 <= lon <= 180


def is_ring(ring) -> bool:
    return isinstance(ring, list) and all(
        _numbers(point, 2) and _on_earth(*point) for point in ring
    )


def is_circle(circle) -> bool:
    """CAP allows radius 0: a point."""
    return _numbers(circle, 3) and _on_earth(circle[0], circle[1]) and circle[2] >= 0
