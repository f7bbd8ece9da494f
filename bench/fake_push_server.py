"""A push service for benchmarks: accepts every message after a fixed delay and counts them.

Unlike tests/fakepush.py it does not decrypt (that would measure the fake, not Beacon). Run as
`python bench/fake_push_server.py PORT DELAY_SECONDS`; GET /stats returns
{"received": n, "duplicates": n} (a duplicate is a second message to the same endpoint).
"""

import asyncio
import sys
from collections import Counter

from aiohttp import web


def make_app(delay: float) -> web.Application:
    seen: Counter = Counter()

    async def push(request: web.Request) -> web.Response:
        await request.read()
        await asyncio.sleep(delay)
        seen[request.match_info["name"]] += 1
        return web.Response(status=201)

    async def stats(request: web.Request) -> web.Response:
        duplicates = sum(count - 1 for count in seen.values() if count > 1)
        return web.json_response({"received": sum(seen.values()), "duplicates": duplicates})

    async def reset(request: web.Request) -> web.Response:
        seen.clear()
        return web.json_response({})

    app = web.Application()
    app.router.add_post("/push/{name}", push)
    app.router.add_get("/stats", stats)
    app.router.add_post("/reset", reset)
    return app


if __name__ == "__main__":
    port, delay = int(sys.argv[1]), float(sys.argv[2])
    web.run_app(
        make_app(delay), host="127.0.0.1", port=port, print=None, access_log=None, backlog=4096
    )
