"""channels-redis as configured by REDIS_URL: a message sent from one process arrives in another."""

import asyncio
import json
import subprocess

import pytest
from channels.layers import get_channel_layer

from tests.services import PYTHON, ROOT, subprocess_env

SEND_FROM_ANOTHER_PROCESS = """
import json, sys, django
django.setup()
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
target, payload = sys.argv[1], json.loads(sys.argv[2])
layer = get_channel_layer()
if target.startswith("group:"):
    async_to_sync(layer.group_send)(target[len("group:"):], payload)
else:
    async_to_sync(layer.send)(target, payload)
"""


async def send_from_other_process(redis_url: str, target: str, payload: dict) -> None:
    process = await asyncio.create_subprocess_exec(
        PYTHON,
        "-c",
        SEND_FROM_ANOTHER_PROCESS,
        target,
        json.dumps(payload),
        cwd=ROOT,
        env=subprocess_env(REDIS_URL=redis_url, DJANGO_SETTINGS_MODULE="config.settings"),
        stderr=subprocess.PIPE,
    )
    _out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, err.decode()[-2000:]


@pytest.fixture
def redis_layer(redis_url, settings):
    layer = get_channel_layer()
    assert type(layer).__name__ == "RedisChannelLayer", "REDIS_URL must select channels-redis"
    return layer


@pytest.mark.asyncio
async def test_message_crosses_processes(redis_layer, redis_url):
    channel = await redis_layer.new_channel("test.")
    await send_from_other_process(redis_url, channel, {"type": "test.ping", "n": 41})
    message = await asyncio.wait_for(redis_layer.receive(channel), timeout=10)
    assert message == {"type": "test.ping", "n": 41}


@pytest.mark.asyncio
async def test_group_message_crosses_processes(redis_layer, redis_url):
    channel = await redis_layer.new_channel("test.")
    await redis_layer.group_add("test-region-xx", channel)
    try:
        await send_from_other_process(
            redis_url, "group:test-region-xx", {"type": "alert.published", "id": "x-1"}
        )
        message = await asyncio.wait_for(redis_layer.receive(channel), timeout=10)
    finally:
        await redis_layer.group_discard("test-region-xx", channel)
    assert message == {"type": "alert.published", "id": "x-1"}
