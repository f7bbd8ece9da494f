"""Public alert pages (under the language prefix) and machine interfaces (CAP XML, JSON)."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from alerts import cap
from alerts.cap_mapping import alert_to_cap
from alerts.models import Alert, Region

ARCHIVE_PAGE_SIZE = 50


def with_details(queryset):
    return queryset.select_related("authority").prefetch_related("infos", "regions")


def shown_in(alert: Alert, language: str) -> dict:
    """The alert as a reader sees it: the info in their language (or a fallback) and whether
    it is a fallback."""
    fallbacks = alert.authority.language_list if alert.authority else []
    info = alert.info_for(language, fallbacks)
    return {
        "alert": alert,
        "info": info,
        "is_fallback": info is not None and info.language != language,
    }


def region_filter(request):
    code = request.GET.get("region", "").strip()
    if not code:
        return None, ""
    region = Region.objects.filter(code=code).first()
    return region, (None if region else _("Unknown region code: %(code)s") % {"code": code})


@require_GET
def active_alerts(request):
    region, error = region_filter(request)
    alerts = with_details(Alert.objects.active())
    if region:
        alerts = alerts.for_region(region)
    context = {
        "alerts": [shown_in(alert, get_language()) for alert in alerts],
        "regions": Region.objects.filter(parent__isnull=False).order_by("name"),
        "region": region,
        "error": error,
    }
    return render(request, "alerts/active.html", context, status=400 if error else 200)


@require_GET
def archive(request):
    active_ids = Alert.objects.active().values("pk")
    alerts = with_details(Alert.objects.public().exclude(pk__in=active_ids))[:ARCHIVE_PAGE_SIZE]
    return render(
        request, "alerts/archive.html", {"alerts": [shown_in(a, get_language()) for a in alerts]}
    )


@require_GET
def alert_detail(request, identifier: str):
    alert = get_object_or_404(with_details(Alert.objects.public()), identifier=identifier)
    context = shown_in(alert, get_language())
    context["is_active"] = Alert.objects.active().filter(pk=alert.pk).exists()
    context["replaced_by"] = alert.superseded_by if alert.superseded_by_id else None
    return render(request, "alerts/detail.html", context)


@require_GET
def cap_xml(request, identifier: str):
    alert = get_object_or_404(with_details(Alert.objects.published()), identifier=identifier)
    document = cap.to_xml(alert_to_cap(alert, sent=alert.sent))
    return HttpResponse(document, content_type="application/cap+xml; charset=utf-8")


def alert_json(alert: Alert, language: str, request) -> dict:
    shown = shown_in(alert, language)
    info = shown["info"]
    return {
        "identifier": alert.identifier,
        "sender": alert.sender,
        "sent": alert.sent.isoformat(),
        "status": alert.status,
        "msg_type": alert.msg_type,
        "language": info.language,
        "is_fallback": shown["is_fallback"],
        "event": info.event,
        "headline": info.headline,
        "description": info.description,
        "instruction": info.instruction,
        "urgency": info.urgency,
        "severity": info.severity,
        "certainty": info.certainty,
        "expires": info.expires.isoformat() if info.expires else None,
        "regions": [region.code for region in alert.regions.all()],
        "source": alert.source or None,
        "url": request.build_absolute_uri(alert.url_in(language)),
        "cap": request.build_absolute_uri(f"/alerts/cap/{alert.identifier}.xml"),
    }


@require_GET
def active_json(request):
    """`/api/alerts/active.json?region=CODE&lang=xx`: active public alerts, newest first."""

    language = request.GET.get("lang", "en")
    if language not in dict(settings.LANGUAGES):
        return JsonResponse({"error": f"unknown language: {language[:16]}"}, status=400)
    region, error = region_filter(request)
    if error:
        return JsonResponse({"error": f"unknown region: {request.GET['region'][:32]}"}, status=400)
    alerts = with_details(Alert.objects.active())
    if region:
        alerts = alerts.for_region(region)
    return JsonResponse({"alerts": [alert_json(alert, language, request) for alert in alerts]})
