"""Real worker processes on Redis and PostgreSQL (the production shape), a fake push service,
and an authority whose alerts they deliver."""

import os
import signal
import subprocess
import tempfile

import pytest
import redis
from django.conf import settings
from django.db import connection

from alerts import actions
from alerts.models import Authority, AuthorityMember, Region
from tests.builders import riverland, write_texts
from tests.services import (
    PYTHON,
    ROOT,
    free_port,
    serve_asgi,
    subprocess_env,
    unavailable,
    wait_until,
)


@pytest.fixture
def database_url() -> str:
    if connection.vendor != "postgresql":
        unavailable("a worker process needs a shared database: set DATABASE_URL to PostgreSQL")
    settings = connection.settings_dict
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


class Workers:
    """Starts Celery worker (and beat) processes, each in a session of its own; stops them, or
    kills a worker with its pool processes (SIGKILL to its process group)."""

    def __init__(self, database_url: str, log_dir):
        self.database_url, self.log_dir = database_url, log_dir
        self.processes: list[subprocess.Popen] = []

    def start(
        self, redis_url: str, *args: str, pool: str = "--pool=solo", **env: str
    ) -> subprocess.Popen:
        command = [PYTHON, "-m", "celery", "-A", "config", "worker", pool]
        command += ["--without-gossip", "--without-mingle", "--loglevel=INFO", *args]
        return self.spawn(command, redis_url, "worker", env)

    def start_beat(self, redis_url: str, **env: str) -> subprocess.Popen:
        schedule = self.log_dir / f"beat-schedule-{len(self.processes)}"
        command = [PYTHON, "-m", "celery", "-A", "config", "beat", f"--schedule={schedule}"]
        return self.spawn([*command, "--loglevel=WARNING"], redis_url, "beat", env)

    def spawn(self, command, redis_url: str, name: str, env: dict) -> subprocess.Popen:
        log_path = self.log_dir / f"{name}-{len(self.processes)}.log"
        process = subprocess.Popen(  # noqa: S603 - our own worker
            command,
            cwd=ROOT,
            env=subprocess_env(
                DATABASE_URL=self.database_url,
                REDIS_URL=redis_url,
                BEACON_VAR_DIR=str(self.log_dir),
                # the test's push services, as its fixtures have set them by now
                PUSH_SERVICE_HOSTS=",".join(settings.PUSH_SERVICE_HOSTS),
                **env,
            ),
            stdout=subprocess.DEVNULL,
            stderr=log_path.open("w"),
            start_new_session=True,
        )
        process.log_path = log_path
        self.processes.append(process)
        return process

    def wait_ready(self, process: subprocess.Popen, timeout: float = 60) -> None:
        """Until the worker says it is ready to take tasks."""
        wait_until(
            lambda: " ready." in process.log_path.read_text(),
            timeout=timeout,
            what=f"the worker to be ready (log: {process.log_path})",
        )

    def kill(self, process: subprocess.Popen) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@pytest.fixture
def workers(redis_url, database_url, tmp_path, fake_push, settings):
    """Worker processes that may post to the test's fake push service."""
    redis.Redis.from_url(redis_url).delete("celery", "unacked", "unacked_index")  # earlier runs
    started = Workers(database_url, tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def private_workers(database_url, tmp_path):
    """Workers for a test that brings its own Redis (`private_redis`)."""
    started = Workers(database_url, tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def asgi_server(redis_url, database_url, tmp_path) -> str:
    """The ASGI application served by uvicorn in its own process, as in production; returns
    its base URL."""
    env = subprocess_env(
        DATABASE_URL=database_url, REDIS_URL=redis_url, BEACON_VAR_DIR=str(tmp_path)
    )
    with serve_asgi(env, tmp_path / "asgi.log") as base_url:
        yield base_url


class PrivateRedis:
    """A Redis server of the test's own, which it may stop and start again (losing its data,
    as the production Redis does: nothing is kept on disk)."""

    def __init__(self):
        self.port = free_port()
        self.process = None
        self.directory = tempfile.mkdtemp(prefix="beacon-redis-")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "PrivateRedis":
        self.process = subprocess.Popen(  # noqa: S603 - the machine's redis-server
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", self.directory],
            stdout=subprocess.DEVNULL,
        )
        wait_until(lambda: self.client().ping(), timeout=10, what="the private Redis")
        return self

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


@pytest.fixture
def private_redis(redis_url):  # redis_url: only where a Redis server is expected
    if not os.path.exists("/usr/bin/redis-server"):
        unavailable("redis-server is not installed")
    server = PrivateRedis().start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def publish(django_user_model):
    """Publish a Severe alert for `codes` through the four-eyes workflow; the delivery task is
    queued after commit, as in production."""
    riverland()
    authority = Authority.objects.create(
        name="Riverside", sender="alerts.riverside.test", languages="en"
    )
    authority.jurisdiction.set(Region.objects.filter(code="XR-RS"))
    author = django_user_model.objects.create_user("author", password="a-long-password-1")
    approver = django_user_model.objects.create_user("approver", password="a-long-password-2")
    AuthorityMember.objects.create(authority=authority, user=author)
    AuthorityMember.objects.create(authority=authority, user=approver, can_approve=True)

    def publish_for(codes: list[str]):
        alert = actions.new_alert(authority=authority, user=author)
        alert.regions.set(Region.objects.filter(code__in=codes))
        alert.save()
        write_texts(alert)
        actions.submit_alert(alert=alert, user=author)
        return actions.approve_alert(alert=alert, user=approver)

    return publish_for
