"""WebSocket broadcast: publish-to-receive latency of one alert to N open pages, against a floor.

    python bench/ws_broadcast.py [--n 2000] [--runs 3] [--server uvicorn|daphne] [--workers 1]

Runs the production shape on this machine: a fresh PostgreSQL database (or DATABASE_URL), an ASGI
server process (uvicorn or daphne) and a separate Celery worker process, both on channels-redis.
N WebSocket clients in this process follow a place over /ws/alerts/ (half the Millbrook
municipality, half its county, in four languages) and wait for their snapshot. Then, per run:
  - layer floor: this process group_sends the alert's event straight to the clients' groups
    (channel layer -> ASGI server -> clients; no database, no Celery);
  - Beacon: an approver approves a submitted alert through `alerts.actions.approve_alert`
    (outbox row, `deliver_alert` queued after commit, the worker broadcasts).
Run 0 warms up the server and the worker and is not counted. Prints the latency from the call
to each client's `alert` frame (p50/p95/p99/max over the clients that received it), the clients
that missed it within --deadline, the medians over --runs and the ratios Beacon / floor.
The worker runs `--pool=solo`: one broadcast task at a time, as one production worker slot.

Redis: REDIS_URL, else --redis-url. The run has its own channel-layer prefix and Celery queue
(`beacon-bench-ws-<pid>`), so it shares Redis with test runs and other benchmarks without taking
their tasks or messages; its keys are deleted at the end, as is the temporary database.
--layer and --capacity try another channel layer or capacity than the one config.settings sets.
"""

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from harness import (
    POSTGRES_ADMIN,
    ROOT,
    free_port,
    raise_fd_limit,
    redis_url,
    report_targets,
    require_postgres,
    require_redis,
    start,
    stop,
    throwaway,
    wait_for_port,
)
from ws_alerts import approve, floor_event, identifier, prepare_authority, submitted_alert
from ws_clients import FOLLOWED, Clients, ReconnectingClients

sys.path.insert(0, str(ROOT))

APPLICATION = "config.asgi:application"


# --- Services: database, Redis, server and worker processes


def require_services(options) -> None:
    """The production shape needs PostgreSQL and Redis: say so plainly when one is missing."""
    require_postgres(options.postgres)
    require_redis(options.redis_url)


# Keys of this run only: other runs (tests, another bench) may share the Redis server.
PREFIX = f"beacon-bench-ws-{os.getpid()}"


LAYERS = {
    "core": "channels_redis.core.RedisChannelLayer",
    "pubsub": "channels_redis.pubsub.RedisPubSubChannelLayer",
}


def settings_module(options, var_dir: Path) -> str:
    """config.settings with this run's channel-layer prefix and Celery queue, so that runs
    sharing a Redis server never take each other's tasks or messages (pub/sub channels are not
    even per database); optionally another layer or capacity, to compare them."""
    lines = [
        "from config.settings import *  # noqa: F403",
        "",
        f"CELERY_TASK_DEFAULT_QUEUE = {PREFIX!r}",
        "layer = CHANNEL_LAYERS['default']  # noqa: F405",
        f"layer['CONFIG']['prefix'] = {PREFIX!r}",
    ]
    if options.layer != "configured":
        lines.append(f"layer['BACKEND'] = {LAYERS[options.layer]!r}")
    if options.capacity is not None:
        lines.append(f"layer['CONFIG']['capacity'] = {options.capacity}")
    (var_dir / "bench_settings.py").write_text("\n".join(lines) + "\n")
    sys.path.insert(0, str(var_dir))
    return "bench_settings"


def setup_django(options, database_url: str, var_dir: Path) -> dict[str, str]:
    """Configure this process and return the environment of the server and worker processes."""
    env = {
        "DJANGO_SETTINGS_MODULE": settings_module(options, var_dir),
        "DATABASE_URL": database_url,
        "REDIS_URL": options.redis_url,
        "BEACON_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
        # every client connects from 127.0.0.1: lift the per-address cap above their number
        "WS_MAX_PER_ADDRESS": str(options.n + 10),
    }
    os.environ.update(env)
    os.environ.pop("DEBUG", None)
    os.environ.pop("ALLOWED_HOSTS", None)
    import django

    django.setup()
    paths = [str(ROOT), str(var_dir), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def server_command(options, port: int) -> list[str]:
    if options.server == "daphne":
        if options.workers != 1:
            raise SystemExit("daphne serves from one process; --workers is for uvicorn")
        return [
            *(sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "-v", "0"),
            APPLICATION,
        ]
    return [
        *(sys.executable, "-m", "uvicorn", "--host", "127.0.0.1", "--port", str(port)),
        *("--lifespan", "off", "--no-access-log", "--log-level", "warning"),
        *("--workers", str(options.workers), "--ws", options.ws),
        APPLICATION,
    ]


WORKER_COMMAND = [
    *(sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo"),
    *("--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=WARNING"),
]


# --- One benchmark


async def run_bench(options, port: int, ids: tuple[int, int, int]) -> list[tuple[dict, dict]]:
    from asgiref.sync import sync_to_async
    from channels.layers import get_channel_layer

    from alerts.delivery.live.broadcast import group_name

    authority_id, author_id, approver_id = ids
    layer = get_channel_layer()
    db = sync_to_async  # Django's ORM runs in its one worker thread, off the event loop
    clients = Clients(f"ws://127.0.0.1:{port}/ws/alerts/", f"http://127.0.0.1:{port}", options.n)
    try:
        seconds = await clients.open()
        print(f"{clients.subscribed} of {options.n} clients subscribed in {seconds:.1f} s")
        report_failures(clients.failures)
        results = []
        for run in range(options.runs + 1):  # run 0 warms up the worker and the server
            alert_id = await db(submitted_alert)(authority_id, author_id, f"Bench flood {run}")
            event = await db(floor_event)(alert_id, f"floor-{run}")

            async def send_floor(event=event):
                for code in FOLLOWED:  # as live.broadcast does: each group its region
                    await layer.group_send(group_name(code), {**event, "region": code})

            deadline = options.deadline if run else 60
            floor = await clients.measure(f"floor-{run}", send_floor, deadline)
            beacon = await clients.measure(
                await db(identifier)(alert_id),
                lambda alert_id=alert_id: db(approve)(alert_id, approver_id),
                deadline,
            )
            if run:
                print_run(run, floor, beacon)
                results.append((floor, beacon))
        report_failures(clients.failures)
        return results
    finally:
        await clients.close()


def report_failures(failures: list[str]) -> None:
    if failures:
        print(f"client failures: {len(failures)}, first: {failures[0]}")
        failures.clear()


def line(result: dict) -> str:
    ms = {key: result[key] * 1000 for key in ("p50", "p95", "p99", "max")}
    return (
        f"p50 {ms['p50']:6.0f}  p95 {ms['p95']:6.0f}  p99 {ms['p99']:6.0f}  "
        f"max {ms['max']:6.0f} ms  missed {result['missed']:g}"
    )


def print_run(run: int, floor: dict, beacon: dict) -> None:
    print(f"run {run}  layer floor: {line(floor)}")
    print(f"       Beacon:      {line(beacon)}")


def medians(results: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def print_summary(options, results: list[tuple[dict, dict]]) -> None:
    floor, beacon = medians([r[0] for r in results]), medians([r[1] for r in results])
    print(f"median of {len(results)} runs")
    print(f"  layer floor (group_send from the bench): {line(floor)}")
    print(f"  Beacon (approve -> Celery worker -> WS): {line(beacon)}")
    print(
        f"  ratios Beacon/floor: p50 {beacon['p50'] / floor['p50']:.1f}x, "
        f"p99 {beacon['p99'] / floor['p99']:.1f}x"
    )
    report_targets(
        [
            (f"p99 <= 1000 ms at {options.n} clients", beacon["p99"] <= 1.0),
            ("0 missed", beacon["missed"] == 0),
        ]
    )


def describe(options) -> str:
    from django.conf import settings

    server = options.server
    if server == "uvicorn":
        server += f" ({options.workers} worker process(es), --ws {options.ws})"
    layer = settings.CHANNEL_LAYERS["default"]
    backend = layer["BACKEND"].rsplit(".", 1)[1]
    if backend == "RedisChannelLayer":
        backend += f" (capacity {layer['CONFIG'].get('capacity', 100)})"
    return f"clients: {options.n}, server: {server}, layer: {backend}, runs: {options.runs}"


STORM_TARGET_SECONDS = 10


def cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its descendants (uvicorn's worker processes), from /proc."""
    pids, i = [pid], 0
    while i < len(pids):
        children = Path(f"/proc/{pids[i]}/task/{pids[i]}/children")
        pids += [int(c) for c in children.read_text().split()] if children.exists() else []
        i += 1
    total = 0
    for p in pids:
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def run_storm(options, port: int, env: dict[str, str], var_dir: Path, processes: list):
    """Open N pages, restart the web process, and time until every page is whole again."""
    clients = ReconnectingClients(
        f"ws://127.0.0.1:{port}/ws/alerts/",
        f"http://127.0.0.1:{port}",
        options.n,
        poll=not options.no_poll,
    )
    try:
        seconds = await clients.open()
        print(f"{options.n} pages whole (snapshot received) in {seconds:.1f} s")
        killed = time.perf_counter()
        await asyncio.to_thread(stop, processes[0])
        log = var_dir / "server-restarted.log"
        processes[0] = start(server_command(options, port), env, log)
        await asyncio.to_thread(wait_for_port, port, processes[0], log)
        up = time.perf_counter()
        attempts, server_cpu = clients.attempts, cpu_seconds(processes[0].pid)
        bench_cpu = time.process_time()
        deadline = up + STORM_TARGET_SECONDS * 3
        while clients.whole(up) < options.n and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        done = time.perf_counter()
        server_cpu = cpu_seconds(processes[0].pid) - server_cpu
        bench_cpu = time.process_time() - bench_cpu
        latencies = clients.first_whole_after(up)
        reconnects = clients.attempts - attempts
    finally:
        await clients.close()
    whole = len(latencies)
    print(
        f"restart: the new web process listened {up - killed:.1f} s after the old one was stopped"
    )
    if latencies:
        p50, p99 = latencies[len(latencies) // 2], latencies[max(0, int(len(latencies) * 0.99) - 1)]
        print(
            f"whole again after the new process listened: p50 {p50:.1f} s, p99 {p99:.1f} s,"
            f" last {latencies[-1]:.1f} s; {whole} of {options.n} pages"
        )
    print(
        f"connection attempts while it was up: {reconnects}; polls of active.json: {clients.polls}"
    )
    span = done - up
    print(
        f"CPU during the {span:.1f} s: web process {server_cpu:.1f} s"
        f" ({server_cpu / max(whole, 1) * 1000:.2f} ms per page admitted),"
        f" bench clients {bench_cpu:.1f} s"
    )
    last = latencies[-1] if latencies else float("inf")
    report_targets(
        [
            (
                f"every page whole within {STORM_TARGET_SECONDS} s of the restart ({last:.1f} s)",
                whole == options.n and last <= STORM_TARGET_SECONDS,
            ),
        ]
    )


def serve_and_measure(options, env: dict[str, str], var_dir: Path, processes: list) -> None:
    ids = prepare_authority()
    from django.db import connection

    connection.close()  # from here on the ORM runs in sync_to_async's thread
    port = free_port()
    server_log = var_dir / "server.log"
    processes.append(start(server_command(options, port), env, server_log))
    processes.append(start(WORKER_COMMAND, env, var_dir / "worker.log"))
    wait_for_port(port, processes[0], server_log)
    print(describe(options))
    if options.storm:
        asyncio.run(run_storm(options, port, env, var_dir, processes))
        return
    print_summary(options, asyncio.run(run_bench(options, port, ids)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, help="WebSocket clients (2,000; storm: 5,000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--server", choices=["uvicorn", "daphne"], default="uvicorn")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--ws", default="auto", help="uvicorn's --ws implementation")
    parser.add_argument("--deadline", type=float, default=10.0, help="seconds to wait per run")
    parser.add_argument(
        "--layer", choices=["configured", *LAYERS], default="configured", help="channel layer"
    )
    parser.add_argument("--capacity", type=int, help="channel layer capacity (compare)")
    parser.add_argument(
        "--storm", action="store_true", help="restart the web process; time the reconnections"
    )
    parser.add_argument("--keep-logs", action="store_true", help="keep the processes' logs")
    parser.add_argument(
        "--no-poll", action="store_true", help="storm: pages do not poll active.json on close"
    )
    parser.add_argument("--redis-url", default=redis_url())
    parser.add_argument("--postgres", default=POSTGRES_ADMIN, help="where to create a database")
    options = parser.parse_args()
    options.n = options.n or (5000 if options.storm else 2000)

    raise_fd_limit(options.n)
    require_services(options)
    with throwaway(
        PREFIX, postgres=options.postgres, redis=options.redis_url, keep_logs=options.keep_logs
    ) as run:
        env = setup_django(options, run.database_url, run.var_dir)
        serve_and_measure(options, env, run.var_dir, run.processes)


if __name__ == "__main__":
    main()
