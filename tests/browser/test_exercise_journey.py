"""An exercise end to end, through the admin pages: an author plans an exercise a few seconds
ahead and submits it; another approver approves it (it is scheduled); at its time the server's
sweeper publishes it; an open page receives it live and a push-subscribed service worker shows
it; both acknowledge; the report shows 2 delivered and 2 acknowledged, by channel, with delays.

Push: Chromium here cannot subscribe at a real push service, so the subscription the server
holds is that of a local fake push service (tests.fakepush), which decrypts what the server
really sends; that very payload is handed to the browser's service worker through DevTools
(TESTING-NOTES). The push channel is acknowledged as the notification's "I received this"
action does: the page opened with ?ack=push. The demo server does not accept the fake push
service's host, so this test serves a copy of the demo site that does.
"""

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    admin_sign_in,
    open_page_following,
    worker_page,
    write_alert,
)
from tests.fakepush import FakePushService, b64encode
from tests.services import serve_asgi, wait_until

pytestmark = pytest.mark.browser
HEADLINE = "Exercise: Millbrook water supply"
REGION = "XR-RS-01"
LEAD_SECONDS = 40  # time to submit and approve before the exercise is due


@pytest.fixture
def push_service():
    service = FakePushService().start()
    yield service
    service.stop()


@pytest.fixture
def site(demo_server, push_service, tmp_path):
    """The demo site copied (database, keys) and served, posting pushes to the fake service."""
    var_dir = tmp_path / "var"
    copy = demo_server.copy(var_dir)
    copy.env["PUSH_SERVICE_HOSTS"] = push_service.origin
    with serve_asgi(copy.env, var_dir / "server.log") as base_url:
        copy.base_url = base_url
        yield copy


def subscribe(page, push_service) -> None:
    """Register, from the page, the fake service's subscription for Millbrook in English (no
    reload: the page opens no live socket, so only the watcher counts as an open page)."""
    subscriber = push_service.subscriber("device")
    body = {
        "subscription": {
            "endpoint": push_service.endpoint("device"),
            "keys": {"p256dh": subscriber.p256dh, "auth": b64encode(subscriber.auth)},
        },
        "regions": [REGION],
        "lang": "en",
    }
    status = page.evaluate(
        """body => fetch('/push/subscribe', {method: 'POST',
             headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)})
           .then(r => r.status)""",
        body,
    )
    assert status == 201
    # as the "Get alerts" page keeps them: the acknowledgement names the place followed
    page.evaluate(f"localStorage.setItem('beacon-places', JSON.stringify(['{REGION}']))")


SHOWN = """navigator.serviceWorker.ready.then(r => r.getNotifications()).then(ns => ns.map(n =>
  ({title: n.title, tag: n.tag, actions: n.actions.map(a => a.action), data: n.data})))"""


def show_pushed(page, cdp, registration_id, site, payload: dict) -> dict:
    """Hand the payload to the service worker until its notification is shown (DevTools now and
    then drops a push handed to a worker being started; the same tag makes a repeat harmless)."""
    for _attempt in range(3):
        cdp.send(
            "ServiceWorker.deliverPushMessage",
            {
                "origin": site.base_url,
                "registrationId": registration_id,
                "data": json.dumps(payload),
            },
        )
        try:
            return wait_until(lambda: page.evaluate(SHOWN), timeout=5, what="a notification")[0]
        except TimeoutError:
            continue
    raise TimeoutError("no notification after 3 deliveries")


def report_rows(approver) -> dict[str, list[str]]:
    """Channel -> the cells of its row in the exercise report."""
    rows = approver.locator("[data-exercise-report] tbody tr").all()
    cells = [row.locator("th, td").all_inner_texts() for row in rows]
    return {cell[1]: cell for cell in cells}


def test_exercise_is_planned_approved_published_received_and_acknowledged(
    site, push_service, browser
):
    zone = ZoneInfo(site.manage("shell", "-c", ZONE_OF_MILLBROOK).splitlines()[-1])
    watcher = open_page_following(browser, site, REGION)
    device, cdp, registration_id = worker_page(browser, site)
    subscribe(device, push_service)

    # 1. The author writes the message and plans it as an exercise, due in LEAD_SECONDS.
    author = browser.new_context().new_page()
    admin_sign_in(author, site, "riverside-author", "demo-author-pass")
    review_url = write_alert(author, site, headline=HEADLINE, region="Millbrook (XR-RS-01)")
    author.get_by_role("link", name="Plan as an exercise").click()
    due = datetime.now(UTC) + timedelta(seconds=LEAD_SECONDS)
    author.fill("[name=publish_at]", due.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S"))
    author.fill("[name=question]", "Where is the nearest water point?")
    author.fill("[name=choices]", "I know\nI must look it up")
    author.get_by_role("button", name="Save the plan").click()
    author.wait_for_url(review_url)
    author.click("button[value=submit]")
    expect(author.locator("main")).to_contain_text("Waiting for approval")

    # 2. Another approver approves: it waits for its time.
    approver = browser.new_context().new_page()
    admin_sign_in(approver, site, "riverside-approver", "demo-approver-pass")
    approver.goto(review_url)
    approver.check("#confirm-reach")
    approver.click("button[value=approve]")
    assert datetime.now(UTC) < due, "approved too late to see it scheduled"
    expect(approver.locator("main")).not_to_contain_text("Exercise report")

    # 3. At its time the sweeper publishes it: the open page shows it live, the push service
    # receives the server's notification and the service worker shows it.
    live = watcher.locator("[data-live-alerts] li", has_text=HEADLINE)
    live.wait_for(timeout=(LEAD_SECONDS + 30) * 1000)
    assert datetime.now(UTC) >= due - timedelta(seconds=1)
    payload = wait_until(
        lambda: push_service.payloads_for("device"), timeout=30, what="the pushed notification"
    )[0]
    shown = show_pushed(device, cdp, registration_id, site, payload)
    assert shown["title"] == f"EXERCISE: {HEADLINE}"
    assert "ack" in shown["actions"] and shown["data"]["ack"] is True

    # 4. Both acknowledge: the page with its button, the notification's action by opening
    # its page with ?ack=push (what sw.js does on "I received this").
    live.locator("button.exercise-ack").click()
    expect(live.locator("[role=status]")).not_to_be_empty()
    acked = device.context.new_page()
    acked.goto(site.url(shown["data"]["url"] + "?ack=push"))
    expect(acked.locator("main .exercise-ack-box [role=status]")).not_to_be_empty()

    # 5. The report: per channel, 1 delivered, 1 acknowledged, with its delay.
    approver.goto(review_url)
    approver.get_by_role("link", name="Exercise report").click()
    approver.locator("[data-exercise-report]").wait_for()
    report_url = approver.url

    def both_channels_delivered():
        # the live consumer writes its open-page counts at most once a second, and the page's
        # acknowledgement may be stored first: reload until both channels show a delivery
        approver.goto(report_url)
        rows = report_rows(approver)
        return rows.keys() == {"Open page", "Notification"} and all(
            cells[2] != "0" for cells in rows.values()
        )

    wait_until(both_channels_delivered, timeout=20, what="both channels delivered in the report")
    rows = report_rows(approver)
    for channel, cells in rows.items():
        region, _channel, delivered, acknowledged, median = cells[:5]
        assert (region, delivered, acknowledged) == ("Millbrook", "1", "1"), (channel, cells)
        assert 0 <= int(median) < 120, (channel, cells)
    footer = approver.locator("[data-exercise-report] tfoot td").all_inner_texts()
    assert float(footer[0]) >= 0 and sum(int(n) for n in footer[2:]) == 2  # median, histogram


ZONE_OF_MILLBROOK = (
    "from alerts.models import Region; "
    f"print(Region.objects.get(code='{REGION}').effective_time_zone)"
)
