"""An authority's whole journey in the admin: the author starts from a template, draws on the
map, watches the reach estimate follow the area and submits; the approver finds the message on
the dashboard and in the mail, confirms the reach and publishes; an open public page shows it."""

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    admin_sign_in,
    draw_polygon,
    open_page_following,
    serious_violations,
)

pytestmark = pytest.mark.browser
HEADLINE = "Flood warning: Millbrook"


def mail_arrives(folder: Path, text: str, *, within: float = 10.0) -> bool:
    """Whether an e-mail containing `text` is written to `folder` (the file backend) in time."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if any(text in message.read_text() for message in folder.glob("*.log")):
            return True
        time.sleep(0.1)
    return False


def reach_figure(author) -> int:
    text = author.locator("[data-reach-estimate] [data-reach-summary]").inner_text()
    return int("".join(ch for ch in text.split("about", 1)[1].split("device")[0] if ch.isdigit()))


def test_template_map_reach_queue_approval_publication(demo_server, browser):
    watcher = open_page_following(browser, demo_server, "XR-RS-03")  # Southford

    # 1. The author starts from the flood template for Millbrook.
    author = browser.new_context().new_page()
    admin_sign_in(author, demo_server, "riverside-author", "demo-author-pass")
    author.goto(demo_server.url("/admin/alerts/messages/from-template/"))
    flood = author.locator("[name=template] option", has_text="Flood").first.get_attribute("value")
    author.select_option("[name=template]", flood)
    author.select_option("[name=regions]", label="Millbrook (XR-RS-01)")
    author.fill("[name=when]", (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
    author.get_by_role("button", name="Open the prefilled alert").click()
    author.wait_for_url("**/messages/new/?**")
    headlines = [field.input_value() for field in author.locator("[name$=-headline]").all()]
    assert HEADLINE in headlines and len(headlines) == 4  # en, fr, uk, ar, place filled in
    expires = (datetime.now(UTC) + timedelta(hours=6)).strftime("%Y-%m-%d %H:%M")
    for field in author.locator("[name$=-expires]").all():
        field.fill(expires)

    # 2. A polygon drawn on the map lands in the polygons field.
    map_canvas = author.get_by_role("region", name="Map of the area")
    map_canvas.locator(".leaflet-interactive").first.wait_for()
    map_canvas.scroll_into_view_if_needed()
    canvas = map_canvas.bounding_box()
    x, y = canvas["width"] / 2, canvas["height"] / 2
    draw_polygon(author, canvas, [(x - 25, y - 25), (x + 25, y - 25), (x + 25, y + 25)])
    expect(author.locator("[name=polygons]")).not_to_have_value("[]")
    assert len(json.loads(author.locator("[name=polygons]").input_value())) == 1

    # 3. The estimate follows the area: adding Southford adds the watcher's open page.
    summary = author.locator("[data-reach-estimate] [data-reach-summary]")
    summary.filter(has_text="This will alert about").wait_for(timeout=5000)
    before = reach_figure(author)
    author.select_option("[name=regions]", label=["Millbrook (XR-RS-01)", "Southford (XR-RS-03)"])
    expect(summary).not_to_have_text(summary.inner_text(), timeout=5000)
    assert reach_figure(author) == before + 1

    # 4. Saved and submitted: the approver's dashboard lists it and an e-mail waits for them.
    author.locator("main form button[type=submit]").first.click()
    author.wait_for_url("**/review/")
    review_path = author.url.split(demo_server.base_url, 1)[1]
    author.click("button[value=submit]")
    expect(author.locator("main")).to_contain_text("Waiting for approval")
    mail = Path(demo_server.database).parent / "mail"
    assert mail_arrives(mail, review_path), review_path

    approver = browser.new_context().new_page()
    admin_sign_in(approver, demo_server, "riverside-approver", "demo-approver-pass")
    waiting = approver.locator(f"[data-alert-queue] a[href='{review_path}']")
    expect(waiting).to_have_count(1)

    # 5. The approver confirms the reach and publishes.
    waiting.click()
    approver.wait_for_url("**/review/")
    assert "This will alert about" in approver.locator("label[for=confirm-reach]").inner_text()
    approver.wait_for_load_state("networkidle")
    assert serious_violations(approver) == []
    approver.check("#confirm-reach")
    approver.click("button[value=approve]")

    # 6. The open page shows it.
    watcher.locator("[data-live-alerts]").get_by_role("link", name=HEADLINE).wait_for(timeout=2000)
