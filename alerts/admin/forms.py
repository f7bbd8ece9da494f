"""The drafting form: the region picker limited to the jurisdiction, the drawn area checked
(valid, within the limits, inside the jurisdiction) when the draft is saved, and a map that
draws into the polygons and circles fields (which stay editable as text)."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from alerts.area import MAX_POINTS, point_count, simplified
from alerts.jurisdiction import check_area, jurisdiction_map
from alerts.models.messages import is_circle, is_ring


def well_formed(shapes, test) -> list:
    """The shapes if they are a list each passing `test`, else none (the model names the error)."""
    return shapes if isinstance(shapes, list) and all(map(test, shapes)) else []


class AreaMap(forms.Textarea):
    """The polygons field as text, followed by a map of the jurisdiction that draws into it and
    into the circles field (site/static/js/area-map.js)."""

    template_name = "alerts/admin/area_map.html"

    class Media:
        css = {
            "all": [
                "vendor/leaflet-1.9.3/leaflet.css",
                "vendor/leaflet.draw-1.0.4/leaflet.draw.css",
                "css/area-map.css",
            ]
        }
        js = [
            "vendor/leaflet-1.9.3/leaflet.js",
            "vendor/leaflet.draw-1.0.4/leaflet.draw.js",
            "js/area-map.js",
        ]

    def __init__(self, *, authority, **kwargs):
        self.authority = authority
        super().__init__(**kwargs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["map_data_id"] = f"{attrs['id']}-map-data"
        context["map"] = {
            **jurisdiction_map(self.authority),
            "tiles": {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION},
            # The server's own refusals, so the map says the same as a save would.
            "polygon_outside": _("Polygon %(number)s reaches outside your jurisdiction."),
            "circle_outside": _("Circle %(number)s reaches outside your jurisdiction."),
        }
        return context


class AlertForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.simplification = ""
        authority = self.instance.authority
        if authority is not None:
            self.fields["regions"].queryset = authority.covered_regions()
            self.fields["polygons"].widget = AreaMap(authority=authority)

    def clean_polygons(self):
        """Refuse invalid or too many polygons; simplify them when they have too many points.
        Rings of the wrong shape are left for the model's own check to name."""
        polygons = self.cleaned_data["polygons"]
        if not well_formed(polygons, is_ring):
            return polygons
        result = simplified(polygons)
        if result is not polygons:
            self.simplification = _(
                "The drawn area had %(before)s points, more than the %(limit)s that phones "
                "accept: it was simplified to %(after)s points. Check it on the map."
            ) % {"before": point_count(polygons), "limit": MAX_POINTS, "after": point_count(result)}
        return result

    def clean(self):
        """The jurisdiction rule of `check_area`, with its refusal on the field it is about."""
        cleaned = super().clean()
        authority = self.instance.authority
        if authority is None:
            return cleaned
        area = {
            "polygons": well_formed(cleaned.get("polygons"), is_ring),
            "circles": well_formed(cleaned.get("circles"), is_circle),
        }
        for field in ("polygons", "circles"):
            try:
                check_area(
                    authority=authority,
                    regions=[],
                    **{"polygons": [], "circles": [], field: area[field]},
                )
            except ValidationError as error:
                self.add_error(field, error)
        return cleaned
