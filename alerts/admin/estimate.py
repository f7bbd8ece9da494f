"""The reach estimate of the drafting form, asked for again as the area changes.

Who may use it: members of any authority (and superusers); everyone else gets 403. It reads no
message, only counts for an area, so it is not scoped to one authority.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods
from wagtail.admin.panels import Panel

from alerts.delivery.reach import reach
from alerts.models import Region
from alerts.models.area import is_circle, is_ring
from alerts.models.codes import Severity
from core import json_input

MAX_REGIONS = 200


def shapes(params, name: str, is_shape) -> list:
    """A JSON list of polygons or circles from `params`, empty when absent."""
    text = params.get(name, "").strip()
    if not text:
        return []
    try:
        value = json_input.loads(text)
    except json_input.BadJSON as error:
        raise ValidationError(f"{name}: {error}") from None
    if not isinstance(value, list) or not all(is_shape(item) for item in value):
        raise ValidationError(f"{name}: not a list of {name}")
    return value


def region_set(params):
    """The regions named by id (the drafting form's values), all of which must exist."""
    values = [v for item in params.getlist("regions") for v in item.split(",") if v.strip()]
    if len(values) > MAX_REGIONS:
        raise ValidationError("regions: too many")
    if not all(value.strip().isdigit() for value in values):
        raise ValidationError("regions: ids must be whole numbers")
    ids = {int(value) for value in values}
    found = set(Region.objects.filter(pk__in=ids).values_list("pk", flat=True))
    if ids - found:
        raise ValidationError("unknown regions: " + " ".join(map(str, sorted(ids - found)[:10])))
    return Region.objects.filter(pk__in=ids)


def chosen(params, name: str, allowed: set[str]) -> list[str]:
    values = [value for value in params.getlist(name) if value]
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValidationError(f"unknown {name}: {unknown[0][:32]}")
    return values


@require_http_methods(["GET", "POST"])
def reach_estimate(request):
    """JSON: the devices and open pages the area reaches, per language (see delivery.reach)."""
    user = request.user
    if not (user.is_superuser or user.authority_memberships.exists()):
        return JsonResponse({"error": "only members of an authority"}, status=403)
    params = request.POST if request.method == "POST" else request.GET
    try:
        estimate = reach(
            regions=region_set(params),
            polygons=shapes(params, "polygons", is_ring),
            circles=shapes(params, "circles", is_circle),
            severities=chosen(params, "severity", set(Severity.values)),
            languages=set(chosen(params, "languages", {c for c, _n in settings.LANGUAGES})),
        )
    except ValidationError as error:
        return JsonResponse({"error": error.messages[0]}, status=400)
    return JsonResponse(estimate.as_json())


class ReachPanel(Panel):
    """Under the area fields: the estimate, fetched again as the area, severity or languages
    change (site/static/js/reach-estimate.js)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "alerts/admin/reach_panel.html"

        @property
        def media(self):
            return forms.Media(js=["js/reach-estimate.js"])
