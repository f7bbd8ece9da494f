"""A local fake push service (aiohttp, in a background thread) for tests and benchmarks.

Like a real one it checks the VAPID JWT (ES256 signature with the `k` key, `aud` = its own
origin, `exp` within 24 hours) and the TTL, Urgency and Topic headers; unlike a real one it holds
every subscriber's private key, so it decrypts each message (http_ece, aes128gcm) and keeps the
real payload for the test to check. Per-subscription scripts make it answer 410, 413, 429 with
Retry-After, 500, or hang.
"""

import asyncio
import base64
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field

import http_ece
from aiohttp import web
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

TOPIC = re.compile(r"[A-Za-z0-9_-]{1,32}")


def b64decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def b64encode(value: bytes) -> str:
    return base64.urlsafe_b64encode(value).rstrip(b"=").decode()


@dataclass
class Subscriber:
    """A browser's side of a subscription: its keys, and what the service should answer."""

    name: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth: bytes = field(default_factory=lambda: os.urandom(16))
    script: list = field(
        default_factory=list
    )  # answers to give first: 410, (429, "2"), 500, "hang"

    @property
    def p256dh(self) -> str:
        raw = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64encode(raw)


def lowercase_keys(headers) -> dict:
    """Header names are case-insensitive; tests read them in lower case."""
    return {name.lower(): value for name, value in headers.items()}


@dataclass
class Received:
    subscriber: str
    payload: dict
    headers: dict


class FakePushService:
    def __init__(self):
        self.subscribers: dict[str, Subscriber] = {}
        self.received: list[Received] = []
        self.refused: list[str] = []
        self.lock = threading.Lock()
        self.loop = asyncio.new_event_loop()
        self.runner = None
        self.port = None

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> "FakePushService":
        ready = threading.Event()
        threading.Thread(target=self._run, args=(ready,), daemon=True).start()
        if not ready.wait(10):
            raise RuntimeError("fake push service did not start")
        return self

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_post("/push/{name}", self.handle)
        self.runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    def stop(self) -> None:
        async def shutdown() -> None:
            await self.runner.cleanup()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()  # handlers still "hanging"

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)

    @property
    def origin(self) -> str:
        """Also the pattern that lets Beacon post to it: add it to `PUSH_SERVICE_HOSTS`."""
        return f"http://127.0.0.1:{self.port}"

    def subscriber(self, name: str, *script) -> Subscriber:
        subscriber = Subscriber(name, script=list(script))
        self.subscribers[name] = subscriber
        return subscriber

    def endpoint(self, name: str) -> str:
        return f"{self.origin}/push/{name}"

    def payloads_for(self, name: str) -> list[dict]:
        return [r.payload for r in self.received if r.subscriber == name]

    # --- the push service ----------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.Response:
        subscriber = self.subscribers.get(request.match_info["name"])
        if subscriber is None:
            return web.Response(status=404)
        if subscriber.script:
            answer = subscriber.script.pop(0)
            if answer == "hang":
                await asyncio.sleep(30)  # the sender gives up long before
                return web.Response(status=504)
            if isinstance(answer, tuple):
                return web.Response(status=answer[0], headers={"Retry-After": answer[1]})
            return web.Response(status=answer)
        problem = self.check_headers(request)
        body = await request.read()
        if problem is None and len(body) > 4096:
            problem = "payload too large"
        if problem:
            with self.lock:
                self.refused.append(problem)
            return web.Response(status=400, text=problem)
        plain = http_ece.decrypt(
            body,
            private_key=subscriber.private_key,
            auth_secret=subscriber.auth,
            version="aes128gcm",
        )
        with self.lock:
            self.received.append(
                Received(subscriber.name, json.loads(plain), lowercase_keys(request.headers))
            )
        return web.Response(status=201)

    def check_headers(self, request: web.Request) -> str | None:
        ttl, topic = request.headers.get("TTL", ""), request.headers.get("Topic", "")
        if not ttl.isdigit():
            return "TTL missing"
        if request.headers.get("Urgency") not in {"very-low", "low", "normal", "high"}:
            return "bad Urgency"
        if not TOPIC.fullmatch(topic):
            return "bad Topic"
        return self.check_vapid(request.headers.get("Authorization", ""))

    def check_vapid(self, header: str) -> str | None:
        match = re.fullmatch(r"vapid t=([^,]+),\s*k=(.+)", header)
        if not match:
            return "no VAPID authorization"
        token, key = match.groups()
        header_b64, claims_b64, signature_b64 = token.split(".")
        public_key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64decode(key))
        raw = b64decode(signature_b64)
        signature = encode_dss_signature(
            int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
        )
        try:
            public_key.verify(
                signature, f"{header_b64}.{claims_b64}".encode(), ec.ECDSA(hashes.SHA256())
            )
        except InvalidSignature:
            return "bad VAPID signature"
        claims = json.loads(b64decode(claims_b64))
        if claims.get("aud") != self.origin:
            return "VAPID aud is not this push service"
        if not time.time() < claims.get("exp", 0) <= time.time() + 24 * 3600:
            return "VAPID exp out of range"
        return None
