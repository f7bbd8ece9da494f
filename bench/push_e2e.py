"""Web push end to end: from an approval to the last delivery, through a real Celery worker.

    python bench/push_e2e.py [--n 50000] [--alerts 20] [--per-alert 2000] [--delay 0.05]
                             [--mode both|single|authorities]

Runs the production shape on this machine: a throwaway PostgreSQL database (or DATABASE_URL),
Redis (REDIS_URL, with this run's own Celery queue), Celery beat and one Celery worker with the
concurrency of docker-compose.yml and the project's prefetch settings, and the local push
service of bench/fake_push_server.py answering after `delay`. Then:
  - single: N subscriptions follow a town; an approver approves an alert for it through
    `alerts.actions.approve_alert`, and the run lasts until the push service has confirmed every
    delivery. Targets: >= 4,000 deliveries/s from approval to the last delivery, 0 lost, 0
    duplicated, the first delivery within 1 s of approval;
  - authorities: `--alerts` authorities each approve an alert for the same town within one
    second, each alert reaching `--per-alert` subscriptions. Targets: every alert's first
    delivery within 2 s of its approval, and none waits for another to finish (every alert has
    started before any has finished), 0 lost, 0 duplicated.
CPU seconds are reported per delivery for the worker processes and, apart, the push service
(which a real deployment does not run).
"""

import argparse
import os
import re
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

from celery_run import Run
from harness import (
    POSTGRES_ADMIN,
    RIVERLAND,
    ROOT,
    free_port,
    redis_url,
    report_targets,
    require_postgres,
    require_redis,
    start,
    throwaway,
    wait_for,
    write_alert_texts,
)

sys.path.insert(0, str(ROOT))

PREFIX = f"beacon-bench-push-{os.getpid()}"  # this run's Celery queue on a shared Redis
TOWN = "XR-RS-01"
LANGUAGES = ["en", "fr", "uk", "ar"]
TARGET_RATE = 4000
TARGET_FIRST = 1.0
TARGET_START = 2.0


def worker_concurrency() -> int:
    """The worker's --concurrency in docker-compose.yml: the production setting."""
    compose = (ROOT / "docker-compose.yml").read_text()
    found = re.search(r"celery -A config worker[^\n]*--concurrency[ =](\d+)", compose)
    if not found:
        raise SystemExit("docker-compose.yml: no `celery -A config worker --concurrency N`")
    return int(found.group(1))


def setup_django(database: str, redis: str, var_dir: Path, origin: str) -> dict[str, str]:
    """This process on the run's settings; returns the environment of the Celery processes."""
    (var_dir / "bench_settings.py").write_text(
        f"from config.settings import *  # noqa: F403\n\nCELERY_TASK_DEFAULT_QUEUE = {PREFIX!r}\n"
    )
    sys.path.insert(0, str(var_dir))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench_settings",
        DATABASE_URL=database,
        REDIS_URL=redis,
        BEACON_VAR_DIR=str(var_dir),
        PUSH_SERVICE_HOSTS=origin,  # the local push service, the only one allowed here
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("DEBUG", None)
    import django

    django.setup()
    paths = [str(ROOT), str(var_dir), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


# --- Data


def prepare(authorities: int) -> list[tuple[int, int, int]]:
    """Authorities for the town, each with an author and an approver (the same two people)."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from alerts.models import Authority, AuthorityMember, Region
    from alerts.regions_import import import_regions

    call_command("migrate", verbosity=0)
    import_regions(RIVERLAND.read_text())
    users = [get_user_model().objects.create(username=name) for name in ("author", "approver")]
    ids = []
    for number in range(authorities):
        authority = Authority.objects.create(
            name=f"Bench authority {number}",
            sender=f"bench{number}.beacon.test",
            languages=",".join(LANGUAGES),
        )
        authority.jurisdiction.set(Region.objects.filter(code=TOWN))
        for user, can_approve in zip(users, (False, True), strict=True):
            AuthorityMember.objects.create(authority=authority, user=user, can_approve=can_approve)
        ids.append((authority.pk, users[0].pk, users[1].pk))
    return ids


def subscribe(n: int, origin: str) -> None:
    """N subscriptions following the town, in four languages, with real keys."""
    from push_fanout import make_keys

    from alerts.models import PushSubscription, Region

    PushSubscription.objects.all().delete()
    town = Region.objects.get(code=TOWN)
    subscriptions = PushSubscription.objects.bulk_create(
        (
            PushSubscription(
                endpoint=f"{origin}/push/s{i}", p256dh=p256dh, auth=auth, language=LANGUAGES[i % 4]
            )
            for i, (p256dh, auth) in enumerate(make_keys(n))
        ),
        batch_size=5000,
    )
    through = PushSubscription.regions.through
    through.objects.bulk_create(
        (through(pushsubscription_id=s.pk, region_id=town.pk) for s in subscriptions),
        batch_size=5000,
    )


def submitted_alert(ids: tuple[int, int, int], headline: str) -> tuple[int, str]:
    """A Severe flood alert for the town, submitted by the author; its id and push Topic."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from alerts import actions
    from alerts.delivery.webpush.send import topic_for
    from alerts.models import Authority, Region

    authority_id, author_id, _approver = ids
    author = get_user_model().objects.get(pk=author_id)
    alert = actions.new_alert(authority=Authority.objects.get(pk=authority_id), user=author)
    alert.save()
    alert.regions.set(Region.objects.filter(code=TOWN))
    alert.save()  # writes the ParentalManyToManyField
    write_alert_texts(
        alert,
        languages=LANGUAGES,
        headline=headline,
        description="The river is rising fast.",
        expires=timezone.now() + timedelta(hours=6),
    )
    actions.submit_alert(alert=alert, user=author)
    return alert.pk, topic_for(alert)


def approve(alert_id: int, approver_id: int) -> float:
    """Approve through the action; the wall-clock time it was called."""
    from django.contrib.auth import get_user_model

    from alerts import actions
    from alerts.models import Alert

    approver = get_user_model().objects.get(pk=approver_id)
    alert = Alert.objects.get(pk=alert_id)
    approved = time.time()
    actions.approve_alert(alert=alert, user=approver)
    return approved


def single(run: Run, worker, ids, n: int) -> list[tuple[str, bool]]:
    alert_id, topic = submitted_alert(ids[0], "Bench flood")
    approved = []
    counts, cpu = run.measure(worker, n, lambda: approved.append(approve(alert_id, ids[0][2])))
    mine = counts["topics"].get(topic, {"received": 0, "first": 0, "last": 0})
    first, total = mine["first"] - approved[0], mine["last"] - approved[0]
    lost, duplicates = n - (counts["received"] - counts["duplicates"]), counts["duplicates"]
    rate = n / total
    print(f"single alert to {n:,} subscriptions")
    print(f"  approval to first delivery {first * 1000:.0f} ms, to last {total:.1f} s")
    print(f"  end to end: {rate:,.0f} deliveries/s (first to last: {n / (total - first):,.0f}/s)")
    print(f"  lost {lost}, duplicated {duplicates}")
    print(f"  CPU per delivery: {shares(cpu)}")
    return [
        (f"single: >= {TARGET_RATE:,} deliveries/s end to end ({rate:,.0f})", rate >= TARGET_RATE),
        (f"single: first delivery within {TARGET_FIRST:.0f} s ({first:.2f} s)", first <= 1),
        ("single: 0 lost", lost == 0),
        ("single: 0 duplicated", duplicates == 0),
    ]


def authorities(run: Run, worker, ids, per_alert: int) -> list[tuple[str, bool]]:
    alerts = [submitted_alert(i, f"Bench flood {number}") for number, i in enumerate(ids)]
    approved = {}

    def approve_one(alert, authority) -> None:
        from django.db import connection

        (alert_id, topic), (_authority, _author, approver) = alert, authority
        try:
            approved[topic] = approve(alert_id, approver)
        finally:
            connection.close()

    def publish():  # every approver at once, as authorities acting in the same second
        with ThreadPoolExecutor(len(alerts)) as pool:
            list(pool.map(approve_one, alerts, ids))

    expected = per_alert * len(alerts)
    counts, cpu = run.measure(worker, expected, publish)
    topics = counts["topics"]
    spread = max(approved.values()) - min(approved.values())
    starts = [topics[t]["first"] - approved[t] for t in approved if t in topics]
    reached = [topics.get(t, {"received": 0})["received"] for t in approved]
    last_first = max(topics[t]["first"] for t in approved if t in topics)
    first_last = min(topics[t]["last"] for t in approved if t in topics)
    lost = expected - (counts["received"] - counts["duplicates"])
    duplicates = counts["duplicates"]
    total = max(topics[t]["last"] for t in topics) - min(approved.values())
    print(f"{len(alerts)} authorities, one alert each to {per_alert:,} subscriptions")
    print(f"  approved within {spread:.2f} s; approval to first delivery per alert:")
    print(f"    median {statistics.median(starts):.2f} s, max {max(starts):.2f} s")
    print(f"  last alert to start did so {first_last - last_first:.1f} s before the first ended")
    print(f"  all delivered {total:.1f} s after the first approval ({expected / total:,.0f}/s)")
    print(f"  lost {lost}, duplicated {duplicates}, deliveries per alert {min(reached)}..")
    print(f"  CPU per delivery: {shares(cpu)}")
    return [
        (
            f"authorities: every alert's first delivery within {TARGET_START:.0f} s"
            f" ({max(starts):.2f} s)",
            len(starts) == len(alerts) and max(starts) <= TARGET_START,
        ),
        ("authorities: none waits for another to finish", last_first < first_last),
        ("authorities: 0 lost", lost == 0),
        ("authorities: 0 duplicated", duplicates == 0),
    ]


def shares(cpu: dict) -> str:
    return ", ".join(f"{name} {ms:.3f} ms" for name, ms in cpu.items())


def measure(options, env, var_dir: Path, origin: str, push) -> list[tuple[str, bool]]:
    from django.conf import settings
    from django.db import connection

    ids = prepare(options.alerts if options.mode != "single" else 1)
    concurrency = worker_concurrency()
    run = Run(env, var_dir, origin, push)
    try:
        worker = run.start(concurrency)
        print(
            f"worker: --concurrency {concurrency} (docker-compose.yml), prefetch multiplier"
            f" {settings.CELERY_WORKER_PREFETCH_MULTIPLIER}, push service delay"
            f" {options.delay * 1000:.0f} ms, load average {os.getloadavg()[0]:.1f} (2 cores)"
        )
        targets = []
        if options.mode in ("both", "single"):
            subscribe(options.n, origin)
            connection.close()
            targets += single(run, worker, ids, options.n)
        if options.mode in ("both", "authorities"):
            subscribe(options.per_alert, origin)
            connection.close()
            targets += authorities(run, worker, ids, options.per_alert)
        return targets
    finally:
        run.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000, help="subscriptions (single alert)")
    parser.add_argument("--alerts", type=int, default=20, help="authorities publishing at once")
    parser.add_argument("--per-alert", type=int, default=2000, help="subscriptions per alert")
    parser.add_argument("--delay", type=float, default=0.05, help="push service answer, seconds")
    parser.add_argument("--mode", choices=["both", "single", "authorities"], default="both")
    parser.add_argument("--postgres", default=POSTGRES_ADMIN, help="where to create a database")
    parser.add_argument("--keep-logs", action="store_true", help="keep the processes' logs")
    options = parser.parse_args()
    require_postgres(options.postgres)
    require_redis(redis_url())
    with throwaway(
        PREFIX, postgres=options.postgres, redis=redis_url(), keep_logs=options.keep_logs
    ) as run:
        port = free_port()
        origin = f"http://127.0.0.1:{port}"
        script = [sys.executable, str(ROOT / "bench" / "fake_push_server.py"), str(port)]
        push = start([*script, str(options.delay)], dict(os.environ), run.var_dir / "push.log")
        run.processes.append(push)
        env = setup_django(run.database_url, redis_url(), run.var_dir, origin)
        wait_for(lambda: port_open(port), 20, "the push service")
        targets = measure(options, env, run.var_dir, origin, push)
    report_targets(targets)


def port_open(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


if __name__ == "__main__":
    main()
