"""Playwright driving Debian's Chromium (never a downloaded browser), with axe for accessibility."""

from datetime import UTC, datetime, timedelta

import pytest

from tests.second_factor import code_for_secret
from tests.services import CHROMIUM, CHROMIUM_ARGS, unavailable, wait_until

SERIOUS = {"serious", "critical"}


# Module scope: sync Playwright keeps an event loop running while it is open, which would break
# asyncio tests that run after the browser tests.
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def serious_violations(page) -> list[str]:
    """axe-core violations of serious or critical impact, as readable lines."""
    from axe_playwright_python.sync_playwright import Axe

    # Wagtail's own date-time picker (opened by typing a date) has arrow buttons without text;
    # it is the framework's widget, not Beacon's, and is left out of these checks.
    results = Axe().run(page, context={"exclude": [[".xdsoft_datetimepicker"]]})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        f" at {violation['nodes'][0]['html'][:160]}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


# Verified admin sessions, per server and account: a TOTP code is accepted once, and a code can
# be at most one step ahead, so signing the same account in over and over within 30 seconds
# would run out of codes. Later sign-ins reuse the first session's cookies while it is valid.
VERIFIED_SESSIONS: dict[tuple[str, str], list] = {}


def admin_sign_in(page, demo_server, username: str, password: str) -> None:
    """Sign a demo authority account in to the admin: password, then a TOTP code typed in, as
    computed from the secret the demo loader printed (or the session of an earlier sign-in)."""
    key = (demo_server.base_url, username)
    if key in VERIFIED_SESSIONS:
        page.context.add_cookies(VERIFIED_SESSIONS[key])
        page.goto(demo_server.url("/admin/"))
        if page.url.endswith("/admin/"):
            return
        page.context.clear_cookies()
    page.goto(demo_server.url("/admin/login/"))
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/second-factor/verify/**")
    secret = demo_server.authenticator_secret(username)
    # A code is accepted once: if this account already signed in during this 30-second step,
    # the app's next code (within the allowed drift) is the one to type.
    for steps_ahead in (0, 1):
        page.fill("#id_code", code_for_secret(secret, steps_ahead=steps_ahead))
        with page.expect_navigation():
            page.click("main form button[type=submit]")
        if "/second-factor/" not in page.url:
            break
    assert page.url.endswith("/admin/"), (page.url, page.content()[:3000])
    VERIFIED_SESSIONS[key] = page.context.cookies()


def write_alert(author, demo_server, *, headline: str, region: str) -> str:
    """As a signed-in author, write a Severe English alert for `region` (its label in the form)
    and save it; returns the URL of its review page."""
    author.goto(demo_server.url("/admin/alerts/messages/new/"))
    fill_alert_text(author, headline=headline)
    author.select_option("[name=regions]", label=region)
    author.locator("main form button[type=submit]").first.click()
    author.wait_for_url("**/review/")
    return author.url


def fill_alert_text(author, *, headline: str) -> None:
    """On the drafting form, write the English text of a Severe alert."""
    author.select_option("[name=infos-0-language]", "en")
    author.select_option("[name=infos-0-category]", "Health")
    author.fill("[name=infos-0-event]", "Drinking water contamination")
    author.select_option("[name=infos-0-response_type]", "Execute")
    author.select_option("[name=urgency]", "Immediate")
    author.select_option("[name=severity]", "Severe")
    author.select_option("[name=certainty]", "Observed")
    expires = datetime.now(UTC) + timedelta(hours=6)  # the admin's zone is UTC
    # Set without focusing the field: focused, it opens the admin's date picker, which stays
    # open over the form until the pointer goes down elsewhere, and on a busy machine can
    # still cover the save button when it is clicked.
    author.locator("[name=infos-0-expires]").evaluate(
        "(field, value) => { field.value = value; field.dispatchEvent(new Event('change')); }",
        expires.strftime("%Y-%m-%d %H:%M"),
    )
    author.fill("[name=infos-0-headline]", headline)
    author.fill("[name=infos-0-description]", "Tap water may contain bacteria.")
    author.fill("[name=infos-0-instruction]", "Boil tap water for one minute before drinking.")


def click_map(page, canvas, x, y) -> None:
    """Click the map at (x, y) pixels from its top left, moving there first as a hand does (the
    drawing tool places its cursor on mouse moves)."""
    page.mouse.move(canvas["x"] + x, canvas["y"] + y, steps=4)
    page.mouse.down()
    page.mouse.up()


def draw_polygon(page, canvas, corners) -> None:
    """Pick the polygon tool, click each corner, and finish."""
    page.locator(".leaflet-draw-draw-polygon").click()
    for x, y in corners:
        click_map(page, canvas, x, y)
    page.get_by_role("link", name="Finish").click()


def open_page_following(browser, demo_server, code: str, *, language: str = "en"):
    """A citizen's page (the home page in `language`) following the region `code`, live."""
    page = browser.new_context().new_page()
    page.goto(demo_server.url(f"/{language}/"))
    page.evaluate(f"localStorage.setItem('beacon-places', JSON.stringify(['{code}']))")
    page.reload()
    page.locator("[data-live-alerts][data-state=live]").wait_for(state="attached")
    return page


def worker_page(browser, server):
    """A page of `server` (a DemoServer) whose service worker is active and whose DevTools push
    delivery is ready: (page, CDP session, the worker's registration id)."""
    context = browser.new_context()
    context.grant_permissions(["notifications"], origin=server.base_url)
    page = context.new_page()
    registrations = []
    cdp = context.new_cdp_session(page)
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: registrations.extend(event["registrations"]),
    )
    cdp.send("ServiceWorker.enable")
    page.goto(server.url("/en/alerts/get/"))
    page.wait_for_function(
        "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null"
    )
    # the page is controlled while the worker still activates; a push is only handled after
    wait_until(
        lambda: (
            page.evaluate("navigator.serviceWorker.ready.then(r => r.active.state)") == "activated"
        ),
        timeout=15,
        what="the service worker to be activated",
    )
    registration_id = wait_until(
        lambda: next(
            (r["registrationId"] for r in registrations if r["scopeURL"] == server.url("/")),
            None,
        ),
        timeout=10,
        what="the service worker registration",
    )
    return page, cdp, registration_id
