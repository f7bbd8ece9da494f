"""The easy-read versions of the demo lessons (demo/content/lessons/*/easy-read): loaded as
pages of their own in English, German and French, with pictograms described in each language,
and offered from the lesson only where they exist."""

import logging
import re

import pytest
from django.utils.html import escape
from django.utils.translation import override

from demo.lessons import ensure_easy_read, ensure_index, ensure_lesson
from demo.site import ensure_home_pages
from lessons.models import EasyReadPage, LessonPage
from lessons.pictograms import PICTOGRAMS

EASY_READ_LANGUAGES = ["de", "en", "fr"]
IMAGE = re.compile(r'<img class="pictogram" src="/static/pictograms/(\w+)\.svg" alt="([^"]*)"')


def load(folder: str, capture) -> tuple[LessonPage, EasyReadPage]:
    """The demo lesson and its easy-read version, each level published after commit as when the
    demo loader runs."""
    with capture(execute=True):
        home = ensure_home_pages()
    with capture(execute=True):
        index = ensure_index(home)
    with capture(execute=True):
        lesson = ensure_lesson(index, folder)
    with capture(execute=True):
        easy_read = ensure_easy_read(lesson, folder)
    return lesson, easy_read


def versions(page) -> dict:
    return {p.locale.language_code: p for p in page.get_translations(inclusive=True).specific()}


@pytest.mark.django_db
@pytest.mark.parametrize("folder", ["kit", "flood"])
def test_loading_adds_live_easy_read_pages_and_leaves_the_lesson_as_it_was(
    folder, caplog, django_capture_on_commit_callbacks
):
    with caplog.at_level(logging.WARNING):
        lesson, easy_read = load(folder, django_capture_on_commit_callbacks)
    assert "draft" not in caplog.text
    pages = versions(easy_read)
    assert sorted(pages) == EASY_READ_LANGUAGES
    for language, page in pages.items():
        parent = page.get_parent().specific
        assert page.live and parent.translation_key == lesson.translation_key
        assert parent.locale.language_code == language
        assert 15 <= sum(block.block_type == "sentence" for block in page.body) <= 30
    assert all(page.live for page in versions(lesson).values())
    assert len(versions(lesson)) == 8

    with django_capture_on_commit_callbacks(execute=True):
        assert ensure_easy_read(lesson, folder).pk == easy_read.pk
    assert EasyReadPage.objects.count() == len(EASY_READ_LANGUAGES)


@pytest.mark.django_db
def test_easy_read_page_has_each_pictogram_described_in_its_language(
    client, django_capture_on_commit_callbacks
):
    _lesson, easy_read = load("kit", django_capture_on_commit_callbacks)
    english_alts = {str(alt) for alt in PICTOGRAMS.values()}
    for language, page in versions(easy_read).items():
        html = client.get(page.url).content.decode()
        sentences = [block.value for block in page.body if block.block_type == "sentence"]
        images = IMAGE.findall(html)
        assert [key for key, _alt in images] == [value["pictogram"] for value in sentences]
        with override(language):
            assert [alt for _key, alt in images] == [
                escape(PICTOGRAMS[value["pictogram"]]) for value in sentences
            ]
        assert all(alt for _key, alt in images)
        if language != "en":
            assert not {alt for _key, alt in images} & english_alts
        assert all(escape(value["sentence"]) in html for value in sentences)


@pytest.mark.django_db
def test_lesson_offers_the_easy_read_version_only_in_languages_that_have_one(
    client, django_capture_on_commit_callbacks
):
    lesson, easy_read = load("kit", django_capture_on_commit_callbacks)
    lessons, easy = versions(lesson), versions(easy_read)
    for language in EASY_READ_LANGUAGES:
        html = client.get(lessons[language].url).content.decode()
        assert f'href="{easy[language].url}"' in html
        assert f'href="{lessons[language].url}" aria-current="page"' in html
        back = client.get(easy[language].url).content.decode()
        assert f'href="{lessons[language].url}">' in back
        assert f'href="{easy[language].url}" aria-current="page"' in back
    for language in ["ar", "pl"]:
        html = client.get(lessons[language].url).content.decode()
        assert lessons[language].live and "version-switch" not in html
