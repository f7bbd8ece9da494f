"""WebSocket clients for bench/ws_broadcast.py: N pages following places over /ws/alerts/, and
the latency figures of what reached them."""

import asyncio
import json
import math
import time
from collections import defaultdict

FOLLOWED = ["XR-RS-01", "XR-RS"]  # an alert on XR-RS-01 reaches both groups
LANGUAGES = ["en", "fr", "uk", "ar"]
HANDSHAKES_AT_ONCE = 100


class Clients:
    """N pages following places over /ws/alerts/, noting when each alert frame arrives."""

    def __init__(self, url: str, origin: str, n: int):
        self.url, self.origin, self.n = url, origin, n
        self.subscribed = 0
        self.failures: list[str] = []
        self.arrivals: dict[str, dict[int, float]] = defaultdict(dict)
        self.tasks: list[asyncio.Task] = []

    async def open(self) -> float:
        started = time.perf_counter()
        handshakes = asyncio.Semaphore(HANDSHAKES_AT_ONCE)
        self.tasks = [asyncio.create_task(self.follow(i, handshakes)) for i in range(self.n)]
        while self.subscribed + len(self.failures) < self.n:
            await asyncio.sleep(0.05)
        return time.perf_counter() - started

    async def follow(self, i: int, handshakes: asyncio.Semaphore) -> None:
        from websockets.asyncio.client import connect

        subscribe = {"type": "subscribe", "regions": [FOLLOWED[i % 2]], "lang": LANGUAGES[i % 4]}
        try:
            async with handshakes:
                websocket = await connect(
                    self.url, origin=self.origin, ping_interval=None, open_timeout=60
                )
                await websocket.send(json.dumps(subscribe))
                while json.loads(await websocket.recv())["type"] != "snapshot":
                    pass
        except Exception as error:  # noqa: BLE001 - counted and reported
            self.failures.append(f"{type(error).__name__}: {error}")
            return
        self.subscribed += 1
        try:
            async for frame in websocket:
                self.arrived(i, time.perf_counter(), json.loads(frame))
        except Exception as error:  # noqa: BLE001 - a dropped client misses what follows
            self.failures.append(f"after subscribing: {type(error).__name__}: {error}")

    def arrived(self, i: int, now: float, message: dict) -> None:
        if message.get("type") == "alert":
            self.arrivals[message["alert"]["identifier"]].setdefault(i, now)

    async def measure(self, marker: str, trigger, deadline: float) -> dict:
        """Latency from the start of `trigger()` to each client's frame about `marker`."""
        started = time.perf_counter()
        await trigger()
        got = self.arrivals[marker]
        while len(got) < self.n and time.perf_counter() - started < deadline:
            await asyncio.sleep(0.01)
        return summary(sorted(at - started for at in got.values()), self.n)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return math.nan
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


def summary(latencies: list[float], n: int) -> dict:
    return {
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": latencies[-1] if latencies else math.nan,
        "missed": n - len(latencies),
    }


# The site's client (site/static/js/live-alerts.js): after a close, wait RETRY_FIRST_MS times a
# random factor in [0.5, 1), doubling up to RETRY_CAP_MS while attempts fail; on the first close
# it also polls /api/alerts/active.json once per followed place.
RETRY_FIRST = 1.0
RETRY_CAP = 3.0


class ReconnectingClients:
    """N pages that reconnect as the site's JavaScript does, noting when each one is whole
    again (its snapshot received) after a server restart."""

    def __init__(self, url: str, origin: str, n: int, *, poll: bool = True):
        self.url, self.origin, self.n, self.poll = url, origin, n, poll
        self.snapshots: dict[int, list[float]] = defaultdict(list)
        self.attempts = 0
        self.polls = 0
        self.tasks: list[asyncio.Task] = []
        self.session = None

    def whole(self, since: float) -> int:
        """How many pages received a snapshot after `since`."""
        return sum(1 for times in self.snapshots.values() if times and times[-1] >= since)

    def first_whole_after(self, since: float) -> list[float]:
        return sorted(
            min(t for t in times if t >= since) - since
            for times in self.snapshots.values()
            if times and times[-1] >= since
        )

    async def open(self, at_once: int = HANDSHAKES_AT_ONCE) -> float:
        """Open every page (at most `at_once` handshakes at a time), until all are whole."""
        import aiohttp

        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
        started = time.perf_counter()
        handshakes = asyncio.Semaphore(at_once)
        self.tasks = [asyncio.create_task(self.follow(i, handshakes)) for i in range(self.n)]
        while self.whole(started) < self.n:
            await asyncio.sleep(0.05)
        return time.perf_counter() - started

    async def follow(self, i: int, handshakes: asyncio.Semaphore) -> None:
        import random

        from websockets.asyncio.client import connect

        region, language = FOLLOWED[i % 2], LANGUAGES[i % 4]
        subscribe = json.dumps({"type": "subscribe", "regions": [region], "lang": language})
        retry, first_open, polled = RETRY_FIRST, True, False
        while True:
            try:
                self.attempts += 1
                if first_open:  # the first page loads, as a bench, a hundred at a time
                    async with handshakes:
                        websocket = await connect(
                            self.url, origin=self.origin, ping_interval=None, open_timeout=60
                        )
                else:
                    websocket = await connect(
                        self.url, origin=self.origin, ping_interval=None, open_timeout=60
                    )
                first_open, retry, polled = False, RETRY_FIRST, False
                await websocket.send(subscribe)
                async for frame in websocket:
                    if json.loads(frame)["type"] == "snapshot":
                        self.snapshots[i].append(time.perf_counter())
            except Exception:  # noqa: BLE001, S110 - a closed or refused socket: retry, as pages do
                pass
            if self.poll and not polled:
                polled = True
                asyncio.create_task(self.poll_once(region, language))  # noqa: RUF006
            await asyncio.sleep(retry * (0.5 + random.random() / 2))  # noqa: S311
            retry = min(retry * 2, RETRY_CAP)

    async def poll_once(self, region: str, language: str) -> None:
        base = self.origin + "/api/alerts/active.json"
        try:
            async with self.session.get(base, params={"lang": language, "region": region}) as r:
                await r.read()
            self.polls += 1
        except Exception:  # noqa: BLE001, S110 - the server is down: the page keeps what it shows
            pass

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.session is not None:
            await self.session.close()
