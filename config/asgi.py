"""ASGI entry point: Django for HTTP, Channels for WebSocket, in one process.

Shared public responses are answered in front of Django when this process already holds them
(core.public_front).

WebSocket handshakes are accepted only from the site's own pages (core.websocket_origin). In the
embedded default (no broker, so no beat) the server's lifespan starts the delivery sweeper
thread (alerts.tasks.start_embedded_sweeper).
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

# Django must be set up before the routing imports consumers (and through them, models).
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from alerts.delivery.live.routing import websocket_urlpatterns  # noqa: E402
from alerts.tasks import start_embedded_sweeper  # noqa: E402
from core.public_front import SharedFront  # noqa: E402
from core.warmup import load_languages  # noqa: E402
from core.websocket_origin import SameOriginValidator  # noqa: E402

load_languages()  # before the server listens: a restarted process admits pages at once


async def lifespan(scope, receive, send) -> None:
    """ASGI lifespan: start the embedded delivery sweeper with the server, stop it with it."""
    stop = None
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            stop = start_embedded_sweeper()
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if stop is not None:
                stop.set()
            await send({"type": "lifespan.shutdown.complete"})
            return


application = ProtocolTypeRouter(
    {
        "http": SharedFront(django_asgi_app),
        "websocket": SameOriginValidator(URLRouter(websocket_urlpatterns)),
        "lifespan": lifespan,
    }
)
