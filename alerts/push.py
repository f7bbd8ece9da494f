"""Sending web push messages concurrently. The only module that imports pywebpush.

pywebpush's `webpush()` re-signs VAPID on every call, mutates its claims and has no timeout, so
this module uses `WebPusher.send_async` on one aiohttp session, with the VAPID header signed once
per push-service origin and reused until close to expiry.
"""

import asyncio
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import aiohttp
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


async def send_one(session, semaphore, message: PushMessage, vapid: VapidHeaders, timeout: float):
    async with semaphore:
        subscription = {
            "endpoint": message.endpoint,
            "keys": {"p256dh": message.p256dh, "auth": message.auth},
        }
        headers = {
            **vapid.for_endpoint(message.endpoint),
            "Urgency": message.urgency,
            "Topic": message.topic,
        }
        try:
            pusher = WebPusher(subscription, aiohttp_session=session)
            response = await pusher.send_async(
                data=message.payload,
                headers=headers,
                ttl=message.ttl,
                timeout=aiohttp.ClientTimeout(total=timeout),
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return PushOutcome(message.key, None, error=f"{type(exc).__name__}: {exc}"[:200])
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        return PushOutcome(message.key, response.status, retry_after)


async def send_all_async(messages, *, vapid: VapidHeaders, concurrency: int, timeout: float):
    semaphore = asyncio.Semaphore(concurrency)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(
            *(send_one(session, semaphore, message, vapid, timeout) for message in messages)
        )


def send_all(
    messages: list[PushMessage],
    *,
    vapid: VapidHeaders,
    concurrency: int = 150,
    timeout: float = 10.0,
) -> list[PushOutcome]:
    """Send every message, at most `concurrency` at a time; one outcome per message."""
    return asyncio.run(
        send_all_async(messages, vapid=vapid, concurrency=concurrency, timeout=timeout)
    )
