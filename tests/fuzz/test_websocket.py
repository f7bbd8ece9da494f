"""`/ws/alerts/` answers any frame: the consumer never raises, and every frame gets its reply
frames or a close with a code and a reason.

Each example opens a socket on the real ASGI application (origin check and routing included),
from one client address, so a socket that kept its place in the per-address count after closing
would soon have the next examples refused.
"""

import asyncio
import json

import pytest
from channels.testing import WebsocketCommunicator
from hypothesis import example, given, settings
from hypothesis import strategies as st

from config.asgi import application
from tests.builders import riverland
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import ANY_CHARACTER, json_values, subscribe_frames

pytestmark = pytest.mark.django_db(transaction=True)
ORIGIN = [(b"origin", b"http://127.0.0.1:8000")]


@pytest.fixture
def regions(db):
    riverland()


def text(value: str) -> tuple[str, object]:
    return "text_data", value


frames = st.one_of(
    st.text(ANY_CHARACTER, min_size=1, max_size=120).map(text),
    st.binary(min_size=1, max_size=120).map(lambda raw: ("bytes_data", raw)),
    json_values.map(lambda value: text(json.dumps(value))),
    subscribe_frames.map(lambda value: text(json.dumps(value))),
    st.sampled_from(["[" * 2000 + "]" * 2000, '{"type": "subscribe", "regions": ["\\ud800"]}']).map(
        text
    ),
)


def is_last_reply(output: dict) -> bool:
    """A frame's replies end with a close, a snapshot, or an error that is not followed by the
    subscription (unknown regions are reported, then the known ones are followed)."""
    if output["type"] == "websocket.close":
        return True
    message = json.loads(output["text"])
    if message["type"] == "error":
        return not message["reason"].startswith("unknown regions")
    return message["type"] == "snapshot"


async def exchange(sent: list[tuple[str, object]]) -> None:
    communicator = WebsocketCommunicator(application, "/ws/alerts/", headers=ORIGIN)
    communicator.scope["client"] = ("192.0.2.1", 40000)
    ok, _ = await communicator.connect()
    assert ok, "refused: an earlier socket kept its place in the per-address count"
    for kind, data in sent:
        await communicator.send_to(**{kind: data})
        while True:
            output = await communicator.receive_output(timeout=5)  # raises what the app raised
            assert output["type"] in ("websocket.send", "websocket.close"), output
            if is_last_reply(output):
                break
        if output["type"] == "websocket.close":
            assert 4000 <= output["code"] < 5000 and output["reason"], output
            break
    await communicator.disconnect()


@settings(max_examples=examples(60))
@given(sent=st.lists(frames, min_size=1, max_size=4))
@example(sent=[text('{"type": "subscribe", "regions": ["XR-RS-01"], "lang": ["fr"]}')])
@example(sent=[text('{"type": "subscribe", "regions": ["XR-RS-01", "NOPE"]}'), text("{}")])
def test_any_frames(regions, sent):
    asyncio.run(exchange(sent))
