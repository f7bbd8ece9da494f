"""Open pages that received a message: counted by the live consumer as an aggregate per region
group, once per page, with nothing that names a page."""

import asyncio
import json

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from alerts.delivery.live import receipts as live_receipts
from alerts.delivery.live.broadcast import broadcast_alert
from alerts.delivery.reach import pages_told
from alerts.models import LiveReceipt
from config.asgi import application
from tests.builders import published_alert, riverland

ORIGIN = [(b"origin", b"http://127.0.0.1:8000")]
pytestmark = pytest.mark.django_db(transaction=True)


async def follower(**subscribe) -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(application, "/ws/alerts/", headers=ORIGIN)
    assert (await communicator.connect())[0]
    await communicator.send_to(text_data=json.dumps({"type": "subscribe", **subscribe}))
    await communicator.receive_from(timeout=3)  # subscribed
    await communicator.receive_from(timeout=3)  # snapshot
    return communicator


@pytest.mark.asyncio
async def test_each_page_told_is_counted_once_per_region_group(monkeypatch):
    monkeypatch.setattr(live_receipts, "FLUSH_SECONDS", 0.05)
    await database_sync_to_async(riverland)()
    pages = [
        await follower(regions=["XR-RS-01", "XR-RS"]),  # told through two groups: counted once
        await follower(regions=["XR-RS-01"]),
        await follower(all=True),
        await follower(regions=["XR-HL-01"]),  # not concerned
    ]
    alert = await database_sync_to_async(published_alert)(codes=["XR-RS-01"])
    await database_sync_to_async(broadcast_alert)(alert)
    for page in pages[:3]:
        assert json.loads(await page.receive_from(timeout=3))["type"] == "alert"
    deadline = asyncio.get_running_loop().time() + 3
    while await database_sync_to_async(pages_told)(alert) < 3:
        assert asyncio.get_running_loop().time() < deadline, "receipts never written"
        await asyncio.sleep(0.02)
    assert await pages[3].receive_nothing(timeout=0.1)
    rows = await database_sync_to_async(
        lambda: sorted(LiveReceipt.objects.values_list("region_code", "pages"))
    )()
    assert sum(n for _code, n in rows) == 3
    assert ("", 1) in rows  # the page following every area
    for page in pages:
        await page.disconnect()
