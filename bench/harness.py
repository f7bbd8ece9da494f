"""What the benchmarks share: the services they need, a throwaway run (its PostgreSQL
database, its directory, its processes and its Redis keys, all removed at the end), subprocesses
started and stopped as a group, ports, file limits, the texts of a benchmark alert and the closing
list of targets.

Run as a script (`make bench` does, first), it checks PostgreSQL and Redis and says what is
missing, so that no benchmark starts on a configuration that cannot work.
"""

import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RIVERLAND = ROOT / "demo" / "content" / "regions.geojson"  # the demo's regions
POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_DEFAULT = "redis://127.0.0.1:6379/0"


def redis_url() -> str:
    return os.environ.get("REDIS_URL") or REDIS_DEFAULT


def require_postgres(admin_url: str) -> None:
    """Exit with what is needed when the PostgreSQL server the benchmark uses is unreachable
    (DATABASE_URL if set, else `admin_url`, where a throwaway database is created)."""
    import psycopg

    url = os.environ.get("DATABASE_URL") or admin_url
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit(
            f"this benchmark needs PostgreSQL; DATABASE_URL is {url.split(':', 1)[0]}:…\n"
            "unset it (a throwaway database is created on postgres@127.0.0.1:5432) or point it"
            " to postgres://…"
        )
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as error:
        raise SystemExit(
            f"this benchmark needs PostgreSQL, unreachable at {safe(url)}: {error}\n"
            "start one (e.g. `docker compose up -d db`, or apt-get install postgresql) and set"
            " DATABASE_URL, or let it create a throwaway database on postgres@127.0.0.1:5432"
        ) from error


def require_redis(url: str) -> None:
    """Exit with what is needed when Redis is unreachable at `url`."""
    import redis

    try:
        redis.Redis.from_url(url, socket_timeout=5).ping()
    except redis.RedisError as error:
        raise SystemExit(
            f"this benchmark needs Redis, unreachable at {safe(url)}: {error}\n"
            "start one (e.g. `docker compose up -d redis`, or apt-get install redis-server) and"
            " set REDIS_URL (default redis://127.0.0.1:6379/0)"
        ) from error


def safe(url: str) -> str:
    """A service URL without its password, to print."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.rsplit('@', 1)[-1]}"


def report_targets(targets: list[tuple[str, bool]]) -> None:
    """The closing lines of every benchmark: each target, `met` or `NOT met`."""
    print("targets:")
    for label, ok in targets:
        print(f"  {label}: {'met' if ok else 'NOT met'}")


def create_database(admin_url: str) -> str:
    import psycopg

    name = f"beacon_bench_{os.getpid()}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def clear_keys(url: str, prefix: str) -> None:
    """Delete the Redis keys (channel layer, Celery queue, cache) that carry `prefix`."""
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"*{prefix}*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def stopped(signum, frame) -> None:
    raise SystemExit(f"stopped by signal {signum}")


@dataclass
class Run:
    var_dir: Path
    database_url: str
    processes: list[subprocess.Popen] = field(default_factory=list)


@contextmanager
def throwaway(prefix: str, *, postgres: str, redis: str, keep_logs: bool = False) -> Iterator[Run]:
    """A run's own directory and database (DATABASE_URL's instead, when set). Whatever happens,
    even SIGINT or SIGTERM, its processes are stopped, its Redis keys (those carrying `prefix`)
    and its database deleted; its directory too, unless the run failed or logs are kept."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # a background job ignores it
    signal.signal(signal.SIGTERM, stopped)
    own_database = not os.environ.get("DATABASE_URL")
    database_url = create_database(postgres) if own_database else os.environ["DATABASE_URL"]
    run = Run(Path(tempfile.mkdtemp(prefix=f"{prefix}-")), database_url)
    finished = False
    try:
        yield run
        finished = True
    finally:
        for process in run.processes:
            stop(process)
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        clear_keys(redis, prefix)
        if own_database:
            drop_database(postgres, database_url)
        if finished and not keep_logs:
            shutil.rmtree(run.var_dir, ignore_errors=True)
        else:
            print(f"logs kept in {run.var_dir}", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    # A session of its own, so uvicorn's worker processes are stopped with it.
    return subprocess.Popen(  # noqa: S603 - our own commands
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        start_new_session=True,
    )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_for(predicate, timeout: float, what: str):
    """Poll `predicate` until it returns something true (an OSError counts as not yet), and
    return that; give up with a clear message after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if value := predicate():
                return value
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"timed out after {timeout:.0f} s waiting for {what}")


def wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped:\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not listen within 60 s")


def raise_fd_limit(n: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, max(soft, 2 * n + 1000))
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    if wanted < n + 200:
        raise SystemExit(f"open files limited to {hard}: too few for {n} clients")


def write_alert_texts(alert, *, languages, headline: str, description: str, expires=None) -> None:
    """One Severe flood text per language, "<headline> (<language>)", as an authority writes."""
    from alerts.models import AlertInfo

    for language in languages:
        AlertInfo.objects.create(
            alert=alert,
            language=language,
            category="Met",
            event="Flood",
            urgency="Immediate",
            severity="Severe",
            certainty="Observed",
            headline=f"{headline} ({language})",
            description=description,
            instruction="Move to higher floors and avoid flood water.",
            expires=expires,
        )


if __name__ == "__main__":
    require_postgres(POSTGRES_ADMIN)
    require_redis(redis_url())
    print(f"PostgreSQL and Redis ({safe(redis_url())}) reachable")
