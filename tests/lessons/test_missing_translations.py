"""A lesson or course not yet in the reader's language is never hidden: the lessons index lists
it with a note and links to the languages it is in, and its address in the reader's language
answers a 404 with the same note (noindex) instead of the bare "page not found"."""

import re

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from lessons.content import body_stream
from lessons.models import LessonIndexPage, LessonPage
from lessons.translation import publish_translation

pytestmark = pytest.mark.django_db

NOTES = {
    "en": "Not yet available in English",
    "de": "Noch nicht auf Deutsch verfügbar",
    "ar": "غير متاح بعد باللغة: العربيّة",
}
STORM_LINKS = {
    "en": '<a href="/en/lessons/storm/" hreflang="en" lang="en" dir="ltr">English</a>',
    "fr": '<a href="/fr/lessons/storm/" hreflang="fr" lang="fr" dir="ltr">français</a>',
}
CANICULE_LINKS = {
    "fr": '<a href="/fr/lessons/canicule/" hreflang="fr" lang="fr" dir="ltr">français</a>',
}


@pytest.fixture
def indexes(homes, lesson, django_capture_on_commit_callbacks) -> dict[str, LessonIndexPage]:
    """The lessons index in English, French (made with the lesson), German and Arabic."""
    index = lesson.get_parent()
    for code in ("de", "ar"):
        with django_capture_on_commit_callbacks(execute=True):
            publish_translation(page=index, language_code=code, strings={"Lessons": code})
    return {
        page.locale.language_code: page.specific
        for page in index.get_translations(inclusive=True).live()
    }


@pytest.fixture
def french_only(indexes) -> LessonPage:
    """A lesson written in French and not translated into any other language."""
    page = LessonPage(
        title="Canicule",
        slug="canicule",
        hazard="heat",
        summary="Rester au frais.",
        body=body_stream([("text", ["Buvez de l'eau."])]),
        locale=Locale.objects.get(language_code="fr"),
    )
    indexes["fr"].add_child(instance=page)
    page.save_revision().publish()
    return page


def notes(html: str) -> list[dict[str, str]]:
    """Each "not yet available" note of a page: hreflang -> its whole link."""
    return [
        {
            code: link
            for link, code in re.findall(r'(<a href="[^"]+" hreflang="(\w+)"[^>]*>.*?</a>)', note)
        }
        for note in re.findall(r'<div class="elsewhere">(.*?)</div>', html, re.S)
    ]


MISSING = [  # reader's language, the lesson missing in it, its links
    ("en", "french_only", CANICULE_LINKS),
    ("de", "lesson", STORM_LINKS),
    ("ar", "lesson", STORM_LINKS),
]


@pytest.mark.parametrize(("language", "missing", "links"), MISSING)
def test_index_lists_a_missing_lesson_with_a_note_and_its_languages(
    client, request, indexes, language, missing, links
):
    page = request.getfixturevalue(missing)
    html = client.get(indexes[language].url).content.decode()
    assert f'<html lang="{language}"' in html
    assert NOTES[language] in html and html.count('class="elsewhere"') == 1
    assert notes(html) == [links]
    code, title = page.locale.language_code, escape(page.title)
    heading = (
        f'<h3 lang="{code}"><a href="{page.url}" hreflang="{code}"><bdi>{title}</bdi></a></h3>'
    )
    assert heading in html


def test_index_lists_its_own_translations_without_a_note(client, indexes, lesson):
    html = client.get(indexes["fr"].url).content.decode()
    assert "Sécurité en cas de tempête" in html and "Storm safety" not in html
    assert 'class="elsewhere"' not in html


def test_hazard_filter_applies_to_missing_lessons(client, indexes, lesson):
    assert NOTES["de"] in client.get(indexes["de"].url, {"hazard": "storm"}).content.decode()
    html = client.get(indexes["de"].url, {"hazard": "flood"}).content.decode()
    assert "Storm safety" not in html and NOTES["de"] not in html
    assert 'href="/de/lessons/?hazard=storm"' in html  # the hazard still offered


def test_index_lists_a_course_missing_in_german(client, indexes, course):
    html = client.get(indexes["de"].url).content.decode()
    courses = html.split('id="courses-title"', 1)[1].split('id="lessons-title"', 1)[0]
    assert "Storm course" in courses and NOTES["de"] in courses
    assert notes(courses) == [
        {"en": '<a href="/en/lessons/storm-course/" hreflang="en" lang="en" dir="ltr">English</a>'}
    ]


@pytest.mark.parametrize(("language", "missing", "links"), MISSING)
def test_address_of_a_missing_translation_explains_and_links_the_languages(
    client, request, indexes, language, missing, links
):
    page = request.getfixturevalue(missing)
    response = client.get(f"/{language}/lessons/{page.slug}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html and '<meta name="robots" content="noindex">' in html
    assert NOTES[language] in html and notes(html) == [links]


def test_missing_translation_below_a_missing_index_is_explained_too(client, indexes, lesson):
    response = client.get("/pl/lessons/storm/")  # Polish has a home page, but no lessons yet
    assert response.status_code == 404
    assert "Jeszcze niedostępne w języku: polski" in response.content.decode()
    assert notes(response.content.decode()) == [STORM_LINKS]


def test_unknown_lesson_address_stays_a_plain_404(client, indexes, lesson):
    response = client.get("/de/lessons/no-such-lesson/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden" in html and 'class="elsewhere"' not in html
