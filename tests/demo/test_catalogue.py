"""The demo catalogue is complete: the lessons index, every demo lesson and the course exist in
every interface language, and every translation of a quiz has the source's key (questions,
choices and which are right). The checks are also run on broken copies, to show they fail."""

import json
import shutil

import polib
import pytest
from django.conf import settings

from demo import lessons as demo_lessons
from demo.lessons import (
    LESSON_FOLDERS,
    ensure_course,
    ensure_index,
    ensure_lesson,
    po_translations,
    read_yaml,
)
from demo.site import ensure_home_pages
from lessons.models import LessonPage
from tests.demo.test_demo_content import source_texts
from tests.lessons.fixtures import french

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FOLDERS = ["lesson-index", "course", *(f"lessons/{name}" for name in LESSON_FOLDERS)]


def catalogue_gaps() -> list[str]:
    """Why a demo page would be missing or a draft in some language: its PO file is absent or
    leaves a source text untranslated (or fuzzy)."""
    gaps = []
    for folder in FOLDERS:
        path = demo_lessons.CONTENT / folder
        source = source_texts(read_yaml(next(path.glob("*.yaml"))))
        translations = po_translations(path)
        for code in LANGUAGES:
            if code == settings.LANGUAGE_CODE:
                continue
            if code not in translations:
                gaps.append(f"{folder}/{code}.po is missing")
            elif untranslated := sorted(source - translations[code].keys()):
                gaps.append(f"{folder}/{code}.po leaves {untranslated[0]!r} untranslated")
    return gaps


def quiz_key(page: LessonPage) -> list:
    """What grading depends on: each question's kind and which of its choices are right."""
    quiz = page.quiz_definition()
    questions = quiz.questions if quiz else ()
    return [(q.kind, [choice.correct for choice in q.choices]) for q in questions]


def quiz_differences(lesson: LessonPage) -> list[str]:
    """The translations of `lesson` whose quiz key differs from the source's."""
    source = lesson.get_translations(inclusive=True).get(locale__language_code="en").specific
    return [
        f"{source.slug} [{page.locale.language_code}]"
        for page in lesson.get_translations().specific()
        if quiz_key(page) != quiz_key(source)
    ]


def test_every_demo_page_has_a_complete_po_file_for_every_language():
    assert catalogue_gaps() == []


@pytest.mark.django_db
def test_every_demo_lesson_and_the_course_are_live_in_every_language_with_one_quiz_key(
    django_capture_on_commit_callbacks,
):
    # Translations are published after commit, level by level, as when the demo loader runs.
    with django_capture_on_commit_callbacks(execute=True):
        home = ensure_home_pages()
    with django_capture_on_commit_callbacks(execute=True):
        index = ensure_index(home)
    lessons = {}
    for name in LESSON_FOLDERS:
        with django_capture_on_commit_callbacks(execute=True):
            lesson = ensure_lesson(index, name)
        lessons[lesson.slug] = lesson
    with django_capture_on_commit_callbacks(execute=True):
        course = ensure_course(index, lessons)
    for page in [index, course, *lessons.values()]:
        live = page.get_translations(inclusive=True).live()
        assert sorted(live.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
    for lesson in lessons.values():
        assert quiz_differences(lesson) == []


def test_a_missing_or_incomplete_po_file_is_named(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(demo_lessons.CONTENT, content)
    (content / "lessons" / "flood" / "pl.po").unlink()
    course_ar = content / "course" / "ar.po"
    po = polib.pofile(str(course_ar))
    po[0].msgstr = ""
    po.save(str(course_ar))
    monkeypatch.setattr(demo_lessons, "CONTENT", content)
    assert catalogue_gaps() == [
        f"course/ar.po leaves {po[0].msgid!r} untranslated",
        "lessons/flood/pl.po is missing",
    ]


@pytest.mark.django_db
def test_a_translation_with_another_quiz_key_is_named(lesson):
    page = french(lesson)
    quiz = json.loads(json.dumps(list(page.quiz.raw_data)))
    quiz[0]["value"]["choices"][1]["value"]["correct"] = True  # "Sous un arbre" made right
    page.quiz = json.dumps(quiz)
    page.save_revision().publish()
    assert quiz_differences(lesson) == ["storm [fr]"]
