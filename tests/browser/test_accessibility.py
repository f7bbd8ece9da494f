"""axe finds no violation of any impact on the sixteen pages citizens, learners and educators use,
in English and in Arabic (right to left)."""

import json
import re

import pytest

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "ar"]
DEMO_FACTS = """
import json
from classes.models import Classroom
from lessons.models import Certificate, CoursePage
course = CoursePage.objects.get(locale__language_code="en")
certificate, _ = Certificate.objects.get_or_create(
    anonymous_token="accessibility-check",
    course=course,
    defaults={"name": "Ann Example", "course_key": course.translation_key},
)
classroom = Classroom.objects.get()
print(json.dumps({"code": certificate.code, "join": classroom.join_code, "class": classroom.pk}))
"""


@pytest.fixture(scope="module")
def demo_facts(demo_server) -> dict:
    """The demo class and a certificate to show, read from (or added to) the demo database."""
    output = demo_server.manage("shell", "-c", DEMO_FACTS)
    return json.loads(output.strip().splitlines()[-1])


def violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
    ]


def check(page, results: dict, name: str) -> None:
    page.wait_for_load_state("networkidle")
    results[f"{name} {page.url}"] = violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sixteen_pages_have_no_axe_violation(demo_server, demo_facts, browser, language):
    results: dict[str, list[str]] = {}
    learner = browser.new_context()
    page = learner.new_page()
    url = lambda path: demo_server.url(f"/{language}{path}")  # noqa: E731

    for name, path in [
        ("home", "/"),
        ("lesson index", "/lessons/"),
        ("lesson", "/lessons/72-hour-kit/"),
        ("alerts", "/alerts/"),
        ("get alerts", "/alerts/get/"),
        ("offline page", "/offline/"),
        ("search", "/search/?q=water"),
        ("certificate", f"/certificates/{demo_facts['code']}/"),
        ("verify", f"/certificates/verify/?code={demo_facts['code']}"),
    ]:
        page.goto(url(path))
        check(page, results, name)

    page.goto(url("/alerts/archive/"))
    page.locator("main a[href*='/alerts/']").filter(has_text=re.compile(r"\S")).last.click()
    check(page, results, "one alert")
    active = page.request.get(demo_server.url("/api/alerts/active.json")).json()["alerts"]
    signed = page.request.get(active[0]["cap"])
    page.goto(url("/alerts/verify/"))
    check(page, results, "check an alert")
    page.locator("textarea[name='document']").fill(signed.text())
    page.locator("form.stacked-form button[type=submit]").click()
    page.locator("#verdict-title").wait_for()
    check(page, results, "alert checked")
    page.locator("textarea[name='document']").fill("")
    page.locator("input[name='identifier']").fill("no-such-alert")
    page.locator("form.stacked-form button[type=submit]").click()
    page.locator(".field-error").wait_for()
    check(page, results, "alert check with an error")

    page.goto(url("/lessons/72-hour-kit/"))
    page.locator("[data-quiz-form] button[type=submit]").click()  # nothing answered
    page.locator("[data-quiz-summary]").wait_for(state="visible")
    check(page, results, "quiz with errors")
    for fieldset in page.locator("fieldset[data-question]").all():
        fieldset.locator("input").first.check()
    page.locator("[data-quiz-form] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/result/"))
    check(page, results, "quiz result")
    page.goto(url("/progress/"))
    check(page, results, "progress")

    page.goto(url(f"/join/{demo_facts['join']}/"))
    check(page, results, "join")
    page.locator("input[name='join-nickname']").fill(f"Axel {language}")
    page.locator("input[name='join-pin']").fill("2468")
    page.locator("input[name='join-pin_again']").fill("2468")
    page.locator("button[name='action'][value='nickname']").click()
    page.goto(url("/assignments/"))
    assert page.locator("main table").count() == 1  # the class and its assignments are shown
    check(page, results, "assignments")
    learner.close()

    educator = browser.new_context()
    page = educator.new_page()
    page.goto(url("/accounts/login/"))
    page.locator("input[name='username']").fill("educator")
    page.locator("input[name='password']").fill("demo-educator-pass")
    page.locator("main form button[type=submit]").click()
    page.goto(url(f"/classes/{demo_facts['class']}/"))
    assert page.locator("main table").count() >= 1  # signed in: the progress grid is shown
    check(page, results, "class dashboard")
    educator.close()

    assert len(results) == 19
    assert {name: found for name, found in results.items() if found} == {}
