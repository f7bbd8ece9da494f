"""Shared fixtures: the demo server (what `make demo` runs) and service access."""

import os
import re
import subprocess
import uuid

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


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """Do what `make demo` does on a fresh SQLite file, then serve it with the real ASGI server.

    The demo loader runs twice to prove it is idempotent. Redis and PostgreSQL settings are removed
    so the server runs in the embedded default whatever the test run is configured with.
    """
    var_dir = tmp_path_factory.mktemp("demo-var")
    demo = DemoServer(var_dir)
    demo.manage("migrate", "--no-input")
    demo.load_outputs = [demo.manage("load_demo"), demo.manage("load_demo")]
    with serve_asgi(demo.env, var_dir / "server.log") as base_url:
        demo.base_url = base_url
        yield demo


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
