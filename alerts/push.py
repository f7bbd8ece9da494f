"""Sending web push messages concurrently. The only module that imports pywebpush.

pywebpush's `webpush()` re-signs VAPID on every call, mutates its claims and has no timeout, and
`WebPusher.send_async` copies and re-wraps every request; this module takes only the encryption
from pywebpush (`WebPusher.encode`) and posts on one aiohttp session on a uvloop event loop, with
the VAPID header signed once per push-service origin and reused until close to expiry.
"""

import asyncio
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import aiohttp
import uvloop
from pywebpush import WebPusher

VAPID_LIFETIME_SECONDS = 12 * 3600
RESIGN_MARGIN_SECONDS = 3600


@dataclass(frozen=True)
class PushMessage:
    key: int  # the caller's id for this message (a PushDelivery pk)
    endpoint: str
    p256dh: str
    auth: str
    payload: bytes
    ttl: int
    urgency: str  # "very-low" | "low" | "normal" | "high"
    topic: str


@dataclass(frozen=True)
class PushOutcome:
    key: int
    status: int | None  # None: no HTTP answer (timeout, refused connection)
    retry_after: float | None = None
    error: str = ""


class VapidHeaders:
    """Authorization headers per push-service origin: signed once, reused until near expiry."""

    def __init__(self, vapid, subject: str):
        self.vapid, self.subject = vapid, subject
        self.cache: dict[str, tuple[float, dict]] = {}

    def for_endpoint(self, endpoint: str) -> dict:
        parts = urlsplit(endpoint)
        origin = f"{parts.scheme}://{parts.netloc}"
        expires, headers = self.cache.get(origin, (0.0, {}))
        if expires - time.time() < RESIGN_MARGIN_SECONDS:
            expires = int(time.time()) + VAPID_LIFETIME_SECONDS
            headers = self.vapid.sign({"aud": origin, "exp": expires, "sub": self.subject})
            self.cache[origin] = (expires, headers)
        return headers


def retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` as seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def encrypt(message: PushMessage) -> bytes:
    """The payload encrypted for one subscription (RFC 8291, aes128gcm, a fresh ECDH key)."""
    keys = {"p256dh": message.p256dh, "auth": message.auth}
    return WebPusher({"endpoint": message.endpoint, "keys": keys}).encode(message.payload)["body"]


async def send_one(session, semaphore, message: PushMessage, vapid: VapidHeaders):
    async with semaphore:
        headers = {
            **vapid.for_endpoint(message.endpoint),
            "Content-Encoding": "aes128gcm",
            "TTL": str(message.ttl),
            "Urgency": message.urgency,
            "Topic": message.topic,
        }
        try:
            async with session.post(
                message.endpoint,
                data=encrypt(message),
                headers=headers,
            ) as response:
                await response.read()
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return PushOutcome(message.key, None, error=f"{type(exc).__name__}: {exc}"[:200])
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        return PushOutcome(message.key, response.status, retry_after)


async def send_all_async(
    messages, report, *, vapid: VapidHeaders, concurrency: int, timeout: float
):
    """Send every message and hand each outcome to `report` as soon as it is known."""
    semaphore = asyncio.Semaphore(concurrency)
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeouts = aiohttp.ClientTimeout(total=timeout)
    async with aiohttp.ClientSession(connector=connector, timeout=timeouts) as session:

        async def send_and_report(message: PushMessage) -> None:
            report(await send_one(session, semaphore, message, vapid))

        await asyncio.gather(*(send_and_report(message) for message in messages))


def send_all(
    messages: list[PushMessage],
    *,
    vapid: VapidHeaders,
    concurrency: int = 150,
    timeout: float = 10.0,
    chunk_size: int = 200,
    chunk_seconds: float = 0.5,
) -> Iterator[list[PushOutcome]]:
    """Send every message, at most `concurrency` at a time, and yield the outcomes in chunks
    while sending goes on (at most `chunk_size`, at least every `chunk_seconds`).

    The event loop runs in its own thread so the caller can record each chunk in the database
    at once: if the process dies mid-batch, only the messages in flight are not recorded.
    """
    if not messages:
        return
    outcomes: queue.SimpleQueue = queue.SimpleQueue()

    def run() -> None:
        try:
            with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                runner.run(
                    send_all_async(
                        messages,
                        outcomes.put,
                        vapid=vapid,
                        concurrency=concurrency,
                        timeout=timeout,
                    )
                )
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            outcomes.put(exc)

    threading.Thread(target=run, name="push-sender", daemon=True).start()
    remaining = len(messages)
    while remaining:
        chunk = take_chunk(outcomes, min(chunk_size, remaining), chunk_seconds)
        remaining -= len(chunk)
        yield chunk


def take_chunk(outcomes: queue.SimpleQueue, size: int, seconds: float) -> list[PushOutcome]:
    """At least one outcome, then more until `size` or `seconds` have passed."""
    chunk, deadline = [], None
    while len(chunk) < size:
        try:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            item = outcomes.get(timeout=wait)
        except queue.Empty:
            break
        if isinstance(item, BaseException):
            raise item
        chunk.append(item)
        deadline = deadline or time.monotonic() + seconds
    return chunk
