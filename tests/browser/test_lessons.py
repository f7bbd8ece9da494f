"""A citizen reads a lesson, fails the quiz, reads the feedback, retakes it and passes: in
Ukrainian, then in Arabic (right to left); takes it in a browser without script; and reads a
visited lesson with the network cut."""

import json
import sqlite3

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser

LESSON = "72-hour-kit"


def quiz_of(demo_server, language: str) -> list[dict]:
    """The demo lesson's questions as stored (ids and correct flags), from the demo database."""
    with sqlite3.connect(demo_server.database) as db:
        (raw,) = db.execute(
            """SELECT l.quiz FROM lessons_lessonpage l
               JOIN wagtailcore_page p ON p.id = l.page_ptr_id
               JOIN wagtailcore_locale c ON c.id = p.locale_id
               WHERE p.slug = ? AND c.language_code = ?""",
            (LESSON, language),
        ).fetchone()
    return json.loads(raw)


def answer(page, questions: list[dict], *, correctly: bool, sent: bool = True) -> None:
    for question in questions:
        choices = question["value"]["choices"]
        picks = [c for c in choices if bool(c["value"]["correct"]) == correctly]
        if question["value"]["kind"] != "multiple" or not correctly:
            picks = picks[:1]
        for choice in picks:
            page.locator(f'input[value="{choice["id"]}"]').check()
    if sent:
        page.locator("[data-quiz-form] [type=submit]").click()
        page.wait_for_url("**/result/**")


def assert_accessible(page) -> None:
    assert serious_violations(page) == [], page.url


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_fail_read_feedback_retake_and_pass(demo_server, page, language):
    questions = quiz_of(demo_server, language)
    page.goto(demo_server.url(f"/{language}/lessons/{LESSON}/"))
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("fieldset legend").count() == len(questions)
    assert_accessible(page)

    answer(page, questions, correctly=False)
    assert page.locator(".score--failed").is_visible()
    wrong_feedback = questions[0]["value"]["choices"]
    feedback_texts = page.locator(".feedback__choice").all_inner_texts()
    assert any(wrong_feedback[0]["value"]["feedback"] in text for text in feedback_texts)
    assert_accessible(page)

    page.locator(".actions a").first.click()
    answer(page, questions, correctly=True)
    assert page.locator(".score--passed").is_visible()
    assert "100%" in page.locator(".score__figure").inner_text()

    page.goto(demo_server.url(f"/{language}/progress/"))
    row = page.locator("tbody tr", has=page.locator(f'a[href$="/{LESSON}/"]'))
    assert "100%" in row.inner_text()
    assert_accessible(page)


def test_quiz_without_script_is_sent_again_with_answers_kept(demo_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    questions = quiz_of(demo_server, "de")
    page.goto(demo_server.url(f"/de/lessons/{LESSON}/"))
    answer(page, questions, correctly=True, sent=False)
    chosen = page.locator("[data-quiz-form] input:checked")
    picks = chosen.evaluate_all("inputs => inputs.map(input => input.value)")
    page.locator("[data-quiz-form] [type=submit]").click()
    assert "/result/" not in page.url
    note = page.locator("[data-quiz-summary]")
    assert note.is_visible() and "„Antworten absenden“" in note.inner_text()
    assert chosen.evaluate_all("inputs => inputs.map(input => input.value)") == picks
    page.locator("[data-quiz-form] [type=submit]").click()
    page.wait_for_url("**/result/**")
    count = len(questions)
    assert f"({count} von {count} richtig)" in page.locator(".score__figure").inner_text()
    context.close()


def test_quiz_choices_are_mirrored_in_arabic(demo_server, page):
    page.goto(demo_server.url(f"/ar/lessons/{LESSON}/"))
    choice = page.locator("label.choice").first
    radio, text = choice.locator("input").bounding_box(), choice.locator("span").bounding_box()
    assert radio["x"] > text["x"], "the radio button sits at the start (right) of the line"
    width = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert width <= 0, "no horizontal overflow"


def test_visited_lesson_is_readable_offline(demo_server, browser):
    context = browser.new_context()
    page = context.new_page()
    url = demo_server.url(f"/fr/lessons/{LESSON}/")
    page.goto(url)
    page.wait_for_function(
        "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null"
    )
    page.reload()  # this visit goes through the service worker, which keeps a copy
    title = page.locator("h1").inner_text()

    context.set_offline(True)
    page.reload()
    assert page.locator("h1").inner_text() == title
    submit = page.locator("[data-quiz-form] [type=submit]")
    assert submit.is_disabled()
    assert page.locator("[data-offline-note]").is_visible()

    page.goto(demo_server.url("/fr/lessons/flood/"))  # never visited: the offline page
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").count() == 1 and page.url.endswith("/fr/lessons/flood/")
    assert "flood" not in page.locator("h1").inner_text().lower()
    context.set_offline(False)
    context.close()


def test_save_for_offline_button(demo_server, browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(demo_server.url("/uk/lessons/flood/"))
    page.wait_for_function(
        "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null"
    )
    page.locator("[data-save-offline]").click()
    page.wait_for_function(
        "() => document.querySelector('[data-offline-status]').textContent !== ''"
    )
    context.set_offline(True)
    page.goto(demo_server.url("/uk/lessons/flood/"))
    assert page.locator("article.lesson").count() == 1
    context.close()


def test_checklist_ticks_stay_in_the_browser(demo_server, page):
    page.goto(demo_server.url(f"/en/lessons/{LESSON}/"))
    boxes = page.locator("[data-checklist] input[type=checkbox]")
    boxes.nth(1).check()
    page.reload()
    assert boxes.nth(1).is_checked()
    assert not boxes.nth(0).is_checked()
