"""Smoke test: the demo as `make demo` builds it, served by the real ASGI server."""

import asyncio
import re
import sqlite3
import urllib.request

import websockets


def fetch(url: str, **headers: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - loopback test server
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, response.read().decode()


def html_tag(html: str) -> str:
    return re.search(r"<html[^>]*>", html).group(0)


def test_english_home_page_is_served(demo_server):
    status, html = fetch(demo_server.url("/en/"))
    assert status == 200
    assert html_tag(html) == '<html lang="en" dir="ltr">'
    assert "Be ready for emergencies" in html


def test_arabic_home_page_is_right_to_left(demo_server):
    status, html = fetch(demo_server.url("/ar/"))
    assert status == 200
    assert html_tag(html) == '<html lang="ar" dir="rtl">'
    assert "كن مستعدًا لحالات الطوارئ" in html


def test_root_redirects_to_the_browser_language(demo_server):
    request = urllib.request.Request(  # noqa: S310
        demo_server.url("/"), headers={"Accept-Language": "uk,en;q=0.5"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.url.endswith("/uk/")
        assert '<html lang="uk" dir="ltr">' in response.read().decode()


def test_demo_loader_is_idempotent_and_prints_credentials(demo_server):
    first, second = demo_server.load_outputs
    for output in (first, second):
        assert "Home page live in: en, fr, de, pl, uk, ar, es, it" in output
        assert "DEMO CREDENTIALS" in output
        for username in ("editor", "riverside-author", "riverside-approver", "educator"):
            assert username in output
    with sqlite3.connect(demo_server.database) as db:
        (home_pages,) = db.execute("SELECT count(*) FROM lessons_homepage").fetchone()
        # the demo's own accounts, once each (other tests sign people up on this server)
        (users,) = db.execute(
            "SELECT count(*) FROM auth_user WHERE username IN (?, ?, ?, ?)",
            ("editor", "riverside-author", "riverside-approver", "educator"),
        ).fetchone()
    assert home_pages == 8
    assert users == 4


def test_websocket_handshake_completes(demo_server):
    ws_url = demo_server.base_url.replace("http://", "ws://") + "/ws/alerts/"

    async def handshake() -> int:
        async with websockets.connect(ws_url, origin=demo_server.base_url) as socket:
            await socket.close()
            return socket.close_code

    assert asyncio.run(handshake()) == 1000


def test_websocket_from_another_origin_is_refused(demo_server):
    ws_url = demo_server.base_url.replace("http://", "ws://") + "/ws/alerts/"

    async def handshake() -> None:
        async with websockets.connect(ws_url, origin="https://evil.example"):
            pass

    try:
        asyncio.run(handshake())
    except websockets.exceptions.InvalidStatus as exc:
        assert exc.response.status_code == 403
    else:
        raise AssertionError("a foreign origin completed the handshake")


def test_admin_sign_in_page_is_served(demo_server):
    status, html = fetch(demo_server.url("/admin/login/"))
    assert status == 200
    assert 'name="username"' in html


def test_every_demo_lesson_page_is_light(demo_server):
    """HTML + CSS + JS of each demo lesson (they have no images) stays under 60 KiB."""
    _status, css = fetch(demo_server.url("/static/css/beacon.css"))
    scripts = [
        fetch(demo_server.url(f"/static/js/{name}.js"))[1] for name in ("beacon", "live-alerts")
    ]
    shell = len(css.encode()) + sum(len(script.encode()) for script in scripts)
    for slug in ("72-hour-kit", "power-outage", "flood", "heatwave", "pandemic", "disinformation"):
        for language in ("en", "fr", "uk", "ar"):
            status, html = fetch(demo_server.url(f"/{language}/lessons/{slug}/"))
            assert status == 200
            assert len(html.encode()) + shell < 60 * 1024, (slug, language)
