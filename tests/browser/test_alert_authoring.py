"""One authority user drafts and submits an alert in the admin, a second approves it, and it
appears on the public page and in the Atom feed."""

import pytest

from tests.browser.conftest import (
    admin_sign_in,
    open_page_following,
    serious_violations,
    write_alert,
)

pytestmark = pytest.mark.browser
HEADLINE = "Boil water notice for Southford"


def test_draft_submit_approve_publish(demo_server, browser):
    author = browser.new_context().new_page()
    admin_sign_in(author, demo_server, "riverside-author", "demo-author-pass")
    write_alert(author, demo_server, headline=HEADLINE, region="Southford (XR-RS-03)")
    assert "Deutsch" in author.locator("main").inner_text()  # languages still missing
    author.click("button[value=submit]")
    author.wait_for_url("**/review/")
    review_url = author.url
    assert author.locator("button[value=approve]").count() == 0  # the author cannot approve

    # A citizen following Southford has a page open all along.
    watcher = open_page_following(browser, demo_server, "XR-RS-03", language="uk")

    approver = browser.new_context().new_page()
    admin_sign_in(approver, demo_server, "riverside-approver", "demo-approver-pass")
    approver.goto(review_url)
    # The watcher's open page is part of the reach the approver confirms.
    assert "This will alert about" in approver.locator("label[for=confirm-reach]").inner_text()
    assert approver.locator("[data-reach] tbody tr").count() >= 1
    approver.check("#confirm-reach")
    approver.click("button[value=approve]")
    # The watcher's page shows it within a second, announced assertively (Severe).
    watcher.locator("[data-live-alerts]").get_by_role("link", name=HEADLINE).wait_for(timeout=1000)
    assert HEADLINE in watcher.locator("[data-live-assertive]").inner_text()
    approver.wait_for_url("**/review/")
    assert "Published" in approver.locator("main").inner_text()

    public = browser.new_context().new_page()
    public.goto(demo_server.url("/en/alerts/"))
    assert public.get_by_role("link", name=HEADLINE).count() == 1
    assert serious_violations(public) == []
    public.get_by_role("link", name=HEADLINE).click()
    assert public.locator("h1").inner_text() == HEADLINE
    assert serious_violations(public) == []
    feed = public.request.get(demo_server.url("/alerts/feed.atom")).text()
    assert HEADLINE in feed


def test_the_reach_estimate_follows_the_area_while_drafting(demo_server, browser):
    open_page_following(browser, demo_server, "XR-RS-01", language="ar")  # Millbrook, in Arabic
    author = browser.new_context().new_page()
    admin_sign_in(author, demo_server, "riverside-author", "demo-author-pass")
    author.goto(demo_server.url("/admin/alerts/messages/new/"))
    author.select_option("[name=infos-0-language]", "en")
    estimate = author.locator("[data-reach-estimate]")
    author.select_option("[name=regions]", label="Millbrook (XR-RS-01)")
    summary = estimate.locator("[data-reach-summary]")
    summary.filter(has_text="of them read").wait_for(timeout=5000)
    assert "This will alert about" in summary.inner_text()
    rows = estimate.locator("[data-reach-languages] tbody tr")
    arabic = rows.filter(has_text="العربية")
    assert arabic.count() == 1 and "No text in this language" in arabic.inner_text()
