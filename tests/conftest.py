"""Shared fixtures: the demo server (what `make demo` runs) and service access."""

import fcntl
import json
import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from django.test import Client
from django.utils import translation

from tests.fakepush import FakePushService
from tests.second_factor import verified_login
from tests.services import (
    PYTHON,
    ROOT,
    free_port,
    serve_asgi,
    site_cache_on,
    subprocess_env,
    unavailable,
)

# Builders shared across test packages (lessons are assigned in classes tests, and so on).
pytest_plugins = ["tests.lessons.fixtures", "tests.classes.fixtures"]


@pytest.fixture
def fake_push(settings):
    """A local push service that decrypts what it receives (tests.fakepush), added to the push
    services Beacon may post to (as `http://127.0.0.1:<port>`, for this test only)."""
    service = FakePushService().start()
    settings.PUSH_SERVICE_HOSTS = [*settings.PUSH_SERVICE_HOSTS, service.origin]
    yield service
    service.stop()


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's signed-in superuser (a client of its own), who has passed the second
    factor: superusers owe one before any admin page opens."""
    return verified_login(Client(), admin_user)


@pytest.fixture
def cache_unreachable(settings):
    """The site's cache on a Redis address where nothing listens."""
    settings.CACHES = site_cache_on(f"redis://127.0.0.1:{free_port()}/0")


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        unavailable("REDIS_URL is not set")
    return url


class DemoServer:
    """The demo site: its database and settings, and once served, its address."""

    def __init__(self, var_dir):
        self.database = str(var_dir / "demo.sqlite3")
        self.env = subprocess_env(
            DATABASE_URL=f"sqlite:///{self.database}",
            BEACON_VAR_DIR=str(var_dir),
            REDIS_URL=None,
            DEBUG=None,
            ALLOWED_HOSTS=None,
        )
        self.base_url = ""
        self.load_outputs: list[str] = []

    def manage(self, *args: str) -> str:
        """Run a management command against the demo database; its output."""
        done = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}"
        return done.stdout

    def url(self, path: str) -> str:
        return self.base_url + path

    def copy(self, var_dir: Path) -> "DemoServer":
        """Another demo site with this one's files, keys and a copy of its database, not yet
        served: what a test changes there stays out of this one."""
        shutil.copytree(
            self.env["BEACON_VAR_DIR"], var_dir, ignore=shutil.ignore_patterns("*.sqlite3*")
        )
        copy = DemoServer(var_dir)
        with sqlite3.connect(self.database) as source, sqlite3.connect(copy.database) as target:
            source.backup(target)
        copy.load_outputs = self.load_outputs
        return copy

    def authenticator_secret(self, username: str) -> str:
        """The TOTP secret the demo loader printed for an authority account (same on each run)."""
        pattern = rf"otpauth://totp/Beacon%3A{re.escape(username)}\?secret=([A-Z2-7]+)"
        secrets = {re.search(pattern, output).group(1) for output in self.load_outputs}
        assert len(secrets) == 1, "the loader kept the secret"
        return secrets.pop()


def pytest_collection_modifyitems(items):
    """Tests that use the demo server are marked `demo_server`: it always runs the embedded
    default, whatever services this run has, so CI runs them once (see .ci/run)."""
    for item in items:
        if "demo_server" in item.fixturenames:
            item.add_marker(pytest.mark.demo_server)


def pytest_collection_finish(session):
    """When a selected test uses the demo server, the demo site starts being built at once, in
    the background (`built_demo`), while other tests run."""
    if any("demo_server" in item.fixturenames for item in session.items):
        run_dir = demo_run_dir(session.config._tmp_path_factory)
        threading.Thread(target=built_demo, args=(run_dir,), daemon=True).start()


def demo_run_dir(tmp_path_factory) -> Path:
    """Where this test run keeps the demo site: shared by the workers of a parallel run
    (pytest-xdist), each of which has its own directory below."""
    run_dir = tmp_path_factory.getbasetemp()
    return run_dir.parent if os.environ.get("PYTEST_XDIST_WORKER") else run_dir


def built_demo(run_dir: Path) -> DemoServer:
    """Do what `make demo` does on a fresh SQLite file, once per test run: whoever comes first
    (a background thread, a worker of a parallel run) builds it, under a lock, and the others
    wait for it. The demo loader runs twice to prove it is idempotent. The work is done by
    `manage.py` processes, so a waiting thread holds no other test up."""
    build, outputs = run_dir / "demo-build", run_dir / "demo-build.json"
    demo = DemoServer(build)
    with open(run_dir / "demo-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not outputs.exists():
            shutil.rmtree(build, ignore_errors=True)  # what a failed attempt left
            build.mkdir()
            demo.manage("migrate", "--no-input")
            loads = [demo.manage("load_demo"), demo.manage("load_demo")]
            outputs.write_text(json.dumps(loads))
    demo.load_outputs = json.loads(outputs.read_text())
    return demo


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The demo site (`built_demo`), a copy of its own for this process, served with the real
    ASGI server. Redis and PostgreSQL settings are removed so the server runs the embedded
    default whatever the test run is configured with."""
    demo = built_demo(demo_run_dir(tmp_path_factory)).copy(tmp_path_factory.mktemp("demo") / "var")
    with serve_asgi(demo.env, Path(demo.env["BEACON_VAR_DIR"]) / "server.log") as base_url:
        demo.base_url = base_url
        yield demo


@pytest.fixture(autouse=True)
def _steady_rate_windows():
    """Rate limits count in fixed windows of the clock: a test that makes a limit's number of
    requests and then one more would see the count start again if a window ended in between.
    The rate limiter's clock stands still during each test (only its clock: nothing else)."""
    import django_ratelimit.core

    now = time.time()
    with mock.patch.object(django_ratelimit.core, "time", SimpleNamespace(time=lambda: now)):
        yield


@pytest.fixture(autouse=True)
def _isolated_state(settings):
    """Each test starts with a cache of its own, under a key prefix no other test or process
    uses: Wagtail caches site root paths by page id, which would leak between tests whose rows
    are rolled back, and from servers that tests start on other databases but the same Redis
    (a clear would not keep those out, and would flush their broker queues). And English is
    active: a request leaves its language active in the thread. Passwords are hashed quickly
    (tests/hashers.py)."""
    settings.PASSWORD_HASHERS = ["tests.hashers.QuickPBKDF2PasswordHasher"]
    settings.CACHES = {
        name: {**config, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
        for name, config in settings.CACHES.items()
    }
    from core import public_cache

    public_cache.remember(None)  # the generation this process read from the previous cache
    translation.activate("en")
    yield
    translation.deactivate()
