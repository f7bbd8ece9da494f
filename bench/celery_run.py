"""The processes of an end-to-end push run (bench/push_e2e.py): Celery beat and worker beside
the local push service, and the CPU each side uses per delivery."""

import subprocess
import sys
import time
from pathlib import Path

from harness import start, stop, wait_for


def cpu_seconds(pids) -> float:
    from push_fanout import cpu_seconds as of

    alive = [pid for pid in pids if Path(f"/proc/{pid}").exists()]
    return of(alive)


def family(pid: int) -> list[int]:
    """A process and its descendants (a Celery worker and its pool processes)."""
    pids, i = [pid], 0
    while i < len(pids):
        children = Path(f"/proc/{pids[i]}/task/{pids[i]}/children")
        pids += [int(c) for c in children.read_text().split()] if children.exists() else []
        i += 1
    return pids


class Run:
    """The push service, beat and the worker of one benchmark run."""

    def __init__(self, env, var_dir: Path, origin: str, push: subprocess.Popen):
        self.env, self.var_dir, self.origin, self.push = env, var_dir, origin, push
        self.processes: list[subprocess.Popen] = []

    def start(self, concurrency: int) -> subprocess.Popen:
        celery = [sys.executable, "-m", "celery", "-A", "config"]
        schedule = self.var_dir / "beat-schedule"
        beat = [*celery, "beat", f"--schedule={schedule}", "--loglevel=WARNING"]
        self.processes.append(start(beat, self.env, self.var_dir / "beat.log"))
        log = self.var_dir / "worker.log"
        worker = [*celery, "worker", f"--concurrency={concurrency}", "--loglevel=INFO"]
        worker = start([*worker, "--without-gossip", "--without-mingle"], self.env, log)
        self.processes.append(worker)
        wait_for(lambda: " ready." in log.read_text(), 90, "the Celery worker")
        return worker

    def stop(self) -> None:
        for process in self.processes:
            stop(process)

    def stats(self) -> dict:
        from push_fanout import stats

        return stats(self.origin)

    def measure(self, worker: subprocess.Popen, expected: int, publish) -> tuple[dict, dict]:
        """Run `publish()` and wait until `expected` distinct deliveries arrived; the push
        service's counts and the CPU seconds per delivery of each side."""
        from django.db import connection
        from push_fanout import reset

        reset(self.origin)
        # PostgreSQL's CPU is left out: a task's connection (CONN_MAX_AGE 0) ends with it, and
        # /proc no longer shows what its server process used.
        processes = {"worker": family(worker.pid), "push service": [self.push.pid]}
        before = {name: cpu_seconds(pids) for name, pids in processes.items()}
        publish()
        connection.close()

        def done():
            counts = self.stats()
            return counts if counts["received"] - counts["duplicates"] >= expected else None

        counts = wait_for(done, 60 + expected / 500, f"{expected} deliveries")
        time.sleep(1)  # anything sent twice late still counts
        counts = self.stats()
        processes["worker"] = family(worker.pid)
        cpu = {
            name: (cpu_seconds(pids) - before[name]) / expected * 1000
            for name, pids in processes.items()
        }
        return counts, cpu
