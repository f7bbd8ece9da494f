"""Open pages follow what authorities publish, update and cancel: the banner and the alert lists
alike, drawn as the server draws them; the home page shows every area's alerts to a visitor who
follows none, leads to the lessons and the course, and no page asks for something missing."""

import json

import pytest

from tests.browser.conftest import admin_sign_in, serious_violations, write_alert

pytestmark = pytest.mark.browser
HEADLINE = "Gas leak near Millbrook station"
UPDATED = "Gas leak near Millbrook station: streets closed"
DEADLINE_MS = 2000
# An element as tag, attributes and children, whitespace between elements left out: the
# markup of a card, whoever drew it.
SHAPE = """element => {
  const shape = node => node.nodeType === Node.TEXT_NODE ? node.textContent.trim() : {
    tag: node.tagName,
    attributes: Object.fromEntries([...node.attributes].map(a => [a.name, a.value])),
    children: [...node.childNodes].map(shape).filter(child => child !== ""),
  };
  return shape(element);
}"""


def publish(author, approver, review_url: str) -> None:
    author.goto(review_url)
    author.click("button[value=submit]")
    author.wait_for_url("**/review/")
    approver.goto(review_url)
    approver.check("#confirm-reach")
    approver.click("button[value=approve]")
    approver.wait_for_url("**/review/")


def follow_up(author, review_url: str, action: str, headline: str = "") -> str:
    """Start an update or cancel of a published message, save it; the new review page's URL."""
    author.goto(review_url)
    with author.expect_navigation():
        author.click(f"button[value={action}]")
    if headline:
        author.fill("[name=infos-0-headline]", headline)
    author.locator("main form button[type=submit]").first.click()
    author.wait_for_url("**/review/")
    return author.url


def test_open_list_and_banner_follow_publish_update_and_cancel(demo_server, browser):
    author, approver = browser.new_context().new_page(), browser.new_context().new_page()
    admin_sign_in(author, demo_server, "riverside-author", "demo-author-pass")
    admin_sign_in(approver, demo_server, "riverside-approver", "demo-approver-pass")
    watcher = browser.new_context().new_page()
    watcher.goto(demo_server.url("/en/alerts/"))
    watcher.evaluate("localStorage.setItem('beacon-places', JSON.stringify(['XR-RS-01']))")
    watcher.reload()
    cards = watcher.locator("[data-alert-list][data-state=live] article")
    banner = watcher.locator("[data-live-alerts][data-state=live] [data-live-list]")
    banner.wait_for(state="attached")
    before = cards.count()
    assert before > 0

    review = write_alert(author, demo_server, headline=HEADLINE, region="Millbrook (XR-RS-01)")
    publish(author, approver, review)
    cards.get_by_role("link", name=HEADLINE, exact=True).wait_for(timeout=DEADLINE_MS)
    banner.get_by_role("link", name=HEADLINE, exact=True).wait_for(timeout=DEADLINE_MS)
    assert cards.count() == before + 1
    card = cards.filter(has=watcher.get_by_role("link", name=HEADLINE, exact=True))
    drawn_live = card.evaluate(SHAPE)
    watcher.reload()
    assert card.evaluate(SHAPE) == drawn_live  # the server draws the same card

    update = follow_up(author, review, "update", UPDATED)
    publish(author, approver, update)
    cards.get_by_role("link", name=UPDATED, exact=True).wait_for(timeout=DEADLINE_MS)
    assert cards.get_by_role("link", name=HEADLINE, exact=True).count() == 0
    assert cards.count() == before + 1
    updated = cards.filter(has=watcher.get_by_role("link", name=UPDATED, exact=True))
    assert updated.locator(".eyebrow").text_content().endswith(" · Update")

    cancel = follow_up(author, update, "cancel")
    publish(author, approver, cancel)
    cards.get_by_role("link", name=UPDATED, exact=True).wait_for(
        state="detached", timeout=DEADLINE_MS
    )
    assert "Gas leak" not in watcher.locator("[data-alert-list]").inner_text()
    assert "Gas leak" not in banner.inner_text()
    assert cards.count() == before
    assert serious_violations(watcher) == []


def test_list_removes_what_expires_and_says_when_none_remain(demo_server, page):
    """The socket is played by the test: one alert to cancel, one about to expire."""
    alerts = page.request.get(demo_server.url("/api/alerts/active.json?lang=en")).json()["alerts"]
    lasting = alerts[0]
    sockets = []

    def serve(socket):
        sockets.append(socket)
        expiring = {**lasting, "identifier": "expiring", "headline": "Expiring soon"}
        expiring["expires"] = page.evaluate("new Date(Date.now() + 1500).toISOString()")
        subscribed = {"type": "subscribed", "regions": ["XR-RS-01"], "all": False, "lang": "en"}
        snapshot = {"type": "snapshot", "alerts": [lasting, expiring]}
        socket.on_message(
            lambda _message: [socket.send(json.dumps(frame)) for frame in (subscribed, snapshot)]
        )

    page.route_web_socket("**/ws/alerts/", serve)
    page.goto(demo_server.url("/en/alerts/?region=XR-RS-01"))
    listed = page.locator("[data-alert-list][data-state=live]")
    listed.get_by_role("link", name="Expiring soon").wait_for(timeout=DEADLINE_MS)
    listed.get_by_role("link", name="Expiring soon").wait_for(state="detached", timeout=3000)
    assert listed.locator("article").count() == 1

    cancel = {**lasting, "identifier": "cancel", "references": [lasting["identifier"]]}
    sockets[0].send(json.dumps({"type": "alert", "event": "cancelled", "alert": cancel}))
    listed.get_by_text("There are no active alerts for this area.").wait_for(timeout=DEADLINE_MS)
    assert listed.locator("article").count() == 0


def test_home_shows_every_area_and_leads_to_lessons_without_missing_files(demo_server, page):
    missing = []
    page.on(
        "response",
        lambda response: missing.append(response.url) if response.status == 404 else None,
    )
    page.goto(demo_server.url("/en/"))
    assert page.evaluate("localStorage.getItem('beacon-places')") is None  # follows nothing
    home_alerts = page.locator("main [data-alert-list]")
    home_alerts.get_by_role("link", name="Flood warning for Millbrook and Eastwater").wait_for(
        timeout=DEADLINE_MS
    )
    main = page.locator("main")
    assert main.get_by_role("link", name="Get alerts").get_attribute("href") == "/en/alerts/get/"
    course = main.get_by_role("link", name="Household readiness basics")
    assert course.get_attribute("href").endswith("/household-readiness-basics/")
    assert serious_violations(page) == []

    main.get_by_role("link", name="Lessons", exact=True).click()
    page.wait_for_url("**/en/lessons/")
    page.locator("main .cards a").last.click()
    page.wait_for_load_state("networkidle")
    page.goto(demo_server.url("/en/"))
    course.click()
    page.wait_for_load_state("networkidle")
    assert missing == []


def test_home_without_javascript_still_leads_to_the_alerts(demo_server, browser):
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(demo_server.url("/fr/"))
    link = page.locator("main").get_by_role(
        "link", name="Voir toutes les alertes, ou choisir une zone"
    )
    assert link.get_attribute("href") == "/fr/alerts/"
    page.context.close()
