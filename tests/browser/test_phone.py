"""Beacon on a 360 px phone and a 1280 px screen, in English, German and Arabic: a header that
leaves the first screen to the content, a language choice in one control, tables without a
sideways scroll, checklist ticks that stay in their lesson, and landmarks axe accepts."""

import pytest

from tests.browser.test_educator import sign_in

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
LANGUAGES = ["en", "de", "ar"]
LANDMARK_RULES = {"landmark-unique", "region"}


@pytest.fixture(params=[PHONE, DESKTOP], ids=["360px", "1280px"])
def screen(request, browser):
    context = browser.new_context(viewport=request.param)
    yield context.new_page()
    context.close()


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def landmark_violations(page) -> list[str]:
    """axe's landmark rules, whatever their impact (`region` is only "moderate")."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']}: {[node['target'] for node in v['nodes']]}"
        for v in violations
        if v["id"] in LANDMARK_RULES
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_leaves_the_phone_screen_to_the_content(demo_server, browser, language):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(demo_server.url(f"/{language}/lessons/72-hour-kit/"))
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 0.12 * PHONE["height"], header  # well under 15 %
    assert no_sideways_scroll(page)
    # The menu opens from its button and lies over the page.
    page.locator(".site-menu summary").click()
    assert page.locator(".site-nav a").first.is_visible()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_progress_table_has_no_sideways_scroll(demo_server, screen, language):
    screen.goto(demo_server.url(f"/{language}/progress/"))
    cell = screen.locator(".table td[data-label]").first
    stacked = cell.evaluate("td => getComputedStyle(td).display") == "block"
    assert stacked == (screen.viewport_size["width"] < 480)
    assert no_sideways_scroll(screen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_choosing_german_lands_on_the_same_page_in_german(demo_server, screen, language):
    screen.goto(demo_server.url(f"/{language}/progress/"))
    switcher = screen.locator("nav.language-switcher")
    assert not switcher.get_by_role("link", name="Deutsch").is_visible()
    switcher.locator("summary").focus()
    screen.keyboard.press("Enter")  # keyboard opens the disclosure
    link = switcher.get_by_role("link", name="Deutsch")
    assert link.get_attribute("lang") == "de" and link.get_attribute("hreflang") == "de"
    link.click()
    screen.wait_for_url("**/de/progress/")
    assert screen.locator("html").get_attribute("lang") == "de"


def test_checklist_ticks_stay_in_their_lesson(demo_server, screen):
    flood = demo_server.url("/en/lessons/flood/")
    screen.goto(flood)
    screen.locator("[data-checklist] input[type=checkbox]").first.check()
    for other in ("/en/lessons/72-hour-kit/", "/en/lessons/power-outage/"):
        screen.goto(demo_server.url(other))
        boxes = screen.locator("[data-checklist] input[type=checkbox]")
        assert boxes.count() > 0
        assert not any(boxes.nth(i).is_checked() for i in range(boxes.count())), other
    screen.goto(flood)
    assert screen.locator("[data-checklist] input[type=checkbox]").first.is_checked()


@pytest.mark.parametrize("language", LANGUAGES)
def test_lesson_landmarks_are_named_and_hold_everything(demo_server, screen, language):
    screen.goto(demo_server.url(f"/{language}/lessons/72-hour-kit/"))
    assert screen.locator("aside.callout").count() >= 2
    assert landmark_violations(screen) == []


def test_class_dashboard_landmarks_and_skip_link(demo_server, screen):
    sign_in(screen, demo_server, "educator", "demo-educator-pass")
    screen.goto(demo_server.url("/en/classes/"))
    screen.get_by_role("link", name="Class 7B — Riverside School").click()
    screen.wait_for_url("**/en/classes/*/")
    assert no_sideways_scroll(screen)
    assert landmark_violations(screen) == []
    screen.keyboard.press("Tab")
    assert screen.evaluate("document.activeElement.className") == "skip-link"
    screen.keyboard.press("Enter")
    assert screen.evaluate("document.activeElement.id") == "main"
