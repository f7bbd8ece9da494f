"""Shared responses served at the front of the ASGI application, before Django's middleware.

A shared hit through Django still costs a thread hop and the whole middleware chain, and under a
surge that queue sets the latency. `SharedFront` keeps, in this process, the final form of each
response that `core.public_cache` shared (with every header the outer middleware added: CSP,
security headers), under the same key, and answers the next readers of that address from the event
loop. The rules stay in `core.public_cache`: only what its middleware marked as shared is kept,
under the key it used, until the time it set; a new generation (a publish, update, cancel or page
publish, here or elsewhere within the memo time) empties this store; with the cache unreachable
each process makes up a new generation every memo time (core.public_cache.invalidate).
"""

import io
import time

from django.core.exceptions import DisallowedHost
from django.core.handlers.asgi import ASGIRequest

from core import public_cache

# What one process keeps: a public site has few shared addresses (pages x languages, alerts).
MAX_KEPT_BYTES = 64 * 1024 * 1024
MAX_BODY_BYTES = 1024 * 1024


def front_request(scope) -> ASGIRequest:
    """The request Django would build, for the sharing rules to read (no body: GET only)."""
    return ASGIRequest(scope, io.BytesIO())


async def send_response(send, response) -> None:
    headers = [
        (name.encode("latin-1"), value.encode("latin-1")) for name, value in response.items()
    ]
    await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": response.content})


class Kept:
    """The entries of one generation, oldest first, MAX_KEPT_BYTES of bodies at most; a new
    generation starts empty."""

    def __init__(self):
        self.generation: str | None = None
        self.entries: dict[str, public_cache.Entry] = {}
        self.size = 0

    def get(self, key: str, generation: str) -> public_cache.Entry | None:
        if generation != self.generation:
            self.generation, self.entries, self.size = generation, {}, 0
            return None
        entry = self.entries.get(key)
        if entry is not None and entry.until <= time.time():
            self.drop(key)
            return None
        return entry

    def put(self, key: str, entry: public_cache.Entry) -> None:
        self.drop(key)
        while self.entries and self.size + len(entry.content) > MAX_KEPT_BYTES:
            self.drop(next(iter(self.entries)))
        self.entries[key] = entry
        self.size += len(entry.content)

    def drop(self, key: str) -> None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= len(entry.content)


class SharedFront:
    """ASGI middleware for HTTP: answer kept shared responses, keep the ones Django shares."""

    def __init__(self, app):
        self.app = app
        self.kept = Kept()

    async def __call__(self, scope, receive, send) -> None:
        try:
            request = front_request(scope)
            if not public_cache.is_shareable(request):
                return await self.app(scope, receive, send)
            generation = await public_cache.ageneration()
            key = public_cache.entry_key(request, generation)
        except (UnicodeDecodeError, DisallowedHost):
            return await self.app(scope, receive, send)  # Django answers it (400)
        entry = self.kept.get(key, generation)
        if entry is not None:
            return await send_response(send, entry.response(request))
        await self.app(scope, receive, Keeper(self.kept, scope, send))


class Keeper:
    """The `send` handed to Django: passes every message on, and keeps the response when the
    shared-response middleware marked it as shared (`public_cache.SHARED_SCOPE_KEY`)."""

    def __init__(self, kept: Kept, scope, send):
        self.kept, self.scope, self.send = kept, scope, send
        self.start: dict | None = None
        self.body: list[bytes] = []

    async def __call__(self, message) -> None:
        await self.send(message)
        shared = self.scope.get(public_cache.SHARED_SCOPE_KEY)
        if shared is None:
            return
        if message["type"] == "http.response.start":
            self.start = message
        elif message["type"] == "http.response.body" and self.start is not None:
            self.body.append(message.get("body", b""))
            if not message.get("more_body", False):
                self.keep(shared)

    def keep(self, shared: public_cache.Shared) -> None:
        headers = {
            name.decode("latin-1"): value.decode("latin-1") for name, value in self.start["headers"]
        }
        content = b"".join(self.body)
        if (
            self.start["status"] != 200
            or "set-cookie" in (name.lower() for name in headers)
            or len(content) > MAX_BODY_BYTES
        ):
            return
        if shared.generation == self.kept.generation:
            self.kept.put(shared.key, public_cache.Entry(content, 200, headers, shared.until))
