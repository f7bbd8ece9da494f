"""Small builders for test data shared by several test modules."""

from datetime import timedelta

from django.utils import timezone

from alerts.models import Alert, AlertInfo, AlertState, PushSubscription, Region
from alerts.regions_import import import_regions
from tests.fakepush import b64encode
from tests.services import ROOT

RIVERLAND = ROOT / "demo" / "content" / "regions.geojson"


def riverland() -> None:
    """The regions of Riverland, the fictional country of the demo (code XR)."""
    import_regions(RIVERLAND.read_text(encoding="utf-8"))


def published_alert(
    *,
    codes,
    event="Flood",
    status="Actual",
    msg_type="Alert",
    references=(),
    languages=("en", "fr"),
    info=None,
) -> Alert:
    """A published message for the regions `codes`, with the texts of `write_texts` (`info`:
    per-language field overrides, {"fr": {"urgency": "Unknown"}} or {"*": {...}} for all), stored
    directly (written as a draft, then marked published: content is frozen once published)."""
    alert = Alert.objects.create(
        sender="alerts.test",
        status=status,
        msg_type=msg_type,
        sent=timezone.now().replace(microsecond=0),
    )
    alert.regions.set(Region.objects.filter(code__in=codes))
    alert.save()  # writes the ParentalManyToManyField
    alert.references.set(references)
    write_texts(alert, event=event, languages=languages, info=info)
    alert.state = AlertState.PUBLISHED
    alert.save(update_fields=["state"])
    return alert


def write_texts(alert: Alert, *, event="Flood", languages=("en", "fr"), info=None) -> None:
    """One Severe text per language: headline "<event> <language>", instruction
    "Go upstairs (<language>)", expiring in 6 hours; `info` overrides fields as in
    `published_alert`."""
    info = info or {}
    for language in languages:
        fields = {
            "category": "Met",
            "event": event,
            "urgency": "Immediate",
            "severity": "Severe",
            "certainty": "Observed",
            "headline": f"{event} {language}",
            "description": "Water rising",
            "instruction": f"Go upstairs ({language})",
            "expires": timezone.now() + timedelta(hours=6),
        }
        fields |= info.get("*", {}) | info.get(language, {})
        AlertInfo.objects.create(alert=alert, language=language, **fields)


def push_subscription(
    fake_push, name, *, regions, language="en", min_severity="Minor", script=()
) -> PushSubscription:
    """A subscription of a browser of the fake push service for the region codes `regions`;
    `script` lists answers the service gives first (see tests.fakepush)."""
    subscriber = fake_push.subscriber(name, *script)
    subscription, _created = PushSubscription.objects.subscribe(
        endpoint=fake_push.endpoint(name),
        p256dh=subscriber.p256dh,
        auth=b64encode(subscriber.auth),
        regions=list(Region.objects.filter(code__in=regions)),
        language=language,
        min_severity=min_severity,
    )
    return subscription
