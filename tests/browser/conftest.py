"""Playwright driving Debian's Chromium (never a downloaded browser), with axe for accessibility."""

import pytest

from tests.services import CHROMIUM, CHROMIUM_ARGS, unavailable

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

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]
