"""Publishing with real Celery worker processes on Redis and PostgreSQL: every matching
subscription gets the message once, in its language, through push-service throttling, a worker
killed mid-batch and a Redis restart between publishing and delivery."""

import asyncio
import json
from collections import Counter
from unittest import mock

import pytest
import websockets
from asgiref.sync import async_to_sync, sync_to_async
from kombu import Connection

from alerts import tasks
from alerts.models import PushDelivery, PushStatus
from tests.builders import push_subscription
from tests.services import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def delivered(alert) -> int:
    return PushDelivery.objects.filter(alert=alert, status=PushStatus.DELIVERED).count()


def assert_each_once(fake_push, names) -> None:
    received = Counter(r.subscriber for r in fake_push.received)
    assert received == Counter(names), received
    assert fake_push.refused == []


def test_published_alert_is_delivered_by_the_worker(workers, redis_url, fake_push, publish):
    workers.start(redis_url)
    push_subscription(fake_push, "fr-town", regions=["XR-RS-01"], language="fr")
    push_subscription(fake_push, "uk-county", regions=["XR-RS"], language="uk")
    push_subscription(fake_push, "elsewhere", regions=["XR-HL-01"])
    alert = publish(["XR-RS-01"])  # commits; the task goes to Redis

    wait_until(lambda: len(fake_push.received) >= 2, timeout=60, what="the worker's deliveries")
    assert [p["title"] for p in fake_push.payloads_for("fr-town")] == ["Flood fr"]
    assert [p["lang"] for p in fake_push.payloads_for("uk-county")] == ["en"]  # fallback
    assert fake_push.payloads_for("elsewhere") == []
    assert fake_push.refused == []
    wait_until(lambda: delivered(alert) == 2, timeout=10, what="delivery records")


def test_a_page_open_on_the_asgi_server_receives_what_the_worker_broadcasts(
    workers, redis_url, asgi_server, publish
):
    """Across processes: publishing here queues the task, the worker broadcasts on Redis, the
    ASGI server pushes the frame to a client connected over a real WebSocket."""
    workers.start(redis_url)
    socket_url = asgi_server.replace("http", "ws") + "/ws/alerts/"

    async def follow_then_publish() -> tuple[dict, object]:
        async with websockets.connect(socket_url, origin=asgi_server) as page:
            await page.send(json.dumps({"type": "subscribe", "regions": ["XR-RS"], "lang": "fr"}))
            assert json.loads(await page.recv())["type"] == "subscribed"
            assert json.loads(await page.recv()) == {"type": "snapshot", "alerts": []}
            alert = await sync_to_async(publish)(["XR-RS-01"])
            frame = json.loads(await asyncio.wait_for(page.recv(), timeout=30))
            return frame, alert

    # async_to_sync: publishing (thread-sensitive) runs on this thread and its connection
    frame, alert = async_to_sync(follow_then_publish)()
    assert (frame["type"], frame["event"]) == ("alert", "published")
    assert frame["alert"]["identifier"] == alert.identifier
    assert frame["alert"]["headline"] == "Flood fr"


def test_a_429_storm_is_honoured_and_everything_delivered_once(
    workers, redis_url, fake_push, publish, tmp_path
):
    names = [f"busy-{i}" for i in range(30)]
    for name in names:
        push_subscription(fake_push, name, regions=["XR-RS-01"], script=[(429, "1")])
    # a retry waits as a row; the sweeper on beat queues it when it is due
    workers.start(redis_url, "--beat", f"--schedule={tmp_path / 'beat-schedule'}")
    alert = publish(["XR-RS-01"])

    wait_until(lambda: delivered(alert) == 30, timeout=60, what="deliveries after Retry-After")
    assert_each_once(fake_push, names)
    assert set(PushDelivery.objects.filter(alert=alert).values_list("attempts", flat=True)) == {2}


def test_a_worker_killed_mid_batch_is_replaced_without_duplicates(
    workers, redis_url, fake_push, publish
):
    fast, slow = [f"fast-{i}" for i in range(5)], [f"slow-{i}" for i in range(3)]
    for name in fast:
        push_subscription(fake_push, name, regions=["XR-RS-01"])
    for name in slow:
        push_subscription(fake_push, name, regions=["XR-RS-01"], script=["hang"])
    # Without beat, a killed worker's task comes back after the visibility timeout and takes
    # its rows once their lease lapses (both shortened so that the test is quick; the sweeper
    # path is tested in test_delivery_faults).
    settings = {"CELERY_VISIBILITY_TIMEOUT": "5", "PUSH_LEASE_SECONDS": "3"}
    first = workers.start(redis_url, **settings)
    alert = publish(["XR-RS-01"])

    wait_until(lambda: delivered(alert) == 5, timeout=60, what="the fast deliveries recorded")
    workers.kill(first)  # the slow pushes are still in flight
    assert len(fake_push.received) == 5
    workers.start(redis_url, **settings)

    wait_until(lambda: delivered(alert) == 8, timeout=60, what="the rest, by the new worker")
    assert_each_once(fake_push, fast + slow)


def test_delivery_survives_a_redis_restart_between_publishing_and_delivery(
    workers, private_redis, fake_push, publish, tmp_path
):
    push_subscription(fake_push, "one", regions=["XR-RS-01"])
    push_subscription(fake_push, "two", regions=["XR-RS"])

    def queue_on_private_redis(alert_id):
        with Connection(private_redis.url) as connection:
            tasks.deliver_alert.apply_async((alert_id,), connection=connection)

    with mock.patch.object(tasks.deliver_alert, "delay", queue_on_private_redis):
        alert = publish(["XR-RS-01"])
    assert private_redis.client().llen("celery") == 1  # queued...
    private_redis.stop()
    private_redis.start()
    assert private_redis.client().llen("celery") == 0  # ...and lost with the restart

    beat = ["--beat", f"--schedule={tmp_path / 'beat-schedule'}"]
    workers.start(private_redis.url, *beat, OUTBOX_STUCK_SECONDS="1", OUTBOX_SWEEP_SECONDS="1")
    wait_until(lambda: delivered(alert) == 2, timeout=60, what="delivery after the sweep")
    assert_each_once(fake_push, ["one", "two"])
