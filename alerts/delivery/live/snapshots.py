"""The snapshot a page gets when it subscribes, built once for all pages that follow the same
places in the same language.

After a web process restarts, thousands of pages reconnect within seconds and each needs the
active alerts for its places. Most follow the same few sets of places, so this process keeps the
snapshots it built, ready to send, until the next publish, update or cancel anywhere (the
generation of `core.public_cache`, replaced after commit and seen here within its memo time), the
first expiry among their alerts, or SNAPSHOT_SECONDS (a region added since is then known). Pages
that ask while the same snapshot is being built wait for that build: during a storm the database
answers once per set of places, not once per page.

Nothing personal is kept: region codes, a language and public alerts.
"""

import asyncio
import json
import time
from dataclasses import dataclass

from channels.db import database_sync_to_async

from alerts.models import Alert, Region
from alerts.public.payloads import alert_payload
from core import public_cache

SNAPSHOT_SECONDS = 60
MAX_SNAPSHOTS = 1000  # sets of places a process keeps; the oldest go first


@dataclass(frozen=True)
class Snapshot:
    known: list[str]  # the requested codes that name regions
    frame: str  # the `snapshot` frame, as sent
    generation: str
    until: float  # time.time() at which it may no longer be true


class Snapshots:
    def __init__(self):
        self.kept: dict[tuple, Snapshot] = {}
        self.building: dict[tuple, asyncio.Future] = {}

    async def get(self, codes: list[str], language: str, *, everywhere: bool) -> Snapshot:
        generation = await public_cache.ageneration()
        key = (everywhere, tuple(sorted(set(codes))), language)
        kept = self.kept.get(key)
        if kept and kept.generation == generation and time.time() < kept.until:
            return kept
        build_key = (*key, generation)
        building = self.building.get(build_key)
        if building is None:
            building = asyncio.ensure_future(self.build(key, generation))
            self.building[build_key] = building
            building.add_done_callback(lambda _done: self.building.pop(build_key, None))
        # One page that goes away while it waits must not end the build for the others.
        return await asyncio.shield(building)

    async def build(self, key: tuple, generation: str) -> Snapshot:
        everywhere, codes, language = key
        known, alerts, first_expiry = await subscription_view(
            list(codes), language, everywhere=everywhere
        )
        until = time.time() + SNAPSHOT_SECONDS
        if first_expiry is not None:
            until = min(until, first_expiry.timestamp())
        frame = json.dumps({"type": "snapshot", "alerts": alerts}, ensure_ascii=False)
        snapshot = Snapshot(known, frame, generation, until)
        self.kept.pop(key, None)
        if len(self.kept) >= MAX_SNAPSHOTS:
            del self.kept[next(iter(self.kept))]
        self.kept[key] = snapshot
        return snapshot


snapshots = Snapshots()


@database_sync_to_async
def subscription_view(codes: list[str], language: str, *, everywhere: bool):
    """The known region codes among `codes`, the active alerts a page following them (or every
    area) gets, and the first expiry among those alerts (None: none expires)."""
    known = sorted(Region.objects.filter(code__in=codes).values_list("code", flat=True))
    alerts = Alert.objects.active()
    if not everywhere:
        alerts = alerts.for_regions(Region.objects.filter(code__in=known))
    alerts = list(
        alerts.select_related("authority", "exercise").prefetch_related(
            "infos", "regions__parent__parent", "references"
        )
    )
    expiries = [alert.latest_expiry for alert in alerts if alert.latest_expiry is not None]
    payloads = [alert_payload(alert, language) for alert in alerts]
    return known, payloads, min(expiries, default=None)
