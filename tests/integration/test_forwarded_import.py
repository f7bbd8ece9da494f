"""A forwarded upstream alert with real worker processes on Redis and PostgreSQL: imported here
from a "forward" feed, it is delivered by the worker to a page open on the ASGI server and to
a push subscriber, in the subscriber's language (the upstream message has French)."""

import asyncio
import json

import pytest
import websockets
from asgiref.sync import async_to_sync, sync_to_async

from alerts.cap import ingest
from tests.alerts.test_forwarding import MILLBROOK, cap_document, upstream  # noqa: F401 (fixture)
from tests.builders import push_subscription, riverland
from tests.services import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_forwarded_alert_reaches_an_open_page_and_a_push_subscriber(
    workers,
    redis_url,
    asgi_server,
    fake_push,
    upstream,  # noqa: F811
):
    riverland()
    workers.start(redis_url)
    push_subscription(fake_push, "fr-town", regions=["XR-RS-01"], language="fr")
    push_subscription(fake_push, "elsewhere", regions=["XR-HL-01"])
    document = cap_document("storm-1", area=f"<polygon>{MILLBROOK}</polygon>")
    feed = upstream("storm", document, "forward")
    socket_url = asgi_server.replace("http", "ws") + "/ws/alerts/"

    async def follow_then_import() -> dict:
        async with websockets.connect(socket_url, origin=asgi_server) as page:
            await page.send(json.dumps({"type": "subscribe", "regions": ["XR-RS"], "lang": "fr"}))
            assert json.loads(await page.recv())["type"] == "subscribed"
            assert json.loads(await page.recv()) == {"type": "snapshot", "alerts": []}
            report = await sync_to_async(ingest.import_feed)(feed)
            assert report.created == ["warnings@weather.example.org,storm-1"]
            return json.loads(await asyncio.wait_for(page.recv(), timeout=30))

    frame = async_to_sync(follow_then_import)()
    assert (frame["type"], frame["event"]) == ("alert", "published")
    assert frame["alert"]["identifier"] == "storm-1"
    assert frame["alert"]["headline"] == "Alerte tempête"
    wait_until(lambda: fake_push.payloads_for("fr-town"), timeout=60, what="the worker's push")
    assert [p["title"] for p in fake_push.payloads_for("fr-town")] == ["Alerte tempête"]
    assert fake_push.payloads_for("elsewhere") == []
