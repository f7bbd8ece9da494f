"""The `/ws/alerts/` endpoint as mounted by config.asgi (origin check included)."""

import pytest
from channels.testing import WebsocketCommunicator

from config.asgi import application


@pytest.mark.asyncio
async def test_handshake_from_an_allowed_origin_is_accepted():
    communicator = WebsocketCommunicator(
        application, "/ws/alerts/", headers=[(b"origin", b"http://127.0.0.1:8000")]
    )
    connected, _subprotocol = await communicator.connect()
    assert connected
    await communicator.disconnect()


@pytest.mark.asyncio
async def test_handshake_from_another_site_is_refused():
    communicator = WebsocketCommunicator(
        application, "/ws/alerts/", headers=[(b"origin", b"https://evil.example")]
    )
    connected, _subprotocol = await communicator.connect()
    assert not connected


@pytest.mark.asyncio
async def test_client_frames_are_refused_with_a_close_code():
    communicator = WebsocketCommunicator(
        application, "/ws/alerts/", headers=[(b"origin", b"http://localhost")]
    )
    connected, _subprotocol = await communicator.connect()
    assert connected
    await communicator.send_to(text_data='{"type": "subscribe"}')
    closed = await communicator.receive_output(timeout=2)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4400)
