"""An educator creates a class and assigns a course; a learner without an account joins with the
code, a nickname and a PIN and passes one quiz; the educator sees it in the grid and downloads the
CSV. axe finds no serious or critical violation on the pages on the way."""

import csv
import io
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.browser.test_lessons import LESSON, answer, assert_accessible, quiz_of

pytestmark = pytest.mark.browser

COURSE = "Household readiness basics"


def sign_in(page, demo_server, username: str, password: str) -> None:
    page.goto(demo_server.url("/en/accounts/login/"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("main form [type=submit]").click()
    page.wait_for_url("**/en/progress/")


def test_class_journey(demo_server, browser):
    educator = browser.new_context(accept_downloads=True).new_page()
    sign_in(educator, demo_server, "educator", "demo-educator-pass")
    educator.locator(".site-nav").get_by_role("link", name="My classes").click()
    assert educator.get_by_role("link", name="Class 7B — Riverside School").is_visible()
    assert_accessible(educator)

    educator.get_by_role("link", name="Create a class").click()
    name = f"Journey {uuid.uuid4().hex[:6]}"
    educator.locator("#id_name").fill(name)
    assert_accessible(educator)
    educator.locator("main form [type=submit]").click()
    educator.wait_for_url("**/en/classes/*/")
    code = educator.locator("[data-join-code]").inner_text().strip()
    assert len(code) == 8
    assert educator.locator(".join-card__qr svg").count() == 1

    today = date.today()  # noqa: DTZ011 - the demo class's time zone is the server's (UTC)
    educator.locator("#id_page").select_option(label=f"Course: {COURSE}")
    educator.locator("#id_available_from").fill(today.isoformat())
    educator.locator("#id_due_on").fill((today + timedelta(days=7)).isoformat())
    assignments = educator.get_by_role("form", name="Assign a lesson or course")
    assignments.get_by_role("button", name="Assign", exact=True).click()
    educator.wait_for_url("**/en/classes/*/")
    assert educator.get_by_text("Assigned.").is_visible()
    assert_accessible(educator)

    learner = browser.new_context().new_page()
    learner.goto(demo_server.url("/en/join/"))
    learner.locator("#id_code").fill(code.lower())
    learner.locator("main form [type=submit]").click()
    learner.wait_for_url(f"**/en/join/{code}/")
    assert_accessible(learner)
    learner.locator("#id_join-nickname").fill("Robin")
    learner.locator("#id_join-pin").fill("1357")
    learner.locator("#id_join-pin_again").fill("1357")
    learner.get_by_role("button", name="Join the class").click()
    learner.wait_for_url("**/en/assignments/")
    assert learner.get_by_role("link", name=COURSE).is_visible()
    assert learner.locator('[data-deadline="due"]').count() == 1
    assert_accessible(learner)

    learner.goto(demo_server.url(f"/en/lessons/{LESSON}/"))
    answer(learner, quiz_of(demo_server, "en"), correctly=True)
    assert learner.locator(".score--passed").is_visible()

    educator.reload()
    cell = educator.locator('tr[data-learner="Robin"] td').first
    assert cell.get_attribute("data-status") == "in_progress"
    assert "1 attempt" in cell.inner_text()
    assert_accessible(educator)

    with educator.expect_download() as download_info:
        educator.get_by_role("link", name="Download results (CSV)").click()
    download = download_info.value
    assert download.suggested_filename == f"{name.lower().replace(' ', '-')}-results.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][2] == COURSE
    assert rows[1][0] == "Robin" and rows[1][2].startswith("in progress")
    for context in (educator.context, learner.context):
        context.close()


def test_demo_class_dashboard_is_not_empty(demo_server, page):
    sign_in(page, demo_server, "educator", "demo-educator-pass")
    page.goto(demo_server.url("/en/classes/"))
    page.get_by_role("link", name="Class 7B — Riverside School").click()
    statuses = page.locator("td[data-status]").evaluate_all(
        "cells => cells.map(cell => cell.dataset.status)"
    )
    assert {"passed", "not_passed", "in_progress", "not_started"} <= set(statuses)
    assert page.locator(".question-stats li").count() > 0
    assert_accessible(page)
