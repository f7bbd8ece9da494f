"""Turn the demo lesson content (demo/content, YAML and PO files) into pages and translations.

Each page's folder holds its English source and structure (`lesson.yaml` or `page.yaml`, quiz
keys included) and one gettext PO file per language whose msgids are the English texts, as
translators edit them in Poedit or Weblate. Translations go through wagtail-localize's own PO
import; a language whose PO file lacks a string is saved as a draft, and the loader names the
missing strings.
"""

import logging
from pathlib import Path

import polib
import yaml
from django.conf import settings

from lessons.content import body_stream, easy_read_stream, quiz_stream
from lessons.models import CourseLesson, CoursePage, EasyReadPage, LessonIndexPage, LessonPage
from lessons.translation import publish_translation, with_escaped

logger = logging.getLogger(__name__)

CONTENT = Path(__file__).resolve().parent / "content"
LESSON_FOLDERS = ["kit", "power_outage", "flood", "heatwave", "pandemic", "disinformation"]


def read_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def po_translations(folder: Path) -> dict[str, dict[str, str]]:
    """Language code -> {English text: translation} from the folder's PO files (untranslated
    and fuzzy entries left out), in the order of settings.LANGUAGES."""
    paths = {path.stem: path for path in folder.glob("*.po")}
    return {
        code: {
            entry.msgid: entry.msgstr
            for entry in polib.pofile(str(paths[code]))
            if entry.translated() and not entry.obsolete
        }
        for code, _name in settings.LANGUAGES
        if code in paths
    }


def translate_everywhere(page, folder: Path, *, label: str) -> None:
    """Import each PO file of `folder` as a translation of `page`, unless that language is live
    already (so a second demo run leaves editors' later corrections alone)."""
    existing = set(page.get_translations().live().values_list("locale__language_code", flat=True))
    for language, strings in po_translations(folder).items():
        if language in existing:
            continue
        missing = publish_translation(
            page=page, language_code=language, strings=with_escaped(strings)
        )
        if missing:
            logger.warning(
                "%s [%s] saved as a draft: %d strings missing in %s.po, e.g. %s",
                label,
                language,
                len(missing),
                language,
                "; ".join(text[:60] for text in missing[:3]),
            )


def ensure_index(home) -> LessonIndexPage:
    folder = CONTENT / "lesson-index"
    index = LessonIndexPage.objects.child_of(home).first()
    if index is None:
        source = read_yaml(folder / "page.yaml")
        index = LessonIndexPage(slug=source["slug"], title=source["title"], intro=source["intro"])
        home.add_child(instance=index)
        index.save_revision().publish()
    translate_everywhere(index, folder, label="lessons index")
    return index


def ensure_lesson(index: LessonIndexPage, folder_name: str) -> LessonPage:
    """Create a demo lesson once; later runs keep it (and its quiz ids) and refresh translations."""
    folder = CONTENT / "lessons" / folder_name
    source = read_yaml(folder / "lesson.yaml")
    page = LessonPage.objects.child_of(index).filter(slug=source["slug"]).first()
    if page is None:
        page = LessonPage(
            slug=source["slug"],
            hazard=source["hazard"],
            pass_mark=source["pass_mark"],
            title=source["title"],
            summary=source["summary"],
            body=body_stream(source["body"]),
            quiz=quiz_stream(source["quiz"]),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    translate_everywhere(page, folder, label=folder_name)
    return page


def ensure_easy_read(lesson: LessonPage, folder_name: str) -> EasyReadPage | None:
    """The lesson's easy-read version (its folder's `easy-read/`), if it has one, below the
    lesson and translated from its own PO files: a language without one has no easy-read page."""
    folder = CONTENT / "lessons" / folder_name / "easy-read"
    if not folder.is_dir():
        return None
    page = EasyReadPage.objects.child_of(lesson).first()
    if page is None:
        source = read_yaml(folder / "page.yaml")
        page = EasyReadPage(
            slug=source["slug"], title=source["title"], body=easy_read_stream(source["body"])
        )
        lesson.add_child(instance=page)
        page.save_revision().publish()
    translate_everywhere(page, folder, label=f"{folder_name} easy read")
    return page


def ensure_course(index: LessonIndexPage, lessons: dict[str, LessonPage]) -> CoursePage:
    folder = CONTENT / "course"
    source = read_yaml(folder / "page.yaml")
    course = CoursePage.objects.child_of(index).filter(slug=source["slug"]).first()
    if course is None:
        course = CoursePage(slug=source["slug"], title=source["title"], summary=source["summary"])
        course.course_lessons = [
            CourseLesson(lesson=lessons[slug], sort_order=position)
            for position, slug in enumerate(source["lessons"])
        ]
        index.add_child(instance=course)
        course.save_revision().publish()
    translate_everywhere(course, folder, label="course")
    return course


def ensure_demo_lessons(home) -> CoursePage:
    """The lessons index, the six demo lessons (with their easy-read versions, after the lessons'
    translations) and the course, below the English home page.

    Not one transaction on purpose: wagtail-localize publishes a translation after commit, and a
    parent published late (from a revision taken before its children existed) would be saved with
    a stale child count, hiding its translated children. Each translation commits on its own.
    """
    index = ensure_index(home)
    pages = [ensure_lesson(index, name) for name in LESSON_FOLDERS]
    for page, name in zip(pages, LESSON_FOLDERS, strict=True):
        ensure_easy_read(page, name)
    return ensure_course(index, {page.slug: page for page in pages})
