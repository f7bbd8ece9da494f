"""A reader whose browser runs no script takes the quiz from the shared lesson page: the first
sending comes back with the answers kept and the reader's own tokens, the second is graded.
Forgeries stay refused, and the shared page still holds nobody's token."""

from html.parser import HTMLParser

import pytest
from django.test import Client

from lessons.models import QuizAttempt
from tests.lessons.fixtures import answer_sheet, french

pytestmark = pytest.mark.django_db

SENT_AGAIN = "Press “Submit answers” again"


class FormFields(HTMLParser):
    """What a browser without script sends from the quiz form: its hidden fields and the
    choices shown as checked."""

    def __init__(self, html: str):
        super().__init__()
        self.fields: dict[str, list[str]] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "input" or not attrs.get("name"):
            return
        if attrs.get("type") == "hidden" or "checked" in attrs:
            self.fields.setdefault(attrs["name"], []).append(attrs.get("value") or "")


def test_a_reader_without_script_takes_the_quiz_in_two_sendings(lesson):
    browser = Client(enforce_csrf_checks=True)
    shared = browser.get(lesson.url)
    assert "public" in shared["Cache-Control"] and "csrfmiddlewaretoken" not in shared.text
    sheet = answer_sheet(lesson.quiz_definition(), right={0, 1, 3})
    first = browser.post(lesson.url, {**FormFields(shared.text).fields, **sheet})
    assert first.status_code == 400 and SENT_AGAIN in first.text
    assert "private" in first["Cache-Control"] and "no-store" in first["Cache-Control"]
    assert not QuizAttempt.objects.exists()
    kept = FormFields(first.text).fields
    assert {name: kept[name] for name in sheet} == sheet
    assert kept["csrfmiddlewaretoken"] != [""] and kept["submission"] != [""]
    second = browser.post(lesson.url, kept)
    assert second.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert attempt.score_percent == 75
    assert "csrfmiddlewaretoken" not in Client().get(lesson.url).text


def test_the_note_is_in_the_readers_language(lesson):
    page = french(lesson)
    first = Client(enforce_csrf_checks=True).post(page.url, answer_sheet(page.quiz_definition()))
    assert first.status_code == 400
    assert "Appuyez de nouveau sur « Envoyer les réponses »" in first.text


def test_the_page_sent_again_is_never_shared(lesson):
    Client(enforce_csrf_checks=True).post(lesson.url, answer_sheet(lesson.quiz_definition()))
    for _ in range(2):
        page = Client().get(lesson.url)
        assert "public" in page["Cache-Control"] and SENT_AGAIN not in page.text
        assert "csrfmiddlewaretoken" not in page.text and not page.cookies


def test_a_signed_in_users_forged_quiz_is_refused(lesson, django_user_model):
    user = django_user_model.objects.create_user("noor.reader", password="a-long-password-7")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    token = FormFields(browser.get(lesson.url).text).fields["submission"]
    sheet = answer_sheet(lesson.quiz_definition())
    forged = browser.post(lesson.url, {"submission": token, **sheet})
    assert forged.status_code == 403 and SENT_AGAIN not in forged.text
    assert not QuizAttempt.objects.exists()


def test_a_secure_sending_from_this_site_comes_back_too(lesson):
    browser = Client(enforce_csrf_checks=True)
    sheet = answer_sheet(lesson.quiz_definition())
    first = browser.post(lesson.url, sheet, secure=True, HTTP_ORIGIN="https://testserver")
    assert first.status_code == 400 and SENT_AGAIN in first.text


def test_a_quiz_from_another_site_is_refused(lesson):
    browser = Client(enforce_csrf_checks=True)
    sheet = answer_sheet(lesson.quiz_definition())
    forged = browser.post(lesson.url, sheet, HTTP_ORIGIN="https://elsewhere.example")
    assert forged.status_code == 403 and SENT_AGAIN not in forged.text
    assert not forged.cookies and not QuizAttempt.objects.exists()


def test_a_wrong_token_is_refused(lesson):
    browser = Client(enforce_csrf_checks=True)
    browser.cookies["csrftoken"] = "a" * 32
    sent = browser.post(lesson.url, {"csrfmiddlewaretoken": "b" * 32})
    assert sent.status_code == 403 and SENT_AGAIN not in sent.text


def test_other_addresses_keep_the_plain_refusal(lesson):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post(lesson.url + "session/").status_code == 403
    assert browser.post("/en/search/", {"q-x": "y"}).status_code == 403
    assert browser.post("/en/no-such-page/", {}).status_code == 403
