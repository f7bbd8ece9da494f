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
