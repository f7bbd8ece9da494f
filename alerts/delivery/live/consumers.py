"""`/ws/alerts/`: live alerts for the places a page follows.

Protocol (JSON text frames):

client -> server
    {"type": "subscribe", "regions": ["XR-RS-01", ...], "lang": "fr"}
        Follow these region codes (at most 50) in this interface language. Sending it again
        replaces the previous subscription. Unknown codes are reported and ignored.
    {"type": "subscribe", "all": true, "lang": "fr"}
        Follow every area (no `regions` then).

server -> client
    {"type": "subscribed", "regions": [...], "all": false, "lang": "fr"}
    {"type": "snapshot", "alerts": [alert, ...]}   active alerts for those regions (or all areas),
                                                   sent after every subscribe, so a client that
                                                   reconnects is whole
    {"type": "alert", "event": "published" | "updated" | "cancelled", "alert": alert}
    {"type": "error", "reason": "..."}             e.g. unknown region codes

`alert` is the JSON of /api/alerts/active.json, in the subscriber's language or a fallback.
Binary, malformed, oversized (over 4 KiB) or too frequent (over 10 in 10 s) frames close the
connection with code 4400, 4413 or 4429 and a reason; malformed includes JSON nested more than
16 levels and text that is not valid Unicode or holds NUL characters. A subscribe with fields of
the wrong kind gets an `error` frame. After the server has closed, further frames are ignored.
Whatever arrives, the consumer does not raise: an unexpected failure closes with 1011.

Open sockets are capped per client address (`scope["client"][0]`, which the ASGI server sets
from trusted proxies only): over `settings.WS_MAX_PER_ADDRESS` the handshake is refused with
code 4429 (the browser sees a refused handshake). The count is kept per process: with several
web processes a client may open that many on each.

Subscribed pages are counted per place and language in `presence` (no addresses), for the reach
estimate shown to authorities; the heartbeat that renews group membership renews those counts.
Each page told of a message is counted once in `receipts` (message and region group, a number),
for the reach shown after publishing.
"""

import asyncio
import json
import logging
import time
from collections import Counter, deque

from channels.consumer import get_handler_name
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from alerts.delivery.live import presence as live_presence
from alerts.delivery.live.broadcast import ALL_AREAS_GROUP, group_name
from alerts.delivery.live.hub import hub
from alerts.delivery.live.receipts import receipts
from alerts.delivery.live.snapshots import snapshots
from core import json_input

MAX_FRAME_BYTES = 4096
MAX_FRAMES, WINDOW_SECONDS = 10, 10.0
MAX_REGIONS = 50
CLOSE_BAD_FRAME, CLOSE_TOO_LARGE, CLOSE_TOO_FREQUENT = 4400, 4413, 4429
CLOSE_INTERNAL_ERROR = 1011

logger = logging.getLogger(__name__)


class OpenSockets:
    """Open sockets per client address in this process. Counting across processes would need
    a shared store that forgets the counts of a process that dies (Redis keys with expiry,
    renewed by every socket); the cap is there so that one client cannot exhaust a process,
    which a per-process count achieves."""

    def __init__(self):
        self.counts: Counter[str] = Counter()

    def take(self, address: str, limit: int) -> bool:
        if self.counts[address] >= limit:
            return False
        self.counts[address] += 1
        return True

    def release(self, address: str) -> None:
        self.counts[address] -= 1
        if self.counts[address] <= 0:
            del self.counts[address]


open_sockets = OpenSockets()


def client_address(scope: dict) -> str | None:
    """The client's address as the ASGI server saw it (from trusted proxies only), or None
    (a Unix socket, a test): then there is nothing to count by."""
    client = scope.get("client")
    return str(client[0]) if client else None


class AlertConsumer(AsyncWebsocketConsumer):
    """Push-only: after `subscribe`, the server sends a snapshot, then every new message.

    A page has no channel of its own: the process's hub is in the groups and relays their
    events to the pages that follow them (live.hub)."""

    channel_layer_alias = None
    address: str | None = None  # set once this socket holds a place in `open_sockets`
    closed = False
    followed: tuple[list[str], str] | None = None  # (codes, language) counted in `presence`

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:  # however the consumer ends (disconnect, cancellation), its place is freed
            if self.address is not None:
                open_sockets.release(self.address)
                self.address = None
            if self.followed is not None:
                followed, self.followed = self.followed, None
                await live_presence.presence.leave(*followed)

    async def connect(self) -> None:
        self.language = settings.LANGUAGE_CODE
        self.groups: list[str] = []
        self.frame_times: deque[float] = deque(maxlen=MAX_FRAMES)
        self.told: set[int] = set()  # messages this page was told of (counted once each)
        self.inbox: deque[dict] = deque()  # events relayed by the hub, sent in order
        self.relaying: asyncio.Task | None = None
        self.subscribing = False  # events relayed meanwhile wait for the snapshot
        address = client_address(self.scope)
        if address is not None:
            if not open_sockets.take(address, settings.WS_MAX_PER_ADDRESS):
                await self.close_once(CLOSE_TOO_FREQUENT, "too many connections from this address")
                return
            self.address = address
        await self.accept()
        self.renewal = asyncio.create_task(self.heartbeat())

    async def dispatch(self, message: dict) -> None:
        try:
            # Channels' own dispatch closes stale database connections (a hop to the one
            # database thread) before every handler. Only the snapshot reads the database, and
            # it does so through `database_sync_to_async`, which closes them itself; at thousands
            # of pages reconnecting at once, that hop per message was most of the storm's time
            # (bench/ws_broadcast).
            handler = getattr(self, get_handler_name(message), None)
            if handler is None:
                raise ValueError(f"no handler for message type {message['type']}")
            await handler(message)
        except StopConsumer:
            raise
        except Exception:  # the socket gets a close frame, never a dropped connection
            logger.exception("alerts socket failed on a %s message", message.get("type"))
            if message.get("type") == "websocket.disconnect":
                raise StopConsumer() from None  # the client is gone: just end
            await self.close_once(CLOSE_INTERNAL_ERROR, "internal error")

    async def websocket_disconnect(self, message: dict) -> None:
        """Channels' own leaves the page's groups through the channel layer (the page has
        none: the hub relays to it), then hops to the database thread, which thousands of pages
        closing at once (a restart) queued behind."""
        await self.disconnect(message.get("code"))
        raise StopConsumer()

    async def disconnect(self, code) -> None:
        if hasattr(self, "renewal"):
            self.renewal.cancel()
        if getattr(self, "relaying", None) is not None:
            self.relaying.cancel()
        await self.leave_groups()

    async def close_once(self, code: int, reason: str) -> None:
        """Close with a code and reason, once: the ASGI server refuses a second close (or any
        frame) after the first."""
        if self.closed:
            return
        self.closed = True
        try:
            await self.leave_groups()  # may fail with the cache: the page is closed all the same
        finally:
            await self.close(code=code, reason=reason)

    async def heartbeat(self) -> None:
        """Renew the presence counts often (they expire, so a dead process leaves none
        behind)."""
        while True:
            await asyncio.sleep(live_presence.HEARTBEAT_SECONDS)
            await live_presence.presence.heartbeat()

    async def receive(self, text_data=None, bytes_data=None) -> None:
        if self.closed:
            return
        message, problem = self.read_frame(text_data)
        if problem:
            await self.close_once(*problem)
        elif message.get("type") != "subscribe":
            await self.close_once(CLOSE_BAD_FRAME, "unknown message type")
        else:
            await self.subscribe(message)

    def read_frame(self, text_data) -> tuple[dict | None, tuple[int, str] | None]:
        """The frame's message, or the close code and reason it deserves."""
        now = time.monotonic()
        self.frame_times.append(now)
        if len(self.frame_times) == MAX_FRAMES and now - self.frame_times[0] < WINDOW_SECONDS:
            return None, (CLOSE_TOO_FREQUENT, "too many messages")
        if text_data is None:
            return None, (CLOSE_BAD_FRAME, "text frames only")
        if len(text_data.encode(errors="surrogatepass")) > MAX_FRAME_BYTES:
            return None, (CLOSE_TOO_LARGE, "message too large")
        try:
            message = json_input.loads(text_data)
        except json_input.BadJSON as error:
            return None, (CLOSE_BAD_FRAME, str(error))
        if not isinstance(message, dict):
            return None, (CLOSE_BAD_FRAME, "expected a JSON object")
        return message, None

    async def subscribe(self, message: dict) -> None:
        everywhere = message.get("all", False)
        regions = message.get("regions", []) if everywhere else message.get("regions")
        language = message.get("lang", self.language)
        problem = subscribe_problem(regions, language, everywhere)
        if problem:
            await self.send_json({"type": "error", "reason": problem})
            return
        await self.leave_groups()
        self.language = language
        # Join first, then read: an alert broadcast meanwhile arrives as an event, and one
        # published before is in the snapshot. The groups of codes that turn out unknown are
        # left at once. The codes and the snapshot come together, shared with the pages that
        # follow the same places (see live.snapshots).
        requested = [ALL_AREAS_GROUP] if everywhere else [group_name(code) for code in regions]
        self.subscribing = True
        try:
            await self.join_and_send_snapshot(requested, regions, language, everywhere)
        finally:
            self.subscribing = False
            self.send_inbox()

    async def join_and_send_snapshot(self, requested, regions, language, everywhere) -> None:
        self.groups = requested  # left on a failure below, as on a close
        for group in requested:
            await self.join(group)
        snapshot = await snapshots.get(regions, language, everywhere=everywhere)
        known = snapshot.known
        self.groups = [ALL_AREAS_GROUP] if everywhere else [group_name(code) for code in known]
        for group in set(requested) - set(self.groups):
            await self.leave(group)
        unknown = sorted(set(regions) - set(known))
        if unknown:
            await self.send_json(
                {"type": "error", "reason": "unknown regions: " + " ".join(unknown[:10])}
            )
        self.followed = ([live_presence.ALL_AREAS] if everywhere else known, language)
        await live_presence.presence.follow(*self.followed)
        await self.send_json(
            {"type": "subscribed", "regions": known, "all": everywhere, "lang": language}
        )
        if not self.closed:
            await self.send(text_data=snapshot.frame)

    async def leave_groups(self) -> None:
        for group in getattr(self, "groups", []):
            await self.leave(group)
        self.groups = []
        if self.followed is not None:
            followed, self.followed = self.followed, None
            await live_presence.presence.leave(*followed)

    async def join(self, group: str) -> None:
        await hub.join(group, self)

    async def leave(self, group: str) -> None:
        hub.leave(group, self)

    def relay(self, event: dict) -> None:
        """An event of a followed group, from the hub: sent after those before it."""
        if self.closed:
            return
        self.inbox.append(event)
        if not self.subscribing:
            self.send_inbox()

    def send_inbox(self) -> None:
        if self.inbox and (self.relaying is None or self.relaying.done()):
            self.relaying = asyncio.ensure_future(self.send_relayed())

    async def send_relayed(self) -> None:
        while self.inbox and not self.closed:
            event = self.inbox.popleft()
            try:
                await self.alert_event(event)
            except Exception:  # as in dispatch: the socket gets a close frame
                logger.exception("alerts socket failed on a relayed alert event")
                await self.close_once(CLOSE_INTERNAL_ERROR, "internal error")

    async def alert_event(self, event: dict) -> None:
        """A message published for one of the followed regions (see live.broadcast)."""
        payload = event["payloads"].get(self.language) or event["payloads"][settings.LANGUAGE_CODE]
        await self.send_json({"type": "alert", "event": payload["event_kind"], "alert": payload})
        if event["alert_id"] not in self.told:  # a page in several groups hears it once each
            self.told.add(event["alert_id"])
            receipts.count(event["alert_id"], event["region"])

    async def send_json(self, content: dict) -> None:
        if not self.closed:
            await self.send(text_data=json.dumps(content, ensure_ascii=False))


def subscribe_problem(regions, language, everywhere) -> str | None:
    """Why a subscribe's fields cannot be used, or None."""
    if not isinstance(everywhere, bool):
        return "all must be true or false"
    if everywhere and regions:
        return "all areas or a list of regions, not both"
    if not isinstance(regions, list) or not all(isinstance(code, str) for code in regions):
        return "regions must be a list of codes"
    if len(regions) > MAX_REGIONS:
        return "too many regions"
    if not isinstance(language, str) or language not in dict(settings.LANGUAGES):
        return "unknown language"
    return None
