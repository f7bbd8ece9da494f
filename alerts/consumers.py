"""The `/ws/alerts/` endpoint.

Until region subscriptions exist, the consumer only completes the handshake, so clients and the
deployment (proxy, origin check, channel layer) can be verified end to end. Any frame a client sends
is answered by closing with code 4400: the protocol accepts no client messages yet.
"""

from channels.generic.websocket import AsyncWebsocketConsumer

CLOSE_UNSUPPORTED_MESSAGE = 4400


class AlertConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        await self.accept()

    async def receive(self, text_data=None, bytes_data=None) -> None:
        await self.close(code=CLOSE_UNSUPPORTED_MESSAGE)
