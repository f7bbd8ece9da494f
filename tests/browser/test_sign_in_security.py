"""In Chromium: the public pages and the admin work under their Content-Security-Policy (the
browser reports no violation), and an admin user enrols an authenticator, signs in with a code
typed from it, and with a recovery code."""

import re

import pytest

from tests.browser.conftest import admin_sign_in, serious_violations
from tests.second_factor import code_for_secret

pytestmark = pytest.mark.browser

PUBLIC_PAGES = (
    "/en/",
    "/en/lessons/",
    "/en/lessons/72-hour-kit/",
    "/ar/lessons/flood/",
    "/en/alerts/",
    "/en/alerts/get/",
    "/en/alerts/archive/",
    "/en/search/?q=water",
    "/en/accounts/login/",
    "/en/certificates/verify/",
)


def watch_policy_violations(page) -> list[str]:
    seen: list[str] = []
    page.on(
        "console",
        lambda message: (
            seen.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return seen


def test_public_pages_run_under_their_policy(demo_server, browser):
    context = browser.new_context()
    page = context.new_page()
    violations = watch_policy_violations(page)
    for path in PUBLIC_PAGES:
        response = page.goto(demo_server.url(path))
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    # The live alerts socket connects and the service worker runs.
    page.goto(demo_server.url("/en/"))
    page.evaluate("localStorage.setItem('beacon-places', JSON.stringify(['XR-RS-03']))")
    page.reload()
    page.locator("[data-live-alerts][data-state=live]").wait_for(state="attached")
    assert page.evaluate("navigator.serviceWorker.ready.then(r => Boolean(r.active))")
    assert violations == []
    context.close()


def test_admin_works_under_its_policy(demo_server, browser):
    context = browser.new_context()
    page = context.new_page()
    violations = watch_policy_violations(page)
    admin_sign_in(page, demo_server, "riverside-approver", "demo-approver-pass")
    for path in (
        "/admin/",
        "/admin/pages/",
        "/admin/alerts/messages/",
        "/admin/alerts/messages/new/",
    ):
        page.goto(demo_server.url(path))
        page.wait_for_load_state("networkidle")
    # Adding a language to the alert runs the InlinePanel's scripts.
    page.locator("main").get_by_role("button", name=re.compile("language", re.I)).first.click()
    assert page.locator("[name=infos-1-language]").count() == 1
    assert violations == []
    context.close()


def sign_in_with_password(page, demo_server, username: str, password: str) -> None:
    page.goto(demo_server.url("/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_enrol_then_sign_in_with_a_code_and_with_a_recovery_code(demo_server, browser):
    """The educator (an admin user outside any authority) chooses to add a second factor."""
    page = browser.new_context().new_page()
    sign_in_with_password(page, demo_server, "educator", "demo-educator-pass")
    page.wait_for_url("**/admin/")  # not required of them
    page.goto(demo_server.url("/admin/second-factor/setup/"))
    assert page.get_by_role("img", name="QR code of the authenticator secret").is_visible()
    assert serious_violations(page) == []
    secret = page.locator("#second-factor-secret").inner_text().replace(" ", "")
    page.get_by_label("Six-digit code from the app").fill("000000")
    page.click("main form button[type=submit]")
    page.get_by_text("That code is not right.").wait_for()
    assert page.get_by_label("Six-digit code from the app").get_attribute("aria-invalid") == "true"
    page.wait_for_timeout(1100)  # after a wrong code the device waits a second
    page.get_by_label("Six-digit code from the app").fill(code_for_secret(secret))
    page.click("main form button[type=submit]")
    page.get_by_role("heading", name="Your recovery codes").wait_for()
    codes = page.locator(".second-factor-codes code").all_inner_texts()
    assert len(codes) == 10
    assert serious_violations(page) == []
    page.get_by_role("link", name="I have saved them: continue").click()
    page.wait_for_url("**/admin/")

    again = browser.new_context().new_page()
    sign_in_with_password(again, demo_server, "educator", "demo-educator-pass")
    again.wait_for_url("**/admin/second-factor/verify/**")
    assert serious_violations(again) == []
    # The enrolment used this period's code; a code is good once, so type the next one.
    again.get_by_label("Code").fill(code_for_secret(secret, steps_ahead=1))
    again.click("main form button[type=submit]")
    again.wait_for_url("**/admin/")

    third = browser.new_context().new_page()
    sign_in_with_password(third, demo_server, "educator", "demo-educator-pass")
    third.wait_for_url("**/admin/second-factor/verify/**")
    third.get_by_label("Code").fill(codes[0])
    third.click("main form button[type=submit]")
    third.wait_for_url("**/admin/")
    assert "9 recovery codes are left" in third.locator("body").inner_text()
