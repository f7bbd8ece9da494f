"""Lesson and site pages are shared with anonymous readers: no one's tokens or progress in them,
a fresh copy once an editor publishes, and each reader's own tokens from the lesson's session/."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lessons.models import LessonRead
from tests.lessons.fixtures import answer_sheet, take_quiz

pytestmark = pytest.mark.django_db


def test_a_lesson_is_shared_without_tokens_and_records_no_read(client, lesson):
    first = client.get(lesson.url)
    html = first.content.decode()
    assert "csrfmiddlewaretoken" not in html and 'name="submission" value=""' in html
    assert "data-lesson-session=" in html and "js/lesson-session.js" in html
    assert not first.cookies and not LessonRead.objects.exists()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(lesson.url).content == first.content
    assert len(captured) == 0


def test_session_gives_each_reader_own_tokens_and_notes_the_read(lesson):
    one, two = Client(), Client()
    first, second = one.get(lesson.url + "session/"), two.get(lesson.url + "session/")
    assert first.status_code == 200 and "no-store" in first["Cache-Control"]
    assert first.json()["csrf"] != second.json()["csrf"]
    assert first.json()["submission"] != second.json()["submission"]
    assert LessonRead.objects.filter(lesson_key=lesson.translation_key).count() == 2


def test_session_takes_only_get(client, lesson):
    assert client.post(lesson.url + "session/").status_code == 405
    assert not LessonRead.objects.exists()


def test_a_quiz_sent_with_the_session_tokens_is_graded(lesson):
    browser = Client(enforce_csrf_checks=True)
    assert "csrfmiddlewaretoken" not in browser.get(lesson.url).content.decode()
    tokens = browser.get(lesson.url + "session/").json()
    sheet = answer_sheet(lesson.quiz_definition())
    without = browser.post(lesson.url, {"submission": tokens["submission"], **sheet})
    assert without.status_code == 403
    sent = browser.post(
        lesson.url,
        {"csrfmiddlewaretoken": tokens["csrf"], "submission": tokens["submission"], **sheet},
    )
    assert sent.status_code == 302


def test_a_learners_progress_never_reaches_another_reader(client, course):
    lessons = course.specific.lessons()
    for lesson in lessons:
        take_quiz(client, lesson)
    own = client.get(course.url)
    assert "2 of 2 quizzes passed" in own.content.decode()
    assert "private" in own["Cache-Control"]
    stranger = Client().get(course.url)
    assert "0 of 2 quizzes passed" in stranger.content.decode()
    assert "public" in stranger["Cache-Control"]
    assert "0 of 2 quizzes passed" in Client().get(course.url).content.decode()
    assert "2 of 2 quizzes passed" in client.get(course.url).content.decode()


def test_a_signed_in_readers_page_is_not_shared(client, lesson, django_user_model):
    user = django_user_model.objects.create_user("noor.reader", password="a-long-password-7")
    client.force_login(user)
    own = client.get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" in own and "Sign out" in own
    shared = Client().get(lesson.url).content.decode()
    assert "csrfmiddlewaretoken" not in shared and "Sign out" not in shared


def test_publishing_a_page_ends_the_shared_copy(client, lesson, django_capture_on_commit_callbacks):
    before = client.get(lesson.url).content.decode()
    lesson.title = "Floods: what to do first"
    revision = lesson.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    after = client.get(lesson.url).content.decode()
    assert "Floods: what to do first" not in before and "Floods: what to do first" in after


def test_the_home_page_is_shared_and_follows_publishing(
    client, home, django_capture_on_commit_callbacks
):
    assert "public" in client.get(home.url)["Cache-Control"]
    home.intro = "Ready for the next storm."
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert "Ready for the next storm." in client.get(home.url).content.decode()
