"""The household plan in a real browser: kept in the browser, readable offline, handed over to
the account on sign-up and found there on another device; the plan and dashboard pass axe."""

import pytest

from tests.browser.conftest import serious_violations
from tests.browser.test_educator import sign_in

pytestmark = pytest.mark.browser

CONTROLLED = "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null"
ACCOUNT_STATUS = "Saved in this browser and on your account."
PASSWORD = "a-long-password-7"


def fill_plan(page) -> None:
    page.get_by_role("button", name="Add a member").click()
    page.locator("[data-members] li").nth(0).get_by_label("Name").fill("Ann")
    page.get_by_role("button", name="Add a member").click()
    page.locator("[data-members] li").nth(1).get_by_label("Name").fill("Ben")
    page.get_by_label("Meeting point near home").fill("The oak tree")
    page.get_by_role("group", name="2. Make an emergency plan").get_by_label("Done").check()


def test_the_plan_stays_offline_and_follows_the_account(browser, demo_server):
    phone = browser.new_context()
    page = phone.new_page()
    page.goto(demo_server.url("/en/plan/"))
    page.wait_for_function(CONTROLLED)
    fill_plan(page)
    assert page.locator('[data-kit-amount="water"]').inner_text() == "40"  # 2 people x 2 l x 10
    assert serious_violations(page) == []

    phone.set_offline(True)
    page.goto(demo_server.url("/en/plan/"))
    assert page.get_by_label("Meeting point near home").input_value() == "The oak tree"
    assert page.locator("[data-members] li").nth(1).get_by_label("Name").input_value() == "Ben"
    phone.set_offline(False)

    page.goto(demo_server.url("/en/accounts/signup/"))
    page.locator("#id_username").fill("plan-keeper")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("main form [type=submit]").click()
    page.wait_for_url("**/en/progress/")
    page.goto(demo_server.url("/en/plan/"))
    page.wait_for_function(
        "(text) => document.querySelector('[data-plan-status]').textContent === text",
        arg=ACCOUNT_STATUS,
    )
    phone.close()

    laptop = browser.new_context()
    page = laptop.new_page()
    sign_in(page, demo_server, "plan-keeper", PASSWORD)
    page.goto(demo_server.url("/en/plan/"))
    name = page.locator("[data-members] li").nth(0).get_by_label("Name")
    name.wait_for()
    assert name.input_value() == "Ann"
    done = page.get_by_role("group", name="2. Make an emergency plan").get_by_label("Done")
    assert done.is_checked()
    laptop.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("readiness-screenshots")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_dashboard_reads_with_a_screen_reader_in_both_directions(
    page, demo_server, shots, language
):
    page.goto(demo_server.url(f"/{language}/readiness/"))
    assert page.locator("svg.chart[role=img]").count() >= 3
    assert page.locator("main table").count() >= 3
    assert serious_violations(page) == []
    page.screenshot(path=shots / f"readiness-{language}.png", full_page=True)
