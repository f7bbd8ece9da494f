"""Sending web push messages concurrently, from one event loop thread per process. The only
module that encrypts push messages.

pywebpush's `webpush()` re-signs VAPID on every call, mutates its claims and has no timeout, and
`WebPusher` re-parses the keys and copies the request for every message. This module encrypts
with the `cryptography` primitives directly (RFC 8291: what http_ece, the library pywebpush
uses, computes, without its per-message Python layers), signs the VAPID header once per
push-service origin and reuses it until close to expiry, and posts on keep-alive connections
(`client.Pool`) from a uvloop event loop. Each process keeps that loop, its connections and an
encrypting thread for all its batches (`sender()`): ECDH releases the GIL, so encrypting the next
messages overlaps with the loop sending the previous ones, and a slot in flight is never held up
by encryption.
"""

import asyncio
import atexit
import concurrent.futures
import hmac
import os
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import uvloop
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from alerts.delivery.webpush.client import Pool
from alerts.delivery.webpush.hosts import allowed_parts
from alerts.delivery.webpush.vapid import decode

VAPID_LIFETIME_SECONDS = 12 * 3600
RESIGN_MARGIN_SECONDS = 3600
ENCRYPT_CHUNK = 50  # messages handed to the encrypting thread at a time


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
    undeliverable: bool = False  # the subscription's keys are unusable: retrying would not help


class VapidHeaders:
    """Authorization headers per push-service origin: signed once, reused until near expiry."""

    def __init__(self, vapid, subject: str):
        self.vapid, self.subject = vapid, subject
        self.cache: dict[str, tuple[float, dict]] = {}

    def for_origin(self, origin: str) -> dict:
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


CURVE = ec.SECP256R1()
RECORD_SIZE = 4096  # one record holds any push payload (at most 4,096 bytes with its overhead)


def hkdf(salt: bytes, secret: bytes, info: bytes, length: int) -> bytes:
    """HKDF-SHA-256 (RFC 5869) for outputs of at most one hash: one extract, one expand."""
    return hmac.digest(hmac.digest(salt, secret, "sha256"), info + b"\x01", "sha256")[:length]


def encrypt(message: PushMessage) -> bytes:
    """The payload encrypted for one subscription (RFC 8291 with RFC 8188's aes128gcm coding,
    a fresh ECDH key and salt per message): the header, then one record."""
    receiver = decode(message.p256dh)
    auth = decode(message.auth)
    ephemeral = ec.generate_private_key(CURVE)
    shared = ephemeral.exchange(
        ec.ECDH(), ec.EllipticCurvePublicKey.from_encoded_point(CURVE, receiver)
    )
    sender_key = ephemeral.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    ikm = hkdf(auth, shared, b"WebPush: info\x00" + receiver + sender_key, 32)
    salt = os.urandom(16)
    key = hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    record = AESGCM(key).encrypt(nonce, message.payload + b"\x02", None)  # \x02: last record
    header = salt + RECORD_SIZE.to_bytes(4, "big") + bytes([len(sender_key)]) + sender_key
    return header + record


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message ready to post, or why it cannot be sent."""

    message: PushMessage
    origin: str = ""
    target: str = ""
    body: bytes = b""
    headers: dict | None = None
    error: str = ""


def prepare(messages: list[PushMessage], vapid: VapidHeaders) -> list[Prepared]:
    """Encrypt messages and build their headers (run on the encrypting thread)."""
    prepared = []
    for message in messages:
        parts = allowed_parts(message.endpoint)
        if parts is None:  # saved before the rule, or by hand
            prepared.append(Prepared(message, error="push service host not allowed"))
            continue
        origin, target = parts
        try:
            body = encrypt(message)
        except ValueError as exc:  # a key that does not decode or is not a point on the curve
            prepared.append(Prepared(message, error=f"unusable subscription keys: {exc}"[:200]))
            continue
        headers = {
            **vapid.for_origin(origin),
            "Content-Encoding": "aes128gcm",
            "TTL": str(message.ttl),
            "Urgency": message.urgency,
            "Topic": message.topic,
        }
        prepared.append(Prepared(message, origin, target, body, headers))
    return prepared


async def post(pool: Pool, item: Prepared, timeout: float) -> PushOutcome:
    key = item.message.key
    if item.headers is None:
        return PushOutcome(key, None, error=item.error, undeliverable=True)
    try:
        status, headers = await pool.post(
            item.origin, item.target, item.headers, item.body, timeout
        )
    except (TimeoutError, OSError) as exc:
        return PushOutcome(key, None, error=f"{type(exc).__name__}: {exc}"[:200])
    retry_after = headers.get(b"retry-after")
    return PushOutcome(
        key, status, retry_after_seconds(retry_after and retry_after.decode("latin-1"))
    )


class Slots:
    """Messages that may be in flight or unrecorded, taken by the one task that posts a batch.
    An asyncio.Semaphore would do, but on Python 3.11 each of its acquires scans its waiters,
    a measurable cost at thousands of messages a second."""

    def __init__(self, free: int):
        self.free = free
        self.freed = asyncio.Event()

    async def take(self) -> None:
        while self.free == 0:
            self.freed.clear()
            await self.freed.wait()
        self.free -= 1

    def give(self, n: int) -> None:
        self.free += n
        self.freed.set()


class Sender:
    """A process's event loop thread and connections, shared by every batch the process sends:
    connections to a push service stay open from one batch to the next (for a real push service a
    TLS handshake per connection per batch would cost more than the batch's encryption). At most
    as many connections are open as messages are in flight (the `slots` of `send_all`)."""

    def __init__(self):
        self.pid = os.getpid()
        self.loop = uvloop.new_event_loop()
        threading.Thread(target=self.loop.run_forever, name="push-sender", daemon=True).start()
        self.encrypting = concurrent.futures.ThreadPoolExecutor(1, "push-encrypt")
        self.pool = Pool()
        atexit.register(self.close)

    def close(self) -> None:
        if os.getpid() == self.pid and self.loop.is_running():
            self.loop.call_soon_threadsafe(self.pool.close)
            self.loop.call_soon_threadsafe(self.loop.stop)

    def run(self, coroutine) -> concurrent.futures.Future:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    async def send_each(self, messages, report, slots, *, vapid, timeout: float):
        """Send every message and hand the outcomes to `report` as soon as they are known, in a
        list per turn of the event loop (one hand-over per outcome cost more CPU than posting
        the message). The whole batch is queued for encryption at once; each message is posted
        when its chunk is encrypted and one of the `slots` is free. A slot is given back by the
        caller once it has recorded the outcome (`send_all`), not when the answer comes: so at
        most as many messages as there are slots are ever sent without their outcome being
        stored."""
        loop = asyncio.get_running_loop()
        chunks = [messages[i : i + ENCRYPT_CHUNK] for i in range(0, len(messages), ENCRYPT_CHUNK)]
        encrypted = [loop.run_in_executor(self.encrypting, prepare, c, vapid) for c in chunks]

        ready: list[PushOutcome] = []

        def hand_over() -> None:
            report(ready.copy())
            ready.clear()

        async def post_and_report(item: Prepared) -> None:
            ready.append(await post(self.pool, item, timeout))
            if len(ready) == 1:
                loop.call_soon(hand_over)

        posting = []
        try:
            for chunk in encrypted:
                for item in await chunk:
                    await slots.take()
                    posting.append(asyncio.create_task(post_and_report(item)))
            await asyncio.gather(*posting)
        finally:  # cancelled: stop what is still in flight
            for task in posting:
                task.cancel()

    def give_back(self, slots: "Slots", n: int) -> None:
        """Free `n` slots (from the caller's thread, once their outcomes are recorded)."""
        self.loop.call_soon_threadsafe(slots.give, n)

    def send_all(
        self,
        messages: list[PushMessage],
        *,
        vapid: VapidHeaders,
        concurrency: int = 150,
        timeout: float = 10.0,
        chunk_size: int = 200,
        chunk_seconds: float = 0.5,
        idle_seconds: float | None = None,
    ) -> Iterator[list[PushOutcome]]:
        """Send every message and yield the outcomes in chunks while sending goes on (about
        `chunk_size`, at least every `chunk_seconds`); with `idle_seconds`, an empty chunk
        comes when no outcome arrived for that long, so the caller can renew its lease.

        Sending runs on the sender's thread so the caller can record each chunk in the database
        at once. At most `concurrency` messages are sent and not yet recorded at any time: a
        chunk's slots are freed when the caller asks for the next chunk, i.e. after recording
        it. If the process dies mid-batch, at most `concurrency` messages were sent without a
        record, and only those can be sent again. Closing the generator early stops the sending.
        """
        if not messages:
            return
        outcomes: queue.SimpleQueue = queue.SimpleQueue()
        slots = Slots(concurrency)
        sending = self.run(
            self.send_each(messages, outcomes.put, slots, vapid=vapid, timeout=timeout)
        )
        sending.add_done_callback(lambda done: report_failure(done, outcomes))
        remaining = len(messages)
        try:
            while remaining:
                chunk = take_chunk(
                    outcomes, min(chunk_size, remaining), chunk_seconds, idle_seconds
                )
                remaining -= len(chunk)
                yield chunk
                self.give_back(slots, len(chunk))
        finally:
            sending.cancel()


_sender_lock = threading.Lock()
_sender: Sender | None = None


def sender() -> Sender:
    """This process's sender, started on first use (after a fork, the child starts its own)."""
    global _sender  # noqa: PLW0603 - one per process by design
    with _sender_lock:
        if _sender is None or _sender.pid != os.getpid():
            _sender = Sender()
        return _sender


def report_failure(sending: concurrent.futures.Future, outcomes: queue.SimpleQueue) -> None:
    """Hand an exception of the sending to the caller, to be raised in its thread."""
    if not sending.cancelled() and sending.exception() is not None:
        outcomes.put(sending.exception())


def take_chunk(
    outcomes: queue.SimpleQueue, size: int, seconds: float, idle: float | None = None
) -> list[PushOutcome]:
    """At least one outcome (or none after `idle` seconds), then more until there are `size`
    (a few more when a list of them arrived at once) or `seconds` have passed."""
    chunk, deadline = [], None
    while len(chunk) < size:
        try:
            wait = idle if deadline is None else max(0.0, deadline - time.monotonic())
            item = outcomes.get(timeout=wait)
        except queue.Empty:
            break
        if isinstance(item, BaseException):
            raise item
        chunk += item
        deadline = deadline or time.monotonic() + seconds
    return chunk
