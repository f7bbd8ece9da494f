"""Posting push messages over HTTP/1.1 keep-alive connections, kept per push-service origin.

A push message is one small POST whose answer is a status line and a few headers, sent tens of
thousands of times in a row. aiohttp's client spends about 250 µs of CPU on each (more than the
message's encryption); writing the request by hand and parsing the answer with httptools (the
llhttp parser uvicorn uses) costs a fraction of that. Connections (TLS for real push services)
stay open from one message, and one batch, to the next. One request at a time per connection,
no pipelining; a connection whose answer did not come, or that the service closes, is dropped.
"""

import asyncio
import ssl
from collections import defaultdict
from functools import lru_cache
from urllib.parse import urlsplit

import httptools

DEFAULT_PORTS = {"https": 443, "http": 80}


class ResponseError(ConnectionError):
    """The push service answered something that is not HTTP/1.1."""


class Connection(asyncio.Protocol):
    """One connection to a push service, parsing the answer to the request in flight."""

    def __init__(self):
        self.transport = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future | None = None
        self.headers: dict[bytes, bytes] = {}
        self.closed = False

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self.fail(ResponseError(f"unreadable answer: {exc}"))

    def connection_lost(self, exc) -> None:
        self.closed = True
        self.fail(exc or ConnectionResetError("the push service closed the connection"))

    def fail(self, exc: BaseException) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(exc)
        self.close()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers[name.lower()] = value

    def on_message_complete(self) -> None:
        if not self.parser.should_keep_alive():
            self.close()
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result((self.parser.get_status_code(), self.headers))

    async def request(self, data: bytes) -> tuple[int, dict[bytes, bytes]]:
        self.waiter = asyncio.get_running_loop().create_future()
        self.headers = {}
        self.transport.write(data)
        return await self.waiter


@lru_cache(maxsize=64)
def address(origin: str) -> tuple[str, str, int, str]:
    """Scheme, host, port and the Host header of a push service's origin."""
    parts = urlsplit(origin)
    scheme, host = parts.scheme, parts.hostname
    port = parts.port or DEFAULT_PORTS[scheme]
    authority = f"[{host}]" if ":" in host else host
    if port != DEFAULT_PORTS[scheme]:
        authority += f":{port}"
    return scheme, host, port, authority


class Pool:
    """Idle connections per origin (scheme, host, port), reused by the next message there.
    How many are open at once is bounded by how many messages the caller has in flight."""

    def __init__(self):
        self.idle: dict[tuple, list[Connection]] = defaultdict(list)
        self.tls = ssl.create_default_context()

    async def post(
        self, origin: str, target: str, headers: dict[str, str], body: bytes, timeout: float
    ) -> tuple[int, dict[bytes, bytes]]:
        """POST `body` to `target` at `origin` (as `hosts.split_endpoint` cuts an endpoint); the
        answer's status and headers (names in lower case)."""
        scheme, host, port, authority = address(origin)
        lines = [f"POST {target} HTTP/1.1", f"Host: {authority}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
        key = (scheme, host, port)
        async with asyncio.timeout(timeout):
            connection = self.take(key) or await self.open(key)
            try:
                answer = await connection.request(data)
            except BaseException:  # timed out or cancelled mid-answer: the connection is unusable
                connection.close()
                raise
        if not connection.closed:
            self.idle[key].append(connection)
        return answer

    def take(self, key: tuple) -> Connection | None:
        idle = self.idle[key]
        while idle:
            connection = idle.pop()
            if not connection.closed:
                return connection
        return None

    async def open(self, key: tuple) -> Connection:
        scheme, host, port = key
        tls = self.tls if scheme == "https" else None
        loop = asyncio.get_running_loop()
        _transport, connection = await loop.create_connection(
            Connection, host, port, ssl=tls, server_hostname=host if tls else None
        )
        return connection

    def close(self) -> None:
        for connections in self.idle.values():
            for connection in connections:
                connection.close()
        self.idle.clear()
