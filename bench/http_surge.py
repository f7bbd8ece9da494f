"""HTTP surge: anonymous readers of the public pages and APIs, against a static file's rate.

    python bench/http_surge.py [--seconds 4] [--rounds 3] [--clients 16 64] [--workers 1]

Runs the production shape on this machine: a fresh PostgreSQL database (or DATABASE_URL) with the
demo's pages, lessons and alerts (as `load_demo` makes them), the cache on Redis, static files
collected (hashed, compressed) and one uvicorn process (`--workers` for more). For every
number of concurrent clients, each path is read by that many clients for --seconds, in --rounds
interleaved rounds (run 0 warms up and is not counted):
a static CSS file (the reference, by the hashed URL the pages link), /healthz, the home page,
the alerts page, the JSON API, a lesson page, the Atom feed and a CAP document. Prints requests/s
and p50/p99 latency per path (medians over the rounds) and each path's share of the static rate.

Then the stale-read check: 64 clients poll the JSON API and the alerts page while an alert is
published and then cancelled through the real actions (`approve_alert`); every read received
more than 1 s after the cancel committed that still shows the alert counts as stale (and every
read sent more than 1 s after publishing, answered before the cancel, that misses it).

Redis: REDIS_URL, else --redis-url. The run's cache keys and Celery queue carry their own prefix
(`beacon-bench-http-<pid>`) and are deleted at the end, as is the temporary database.
"""

import argparse
import asyncio
import os
import re
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

import aiohttp
from harness import (
    POSTGRES_ADMIN,
    ROOT,
    free_port,
    redis_url,
    report_targets,
    require_postgres,
    require_redis,
    start,
    throwaway,
    wait_for_port,
    write_alert_texts,
)

sys.path.insert(0, str(ROOT))

PREFIX = f"beacon-bench-http-{os.getpid()}"
HEADERS = {"Accept-Encoding": "br, gzip", "Accept-Language": "en"}
SHARE_TARGET = 0.5  # of the static-file rate, for the paths in TARGET_PATHS
P99_TARGET = 0.2  # seconds, at the largest number of clients
TARGET_PATHS = ("alerts page", "JSON API", "lesson page")
# The readers' paths, for the p99 target (/healthz checks the database and broker on every call:
# a reference, not a public page).
PUBLIC_PATHS = ("home page", *TARGET_PATHS, "Atom feed", "CAP document")


# --- Services, settings and data


def setup_django(options, database_url: str, var_dir: Path) -> dict[str, str]:
    """Configure this process (same settings as the server) and return the server's env."""
    (var_dir / "bench_settings.py").write_text(
        "from config.settings import *  # noqa: F403\n\n"
        f"CACHES['default']['KEY_PREFIX'] = {PREFIX!r}  # noqa: F405\n"
        f"CELERY_TASK_DEFAULT_QUEUE = {PREFIX!r}\n"
    )
    sys.path.insert(0, str(var_dir))
    env = {
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": options.redis_url,
        "BEACON_VAR_DIR": str(var_dir),
        "COLLECTED_STATIC": "1",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    for name in ("DEBUG", "ALLOWED_HOSTS"):
        os.environ.pop(name, None)
    import django

    django.setup()
    paths = [str(ROOT), str(var_dir), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def prepare() -> str:
    """The demo's content and accounts, and static files collected; the identifier of an active
    alert (its CAP document is one of the paths)."""
    from django.core.management import call_command

    from alerts.models import Alert
    from demo.alerts import ensure_authority_users
    from demo.lessons import ensure_demo_lessons
    from demo.site import ensure_home_pages

    call_command("migrate", verbosity=0)
    ensure_demo_lessons(ensure_home_pages())  # load_demo's content, without its classes
    ensure_authority_users()  # and accounts: the demo authority, its alerts
    call_command("collectstatic", interactive=False, verbosity=0)
    alert = Alert.objects.active().order_by("-sent").first()
    if alert is None:
        raise SystemExit("the demo content has no active alert")
    return alert.identifier


def demo_users():
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    return users.get(username="riverside-author"), users.get(username="riverside-approver")


def committed_approval(alert) -> float:
    """Approve `alert` and return the moment the approval committed (time.monotonic, the event
    loop's clock): the first after-commit hook, registered before the action's own."""
    from django.db import transaction

    from alerts import actions

    _, approver = demo_users()
    stamp: list[float] = []
    with transaction.atomic():
        transaction.on_commit(lambda: stamp.append(time.monotonic()))
        actions.approve_alert(alert=alert, user=approver)
    return stamp[0]


def publish_alert(headline: str) -> tuple[str, float]:
    """An alert written, submitted and approved by the demo authority: its identifier and the
    moment it was published."""
    from django.utils import timezone

    from alerts import actions
    from alerts.models import Authority, Region
    from demo.alerts import DEMO_AUTHORITY

    author, _ = demo_users()
    alert = actions.new_alert(authority=Authority.objects.get(name=DEMO_AUTHORITY), user=author)
    alert.save()
    alert.regions.set(Region.objects.filter(code="XR-RS"))
    alert.save()
    write_alert_texts(
        alert,
        languages=("en", "fr"),
        headline=headline,
        description="The river is rising fast.",
        expires=timezone.now() + timedelta(hours=6),
    )
    actions.submit_alert(alert=alert, user=author)
    return alert.identifier, committed_approval(alert)


def cancel_ready(identifier: str) -> int:
    """A submitted Cancel of the alert, waiting for approval."""
    from alerts import actions
    from alerts.models import Alert

    author, _ = demo_users()
    cancel = actions.start_follow_up(
        alert=Alert.objects.get(identifier=identifier), user=author, kind="cancel"
    )
    actions.submit_alert(alert=cancel, user=author)
    return cancel.pk


def cancel(alert_id: int) -> float:
    """Approve the submitted Cancel: the moment it committed."""
    from alerts.models import Alert

    return committed_approval(Alert.objects.get(pk=alert_id))


# --- Load


async def read(session, url: str, samples: list, stop_at: float, check=None) -> None:
    while time.monotonic() < stop_at:
        sent = time.monotonic()
        async with session.get(url, headers=HEADERS) as response:
            body = await response.read()
        received = time.monotonic()
        samples.append((sent, received, response.status, check(body) if check else None))


async def surge(base: str, urls: list[str], clients: int, seconds: float, check=None) -> list:
    """`clients` readers, spread over `urls`, each reading again as soon as it has an answer."""
    samples: list = []
    connector = aiohttp.TCPConnector(limit=clients, force_close=False)
    async with aiohttp.ClientSession(base, connector=connector) as session:
        stop_at = time.monotonic() + seconds
        await asyncio.gather(
            *(read(session, urls[n % len(urls)], samples, stop_at, check) for n in range(clients))
        )
    return samples


def figures(samples: list, seconds: float) -> dict:
    latencies = sorted(received - sent for sent, received, _status, _ in samples)
    return {
        "rate": len(samples) / seconds,
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": sum(1 for sample in samples if sample[2] != 200),
    }


async def measure(options, base: str, paths: dict[str, str]) -> dict:
    """Median figures per (clients, path name) over the rounds; round 0 warms up."""
    results: dict = {}
    for clients in options.clients:
        for round_number in range(options.rounds + 1):
            seconds = options.seconds if round_number else 1.0
            for name, path in paths.items():
                found = figures(await surge(base, [path], clients, seconds), seconds)
                if round_number:
                    results.setdefault((clients, name), []).append(found)
    return {
        key: {field: statistics.median(r[field] for r in rounds) for field in rounds[0]}
        for key, rounds in results.items()
    }


async def stale_reads(base: str, clients: int) -> dict:
    """Publish, then cancel, an alert while `clients` poll the JSON API and the alerts page."""
    from asgiref.sync import sync_to_async

    db = sync_to_async  # the ORM runs in its one worker thread, off the event loop
    marker = f"Bench surge flood {os.getpid()}"
    shown: dict = {}

    def check(body: bytes):
        return bool(shown.get("identifier")) and shown["identifier"].encode() in body

    urls = ["/api/alerts/active.json", "/en/alerts/"]
    reader = asyncio.create_task(surge(base, urls, clients, 9.0, check))
    await asyncio.sleep(1.0)
    shown["identifier"], published = await db(publish_alert)(marker)
    await asyncio.sleep(2.0)
    cancelled = await db(cancel)(await db(cancel_ready)(shown["identifier"]))
    samples = await reader
    return {
        "reads": len(samples),
        "missed 1 s after publishing": sum(
            1
            for sent, got, _s, seen in samples
            if published + 1 < sent and got < cancelled and not seen
        ),
        "showing it, sent after the cancel": sum(
            1 for sent, _r, _s, seen in samples if sent > cancelled and seen
        ),
        "stale": sum(1 for _s, got, _st, seen in samples if got > cancelled + 1 and seen),
        "errors": sum(1 for sample in samples if sample[2] != 200),
    }


# --- Report


def print_table(options, results: dict, paths: dict[str, str]) -> None:
    for clients in options.clients:
        static = results[(clients, "static file")]["rate"]
        print(f"\n{clients} concurrent clients (medians of {options.rounds} rounds)")
        print(f"  {'path':<44} {'req/s':>8} {'of static':>10} {'p50 ms':>8} {'p99 ms':>8}")
        for name, path in paths.items():
            found = results[(clients, name)]
            errors = f"  errors {found['errors']:g}" if found["errors"] else ""
            print(
                f"  {name + ' ' + path[:30]:<44} {found['rate']:8.0f} "
                f"{found['rate'] / static:9.0%} {found['p50'] * 1000:8.1f} "
                f"{found['p99'] * 1000:8.1f}{errors}"
            )


def verdicts(options, results: dict, stale: dict) -> list[tuple[str, bool]]:
    most = max(options.clients)
    checks = []
    for clients in options.clients:
        static = results[(clients, "static file")]["rate"]
        for name in TARGET_PATHS:
            share = results[(clients, name)]["rate"] / static
            checks.append(
                (
                    f"{name} >= 50 % of the static rate at {clients} clients ({share:.0%})",
                    share >= SHARE_TARGET,
                )
            )
    worst = max(
        found["p99"]
        for (clients, name), found in results.items()
        if clients == most and name in PUBLIC_PATHS
    )
    checks.append(
        (
            f"p99 < 200 ms on every public path at {most} clients ({worst * 1000:.0f} ms)",
            worst < P99_TARGET,
        )
    )
    checks.append((f"0 stale reads after a cancel ({stale['stale']})", stale["stale"] == 0))
    return checks


def serve_and_measure(options, env: dict[str, str], var_dir: Path, processes: list) -> None:
    identifier = prepare()
    from django.db import connection

    connection.close()  # from here on the ORM runs in sync_to_async's thread
    port = free_port()
    log = var_dir / "server.log"
    processes.append(
        start(
            [
                *(sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)),
                *("--lifespan", "off", "--no-access-log", "--log-level", "warning"),
                *("--workers", str(options.workers)),
                "config.asgi:application",
            ],
            env,
            log,
        )
    )
    wait_for_port(port, processes[0], log)
    base = f"http://127.0.0.1:{port}"
    asyncio.run(run(options, base, identifier))


async def stylesheet(base: str) -> str:
    async with aiohttp.ClientSession(base) as session, session.get("/en/") as response:
        html = await response.text()
    return re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)


async def run(options, base: str, identifier: str) -> None:
    paths = {
        "static file": await stylesheet(base),
        "healthz": "/healthz",
        "home page": "/en/",
        "alerts page": "/en/alerts/",
        "JSON API": "/api/alerts/active.json",
        "lesson page": "/en/lessons/flood/",
        "Atom feed": "/alerts/feed.atom",
        "CAP document": f"/alerts/cap/{identifier}.xml",
    }
    print(
        f"uvicorn with {options.workers} worker process(es); PostgreSQL, cache on Redis;"
        " static files collected"
    )
    results = await measure(options, base, paths)
    print_table(options, results, paths)
    stale = await stale_reads(base, max(options.clients))
    print(
        f"\nstale-read check at {max(options.clients)} clients: "
        + ", ".join(f"{name} {value}" for name, value in stale.items())
    )
    print()
    report_targets(verdicts(options, results, stale))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="per path and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--redis-url", default=redis_url())
    parser.add_argument("--postgres", default=POSTGRES_ADMIN, help="where to create a database")
    options = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)

    require_postgres(options.postgres)
    require_redis(options.redis_url)
    with throwaway(PREFIX, postgres=options.postgres, redis=options.redis_url) as run:
        env = setup_django(options, run.database_url, run.var_dir)
        serve_and_measure(options, env, run.var_dir, run.processes)


if __name__ == "__main__":
    main()
