"""Web push recovery: a Celery worker killed mid-fan-out, on the production shape.

    python bench/push_recovery.py [--n 5000] [--delay 0.05] [--kill-at 0.2]

Runs PostgreSQL (a temporary database on `--postgres`), a Redis server of its own on a free
port, Celery beat and a Celery worker (`--concurrency 2`, prefork) as separate processes, and
the local push service of bench/fake_push_server.py answering after `delay`. Publishes one alert
to N subscriptions through the outbox task, as publishing does after commit, then:
  - baseline (same run, no fault): time from queueing to the last delivery;
  - fault: `kill -9` of the worker's process group once the push service has confirmed
    `--kill-at` of the deliveries (a share, not a time, so that a fast host still kills the
    worker mid-fan-out), a new worker started at once; prints the time from the kill to the last
    delivery and from the new worker being ready to the last delivery (target <= 30 s), the
    messages sent twice against their bound (worker processes x PUSH_CONCURRENCY) and those lost
    (target 0). A kill that came after the last delivery tested nothing: that is a target too.
"""

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import (
    ROOT,
    create_database,
    drop_database,
    free_port,
    report_targets,
    start,
    stop,
    wait_for,
)

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 30
PROCESSES = 2


def setup_django(database_url: str, redis_url: str, var_dir: str, origin: str) -> dict[str, str]:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        BEACON_VAR_DIR=var_dir,
        PUSH_SERVICE_HOSTS=origin,  # the local push service, the only one allowed here
    )
    os.environ.pop("DEBUG", None)
    import django

    django.setup()
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


class Fleet:
    """Beat and workers on the run's Redis, each in a session of its own."""

    def __init__(self, env: dict[str, str], var_dir: Path):
        self.env, self.var_dir, self.processes = env, var_dir, []

    def start_worker(self) -> tuple[subprocess.Popen, Path]:
        log = self.var_dir / f"worker-{len(self.processes)}.log"
        command = [sys.executable, "-m", "celery", "-A", "config", "worker"]
        command += [f"--concurrency={PROCESSES}", "--without-gossip", "--without-mingle"]
        process = start([*command, "--loglevel=INFO"], self.env, log)
        self.processes.append(process)
        return process, log

    def start_beat(self) -> None:
        schedule = self.var_dir / "beat-schedule"
        command = [sys.executable, "-m", "celery", "-A", "config", "beat", f"--schedule={schedule}"]
        log = self.var_dir / "beat.log"
        self.processes.append(start([*command, "--loglevel=WARNING"], self.env, log))

    def stop_all(self) -> None:
        for process in self.processes:
            stop(process)


def ready(log: Path) -> bool:
    return " ready." in log.read_text()


def unique_received(origin: str) -> int:
    from push_fanout import stats

    counts = stats(origin)
    return counts["received"] - counts["duplicates"]


def publish(origin: str, keys) -> float:
    """A published alert to every subscription and its outbox row, then the delivery task
    queued as publishing does after commit; returns when it was queued."""
    from django.db import connection
    from push_fanout import populate

    from alerts.models import AlertDelivery
    from alerts.tasks import deliver_alert

    alert_id = populate(len(keys), origin, keys)
    AlertDelivery.objects.create(alert_id=alert_id)
    connection.close()
    queued = time.monotonic()
    deliver_alert.delay(alert_id)
    return queued


def wait_all(origin: str, n: int, timeout: float) -> float:
    """When every subscription has received the message (polled every 50 ms)."""
    wait_for(lambda: unique_received(origin) >= n, timeout, f"{n} deliveries")
    return time.monotonic()


def run(options, origin: str, fleet: Fleet, keys) -> None:
    from django.conf import settings
    from push_fanout import reset, stats

    bound = PROCESSES * settings.PUSH_CONCURRENCY
    fleet.start_beat()
    first, log = fleet.start_worker()
    wait_for(lambda: ready(log), 60, "the worker")

    reset(origin)
    queued = publish(origin, keys)
    baseline = wait_all(origin, options.n, 120) - queued
    print(f"baseline, no fault: queued to last delivery {baseline:.1f} s")

    reset(origin)
    queued = publish(origin, keys)
    share = int(options.n * options.kill_at)
    wait_for(lambda: unique_received(origin) >= share, 120, f"{share} deliveries")
    os.killpg(first.pid, signal.SIGKILL)
    killed = time.monotonic()
    first.wait(timeout=10)
    at_kill = unique_received(origin)
    second, log = fleet.start_worker()
    wait_for(lambda: ready(log), 60, "the new worker")
    new_ready = time.monotonic()
    last = wait_all(origin, options.n, 600)
    time.sleep(options.settle)  # anything sent again late still counts
    counts = stats(origin)
    duplicates = counts["duplicates"]
    lost = options.n - (counts["received"] - duplicates)

    print(
        f"fault: worker killed {killed - queued:.1f} s after queueing, {at_kill} of {options.n}"
        f" delivered by then; new worker ready {new_ready - killed:.1f} s after the kill"
    )
    print(f"kill to last delivery:            {last - killed:.1f} s")
    recovery = last - new_ready
    print(f"new worker ready to last delivery: {recovery:.1f} s")
    report_targets(
        [
            (
                f"the kill came mid-fan-out ({at_kill} of {options.n} delivered)",
                at_kill < options.n,
            ),
            (
                f"last delivery <= {TARGET_SECONDS} s after the new worker is ready "
                f"({recovery:.1f} s)",
                recovery <= TARGET_SECONDS,
            ),
            (
                f"sent twice <= {PROCESSES} processes x PUSH_CONCURRENCY"
                f" {settings.PUSH_CONCURRENCY} = {bound} ({duplicates})",
                duplicates <= bound,
            ),
            (f"0 lost ({lost})", lost == 0),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument(
        "--kill-at", type=float, default=0.2, help="share of deliveries confirmed at the kill"
    )
    parser.add_argument("--settle", type=float, default=3.0)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/postgres")
    options = parser.parse_args()

    var_dir = Path(tempfile.mkdtemp(prefix="beacon-recovery-"))
    database_url = create_database(options.postgres)
    redis_port, push_port = free_port(), free_port()
    redis_url = f"redis://127.0.0.1:{redis_port}/0"
    processes = [
        start(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(var_dir)],
            dict(os.environ),
            var_dir / "redis.log",
        ),
        start(
            [sys.executable, str(ROOT / "bench" / "fake_push_server.py"), str(push_port)]
            + [str(options.delay)],
            dict(os.environ),
            var_dir / "push.log",
        ),
    ]
    origin = f"http://127.0.0.1:{push_port}"
    fleet = None
    try:
        env = setup_django(database_url, redis_url, str(var_dir), origin)
        from django.core.management import call_command
        from push_fanout import make_keys, stats

        call_command("migrate", verbosity=0)
        wait_for(lambda: stats(origin), 20, "the push service")
        keys = make_keys(options.n)
        fleet = Fleet(env, var_dir)
        print(
            f"subscriptions: {options.n}, push service delay: {options.delay * 1000:.0f} ms,"
            f" worker --concurrency {PROCESSES}, logs in {var_dir}"
        )
        run(options, origin, fleet, keys)
    finally:
        if fleet:
            fleet.stop_all()
        for process in processes:
            stop(process)
        from django.db import connections

        connections.close_all()
        drop_database(options.postgres, database_url)


if __name__ == "__main__":
    main()
