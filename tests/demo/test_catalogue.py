"""The demo catalogue is complete: the lessons index, every demo lesson and the course exist in
every interface language, and every translation of a quiz has the source's key (questions,
choices and which are right). The checks are also run on broken copies, to show they fail."""

import json
import shutil
from collections import defaultdict

import polib
import pytest
from django.conf import settings

from demo import lessons as demo_lessons
from demo.lessons import (
    LESSON_FOLDERS,
    po_translations,
    read_yaml,
)
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


def dumped_pages(demo_server) -> dict[str, dict[str, dict]]:
    """The demo site as `manage.py dump_lessons` prints it: page path below the home page ->
    language -> page, read from the database the demo server was loaded into."""
    pages = defaultdict(dict)
    for page in json.loads(demo_server.manage("dump_lessons")):
        below_home = page["path"].split("/", 2)[2]
        pages[below_home][page["locale"]] = page
    return pages


def dumped_quiz_key(page: dict) -> list:
    """Each question's kind and which choices are right, from a dumped page's quiz."""
    return [
        (
            question["value"].get("kind"),
            [c["value"]["correct"] for c in question["value"]["choices"]],
        )
        for question in page["quiz"]
    ]


def test_every_demo_lesson_and_the_course_are_live_in_every_language_with_one_quiz_key(
    demo_server,
):
    pages = dumped_pages(demo_server)
    course = read_yaml(demo_lessons.CONTENT / "course" / "page.yaml")["slug"]
    slugs = ["lessons/", f"lessons/{course}/"] + [
        f"lessons/{read_yaml(demo_lessons.CONTENT / 'lessons' / name / 'lesson.yaml')['slug']}/"
        for name in LESSON_FOLDERS
    ]
    for slug in slugs:
        live = sorted(code for code, page in pages[slug].items() if page["live"])
        assert live == sorted(LANGUAGES), slug
    for slug in slugs[2:]:
        source = dumped_quiz_key(pages[slug]["en"])
        assert source, slug
        differing = [code for code, page in pages[slug].items() if dumped_quiz_key(page) != source]
        assert differing == [], slug


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
