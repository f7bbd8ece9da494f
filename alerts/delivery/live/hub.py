"""One channel-layer membership per web process, shared by the open pages it serves.

With channels-redis, every consumer has its own channel: a message for a group is written to
Redis once per member page and read back by that page's own receive call. At 10,000 open pages
that per-page traffic, not the pages, was the cost of a broadcast: the bare layer took as long as
Beacon (bench/ws_broadcast). Here the process joins each group once, on one channel of its own,
and hands what arrives to its pages in memory. A broadcast then costs Redis one message per
group and process, and each page one frame.

A page joins before it reads its snapshot, and `join` returns only once the process is in the
group, so nothing published in between is missed. Groups nobody follows any more are forgotten
at the next renewal and expire in Redis (channels-redis `group_expiry`); the ones followed are
renewed every RENEW_SECONDS, well before that.

If the layer fails (Redis restarted, and its groups with it), the hub closes its pages with 1012
("service restart"); browsers reconnect with back-off and get a fresh snapshot, which holds what
they missed. Nothing personal passes through here: region groups and public alerts.
"""

import asyncio
import logging
from collections import defaultdict
from typing import Protocol

from channels.layers import get_channel_layer

from alerts.delivery.live.broadcast import ALL_AREAS_GROUP, group_name
from core.per_loop import PerLoop

# channels-redis takes a pooled connection per group call and fails ("Too many connections")
# rather than wait once its pool is in use: the hub's calls wait their turn.
MAX_GROUP_CALLS = 200
RENEW_SECONDS = 3600  # channels-redis forgets a group member after `group_expiry`: 24 h
CLOSE_SERVICE_RESTART = 1012

logger = logging.getLogger(__name__)


class Page(Protocol):
    def relay(self, event: dict) -> None: ...

    async def close_once(self, code: int, reason: str) -> None: ...


def group_of(event: dict) -> str:
    """The group an alert event was sent to (live.broadcast sends each its region's code)."""
    return group_name(event["region"]) if event.get("region") else ALL_AREAS_GROUP


class Hub:
    def __init__(self):
        self.group_calls = PerLoop(lambda: asyncio.Semaphore(MAX_GROUP_CALLS))
        self.starting = PerLoop(asyncio.Lock)
        self.reset()

    def reset(self) -> None:
        self.members: dict[str, set[Page]] = defaultdict(set)
        self.joined: dict[str, asyncio.Future] = {}  # group -> the group_add, done or under way
        self.channel: str | None = None
        self.listening: asyncio.Task | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    async def join(self, group: str, page: Page) -> None:
        """Relay the group's events to `page`, from the moment this returns."""
        channel = await self.listen()
        self.members[group].add(page)
        if group not in self.joined:
            self.joined[group] = asyncio.ensure_future(self.add(group, channel))
        try:
            await asyncio.shield(self.joined[group])
        except Exception:
            self.joined.pop(group, None)  # the next page to join tries again
            raise

    def leave(self, group: str, page: Page) -> None:
        members = self.members.get(group)
        if members is not None:
            members.discard(page)
            if not members:
                del self.members[group]

    async def add(self, group: str, channel: str) -> None:
        async with self.group_calls():
            await get_channel_layer().group_add(group, channel)

    async def listen(self) -> str:
        """This process's channel, with its receiving task started (again, after a failure or
        in another event loop: tests run several)."""
        loop = asyncio.get_running_loop()
        async with self.starting():  # one start, however many pages arrive meanwhile
            if self.listening is None or self.listening.done() or self.loop is not loop:
                self.reset()
                self.loop = loop
                self.channel = await get_channel_layer().new_channel()
                self.listening = asyncio.ensure_future(self.receive(self.channel))
            return self.channel

    async def receive(self, channel: str) -> None:
        layer = get_channel_layer()
        renewing = asyncio.ensure_future(self.renew(channel))
        try:
            while True:
                event = await layer.receive(channel)
                if event.get("type") == "alert.event":
                    for page in list(self.members.get(group_of(event), ())):
                        page.relay(event)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("live pages lost the channel layer; closing them so they reconnect")
            await self.close_all()
        finally:
            renewing.cancel()

    async def close_all(self) -> None:
        pages = {page for members in self.members.values() for page in members}
        self.reset()
        for page in pages:
            try:
                await page.close_once(CLOSE_SERVICE_RESTART, "live alerts restarting")
            except Exception as exc:  # Redis down: its open-page count is written later
                logger.warning("a live page closed with an error: %s", exc)

    async def renew(self, channel: str) -> None:
        """Renew the groups followed; forget the others (their membership expires)."""
        while True:
            await asyncio.sleep(RENEW_SECONDS)
            for group in list(self.joined):
                if not self.members.get(group):
                    del self.joined[group]
            for group in list(self.joined):
                await self.add(group, channel)


hub = Hub()
