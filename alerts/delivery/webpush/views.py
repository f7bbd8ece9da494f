"""`/push/key`, `/push/subscribe`, `/push/unsubscribe`: web push subscriptions without an account.

JSON in, JSON out; every refusal is a 400 with a reason. Rate-limited per client address.
"""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.decorators import ratelimit

from alerts.delivery.webpush import vapid
from alerts.delivery.webpush.hosts import MAX_ENDPOINT_LENGTH, is_allowed_endpoint
from alerts.models import PushSubscription, Region
from alerts.models.codes import Severity
from core import json_input

MAX_BODY_BYTES = 4096
MAX_REGIONS = 50


class Invalid(ValueError):
    pass


def rate_limited(request, exception):
    return JsonResponse({"error": "too many requests, try again in a minute"}, status=429)


@require_GET
def push_key(request):
    return JsonResponse({"publicKey": vapid.keys()["public_key"]})


def json_body(request) -> dict:
    if request.content_type != "application/json":
        raise Invalid("send JSON (Content-Type: application/json)")
    if len(request.body) > MAX_BODY_BYTES:
        raise Invalid("request too large")
    try:
        body = json_input.loads(request.body)
    except json_input.BadJSON as error:
        raise Invalid(str(error)) from error
    if not isinstance(body, dict):
        raise Invalid("expected a JSON object")
    return body


def checked_endpoint(value) -> str:
    """Only push services' hosts: anything else would make the server post to an address of
    the sender's choosing (alerts.delivery.webpush.hosts)."""
    if not is_allowed_endpoint(value):
        raise Invalid("subscription.endpoint must be an https URL of a known push service")
    return value


def checked_key(keys: dict, name: str, length: int) -> str:
    value = keys.get(name) if isinstance(keys, dict) else None
    try:
        raw = vapid.decode(value) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != length or (name == "p256dh" and raw[0] != 4):
        raise Invalid(f"subscription.keys.{name} is not a valid key")
    return value


def checked_subscription(body: dict) -> dict:
    subscription = body.get("subscription")
    if not isinstance(subscription, dict):
        raise Invalid("subscription is missing")
    keys = subscription.get("keys")
    regions = body.get("regions")
    if (
        not isinstance(regions, list)
        or not 0 < len(regions) <= MAX_REGIONS
        or not all(isinstance(code, str) for code in regions)
    ):
        raise Invalid(f"regions must list 1 to {MAX_REGIONS} region codes")
    found = list(Region.objects.filter(code__in=regions))
    unknown = sorted(set(regions) - {region.code for region in found})
    if unknown:
        raise Invalid("unknown regions: " + " ".join(unknown[:10]))
    language = body.get("lang", "en")
    if not isinstance(language, str) or language not in dict(settings.LANGUAGES):
        raise Invalid("unknown language")
    severity = body.get("min_severity", Severity.MINOR)
    if not isinstance(severity, str) or severity not in Severity.values:
        raise Invalid("min_severity must be one of " + ", ".join(Severity.values))
    return {
        "endpoint": checked_endpoint(subscription.get("endpoint")),
        "p256dh": checked_key(keys, "p256dh", 65),
        "auth": checked_key(keys, "auth", 16),
        "regions": found,
        "language": language,
        "min_severity": severity,
    }


@csrf_exempt  # JSON only: a cross-site form cannot send it without a CORS preflight
@require_POST
@ratelimit(key="ip", rate="30/m", block=True)
def subscribe(request):
    """Create or update the subscription of this endpoint with its places, language, threshold."""
    try:
        fields = checked_subscription(json_body(request))
    except Invalid as error:
        return JsonResponse({"error": str(error)}, status=400)
    subscription, created = PushSubscription.objects.subscribe(**fields)
    return JsonResponse(
        {
            "subscribed": [region.code for region in fields["regions"]],
            "lang": subscription.language,
        },
        status=201 if created else 200,
    )


@csrf_exempt
@require_POST
@ratelimit(key="ip", rate="30/m", block=True)
def unsubscribe(request):
    try:
        endpoint = json_body(request).get("endpoint")
    except Invalid as error:
        return JsonResponse({"error": str(error)}, status=400)
    # Any endpoint may be removed, also one saved before PUSH_SERVICE_HOSTS changed.
    if not isinstance(endpoint, str) or not 0 < len(endpoint) <= MAX_ENDPOINT_LENGTH:
        return JsonResponse({"error": "endpoint must be the subscription's URL"}, status=400)
    deleted, _ = PushSubscription.objects.filter(endpoint=endpoint).delete()
    return JsonResponse({"unsubscribed": bool(deleted)})
