"""Codes of common CAP geocode profiles that name Beacon regions."""

from django.db import models

from .regions import Region


class GeocodeMappingQuerySet(models.QuerySet):
    def region_ids(self, keys: set[tuple[str, str]]) -> list[int]:
        """Ids of the regions named by any of the (scheme, code) keys (see alerts/geocodes.py)."""
        query = models.Q()
        for scheme, code in keys:
            query |= models.Q(scheme=scheme, code=code)
        if not keys:
            return []
        return list(self.filter(query).values_list("region_id", flat=True).distinct())


class GeocodeMapping(models.Model):
    """A geocode (scheme and code, stored in the normal form of alerts/geocodes.py) that an
    upstream CAP message may use to name a region; loaded by `manage.py load_geocodes`."""

    scheme = models.CharField(max_length=32)
    code = models.CharField(max_length=32)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="geocodes")

    objects = GeocodeMappingQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "code", "region"], name="one_mapping_per_code_and_region"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scheme} {self.code} → {self.region.code}"
