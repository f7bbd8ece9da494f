"""Editors see which lessons lack which languages, and a translation (PO round trip through
wagtail-localize) waits as a draft for review before it goes live."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def states(html: str, lesson) -> dict[str, str]:
    row = re.search(rf'data-translation-key="{lesson.translation_key}">(.*?)</tr>', html, re.S)
    return dict(re.findall(r'data-language="(\w+)" data-state="(\w+)"', row.group(1)))


def translate_to_german_as_draft(lesson) -> LessonPage:
    """What an editor does: Translate, fill in the PO file, upload it, save without publishing."""
    source, _created = TranslationSource.get_or_create_from_instance(lesson)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="de")
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid == "Storm safety":
            entry.msgstr = "Sicher bei Sturm"
    translation.import_po(po, tool_name="PO upload")
    translation.save_target(publish=False)
    return LessonPage.objects.get(
        translation_key=lesson.translation_key, locale__language_code="de"
    )


def test_report_shows_live_draft_and_missing_languages(admin_client, client, lesson):
    html = admin_client.get("/admin/lessons/translations/").content.decode()
    assert states(html, lesson) == {
        "en": "live", "fr": "live", "de": "missing", "pl": "missing",
        "uk": "missing", "ar": "missing", "es": "missing", "it": "missing",
    }  # fmt: skip
    german = translate_to_german_as_draft(lesson)
    assert german.title == "Sicher bei Sturm" and not german.live
    assert (
        states(admin_client.get("/admin/lessons/translations/").content.decode(), lesson)["de"]
        == "draft"
    )
    assert client.get("/de/lessons/storm/").status_code == 404  # not live before review

    german.get_latest_revision().publish()  # the reviewer publishes
    assert client.get(german.url).status_code == 200
    html = admin_client.get("/admin/lessons/translations/").content.decode()
    assert states(html, lesson)["de"] == "live"
