"""A citizen opens the home page, switches language, and meets an accessible page in each."""

import pytest
from django.utils.translation import get_language_info

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser


def test_home_page_in_english_is_accessible(demo_server, page):
    page.goto(demo_server.url("/en/"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Be ready for emergencies"
    assert serious_violations(page) == []


def test_language_switcher_goes_to_arabic_right_to_left(demo_server, page):
    page.goto(demo_server.url("/en/"))
    arabic = get_language_info("ar")["name_local"]
    switcher = page.get_by_role("navigation", name="Language")
    switcher.locator("summary").click()
    switcher.get_by_role("link", name=arabic).click()
    page.wait_for_url("**/ar/")
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "كن مستعدًا لحالات الطوارئ"
    # The language list starts on the right in a right-to-left page.
    page.locator(".language-switcher summary").click()
    first, last = (page.locator(".language-switcher li").nth(i).bounding_box() for i in (0, 7))
    assert first["x"] > last["x"] or first["y"] < last["y"]
    assert serious_violations(page) == []


def test_switching_back_keeps_the_choice(demo_server, page):
    page.goto(demo_server.url("/ar/"))
    page.locator(".language-switcher summary").click()
    page.locator('.language-switcher a[hreflang="fr"]').click()
    page.wait_for_url("**/fr/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.goto(demo_server.url("/"))
    page.wait_for_url("**/fr/")
    assert page.locator("h1").inner_text() == "Soyez prêts face aux urgences"


def test_skip_link_moves_focus_to_the_main_content(demo_server, page):
    page.goto(demo_server.url("/en/"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
