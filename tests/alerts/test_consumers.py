"""The `/ws/alerts/` protocol, through config.asgi (origin check included) and the channel layer
configured for this run (in-memory, or channels-redis when REDIS_URL is set)."""

import asyncio
import json

import pytest
from channels.testing import WebsocketCommunicator

from alerts.delivery.live.broadcast import broadcast_alert
from config.asgi import application
from tests.builders import published_alert, riverland

ORIGIN = [(b"origin", b"http://127.0.0.1:8000")]
pytestmark = pytest.mark.django_db(transaction=True)


async def connected() -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(application, "/ws/alerts/", headers=ORIGIN)
    ok, _subprotocol = await communicator.connect()
    assert ok
    return communicator


async def receive(communicator) -> dict:
    return json.loads(await communicator.receive_from(timeout=3))


@pytest.fixture
def regions():
    riverland()


@pytest.mark.asyncio
async def test_handshake_from_another_site_is_refused():
    communicator = WebsocketCommunicator(
        application, "/ws/alerts/", headers=[(b"origin", b"https://evil.example")]
    )
    ok, _subprotocol = await communicator.connect()
    assert not ok


@pytest.mark.asyncio
async def test_subscribe_then_snapshot_in_the_reader_language(regions):
    from channels.db import database_sync_to_async

    alert = await database_sync_to_async(published_alert)(codes=["XR-RS"], event="Storm warning")
    communicator = await connected()
    await communicator.send_to(
        text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-01"], "lang": "fr"})
    )
    assert await receive(communicator) == {
        "type": "subscribed",
        "regions": ["XR-RS-01"],
        "all": False,
        "lang": "fr",
    }
    snapshot = await receive(communicator)
    assert snapshot["type"] == "snapshot"
    assert [(a["identifier"], a["headline"]) for a in snapshot["alerts"]] == [
        (alert.identifier, "Storm warning fr")
    ]
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_unknown_codes_get_an_error_frame_not_a_crash(regions):
    communicator = await connected()
    await communicator.send_to(
        text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-01", "NOPE"]})
    )
    assert await receive(communicator) == {"type": "error", "reason": "unknown regions: NOPE"}
    assert (await receive(communicator))["regions"] == ["XR-RS-01"]
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_published_update_and_cancel_reach_followers_only(regions):
    from channels.db import database_sync_to_async

    follower, other = await connected(), await connected()
    await follower.send_to(
        text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-02"], "lang": "de"})
    )
    await other.send_to(text_data=json.dumps({"type": "subscribe", "regions": ["XR-HL-01"]}))
    for communicator in (follower, follower, other, other):
        await receive(communicator)  # subscribed + snapshot

    first = await database_sync_to_async(published_alert)(codes=["XR-RS"], event="Storm warning")
    await database_sync_to_async(broadcast_alert)(first)
    event = await receive(follower)
    assert (event["type"], event["event"], event["alert"]["identifier"]) == (
        "alert",
        "published",
        first.identifier,
    )
    assert (event["alert"]["language"], event["alert"]["is_fallback"]) == ("en", True)

    cancel = await database_sync_to_async(published_alert)(
        codes=["XR-RS"], event="Storm warning", msg_type="Cancel", references=[first]
    )
    await database_sync_to_async(broadcast_alert)(cancel)
    event = await receive(follower)
    assert (event["event"], event["alert"]["references"]) == ("cancelled", [first.identifier])
    assert await other.receive_nothing(timeout=0.3)
    await follower.disconnect()
    await other.disconnect()


@pytest.mark.asyncio
async def test_a_page_following_every_area_gets_alerts_of_any_region(regions):
    from channels.db import database_sync_to_async

    earlier = await database_sync_to_async(published_alert)(codes=["XR-HL-01"], event="Heat")
    everywhere = await connected()
    await everywhere.send_to(text_data=json.dumps({"type": "subscribe", "all": True}))
    assert (await receive(everywhere))["all"] is True
    snapshot = await receive(everywhere)
    assert [a["identifier"] for a in snapshot["alerts"]] == [earlier.identifier]

    alert = await database_sync_to_async(published_alert)(codes=["XR-RS-02"], event="Flood")
    await database_sync_to_async(broadcast_alert)(alert)
    event = await receive(everywhere)
    assert (event["event"], event["alert"]["identifier"]) == ("published", alert.identifier)
    assert event["alert"]["severity_label"] and event["alert"]["area"]
    await everywhere.disconnect()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("frame", "code", "reason"),
    [
        ("not json", 4400, "not JSON"),
        ("[1, 2]", 4400, "expected a JSON object"),
        ('{"type": "shout"}', 4400, "unknown message type"),
        ("x" * 5000, 4413, "message too large"),
    ],
)
async def test_bad_frames_close_with_a_reason(frame, code, reason):
    communicator = await connected()
    await communicator.send_to(text_data=frame)
    closed = await communicator.receive_output(timeout=2)
    assert (closed["type"], closed["code"], closed["reason"]) == ("websocket.close", code, reason)


@pytest.mark.asyncio
async def test_too_frequent_frames_close_the_connection(regions):
    communicator = await connected()
    frame = json.dumps({"type": "subscribe", "regions": []})
    for _ in range(9):
        await communicator.send_to(text_data=frame)
    await communicator.send_to(text_data=frame)
    outputs = []
    while True:
        output = await communicator.receive_output(timeout=2)
        outputs.append(output)
        if output["type"] == "websocket.close":
            break
    assert (outputs[-1]["code"], outputs[-1]["reason"]) == (4429, "too many messages")


@pytest.mark.asyncio
async def test_membership_forgotten_by_the_layer_is_renewed(regions, monkeypatch):
    from channels.db import database_sync_to_async
    from channels.layers import get_channel_layer

    from alerts.delivery.live import hub
    from alerts.delivery.live.broadcast import group_name

    monkeypatch.setattr(hub, "RENEW_SECONDS", 0.05)
    layer, group = get_channel_layer(), group_name("XR-RS-01")
    joins = []
    group_add = layer.group_add

    async def recording_group_add(name, channel):
        joins.append(channel)
        await group_add(name, channel)

    monkeypatch.setattr(layer, "group_add", recording_group_add)
    follower = await connected()
    await follower.send_to(text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-01"]}))
    await receive(follower)  # subscribed
    await receive(follower)  # snapshot
    await layer.group_discard(group, joins[0])  # what channels-redis does after group_expiry
    joined_before = len(joins)
    deadline = asyncio.get_running_loop().time() + 3
    while len(joins) == joined_before and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.01)
    alert = await database_sync_to_async(published_alert)(codes=["XR-RS-01"])
    await database_sync_to_async(broadcast_alert)(alert)
    assert (await receive(follower))["alert"]["identifier"] == alert.identifier
    await follower.disconnect()


async def next_output(communicator) -> dict:
    """The next thing the server sends; raises if the consumer crashed."""
    return await communicator.receive_output(timeout=3)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        ({"type": "subscribe", "regions": ["XR-RS-01"], "lang": ["fr"]}, "unknown language"),
        ({"type": "subscribe", "regions": ["XR-RS-01"], "lang": {"fr": 1}}, "unknown language"),
        ({"type": "subscribe", "regions": "XR-RS-01"}, "regions must be a list of codes"),
        ({"type": "subscribe", "regions": ["XR"] * 51}, "too many regions"),
        ({"type": "subscribe", "all": "yes"}, "all must be true or false"),
        (
            {"type": "subscribe", "all": True, "regions": ["XR-RS-01"]},
            "all areas or a list of regions, not both",
        ),
    ],
)
async def test_a_subscribe_with_bad_fields_gets_an_error_frame(regions, frame, reason):
    communicator = await connected()
    await communicator.send_to(text_data=json.dumps(frame))
    output = await next_output(communicator)
    assert output["type"] == "websocket.send"
    assert json.loads(output["text"]) == {"type": "error", "reason": reason}
    await communicator.disconnect()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        ("[" * 2000 + "]" * 2000, "JSON nested too deeply"),
        (
            '{"type": "subscribe", "regions": ' + "[" * 100 + "]" * 100 + "}",
            "JSON nested too deeply",
        ),
        ('{"type": "subscribe", "regions": ["\\ud800"]}', "text must be valid Unicode"),
        ('{"type": "subscribe", "regions": ["XR\\u0000"]}', "text must not contain NUL characters"),
        (
            '{"type": "subscribe", "regions": ["XR-RS-01"], "lang": "\\udfff"}',
            "text must be valid Unicode",
        ),
    ],
)
async def test_frames_no_database_or_socket_can_take_close_with_a_reason(regions, frame, reason):
    communicator = await connected()
    await communicator.send_to(text_data=frame)
    closed = await next_output(communicator)
    assert (closed["type"], closed["code"], closed["reason"]) == ("websocket.close", 4400, reason)


@pytest.mark.asyncio
async def test_frames_after_a_close_are_ignored_not_closed_again(regions):
    communicator = await connected()
    frame = json.dumps({"type": "subscribe", "regions": []})
    for _ in range(10):
        await communicator.send_to(text_data=frame)
    outputs = []
    while not outputs or outputs[-1]["type"] != "websocket.close":
        outputs.append(await next_output(communicator))
    assert (outputs[-1]["code"], outputs[-1]["reason"]) == (4429, "too many messages")
    for extra in (frame, "not json", "x" * 5000):
        await communicator.send_to(text_data=extra)
    await communicator.send_to(bytes_data=b"\x00")
    assert await communicator.receive_nothing(timeout=0.3)  # nothing more: no second close
    await communicator.disconnect()


def communicator_from(origin: bytes, host: bytes | None = None, client=("203.0.113.7", 5000)):
    headers = [(b"origin", origin)] + ([(b"host", host)] if host else [])
    communicator = WebsocketCommunicator(application, "/ws/alerts/", headers=headers)
    communicator.scope["client"] = client
    return communicator


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("origin", "host", "accepted"),
    [
        (b"http://127.0.0.1:8000", None, True),  # BASE_URL
        (b"https://127.0.0.1:8000", None, False),  # another scheme
        (b"http://127.0.0.1:9000", None, False),  # another port
        (b"http://127.0.0.1", None, False),
        (b"http://localhost:8123", b"localhost:8123", True),  # the page the socket is opened from
        (b"http://localhost:8124", b"localhost:8123", False),
        (b"https://localhost:8123", b"localhost:8123", False),
        (b"http://evil.example", b"evil.example", False),  # not in ALLOWED_HOSTS
        (b"null", None, False),
        (b"http://[::1", None, False),
        (b"\xff\xfe", None, False),
    ],
)
async def test_origin_must_be_the_site_itself_scheme_host_and_port(origin, host, accepted):
    communicator = communicator_from(origin, host)
    ok, _ = await communicator.connect()
    assert ok is accepted
    if ok:
        await communicator.disconnect()


@pytest.mark.asyncio
async def test_a_socket_without_origin_is_refused():
    communicator = WebsocketCommunicator(application, "/ws/alerts/")
    ok, _ = await communicator.connect()
    assert not ok


@pytest.mark.asyncio
async def test_open_sockets_are_capped_per_client_address(settings):
    settings.WS_MAX_PER_ADDRESS = 3
    origin = ORIGIN[0][1]
    mine = [communicator_from(origin, client=("198.51.100.1", port)) for port in range(4)]
    results = [(await communicator.connect())[0] for communicator in mine]
    assert results == [True, True, True, False]
    other = communicator_from(origin, client=("198.51.100.2", 1))
    assert (await other.connect())[0]  # another address is not affected
    refused = communicator_from(origin, client=("198.51.100.1", 9))
    assert await refused.connect() == (False, 4429)
    await mine[0].disconnect()  # a closed socket frees its place
    again = communicator_from(origin, client=("198.51.100.1", 10))
    assert (await again.connect())[0]
    for communicator in [*mine[1:3], other, again]:
        await communicator.disconnect()


@pytest.mark.asyncio
async def test_an_unexpected_failure_closes_with_1011_not_a_dropped_socket(regions, monkeypatch):
    from alerts.delivery.live import snapshots

    async def failing(codes, language, *, everywhere):
        raise RuntimeError("database went away")

    monkeypatch.setattr(snapshots, "subscription_view", failing)
    communicator = await connected()
    await communicator.send_to(text_data=json.dumps({"type": "subscribe", "regions": ["XR"]}))
    closed = await communicator.receive_output(timeout=3)
    assert (closed["type"], closed["code"], closed["reason"]) == (
        "websocket.close",
        1011,
        "internal error",
    )
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_subscribed_pages_are_counted_per_place_and_language_until_they_leave(regions):
    from alerts.delivery.live.presence import open_pages

    before = open_pages(["XR-RS-01"])
    communicator = await connected()
    assert open_pages(["XR-RS-01"]) == before  # connected, following nothing yet
    await communicator.send_to(
        text_data=json.dumps({"type": "subscribe", "regions": ["XR-RS-01"], "lang": "uk"})
    )
    await receive(communicator)
    await receive(communicator)
    assert open_pages(["XR-RS-01"]) - before == {"uk": 1}
    assert open_pages(["XR-HL-01"])["uk"] == open_pages([])["uk"]  # elsewhere: not counted
    await communicator.send_to(
        text_data=json.dumps({"type": "subscribe", "all": True, "lang": "ar"})
    )
    await receive(communicator)
    await receive(communicator)
    assert open_pages(["XR-HL-01"]) - before == {"ar": 1}  # every area, in its new language
    await communicator.disconnect()
    assert open_pages(["XR-RS-01"]) == before
