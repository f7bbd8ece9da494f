"""Each pytest-xdist worker on a Redis database of its own.

Tests share Redis through the channel layer, the cache and Celery's queues, and several start
worker and web processes on it (tests/integration). Two test workers on one database would take
each other's tasks and messages, so worker `gwN` uses database base+N of REDIS_URL. This runs
before Django reads its settings (loaded with `-p`, a hook that runs before pytest-django's), and
processes that tests start inherit it. PostgreSQL needs nothing: pytest-django gives each worker
its own test database.
"""

import os
from urllib.parse import urlsplit, urlunsplit

import pytest

REDIS_DATABASES = 16  # redis-server's default `databases`


def worker_url(url: str, worker: str) -> str:
    """REDIS_URL with its database moved up by the worker's number (`gw3`: +3)."""
    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    database = base + int(worker.removeprefix("gw"))
    if database >= REDIS_DATABASES:
        raise pytest.UsageError(
            f"pytest-xdist worker {worker} needs Redis database {database}; "
            f"Redis has {REDIS_DATABASES}: run fewer workers or lower REDIS_URL's database"
        )
    return urlunsplit(parts._replace(path=f"/{database}"))


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    worker, url = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get("REDIS_URL")
    if worker and url:
        os.environ["REDIS_URL"] = worker_url(url, worker)
