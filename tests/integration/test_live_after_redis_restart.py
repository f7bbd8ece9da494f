"""Open pages after a Redis restart: alerts published while Redis was down reach every open
WebSocket client within seconds of Redis coming back, through reconnection and the snapshot
the server sends after every subscribe (as site/static/js/live-alerts.js does)."""

import asyncio
import json
import threading
import time

import pytest
import websockets

from tests.integration.test_delivery_faults import publish_on
from tests.services import serve_asgi, subprocess_env, wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

CLIENTS = 5
TARGET_SECONDS = 5
# live-alerts.js: first retry after 1 s, doubling, at most RETRY_CAP_MS (3 s; the script takes
# a random 50-100 % of it, the test the whole, i.e. the slowest page)
RETRY_FIRST, RETRY_CAP = 1.0, 3.0


class Page:
    """What live-alerts.js does: subscribe, keep the snapshot and the alerts, reconnect after
    a close (1 s, doubling up to the cap)."""

    def __init__(self, url: str, origin: str):
        self.url, self.origin = url, origin
        self.shown: dict[str, float] = {}  # identifier -> when it was first shown
        self.subscribed = threading.Event()
        self.connections = 0

    async def run(self, stop: threading.Event) -> None:
        retry = RETRY_FIRST
        while not stop.is_set():
            try:
                async with websockets.connect(self.url, origin=self.origin) as socket:
                    self.connections += 1
                    retry = RETRY_FIRST
                    await socket.send(json.dumps({"type": "subscribe", "regions": ["XR-RS"]}))
                    async for frame in socket:
                        self.receive(json.loads(frame))
            except (OSError, websockets.WebSocketException):
                pass
            await asyncio.sleep(retry)
            retry = min(retry * 2, RETRY_CAP)

    def receive(self, data: dict) -> None:
        now = time.monotonic()
        if data["type"] == "subscribed":
            self.subscribed.set()
        alerts = data.get("alerts", []) if data["type"] == "snapshot" else [data.get("alert")]
        for alert in filter(None, alerts):
            self.shown.setdefault(alert["identifier"], now)


def test_open_pages_get_what_was_published_while_redis_was_down(
    private_redis, private_workers, database_url, publish, tmp_path, request
):
    private_workers.start_beat(private_redis.url)
    worker = private_workers.start(private_redis.url)
    private_workers.wait_ready(worker)
    env = subprocess_env(
        DATABASE_URL=database_url, REDIS_URL=private_redis.url, BEACON_VAR_DIR=str(tmp_path)
    )
    with serve_asgi(env, tmp_path / "asgi.log") as base_url:
        pages = [Page(base_url.replace("http", "ws") + "/ws/alerts/", base_url)]
        pages += [Page(pages[0].url, base_url) for _ in range(CLIENTS - 1)]
        stop = threading.Event()

        async def open_pages() -> None:
            await asyncio.gather(*(page.run(stop) for page in pages))

        runner = threading.Thread(target=asyncio.run, args=(open_pages(),), daemon=True)
        runner.start()
        try:
            wait_until(lambda: all(p.subscribed.is_set() for p in pages), timeout=30, what="pages")
            private_redis.stop()
            alert = publish_on(private_redis, publish)  # the broker is down: left to the sweeper
            time.sleep(5)  # long enough for the pages' retries to reach the cap
            private_redis.start()
            back = time.monotonic()
            wait_until(
                lambda: all(alert.identifier in p.shown for p in pages),
                timeout=60,
                what="every page to show the alert",
            )
        finally:
            stop.set()
            runner.join(timeout=10)
    latest = max(p.shown[alert.identifier] for p in pages) - back
    print(
        f"\n[live pages after a Redis restart] {CLIENTS} pages, all show the alert published"
        f" during the outage {latest:.1f} s after Redis came back;"
        f" connections per page {[p.connections for p in pages]}"
    )
    request.node.user_properties.append(("redis_back_to_last_page", round(latest, 2)))
    assert latest <= TARGET_SECONDS
