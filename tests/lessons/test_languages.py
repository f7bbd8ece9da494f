"""Language negotiation on the first visit, the switcher's fallback and hreflang alternates."""

import re

import pytest
from django.conf import settings

from lessons.models import HomePage

pytestmark = pytest.mark.django_db


def first_visit(client, accept_language: str) -> str:
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    return response["Location"]


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def test_first_visit_picks_the_browser_language(client, homes):
    assert first_visit(client, "uk-UA,uk;q=0.9,en;q=0.5") == "/uk/"
    assert first_visit(client, "es-MX") == "/es/"  # a regional variant of a served language


def test_first_visit_skips_languages_whose_home_page_is_not_live(client, homes):
    HomePage.objects.get(locale__language_code="pl").unpublish()
    assert first_visit(client, "pl-PL,pl;q=0.9,de;q=0.7,en;q=0.3") == "/de/"
    assert first_visit(client, "zh-CN,ja;q=0.8") == "/en/"  # nothing served: the default


def test_a_chosen_language_wins_over_the_browser(client, homes):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    assert first_visit(client, "fr-FR") == "/ar/"


def test_home_page_announces_every_translation_and_a_default(client, homes):
    links = alternates(client.get("/fr/").content.decode())
    assert set(links) == {code for code, _name in settings.LANGUAGES} | {"x-default"}
    assert links["uk"] == "http://testserver/uk/" and links["x-default"] == "http://testserver/en/"


def test_views_outside_wagtail_announce_every_language(client, homes):
    links = alternates(client.get("/de/alerts/").content.decode())
    assert links["ar"] == "http://testserver/ar/alerts/" and len(links) == 9


def test_a_page_only_announces_its_live_translations(client, lesson):
    html = client.get(lesson.url).content.decode()
    links = alternates(html)
    assert set(links) == {"en", "fr", "x-default"}
    assert links["x-default"] == links["en"] and links["fr"].endswith("/fr/lessons/storm/")


def test_switcher_says_when_a_page_is_not_translated_and_offers_the_original(client, lesson):
    html = client.get(lesson.url).content.decode()
    german = re.search(r'<a href="([^"]+)" lang="de"[^>]*>', html)
    assert german and "language-switcher__missing" in german.group(0)
    page = client.get(german.group(1))
    assert page.status_code == 200
    text = page.content.decode()
    assert '<html lang="de"' in text and "noindex" in text
    assert f'href="{lesson.url}"' in text and "Storm safety" in text
