"""The service worker shows pushed alerts as notifications, one per alert chain (same tag), and
the "Get alerts" page keeps the chosen places. Chromium here cannot reach a real push service, so
the DevTools protocol hands the push event to the service worker (see TESTING-NOTES)."""

import json

import pytest

from tests.browser.conftest import serious_violations, worker_page
from tests.services import wait_until

pytestmark = pytest.mark.browser

NOTIFICATIONS = """navigator.serviceWorker.ready
  .then(r => r.getNotifications())
  .then(ns => ns.map(n => ({title: n.title, body: n.body, tag: n.tag})))"""


def test_pushed_alert_is_shown_and_an_update_replaces_it(demo_server, browser):
    page, cdp, registration_id = worker_page(browser, demo_server)

    def deliver(payload: dict) -> None:
        cdp.send(
            "ServiceWorker.deliverPushMessage",
            {
                "origin": demo_server.base_url,
                "registrationId": registration_id,
                "data": json.dumps(payload),
            },
        )

    def push(payload: dict, shown) -> list:
        """Deliver until `shown()` sees it: under load, DevTools now and then drops a push
        handed to a worker that is being started (the same tag makes a repeat harmless)."""
        for _attempt in range(3):
            deliver(payload)
            try:
                return wait_until(shown, timeout=5, what="a notification")
            except TimeoutError:
                continue
        raise TimeoutError(f"no notification for {payload['title']!r} after 3 deliveries")

    shown = push(
        {
            "title": "EXERCISE: Flood warning",
            "body": "Move upstairs",
            "tag": "chain1",
            "url": "/en/alerts/",
        },
        lambda: page.evaluate(NOTIFICATIONS),
    )
    assert shown == [{"title": "EXERCISE: Flood warning", "body": "Move upstairs", "tag": "chain1"}]

    replaced = push(
        {
            "title": "All clear: Flood",
            "body": "The danger has passed.",
            "tag": "chain1",
            "url": "/en/alerts/",
        },
        lambda: [n for n in page.evaluate(NOTIFICATIONS) if n["title"].startswith("All clear")],
    )
    assert replaced == [
        {"title": "All clear: Flood", "body": "The danger has passed.", "tag": "chain1"}
    ]
    assert len(page.evaluate(NOTIFICATIONS)) == 1
    page.context.close()


def test_get_alerts_page_keeps_the_chosen_places(demo_server, page):
    # The visitor refuses notifications: the places are still kept for the live banner.
    page.add_init_script("Notification.requestPermission = () => Promise.resolve('denied')")
    page.goto(demo_server.url("/fr/alerts/get/"))
    assert serious_violations(page) == []
    page.locator("input[name=region][value=XR-RS-01]").check()
    page.locator("[data-push-form] button[type=submit]").click()
    page.wait_for_function("() => document.querySelector('[data-push-status]').textContent !== ''")
    assert "bloquées" in page.locator("[data-push-status]").inner_text()
    assert page.evaluate("localStorage.getItem('beacon-places')") == '["XR-RS-01"]'
    page.reload()
    assert page.locator("input[name=region][value=XR-RS-01]").is_checked()
