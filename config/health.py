"""`/healthz`: is each service Beacon needs reachable from this process?

Answers JSON for load balancers and operators: 200 when the database, the channel layer and the
Celery broker all answer, 503 with the failing parts named otherwise. Each check has a short
timeout so a dead service makes the probe fail fast instead of hanging.

`delivery` reports the delivery lag (webpush.plan.delivery_lag: age in seconds of the oldest
delivery of a published message still waiting, null when none waits) and the number of web
push deliveries waiting. It is information for monitoring, not a reason to take this process
out of the load balancer, so it never makes the answer 503: alert on `lag_seconds` above 60.
"""

import asyncio
import time
from collections.abc import Callable

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app

CHECK_TIMEOUT_SECONDS = 2.0


def check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


async def _round_trip(layer) -> None:
    channel = await layer.new_channel("healthz.")
    await layer.send(channel, {"type": "healthz.ping"})
    message = await layer.receive(channel)
    if message.get("type") != "healthz.ping":
        raise RuntimeError("channel layer returned an unexpected message")


def check_channel_layer() -> str:
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer configured")

    async def probe() -> None:
        await asyncio.wait_for(_round_trip(layer), timeout=CHECK_TIMEOUT_SECONDS)

    async_to_sync(probe)()
    return type(layer).__name__


def check_broker() -> str:
    if celery_app.conf.task_always_eager:
        return "in-process"
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, timeout=CHECK_TIMEOUT_SECONDS)
        return str(conn.transport_cls)


CHECKS: dict[str, Callable[[], str]] = {
    "database": check_database,
    "channel_layer": check_channel_layer,
    "broker": check_broker,
}


def run_check(check: Callable[[], str]) -> dict:
    started = time.monotonic()
    try:
        backend = check()
    except Exception as exc:  # noqa: BLE001 - any failure means "unreachable"; its text is reported
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    else:
        result = {"ok": True, "backend": backend}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


def delivery_status() -> dict:
    from alerts.delivery.webpush.plan import delivery_lag, open_pushes

    try:
        lag = delivery_lag()
        return {
            "lag_seconds": None if lag is None else round(lag, 1),
            "waiting": open_pushes().count(),
        }
    except Exception as exc:  # noqa: BLE001 - reported; the database check says why
        return {"lag_seconds": None, "error": f"{type(exc).__name__}: {exc}"[:300]}


@never_cache
@require_GET
def healthz(request):
    results = {name: run_check(check) for name, check in CHECKS.items()}
    failing = [name for name, result in results.items() if not result["ok"]]
    body = {"status": "fail" if failing else "ok", "failing": failing, "checks": results}
    body["delivery"] = delivery_status()
    return JsonResponse(body, status=503 if failing else 200)
