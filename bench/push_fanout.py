"""Web push fan-out: deliveries per second of Beacon's pipeline, against baselines.

    python bench/push_fanout.py [--n 20000] [--delay 0.05] [--sample 200]

Prints, measured in the same run against a local push service that answers after `delay`:
  - Beacon: plan the deliveries of one published alert to N subscriptions, then send the batches
    with two worker processes (`--workers`) running the batch function the Celery task runs,
    checking 0 lost and 0 duplicates;
  - crypto only: encrypting the same payloads as Beacon does, no network (one thread);
  - baseline: a plain `pywebpush.webpush()` loop on a sample of subscriptions.
Needs PostgreSQL (several worker processes write at once; SQLite would lock): DATABASE_URL if
set, else a throwaway database on `--postgres`. Ends with its targets, met or NOT met: at least
5,000 deliveries/s and 45 % of the crypto-only rate, 0 lost, 0 duplicated.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from multiprocessing import get_context
from pathlib import Path

from harness import (
    POSTGRES_ADMIN,
    RIVERLAND,
    ROOT,
    create_database,
    drop_database,
    free_port,
    report_targets,
    require_postgres,
    write_alert_texts,
)

sys.path.insert(0, str(ROOT))


def setup_django(var_dir: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["BEACON_VAR_DIR"] = var_dir  # DATABASE_URL: set by main(), inherited
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def stats(origin: str) -> dict:
    with urllib.request.urlopen(origin + "/stats", timeout=10) as response:  # noqa: S310 - loopback
        return json.load(response)


def reset(origin: str) -> None:
    urllib.request.urlopen(urllib.request.Request(origin + "/reset", method="POST"), timeout=10)  # noqa: S310


def make_keys(n: int) -> list[tuple[str, str]]:
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    def b64(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    keys = []
    for _ in range(n):
        public = (
            ec.generate_private_key(ec.SECP256R1())
            .public_key()
            .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        )
        keys.append((b64(public), b64(os.urandom(16))))
    return keys


def populate(n: int, origin: str, keys) -> int:
    from django.utils import timezone

    from alerts.models import Alert, AlertState, PushSubscription, Region
    from alerts.regions_import import import_regions

    import_regions(RIVERLAND.read_text())
    town = Region.objects.get(code="XR-RS-01")
    PushSubscription.objects.all().delete()
    subscriptions = PushSubscription.objects.bulk_create(
        PushSubscription(
            endpoint=f"{origin}/push/s{i}", p256dh=p256dh, auth=auth, language=("en", "fr")[i % 2]
        )
        for i, (p256dh, auth) in enumerate(keys)
    )
    through = PushSubscription.regions.through
    through.objects.bulk_create(
        through(pushsubscription_id=s.pk, region_id=town.pk) for s in subscriptions
    )
    alert = Alert.objects.create(sender="bench", status="Exercise", sent=timezone.now())
    alert.regions.set([town])
    alert.save()  # writes the ParentalManyToManyField
    write_alert_texts(
        alert,
        languages=("en", "fr"),
        headline="Flood warning",
        description="The river is rising.",
    )
    alert.state = AlertState.PUBLISHED  # written as a draft: content is frozen once published
    alert.save(update_fields=["state"])
    return alert.pk


def worker_init(var_dir: str) -> None:
    """What a Celery worker process does when it starts (config.celery)."""
    setup_django(var_dir)
    from django.db import connection

    from alerts.delivery.webpush.send import warm_up

    warm_up()
    connection.ensure_connection()  # so that database_pids() sees it from the first run


def run_batch(args) -> int:
    from alerts.delivery.webpush.send import send_batch

    alert_id, ids = args
    result = send_batch(alert_id, ids)
    return len(ids) - len(result.retry_ids)


def cpu_seconds(pids) -> float:
    """User + system CPU time of processes, from /proc (Linux)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def database_pids() -> list[int]:
    """The PostgreSQL server processes serving this database, the planner's and the workers'
    connections (none for SQLite)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        return [pid for (pid,) in cursor.fetchall()]


def beacon_rate(pool, alert_id: int, server_pid: int) -> tuple[float, int, dict[str, float]]:
    """Plan the deliveries, then send every batch on the (already running) worker processes.
    Returns the rate, the number sent and the CPU seconds of Beacon's processes, of the database
    serving the workers and of the push service."""
    from alerts.delivery.webpush.plan import plan_push
    from alerts.models import Alert

    processes = {
        "Beacon": [os.getpid()] + [process.pid for process in pool._pool],
        "database": database_pids(),  # the workers' connections, kept from earlier runs
        "push service": [server_pid],
    }
    before = {name: cpu_seconds(pids) for name, pids in processes.items()}
    started = time.perf_counter()
    alert = Alert.objects.get(pk=alert_id)
    # each batch goes to the workers as soon as it is planned, as deliver_alert queues it
    running = [pool.apply_async(run_batch, ((alert_id, batch),)) for batch in plan_push(alert)]
    sent = sum(result.get() for result in running)
    rate = sent / (time.perf_counter() - started)
    cpu = {name: cpu_seconds(pids) - before[name] for name, pids in processes.items()}
    return rate, sent, cpu


def crypto_rate(keys, payload: bytes) -> float:
    """Messages per second that Beacon's encryption alone manages, in one thread."""
    from alerts.delivery.webpush.sender import PushMessage, encrypt

    messages = [
        PushMessage(i, "https://x.invalid/", p256dh, auth, payload, 60, "normal", "t")
        for i, (p256dh, auth) in enumerate(keys)
    ]
    started = time.perf_counter()
    for message in messages:
        encrypt(message)
    return len(messages) / (time.perf_counter() - started)


def baseline_rate(keys, origin: str, payload: bytes) -> float:
    from pywebpush import webpush

    from alerts.delivery.webpush import vapid

    private_key = vapid.keys()["private_key"]
    started = time.perf_counter()
    for i, (p256dh, auth) in enumerate(keys):
        webpush(
            {"endpoint": f"{origin}/push/b{i}", "keys": {"p256dh": p256dh, "auth": auth}},
            data=payload,
            vapid_private_key=private_key,
            vapid_claims={"sub": "mailto:bench@beacon.invalid"},
            ttl=60,
        )
    return len(keys) / (time.perf_counter() - started)


TARGET_RATE = 5000  # deliveries/s
TARGET_CRYPTO_SHARE = 0.45  # of the crypto-only rate, same run


def measure(options, origin: str, server_pid: int) -> dict:
    """Every figure of one benchmark, on a migrated database and a running push service."""
    from django.db import connection

    keys = make_keys(options.n)
    payload = json.dumps({"title": "Flood warning", "body": "Move to higher floors." * 4}).encode()
    rates, problems, cpu = [], [], []
    # Worker processes started beforehand, as Celery workers would be.
    pool = get_context("spawn").Pool(options.workers, worker_init, (os.environ["BEACON_VAR_DIR"],))
    with pool:
        for _run in range(options.runs):
            reset(origin)
            alert_id = populate(options.n, origin, keys)
            connection.close()
            rate, sent, seconds = beacon_rate(pool, alert_id, server_pid)
            cpu.append({name: value / sent * 1000 for name, value in seconds.items()})
            received = stats(origin)
            lost, duplicates = options.n - received["received"], received["duplicates"]
            problems.append((lost, duplicates, options.n - sent))
            rates.append(rate)
    return {
        "rates": rates,
        "problems": problems,
        "cpu": cpu,
        "crypto": crypto_rate(keys[: max(1000, options.sample)], payload),
        "baseline": baseline_rate(keys[: options.sample], origin, payload),
    }


def report(options, figures: dict) -> None:
    rates, cpu, problems = figures["rates"], figures["cpu"], figures["problems"]
    crypto, baseline = figures["crypto"], figures["baseline"]
    beacon = statistics.median(rates)
    runs = ", ".join(f"{rate:,.0f}" for rate in rates)
    delay_ms = options.delay * 1000
    print(
        f"subscriptions: {options.n}, push service delay: {delay_ms:.0f} ms, runs: {options.runs}"
    )
    workers = options.workers
    print(
        f"Beacon pipeline ({workers} worker processes): median {beacon:,.0f} deliveries/s ({runs})"
    )
    print(f"lost / duplicates / unconfirmed per run: {problems}")
    shares = ", ".join(
        f"{name} {statistics.median(c[name] for c in cpu):.3f} ms" for name in cpu[0]
    )
    print(f"CPU per delivery (medians): {shares}")
    print(f"load average during the run (2 cores): {os.getloadavg()[0]:.1f}")
    print(f"crypto only (1 thread, no network):   {crypto:,.0f} messages/s")
    print(f"baseline pywebpush.webpush() loop:     {baseline:,.0f} deliveries/s ({options.sample})")
    ratio_baseline, ratio_crypto = beacon / baseline, beacon / crypto
    print(f"ratios: Beacon/baseline {ratio_baseline:,.1f}x, Beacon/crypto {ratio_crypto:.2f}x")
    report_targets(
        [
            (f">= {TARGET_RATE:,} deliveries/s (median {beacon:,.0f})", beacon >= TARGET_RATE),
            (
                f">= {TARGET_CRYPTO_SHARE:.0%} of the crypto-only rate ({ratio_crypto:.0%})",
                ratio_crypto >= TARGET_CRYPTO_SHARE,
            ),
            ("0 lost in every run", all(p[0] == 0 and p[2] == 0 for p in problems)),
            ("0 duplicated in every run", all(p[1] == 0 for p in problems)),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="worker processes (Celery's)")
    parser.add_argument("--postgres", default=POSTGRES_ADMIN, help="where to create a database")
    options = parser.parse_args()
    require_postgres(options.postgres)

    own_database = not os.environ.get("DATABASE_URL")
    database_url = create_database(options.postgres) if own_database else os.environ["DATABASE_URL"]
    os.environ["DATABASE_URL"] = database_url  # the worker processes inherit it
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    # The local push service is the only one Beacon may post to here (inherited by the workers).
    os.environ["PUSH_SERVICE_HOSTS"] = origin
    server = subprocess.Popen(  # noqa: S603 - our own script
        [sys.executable, str(ROOT / "bench" / "fake_push_server.py"), str(port), str(options.delay)]
    )
    try:
        setup_django(tempfile.mkdtemp(prefix="beacon-bench-"))
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                stats(origin)
                break
            except OSError:
                time.sleep(0.1)
        figures = measure(options, origin, server.pid)
    finally:
        server.terminate()
        if own_database:
            from django.db import connections

            connections.close_all()
            drop_database(options.postgres, database_url)
    report(options, figures)


if __name__ == "__main__":
    main()
