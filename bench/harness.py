"""What the benchmarks share: a throwaway PostgreSQL database, subprocesses started and stopped
as a group, ports, file limits, and the texts of a benchmark alert."""

import os
import resource
import signal
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RIVERLAND = ROOT / "demo" / "content" / "regions.geojson"  # the demo's regions


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
