"""Forms of the drafting screens.

The drafting form chooses urgency, severity and certainty once for the whole message and writes
them into the text of every language (CAP repeats them in each info block); it offers only the
regions of the jurisdiction, checks the drawn area when the draft is saved (valid, within the
limits, inside the jurisdiction) and shows a map that draws into the polygons and circles fields
(which stay editable as text). The "New from template" form chooses which template, for which
regions, from what time."""

from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from alerts.admin.draw_labels import draw_labels
from alerts.area import MAX_POINTS, point_count, simplified
from alerts.jurisdiction import check_area, jurisdiction_map
from alerts.models import AlertInfo, AlertTemplate, Authority, Region
from alerts.models.area import is_circle, is_ring

SHARED_INFO_FIELDS = ["urgency", "severity", "certainty"]


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
            "draw_labels": draw_labels(),
        }
        return context


class AlertForm(WagtailAdminModelForm):
    urgency = AlertInfo._meta.get_field("urgency").formfield()
    severity = AlertInfo._meta.get_field("severity").formfield()
    certainty = AlertInfo._meta.get_field("certainty").formfield()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Also an unsaved draft started from a template, whose texts carry the template's values.
        first = next(iter(self.instance.infos.all()), None)
        for field in SHARED_INFO_FIELDS:
            if first is not None:
                self.initial.setdefault(field, getattr(first, field))
        self.simplification = ""
        authority = self.instance.authority
        if authority is not None:
            self.fields["regions"].queryset = authority.covered_regions()
            self.fields["polygons"].widget = AreaMap(authority=authority)

    def save(self, commit=True):
        """The shared choices go to every language's text, also to those whose own fields were
        left as they were: the formset hands back only the forms that changed."""
        alert = super().save(commit=False)
        for info in alert.infos.all():
            for field in SHARED_INFO_FIELDS:
                setattr(info, field, self.cleaned_data[field])
        if commit:
            alert.save()
            self.save_m2m()
        return alert

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


def authored_authorities(user):
    """The authorities the user writes alerts for: their templates can start an alert."""
    return Authority.objects.filter(members__user=user, members__can_author=True)


class FromTemplateForm(forms.Form):
    template = forms.ModelChoiceField(
        label=gettext_lazy("Template"), queryset=AlertTemplate.objects.none(), empty_label=None
    )
    regions = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Regions"),
        queryset=Region.objects.none(),
        required=False,
        help_text=gettext_lazy(
            "Their names replace {place}; without regions, {place} stays for you to fill."
        ),
    )
    when = forms.DateTimeField(
        label=gettext_lazy("Time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=gettext_lazy(
            "In the regions' local time; replaces {time}. Leave empty to write it later."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        authorities = authored_authorities(user)
        self.fields["template"].queryset = AlertTemplate.objects.filter(
            authority__in=authorities
        ).select_related("authority")
        self.fields["regions"].queryset = Region.objects.filter(
            pk__in=Region.objects.filter(authorities__in=authorities).with_descendants()
        )

    def clean(self):
        """The time typed is wall-clock time where the alert applies: that of its first region."""
        cleaned = super().clean()
        when, regions = cleaned.get("when"), cleaned.get("regions")
        if when and regions:
            zone = ZoneInfo(regions[0].effective_time_zone)
            cleaned["when"] = when.replace(tzinfo=None).replace(tzinfo=zone)
        return cleaned
