"""A push service for benchmarks: accepts every message after a fixed delay and counts them.

Unlike tests/fakepush.py it neither decrypts nor checks anything, and it speaks just enough
HTTP/1.1 (keep-alive, Content-Length bodies) on a raw asyncio protocol: a real push service runs
elsewhere, so the less CPU this stand-in takes from the shared cores, the more the figures
measure Beacon. Run as `python bench/fake_push_server.py PORT DELAY_SECONDS`; GET /stats returns
{"received": n, "duplicates": n, "topics": {topic: {"received", "first", "last"}}} (a duplicate
is a second message to the same endpoint with the same `Topic`, i.e. of the same alert; first and
last are the wall-clock times, `time.time()`, of a topic's first and last message), POST /reset
clears the counts.
"""

import asyncio
import json
import re
import sys
import time
from collections import Counter

import uvloop

CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)
TOPIC = re.compile(rb"\r\ntopic:\s*([^\r]*)", re.IGNORECASE)
CREATED = b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"


class PushService:
    def __init__(self, delay: float):
        self.delay = delay
        self.seen: Counter = Counter()
        self.topics: dict[str, dict] = {}

    def answer(self, method: bytes, path: bytes, head: bytes) -> bytes | None:
        """The response to send at once, or None for a push message (answered after the delay)."""
        if method == b"POST" and path.startswith(b"/push/"):
            topic = TOPIC.search(head)
            name = topic.group(1).decode() if topic else ""
            self.seen[name, path] += 1
            now = time.time()
            counts = self.topics.setdefault(name, {"received": 0, "first": now, "last": now})
            counts["received"] += 1
            counts["last"] = now
            return None
        if path == b"/reset":
            self.seen.clear()
            self.topics.clear()
            return json_response({})
        duplicates = sum(count - 1 for count in self.seen.values() if count > 1)
        return json_response(
            {"received": sum(self.seen.values()), "duplicates": duplicates, "topics": self.topics}
        )


def json_response(content: dict) -> bytes:
    body = json.dumps(content).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


class Connection(asyncio.Protocol):
    def __init__(self, service: PushService):
        self.service, self.buffer, self.transport = service, b"", None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end]
            length = CONTENT_LENGTH.search(head)
            total = end + 4 + (int(length.group(1)) if length else 0)
            if len(self.buffer) < total:
                return
            self.buffer = self.buffer[total:]
            method, path = head.split(b" ", 2)[:2]
            response = self.service.answer(method, path, head)
            if response is None:
                asyncio.get_running_loop().call_later(self.service.delay, self.send, CREATED)
            else:
                self.send(response)

    def send(self, response: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(response)


async def serve(port: int, delay: float) -> None:
    service = PushService(delay)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Connection(service), "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(serve(int(sys.argv[1]), float(sys.argv[2])))
