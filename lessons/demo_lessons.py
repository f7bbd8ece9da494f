"""Turn the demo lesson texts (lessons/demo_content) into pages and their translations.

Translations are published through wagtail-localize: texts of a language are paired by position
with the English texts, which gives the segment-to-translation map an editor's PO import would.
"""

import importlib
import uuid
from html import escape

from lessons.demo_content.index import COURSE, INDEX
from lessons.models import CourseLesson, CoursePage, LessonIndexPage, LessonPage
from lessons.translation import publish_translation

LESSON_MODULES = ["kit", "power_outage", "flood", "heatwave", "pandemic", "disinformation"]


class DemoContentError(ValueError):
    """Demo texts whose translations do not line up with the English source."""


def list_block(items: list) -> list[dict]:
    """A ListBlock value in Wagtail's current format: every item has its own stable id, which
    wagtail-localize needs to translate items and grading needs to identify choices."""
    return [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in items]


def body_stream(blocks: list) -> list[dict]:
    def value(kind, content):
        if kind == "text":
            return "".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in content)
        if kind == "checklist":
            return {**content, "items": list_block(content["items"])}
        if kind == "steps":
            return {phase: list_block(items) for phase, items in content.items()}
        return content

    return [{"type": kind, "value": value(kind, content)} for kind, content in blocks]


def quiz_stream(questions: list[dict]) -> list[dict]:
    return [
        {"type": "question", "value": {**question, "choices": list_block(question["choices"])}}
        for question in questions
    ]


def texts(node) -> list[str]:
    """Every translatable text of a content tree, in a stable order (booleans and kinds skipped)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, (list, tuple)):
        return [text for item in node for text in texts(item)]
    if isinstance(node, dict):
        skip = {"kind", "correct"}
        return [text for key, item in node.items() if key not in skip for text in texts(item)]
    return []


def segment_map(source: dict, translated: dict, *, label: str) -> dict[str, str]:
    """English text -> translated text, also in the HTML-escaped form rich text segments take."""
    source_texts, translated_texts = texts(source), texts(translated)
    if len(source_texts) != len(translated_texts):
        raise DemoContentError(f"{label}: {len(translated_texts)} texts for {len(source_texts)}")
    mapping: dict[str, str] = {}
    for english, other in zip(source_texts, translated_texts, strict=True):
        if mapping.get(english, other) != other:
            raise DemoContentError(f"{label}: {english!r} has two different translations")
        mapping[english] = other
        mapping[escape(english, quote=False)] = escape(other, quote=False)
    return mapping


def translate_everywhere(page, content: dict, *, label: str) -> None:
    """Publish each language of `content` as a translation of `page`, unless one is live already
    (so a second demo run leaves editors' later corrections alone)."""
    existing = set(page.get_translations().live().values_list("locale__language_code", flat=True))
    for language, translated in content.items():
        if language != "en" and language not in existing:
            where = f"{label} [{language}]"
            strings = segment_map(content["en"], translated, label=where)
            missing = publish_translation(page=page, language_code=language, strings=strings)
            if missing:
                raise DemoContentError(f"{where}: no translation for {missing[:3]}")


def ensure_index(home) -> LessonIndexPage:
    index = LessonIndexPage.objects.child_of(home).first()
    if index is None:
        index = LessonIndexPage(slug=INDEX["slug"], **INDEX["content"]["en"])
        home.add_child(instance=index)
        index.save_revision().publish()
    translate_everywhere(index, INDEX["content"], label="lessons index")
    return index


def ensure_lesson(index: LessonIndexPage, module_name: str) -> LessonPage:
    """Create a demo lesson once; later runs keep it (and its quiz ids) and refresh translations."""
    lesson = importlib.import_module(f"lessons.demo_content.lessons.{module_name}").LESSON
    page = LessonPage.objects.child_of(index).filter(slug=lesson["slug"]).first()
    if page is None:
        english = lesson["content"]["en"]
        page = LessonPage(
            slug=lesson["slug"],
            hazard=lesson["hazard"],
            pass_mark=lesson["pass_mark"],
            title=english["title"],
            summary=english["summary"],
            body=body_stream(english["body"]),
            quiz=quiz_stream(english["quiz"]),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    translate_everywhere(page, lesson["content"], label=module_name)
    return page


def ensure_course(index: LessonIndexPage, lessons: dict[str, LessonPage]) -> CoursePage:
    course = CoursePage.objects.child_of(index).filter(slug=COURSE["slug"]).first()
    if course is None:
        course = CoursePage(slug=COURSE["slug"], **COURSE["content"]["en"])
        course.course_lessons = [
            CourseLesson(lesson=lessons[slug], sort_order=position)
            for position, slug in enumerate(COURSE["lessons"])
        ]
        index.add_child(instance=course)
        course.save_revision().publish()
    translate_everywhere(course, COURSE["content"], label="course")
    return course


def ensure_demo_lessons(home) -> CoursePage:
    """The lessons index, the six demo lessons and the course, below the English home page.

    Not one transaction on purpose: wagtail-localize publishes a translation after commit, and a
    parent published late (from a revision taken before its children existed) would be saved with
    a stale child count, hiding its translated children. Each translation commits on its own.
    """
    index = ensure_index(home)
    pages = [ensure_lesson(index, name) for name in LESSON_MODULES]
    return ensure_course(index, {page.slug: page for page in pages})
