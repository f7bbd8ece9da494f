"""The readiness dashboard in the Wagtail admin: an authority's staff see its jurisdiction."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from alerts.admin.views import authorities_of
from readiness.dashboard import dashboard_context
from readiness.figures import readiness_figures
from readiness.selfcheck_figures import region_level_places
from readiness.services import region_level


def jurisdiction_places(authority) -> list:
    """The region-level places the authority's jurisdiction lies in (all of them for an
    authority of the whole country): self-checks are counted at that level only."""
    places = {region_level(region) for region in authority.jurisdiction.all()}
    if None in places:
        return region_level_places()
    return sorted(places, key=lambda region: region.name)


def readiness_dashboard(request):
    """Open to the staff of an authority (and superusers): one of their authorities at a time."""
    authorities = authorities_of(request.user).order_by("name")
    if not authorities.exists():
        raise PermissionDenied
    chosen = request.GET.get("authority")
    authority = (
        get_object_or_404(authorities, pk=chosen)
        if chosen and chosen.isdigit()
        else authorities.first()
    )
    places = jurisdiction_places(authority)
    context = dashboard_context(readiness_figures(places=places), scope_name=authority.name)
    context.update(authority=authority, authorities=authorities, places=places)
    return TemplateResponse(request, "readiness/admin/dashboard.html", context)
