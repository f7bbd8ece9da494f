"""Lesson fixtures (a pytest plugin, see tests/conftest.py): a home page, a small quiz lesson in
English and French, a course, and helpers to take the quiz. Built here, not from the demo."""

import pytest
from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.languages import ensure_locales
from lessons.content import body_stream, quiz_stream
from lessons.models import (
    CourseLesson,
    CoursePage,
    HomePage,
    LessonIndexPage,
    LessonPage,
)
from lessons.translation import publish_translation, with_escaped

QUIZ_CONTENT = {
    "en": {
        "title": "Storm safety",
        "summary": "What to do when a storm is coming.",
        "body": [("text", ["Secure loose objects outside."])],
        "quiz": [
            {
                "kind": "single",
                "prompt": "Where is the safest place during a storm?",
                "choices": [
                    {"text": "Indoors", "correct": True, "feedback": "Walls protect you."},
                    {"text": "Under a tree", "correct": False, "feedback": "Trees fall."},
                ],
            },
            {
                "kind": "multiple",
                "prompt": "Which items help in a power cut?",
                "choices": [
                    {"text": "A torch", "correct": True, "feedback": "Light without fire."},
                    {"text": "A radio", "correct": True, "feedback": "Official news."},
                    {"text": "A candle", "correct": False, "feedback": "Fire risk."},
                ],
            },
            {
                "kind": "true_false",
                "prompt": "You should drive through flood water.",
                "choices": [
                    {"text": "True", "correct": False, "feedback": "Water can carry cars."},
                    {"text": "False", "correct": True, "feedback": "Turn around."},
                ],
            },
            {
                "kind": "single",
                "prompt": "Who sends official alerts?",
                "choices": [
                    {"text": "The authorities", "correct": True, "feedback": "Yes."},
                    {"text": "Anyone online", "correct": False, "feedback": "Check sources."},
                ],
            },
        ],
    },
    "fr": {
        "title": "Sécurité en cas de tempête",
        "summary": "Que faire à l'approche d'une tempête.",
        "body": [("text", ["Rentrez les objets qui traînent dehors."])],
        "quiz": [
            {
                "kind": "single",
                "prompt": "Où est-on le plus en sécurité pendant une tempête ?",
                "choices": [
                    {"text": "À l'intérieur", "correct": True, "feedback": "Les murs protègent."},
                    {"text": "Sous un arbre", "correct": False, "feedback": "Les arbres tombent."},
                ],
            },
            {
                "kind": "multiple",
                "prompt": "Quels objets aident pendant une coupure ?",
                "choices": [
                    {"text": "Une lampe", "correct": True, "feedback": "De la lumière sans feu."},
                    {"text": "Une radio", "correct": True, "feedback": "Les infos officielles."},
                    {"text": "Une bougie", "correct": False, "feedback": "Risque d'incendie."},
                ],
            },
            {
                "kind": "true_false",
                "prompt": "Il faut traverser l'eau en voiture.",
                "choices": [
                    {"text": "Vrai", "correct": False, "feedback": "L'eau emporte les voitures."},
                    {"text": "Faux", "correct": True, "feedback": "Faites demi-tour."},
                ],
            },
            {
                "kind": "single",
                "prompt": "Qui envoie les alertes officielles ?",
                "choices": [
                    {"text": "Les autorités", "correct": True, "feedback": "Oui."},
                    {"text": "N'importe qui", "correct": False, "feedback": "Vérifiez."},
                ],
            },
        ],
    },
}


@pytest.fixture
def home() -> HomePage:
    """An English home page as the default site's root (translations come with the lessons)."""
    ensure_locales()
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    page = HomePage(title="Home", slug="home", intro="Welcome", locale=Locale.get_default())
    root.add_child(instance=page)
    Site.objects.create(hostname="localhost", root_page=page, is_default_site=True)
    return page


@pytest.fixture
def homes(home, django_capture_on_commit_callbacks) -> HomePage:
    """The home page, live in every interface language (published after commit, as
    wagtail-localize does)."""
    for code, _name in settings.LANGUAGES:
        if code == home.locale.language_code:
            continue
        strings = {"Home": f"Home [{code}]", "Welcome": f"Welcome [{code}]"}
        with django_capture_on_commit_callbacks(execute=True):
            assert publish_translation(page=home, language_code=code, strings=strings) == []
    return home


@pytest.fixture
def lesson(home, django_capture_on_commit_callbacks) -> LessonPage:
    """An English lesson with a four-question quiz (pass mark 75 %) and its French translation."""
    index = LessonIndexPage(title="Lessons", slug="lessons")
    home.add_child(instance=index)
    english = QUIZ_CONTENT["en"]
    page = LessonPage(
        title=english["title"],
        slug="storm",
        hazard="storm",
        summary=english["summary"],
        body=body_stream(english["body"]),
        quiz=quiz_stream(english["quiz"]),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    french_strings = dict(zip(texts(english), texts(QUIZ_CONTENT["fr"]), strict=True))
    with django_capture_on_commit_callbacks(execute=True):
        missing = publish_translation(
            page=page, language_code="fr", strings=with_escaped(french_strings)
        )
    assert missing == []
    return LessonPage.objects.get(pk=page.pk)


def texts(node) -> list[str]:
    """The translatable texts of a content tree in order (block kinds and quiz keys skipped), so
    a translation written in the same shape pairs with its source by position."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, tuple):
        return texts(node[1])
    if isinstance(node, list):
        return [text for item in node for text in texts(item)]
    if isinstance(node, dict):
        return [
            text
            for key, item in node.items()
            if key not in {"kind", "correct"}
            for text in texts(item)
        ]
    return []


def french(page: LessonPage) -> LessonPage:
    return LessonPage.objects.get(translation_key=page.translation_key, locale__language_code="fr")


def answer_sheet(quiz, *, right: set[int] = frozenset({0, 1, 2, 3})) -> dict[str, list[str]]:
    """Form fields answering the questions numbered in `right` correctly, the others wrongly."""
    fields = {}
    for number, question in enumerate(quiz.questions):
        pool = [c.id for c in question.choices if c.correct == (number in right)]
        fields[question.field_name] = (
            pool if question.allows_several and number in right else pool[:1]
        )
    return fields


def submission_token(client, page) -> str:
    """Open `page` as a browser does, with the tokens its script asks for (lesson-session.js)."""
    assert client.get(page.url).status_code == 200
    return client.get(page.url + "session/").json()["submission"]


def take_quiz(client, page, **kwargs):
    """Open `page` with `client` and submit its quiz (see answer_sheet for `right`)."""
    token = submission_token(client, page)
    fields = answer_sheet(page.quiz_definition(), **kwargs)
    return client.post(page.url, {"submission": token, **fields})


@pytest.fixture
def course(lesson) -> CoursePage:
    """A course of two lessons: the storm lesson and a copy with fresh block ids."""
    english = QUIZ_CONTENT["en"]
    second = LessonPage(
        title="Storm safety 2",
        slug="storm-2",
        hazard="storm",
        summary=english["summary"],
        body=body_stream(english["body"]),
        quiz=quiz_stream(english["quiz"]),
    )
    lesson.get_parent().add_child(instance=second)
    course = CoursePage(title="Storm course", slug="storm-course", summary="Two lessons.")
    course.course_lessons = [
        CourseLesson(lesson=lesson, sort_order=0),
        CourseLesson(lesson=second, sort_order=1),
    ]
    lesson.get_parent().add_child(instance=course)
    return course
