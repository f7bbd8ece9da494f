"""Regions: the places alerts target and citizens subscribe to."""

from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from core.l10n import time_zone_choices


class RegionQuerySet(models.QuerySet):
    def with_descendants(self) -> "RegionQuerySet":
        """These regions and every region below them (the tree is shallow: a few levels)."""
        found = set(self.values_list("pk", flat=True))
        frontier = found
        while frontier:
            frontier = (
                set(Region.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - found
            )
            found |= frontier
        return Region.objects.filter(pk__in=found)

    def with_relatives(self) -> "RegionQuerySet":
        """These regions, their ancestors and their descendants: whoever follows any of them is
        concerned by an alert on these regions."""
        ancestors = set()
        for region in self.select_related("parent"):
            while region is not None:
                ancestors.add(region.pk)
                region = region.parent
        return Region.objects.filter(
            pk__in=ancestors | set(self.with_descendants().values_list("pk", flat=True))
        )


class Region(models.Model):
    code = models.CharField(
        _("code"),
        max_length=32,
        unique=True,
        help_text=_("A stable geocode, e.g. an ISO 3166-2 code or a national municipality code."),
    )
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    geocode_scheme = models.CharField(
        _("geocode scheme"),
        max_length=32,
        default="ISO3166-2",
        help_text=_("The CAP geocode valueName for this code."),
    )
    boundary = models.JSONField(
        _("boundary"), null=True, blank=True, help_text=_("A GeoJSON Polygon or MultiPolygon.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        choices=time_zone_choices,
        help_text=_("Times of alerts here are shown in this zone; empty: the parent region's."),
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    @property
    def effective_time_zone(self) -> str:
        region = self
        while region is not None and not region.time_zone:
            region = region.parent
        return region.time_zone if region is not None else settings.TIME_ZONE

    @cached_property
    def geometry(self) -> BaseGeometry | None:
        return shape(self.boundary) if self.boundary else None
