"""Public alert pages (under the language prefix) and machine interfaces (CAP XML, JSON)."""

import json

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from alerts.cap import keys
from alerts.models import Alert, Region
from alerts.public.conditional import conditional
from alerts.public.payloads import acknowledgement, alert_payload, shown_with_lesson
from alerts.public.signed import signed_cap
from core import public_cache

ARCHIVE_PAGE_SIZE = 50

# Alert pages, CAP documents, the JSON API and the feed are the same for every reader: shared
# until the next publish or cancel, or until the first active alert expires.
shared_alerts = public_cache.shared(
    public_cache.ALERTS, until=lambda: Alert.objects.next_expiry(), params=("region", "lang")
)


def with_details(queryset):
    # regions with two levels of parents: a card shows times in the zone its region inherits
    return queryset.select_related("authority", "exercise").prefetch_related(
        "infos", "regions__parent__parent"
    )


def region_filter(request):
    """The regions named by `?region=CODE` (a queryset), or an error for an unknown code."""
    code = request.GET.get("region", "").strip()
    if not code:
        return None, ""
    # PostgreSQL refuses NUL in a query: no code has one
    regions = Region.objects.filter(code=code) if "\x00" not in code else Region.objects.none()
    return regions, (
        None if regions.exists() else _("Unknown region code: %(code)s") % {"code": code}
    )


@require_GET
@shared_alerts
def active_alerts(request):
    region, error = region_filter(request)
    alerts = with_details(Alert.objects.active())
    if region:
        alerts = alerts.for_regions(region)
    context = {
        "alerts": [shown_with_lesson(alert, get_language()) for alert in alerts],
        "regions": Region.objects.filter(parent__isnull=False).order_by("name"),
        "region": region.first() if region else None,
        "error": error,
    }
    return render(request, "alerts/active.html", context, status=400 if error else 200)


@require_GET
@shared_alerts
def archive(request):
    active_ids = Alert.objects.active().values("pk")
    alerts = with_details(Alert.objects.public().exclude(pk__in=active_ids))[:ARCHIVE_PAGE_SIZE]
    return render(
        request,
        "alerts/archive.html",
        {"alerts": [shown_with_lesson(a, get_language()) for a in alerts]},
    )


def by_identifier(queryset, identifier: str) -> Alert:
    """The alert of `identifier` in `queryset`, or a 404 (also for a NUL, which PostgreSQL
    refuses in a query and no identifier has)."""
    if "\x00" in identifier:
        raise Http404("no such alert")
    return get_object_or_404(queryset, identifier=identifier)


@require_GET
@shared_alerts
def alert_detail(request, identifier: str):
    alert = by_identifier(with_details(Alert.objects.public()), identifier)
    context = shown_with_lesson(alert, get_language())
    context["is_active"] = Alert.objects.active().filter(pk=alert.pk).exists()
    context["replaced_by"] = alert.superseded_by if alert.superseded_by_id else None
    if ack := acknowledgement(alert, get_language()):
        context["ack"], context["ack_json"] = ack, json.dumps(ack)
        context["regions_json"] = json.dumps([region.code for region in alert.regions.all()])
    return render(request, "alerts/detail.html", context)


@require_GET
@shared_alerts
def cap_xml(request, identifier: str):
    """Anyone: a public alert as signed CAP 1.2 (304 when the client has this version)."""
    alert = by_identifier(with_details(Alert.objects.public()), identifier)
    response = HttpResponse(signed_cap(alert), content_type="application/cap+xml; charset=utf-8")
    changed = max(alert.updated_at, keys.identity().issued)  # a new key signs it anew
    return conditional(request, response, last_modified=changed)


def absolute(payload: dict, request) -> dict:
    return {
        **payload,
        "url": request.build_absolute_uri(payload["url"]),
        "cap": request.build_absolute_uri(payload["cap"]),
    }


@require_GET
@shared_alerts
def active_json(request):
    """`/api/alerts/active.json?region=CODE&lang=xx`: active public alerts, newest first; in
    every area without `region` (the home page shows those)."""

    language = request.GET.get("lang", "en")
    if language not in dict(settings.LANGUAGES):
        return JsonResponse({"error": f"unknown language: {language[:16]}"}, status=400)
    region, error = region_filter(request)
    if error:
        return JsonResponse({"error": f"unknown region: {request.GET['region'][:32]}"}, status=400)
    alerts = with_details(Alert.objects.active()).prefetch_related("references")
    if region:
        alerts = alerts.for_regions(region)
    return JsonResponse(
        {"alerts": [absolute(alert_payload(alert, language), request) for alert in alerts]}
    )


@require_GET
def get_alerts(request):
    """Choose places, language and threshold for notifications on this device (no account)."""
    counties = Region.objects.filter(
        parent__parent__isnull=True, parent__isnull=False
    ).prefetch_related("children")
    context = {
        "counties": counties,
        "languages": settings.LANGUAGES,
        "push_messages": push_messages(),
    }
    return render(request, "alerts/get_alerts.html", context)


def push_messages() -> dict[str, str]:
    """Status texts of the "Get alerts" script, in the reader's language."""
    return {
        "unsupported": _(
            "This browser cannot receive notifications. Alerts for your places will still "
            "appear at the top of Beacon pages."
        ),
        "denied": _(
            "Notifications are blocked for this site. Alerts for the places you chose will "
            "still appear at the top of Beacon pages. For notifications too, allow them in "
            "your browser settings, then try again."
        ),
        "saved": _("Done. This device will receive alerts for the places you chose."),
        "removed": _("This device will no longer receive alerts."),
        "failed": _("Something went wrong. Check your connection and try again."),
        "choose": _("Choose at least one place."),
    }
