"""Access to the optional services (Redis, PostgreSQL, Chromium) from tests.

A test that needs a service skips when it is not configured, except under
BEACON_REQUIRE_SERVICES=1 (CI), where a missing service is a failure: CI must never go green by
silently skipping what it was meant to prove.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def services_required() -> bool:
    return os.environ.get("BEACON_REQUIRE_SERVICES") == "1"


def unavailable(reason: str):
    """Skip, or fail when services are required."""
    if services_required():
        pytest.fail(f"required service unavailable: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_cache_on(location: str) -> dict:
    """CACHES as config.settings sets them with REDIS_URL, on the Redis at `location`."""
    return {
        "default": {
            "BACKEND": "core.cache.ForgivingRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


def wait_until(predicate, *, timeout: float, interval: float = 0.1, what: str = "condition"):
    """Poll `predicate` until it returns a truthy value or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            result = predicate()
        except Exception as exc:  # noqa: BLE001 - remembered and reported on timeout
            last_error = exc
        else:
            if result:
                return result
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what} (last error: {last_error})")


def subprocess_env(**overrides: str | None) -> dict[str, str]:
    """The current environment with overrides; a value of None removes the variable."""
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(ROOT))
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


PYTHON = sys.executable


@contextmanager
def serve_asgi(env: dict[str, str], log_path: Path) -> Iterator[str]:
    """The ASGI application served by uvicorn in its own process, as in production, with the
    environment `env` and its output in `log_path`; gives the base URL once /healthz answers."""
    port = free_port()
    with log_path.open("w") as log:
        command = [PYTHON, "-m", "uvicorn", "config.asgi:application", "--host", "127.0.0.1"]
        server = subprocess.Popen(  # noqa: S603 - our own server
            [*command, "--port", str(port), "--lifespan", "on"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until(
                lambda: urllib.request.urlopen(base_url + "/healthz", timeout=2).status == 200,  # noqa: S310
                timeout=60,
                what=f"the ASGI server to answer /healthz (log: {log_path})",
            )
            yield base_url
        finally:
            server.terminate()
            server.wait(timeout=20)
