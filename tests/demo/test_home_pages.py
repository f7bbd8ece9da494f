"""The home page exists in every language and translations go through wagtail-localize."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from demo.site import ensure_home_pages
from lessons.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(django_capture_on_commit_callbacks):
    # wagtail-localize publishes translations after commit.
    with django_capture_on_commit_callbacks(execute=True):
        return ensure_home_pages()


def test_home_page_is_live_in_every_interface_language(home, client):
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        html = response.content.decode()
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html
        title = home.get_translation(Locale.objects.get(language_code=code)).title
        assert f"<h1>{title}</h1>" in html, re.findall(r"<h1>.*?</h1>", html)


def test_translations_are_wagtail_localize_translations_of_one_source(home):
    translations = home.get_translations(inclusive=True)
    assert translations.count() == len(settings.LANGUAGES)
    assert len({page.translation_key for page in translations}) == 1
    titles = {page.specific.title for page in translations}
    assert len(titles) == len(settings.LANGUAGES), "every language has its own title"


def test_language_switcher_links_to_each_translation(home, client):
    html = client.get("/de/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    hrefs = dict(re.findall(r'href="([^"]+)" lang="(\w+)"', switcher))
    assert sorted(hrefs.values()) == sorted(code for code, _ in settings.LANGUAGES)
    assert {lang: href for href, lang in hrefs.items()}["pl"] == "/pl/"
    assert 'lang="de" hreflang="de" dir="ltr" aria-current="true"' in switcher


def test_interface_strings_are_translated(home, client):
    html = client.get("/fr/").content.decode()
    assert "Aller au contenu principal" in html
    assert "Skip to main content" not in html


def test_a_new_translation_waits_for_review_before_going_live(home):
    home.title = "Be ready for emergencies (revised)"
    home.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    home.get_translation(french).delete()

    translate_object(home, [french])

    draft = HomePage.objects.get(locale=french, translation_key=home.translation_key)
    assert draft.live is False


def test_loading_the_demo_twice_keeps_one_home_page_per_language(
    home, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ensure_home_pages()
    assert HomePage.objects.count() == len(settings.LANGUAGES)
