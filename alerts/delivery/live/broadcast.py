"""Live fan-out of a published message to open pages, through the channel layer.

One group per region; a message goes to the groups of its regions, their ancestors and their
descendants, and to the group of pages that follow every area (the home page, the alerts list).
The event carries the message in every interface language, so consumers need no database query
per client.
"""

import re

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings

from alerts.models import Alert, Region
from alerts.public.payloads import alert_payload

GROUP_PREFIX = "alerts.region."
ALL_AREAS_GROUP = "alerts.all"


def group_name(code: str) -> str:
    """The channel-layer group of a region code (group names allow only [A-Za-z0-9._-])."""
    return GROUP_PREFIX + re.sub(r"[^A-Za-z0-9._-]", "_", code)[:80]


def alert_event(alert: Alert, region_code: str = "") -> dict:
    """The event for one group; `region_code` names the group's region (empty: every area), so
    consumers can count the pages told through it (live.receipts)."""
    return {
        "type": "alert.event",
        "identifier": alert.identifier,
        "alert_id": alert.pk,
        "region": region_code,
        "payloads": {code: alert_payload(alert, code) for code, _name in settings.LANGUAGES},
    }


def broadcast_alert(alert: Alert) -> list[str]:
    """Send a published public message to every region group concerned; returns the groups."""
    if not Alert.objects.public().filter(pk=alert.pk).exists():
        return []
    layer = get_channel_layer()
    # the payload in every language reads the same texts, regions and references: a few
    # queries for all of them rather than several per language
    alert = (
        Alert.objects.select_related("authority")
        .prefetch_related("infos", "regions__parent__parent", "references")
        .get(pk=alert.pk)
    )
    event = alert_event(alert)
    codes = (
        Region.objects.filter(pk__in=alert.regions.all())
        .with_relatives()
        .values_list("code", flat=True)
    )
    sends = {group_name(code): {**event, "region": code} for code in codes}
    sends[ALL_AREAS_GROUP] = event
    for group in sorted(sends):
        async_to_sync(layer.group_send)(group, sends[group])
    return sorted(sends)
