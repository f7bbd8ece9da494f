"""An author draws the alert's area on the drafting form's map: the polygons field receives it,
a polygon reaching outside the jurisdiction is flagged in words and refused on save, and axe
finds no serious violation on the form with its map."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    admin_sign_in,
    click_map,
    draw_polygon,
    fill_alert_text,
    serious_violations,
)

pytestmark = pytest.mark.browser
OUTSIDE = "Polygon 2 reaches outside your jurisdiction."


def test_author_draws_the_area_on_the_map(demo_server, page):
    admin_sign_in(page, demo_server, "riverside-author", "demo-author-pass")
    page.goto(demo_server.url("/admin/alerts/messages/new/"))
    fill_alert_text(page, headline="Gas leak near the river")
    map_canvas = page.get_by_role("region", name="Map of the area")
    status = page.locator("[data-area-map-status]")
    map_canvas.locator(".leaflet-interactive").first.wait_for()  # the jurisdiction is drawn
    # the toolbar's labels are Beacon's translatable ones, not Leaflet.draw's built-in English
    expect(map_canvas.locator(".leaflet-draw-edit-remove")).to_have_attribute(
        "title", "No shapes to delete"
    )
    assert serious_violations(page) == []
    page.evaluate(
        """() => { const field = document.querySelector('[name=polygons]');
        window.polygonEvents = [];
        ['input', 'change'].forEach((type) =>
            field.addEventListener(type, () => window.polygonEvents.push(type))); }"""
    )
    map_canvas.scroll_into_view_if_needed()
    canvas = map_canvas.bounding_box()
    middle_x, middle_y = canvas["width"] / 2, canvas["height"] / 2

    # The jurisdiction fills the map's middle: a square around it is inside.
    square = [(middle_x + dx, middle_y + dy) for dx, dy in ((-30, -30), (30, -30), (30, 30))]
    draw_polygon(page, canvas, square)
    expect(page.locator("[name=polygons]")).not_to_have_value("[]")
    polygons = json.loads(page.locator("[name=polygons]").input_value())
    assert len(polygons) == 1 and len(polygons[0]) == 4 and polygons[0][0] == polygons[0][-1]
    assert all(50 < lat < 51 and 10 < lon < 11 for lat, lon in polygons[0])
    assert page.evaluate("window.polygonEvents") == ["input", "change"]
    expect(status).to_have_text("")

    # Riverside County is a square in degrees, taller than wide on the map: the map's left
    # eighth is outside it.
    across = [(middle_x, middle_y - 60), (canvas["width"] / 8, middle_y), (middle_x, middle_y + 60)]
    page.locator(".leaflet-draw-draw-polygon").click()
    for x, y in across[:2]:
        click_map(page, canvas, x, y)
    expect(status).to_have_text(OUTSIDE)  # while drawing
    click_map(page, canvas, *across[2])
    page.get_by_role("link", name="Finish").click()
    assert len(json.loads(page.locator("[name=polygons]").input_value())) == 2
    expect(status).to_have_text(OUTSIDE)

    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert "/review/" not in page.url
    error = page.locator("[data-field-wrapper]:has([name=polygons]) [data-field-errors]")
    assert OUTSIDE in error.inner_text()
    # The map reads the refused polygons back from the field and flags the same one.
    expect(status).to_have_text(OUTSIDE)
    # The admin's error banner fades in: check contrast once its colours have settled.
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished))"""
    )
    assert serious_violations(page) == []
