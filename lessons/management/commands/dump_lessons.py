"""`manage.py dump_lessons`: every lesson page in every language as JSON, block ids left out.

For reviewing content and for checking that a change to how lessons are loaded (the demo
loader, a migration) leaves every text, block and quiz key as it was: dump before, dump after,
compare.
"""

import json

from django.core.management.base import BaseCommand
from wagtail.models import Page

from lessons.models import CoursePage, EasyReadPage, HomePage, LessonIndexPage, LessonPage

FIELDS = {
    HomePage: ["intro", "body"],
    LessonIndexPage: ["intro"],
    LessonPage: ["hazard", "pass_mark", "summary", "body", "quiz"],
    CoursePage: ["summary"],
    EasyReadPage: ["body"],
}


def without_ids(value):
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def dumped(page: Page) -> dict:
    specific = page.specific
    data = {"path": page.url_path, "locale": page.locale.language_code, "live": page.live}
    data["title"] = page.title
    for field in FIELDS.get(type(specific), []):
        value = getattr(specific, field)
        data[field] = without_ids(value.get_prep_value()) if hasattr(value, "raw_data") else value
    if isinstance(specific, CoursePage):
        data["lessons"] = [lesson.slug for lesson in specific.lessons()]
    return data


class Command(BaseCommand):
    help = (
        "Print every lesson (and its easy-read version), course, index and home page in every "
        "language as JSON."
    )

    def handle(self, *args, **options) -> None:
        types = tuple(FIELDS)
        pages = [p for p in Page.objects.order_by("path") if isinstance(p.specific, types)]
        dump = sorted((dumped(page) for page in pages), key=lambda d: (d["path"], d["locale"]))
        self.stdout.write(json.dumps(dump, ensure_ascii=False, indent=1, sort_keys=True))
