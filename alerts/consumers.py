"""`/ws/alerts/`: live alerts for the places a page follows.

Protocol (JSON text frames):

client -> server
    {"type": "subscribe", "regions": ["XR-RS-01", ...], "lang": "fr"}
        Follow these region codes (at most 50) in this interface language. Sending it again
        replaces the previous subscription. Unknown codes are reported and ignored.

server -> client
    {"type": "subscribed", "regions": [...], "lang": "fr"}
    {"type": "snapshot", "alerts": [alert, ...]}   active alerts for those regions, sent after every
                                                   subscribe, so a client that reconnects is whole
    {"type": "alert", "event": "published" | "updated" | "cancelled", "alert": alert}
    {"type": "error", "reason": "..."}             e.g. unknown region codes

`alert` is the JSON of /api/alerts/active.json, in the subscriber's language or a fallback.
Binary, malformed, oversized (over 4 KiB) or too frequent (over 10 in 10 s) frames close the
connection with code 4400, 4413 or 4429 and a reason.
"""

import asyncio
import json
import time
from collections import deque

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from alerts.broadcast import group_name
from alerts.models import Alert, Region
from alerts.payloads import alert_payload

MAX_FRAME_BYTES = 4096
MAX_FRAMES, WINDOW_SECONDS = 10, 10.0
MAX_REGIONS = 50
CLOSE_BAD_FRAME, CLOSE_TOO_LARGE, CLOSE_TOO_FREQUENT = 4400, 4413, 4429
# channels-redis forgets a group member after `group_expiry` (24 h) and pages stay open for
# days (a kiosk, a control room): membership is renewed well before that.
REJOIN_SECONDS = 3600


class AlertConsumer(AsyncWebsocketConsumer):
    """Push-only: after `subscribe`, the server sends a snapshot, then every new message."""

    async def connect(self) -> None:
        self.language = settings.LANGUAGE_CODE
        self.followed: list[str] = []
        self.frame_times: deque[float] = deque(maxlen=MAX_FRAMES)
        await self.accept()
        self.renewal = asyncio.create_task(self.renew_groups())

    async def dispatch(self, message: dict) -> None:
        # Channels closes stale database connections (a hop to the one database thread) before
        # every handler; an alert event needs no database, and at thousands of open pages that
        # hop per page was half of the time from publishing to the last page (bench/ws_broadcast).
        if message["type"] == "alert.event":
            await self.alert_event(message)
        else:
            await super().dispatch(message)

    async def disconnect(self, code) -> None:
        if hasattr(self, "renewal"):
            self.renewal.cancel()
        await self.leave_groups()

    async def renew_groups(self) -> None:
        while True:
            await asyncio.sleep(REJOIN_SECONDS)
            for code in self.followed:
                await self.channel_layer.group_add(group_name(code), self.channel_name)

    async def receive(self, text_data=None, bytes_data=None) -> None:
        problem = self.frame_problem(text_data)
        if problem:
            await self.close(code=problem[0], reason=problem[1])
            return
        message = json.loads(text_data)
        if message.get("type") != "subscribe":
            await self.close(code=CLOSE_BAD_FRAME, reason="unknown message type")
            return
        await self.subscribe(message)

    def frame_problem(self, text_data) -> tuple[int, str] | None:
        now = time.monotonic()
        self.frame_times.append(now)
        if len(self.frame_times) == MAX_FRAMES and now - self.frame_times[0] < WINDOW_SECONDS:
            return CLOSE_TOO_FREQUENT, "too many messages"
        if text_data is None:
            return CLOSE_BAD_FRAME, "text frames only"
        if len(text_data.encode()) > MAX_FRAME_BYTES:
            return CLOSE_TOO_LARGE, "message too large"
        try:
            message = json.loads(text_data)
        except ValueError:
            return CLOSE_BAD_FRAME, "not JSON"
        if not isinstance(message, dict):
            return CLOSE_BAD_FRAME, "expected a JSON object"
        return None

    async def subscribe(self, message: dict) -> None:
        regions, language = message.get("regions"), message.get("lang", self.language)
        if not isinstance(regions, list) or not all(isinstance(c, str) for c in regions):
            await self.send_json({"type": "error", "reason": "regions must be a list of codes"})
            return
        if language not in dict(settings.LANGUAGES) or len(regions) > MAX_REGIONS:
            await self.send_json(
                {"type": "error", "reason": "unknown language or too many regions"}
            )
            return
        known = await known_codes(regions)
        unknown = sorted(set(regions) - set(known))
        if unknown:
            await self.send_json(
                {"type": "error", "reason": "unknown regions: " + " ".join(unknown[:10])}
            )
        await self.leave_groups()
        self.followed, self.language = known, language
        for code in known:
            await self.channel_layer.group_add(group_name(code), self.channel_name)
        await self.send_json({"type": "subscribed", "regions": known, "lang": language})
        await self.send_json({"type": "snapshot", "alerts": await snapshot(known, language)})

    async def leave_groups(self) -> None:
        for code in getattr(self, "followed", []):
            await self.channel_layer.group_discard(group_name(code), self.channel_name)

    async def alert_event(self, event: dict) -> None:
        """A message published for one of the followed regions (see alerts.broadcast)."""
        payload = event["payloads"].get(self.language) or event["payloads"][settings.LANGUAGE_CODE]
        await self.send_json({"type": "alert", "event": payload["event_kind"], "alert": payload})

    async def send_json(self, content: dict) -> None:
        await self.send(text_data=json.dumps(content, ensure_ascii=False))


@database_sync_to_async
def known_codes(codes: list[str]) -> list[str]:
    return sorted(Region.objects.filter(code__in=codes).values_list("code", flat=True))


@database_sync_to_async
def snapshot(codes: list[str], language: str) -> list[dict]:
    if not codes:
        return []
    alerts = (
        Alert.objects.active()
        .for_regions(Region.objects.filter(code__in=codes))
        .select_related("authority")
        .prefetch_related("infos", "regions", "references")
    )
    return [alert_payload(alert, language) for alert in alerts]
