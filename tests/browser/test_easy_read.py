"""A German reader goes from the kit lesson to its easy-read version (Leichte Sprache) and back;
the easy-read page shows a described pictogram at the start of each line and passes axe."""

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser

LESSON = "/de/lessons/72-hour-kit/"


def switch(page):
    return page.get_by_role("navigation", name="Versionen dieser Lektion")


def test_switch_to_easy_read_and_back_in_german(demo_server, page):
    page.goto(demo_server.url(LESSON))
    standard = switch(page).get_by_role("link", name="Standardversion")
    assert standard.get_attribute("aria-current") == "page"

    switch(page).get_by_role("link", name="Leichte Sprache").click()
    page.wait_for_url(f"**{LESSON}easy-read/")
    assert (
        switch(page).get_by_role("link", name="Leichte Sprache").get_attribute("aria-current")
        == "page"
    )
    assert "Notfall-Tasche" in page.locator("h1").inner_text()
    pictograms = page.locator("img.pictogram")
    assert pictograms.count() >= 15
    alts = pictograms.evaluate_all("images => images.map(image => image.alt)")
    assert all(alts) and "Ein Radio" in alts
    assert pictograms.evaluate_all("images => images.every(i => i.complete && i.naturalWidth)")
    line = page.locator(".easy-read__line").first
    image, text = line.locator("img").bounding_box(), line.locator("span").bounding_box()
    assert image["x"] + image["width"] <= text["x"], "the pictogram is left of its sentence"
    assert serious_violations(page) == [], page.url

    switch(page).get_by_role("link", name="Standardversion").click()
    page.wait_for_url(f"**{LESSON}")
    assert standard.get_attribute("aria-current") == "page"
