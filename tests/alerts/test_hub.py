"""A web process joins each group once for all its open pages and relays events to them in
memory (live.hub); when the channel layer fails, its pages are closed so that they reconnect."""

import asyncio
import json

import pytest
from channels.layers import get_channel_layer

from alerts.delivery.live.broadcast import group_name
from tests.alerts.test_consumers import connected, receive
from tests.builders import riverland

pytestmark = pytest.mark.django_db(transaction=True)
FOLLOWED = ["XR-RS-01", "XR-RS-02", "XR-HL-01"]


@pytest.fixture
def regions():
    riverland()


async def subscribed_pages(n: int, regions: list[str]) -> list:
    async def page():
        communicator = await connected()
        await communicator.send_to(text_data=json.dumps({"type": "subscribe", "regions": regions}))
        assert (await receive(communicator))["type"] == "subscribed"
        assert (await receive(communicator))["type"] == "snapshot"
        return communicator

    return await asyncio.gather(*(page() for _ in range(n)))


def event(region: str, marker: str) -> dict:
    payload = {"identifier": marker, "event_kind": "published"}
    return {"type": "alert.event", "alert_id": 0, "region": region, "payloads": {"en": payload}}


@pytest.mark.asyncio
async def test_a_process_joins_each_group_once_and_relays_to_every_page(regions, monkeypatch):
    layer, added = get_channel_layer(), []
    group_add = layer.group_add

    async def recorded(group, channel):
        added.append(group)
        await group_add(group, channel)

    monkeypatch.setattr(layer, "group_add", recorded)
    pages = await subscribed_pages(30, FOLLOWED)
    assert sorted(added) == sorted(group_name(code) for code in FOLLOWED)
    await layer.group_send(group_name("XR-RS-02"), event("XR-RS-02", "first"))
    await layer.group_send(group_name("XR-RS-02"), event("XR-RS-02", "second"))
    for page in pages:  # every page, in the order sent
        assert (await receive(page))["alert"]["identifier"] == "first"
        assert (await receive(page))["alert"]["identifier"] == "second"
    await pages[0].disconnect()
    await layer.group_send(group_name("XR-HL-01"), event("XR-HL-01", "third"))
    for page in pages[1:]:
        assert (await receive(page))["alert"]["identifier"] == "third"
        await page.disconnect()


@pytest.mark.asyncio
async def test_pages_are_closed_to_reconnect_when_the_layer_fails(regions, monkeypatch):
    layer = get_channel_layer()
    layer_receive = layer.receive

    async def failing_receive(channel):
        message = await layer_receive(channel)
        if message["type"] == "test.fail":
            raise ConnectionError("the channel layer went away")
        return message

    monkeypatch.setattr(layer, "receive", failing_receive)
    pages = await subscribed_pages(3, ["XR-RS-01"])
    await layer.group_send(group_name("XR-RS-01"), {"type": "test.fail"})
    for page in pages:
        closed = await page.receive_output(timeout=3)
        assert (closed["type"], closed["code"]) == ("websocket.close", 1012)
    (again,) = await subscribed_pages(1, ["XR-RS-01"])  # the reconnected page hears again
    await layer.group_send(group_name("XR-RS-01"), event("XR-RS-01", "after"))
    assert (await receive(again))["alert"]["identifier"] == "after"
    await again.disconnect()


@pytest.mark.asyncio
async def test_an_event_relayed_while_the_snapshot_is_read_comes_after_it(regions, monkeypatch):
    """The page has joined, then an alert is broadcast before its snapshot is sent: the alert
    frame follows the snapshot, so the snapshot cannot hide it (a page replaces its list)."""
    from alerts.delivery.live import snapshots

    layer, view = get_channel_layer(), snapshots.subscription_view

    async def broadcast_meanwhile(codes, language, *, everywhere):
        await layer.group_send(group_name("XR-RS-01"), event("XR-RS-01", "meanwhile"))
        await asyncio.sleep(0.05)  # the hub relays it while the snapshot is still being read
        return await view(codes, language, everywhere=everywhere)

    monkeypatch.setattr(snapshots, "subscription_view", broadcast_meanwhile)
    communicator = await connected()
    await communicator.send_to(text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-01"]}))
    frames = [await receive(communicator) for _ in range(3)]
    assert [frame["type"] for frame in frames] == ["subscribed", "snapshot", "alert"]
    assert frames[2]["alert"]["identifier"] == "meanwhile"
    await communicator.disconnect()
