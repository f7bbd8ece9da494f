"""Every public page renders in every interface language without an interface string left in
English: the demo site (what `make demo` serves) is fetched over HTTP in each language and
checked for the English text of any catalogue entry that language translates differently."""

import html
import json
import re
import urllib.error
import urllib.request

import polib
import pytest
from django.conf import settings

from tests.services import ROOT

PAGES = [
    "/{lang}/",
    "/{lang}/lessons/",
    "/{lang}/lessons/72-hour-kit/",
    "/{lang}/alerts/",
    "/{lang}/alerts/archive/",
    "/{lang}/alerts/get/",
    "/{lang}/alerts/verify/",
    "/{lang}/alerts/{alert}/",
    "/{lang}/progress/",
    "/{lang}/search/?q=water",
    "/{lang}/certificates/verify/?code=AAAA-BBBB-CCCC-DDDD",
    "/{lang}/accounts/login/",
    "/{lang}/accounts/signup/",
    "/{lang}/join/",
    "/{lang}/offline/",
    "/{lang}/offline/needs-connection/",
    "/{lang}/no-such-page/",
]
MIN_LENGTH = 12  # shorter texts ("Email", "Sent") also occur as names, codes or content


def english_markers(language: str) -> list[str]:
    """English interface texts (as they appear in HTML) that `language` translates otherwise."""
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    markers = []
    for entry in catalogue.translated_entries():
        texts = [entry.msgid] if not entry.msgid_plural else [entry.msgid, entry.msgid_plural]
        translations = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
        for text in texts:
            if "%(" in text or len(text) < MIN_LENGTH or text in translations:
                continue
            markers.append(html.escape(text, quote=False))
    return markers


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 - local server
            return response.read().decode()
    except urllib.error.HTTPError as error:  # the 404 page is a page too
        assert error.code == 404, url
        return error.read().decode()


@pytest.fixture(scope="module")
def alert_identifier(demo_server) -> str:
    with urllib.request.urlopen(demo_server.url("/api/alerts/active.json")) as response:  # noqa: S310
        return json.load(response)["alerts"][0]["identifier"]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_no_interface_text_is_left_in_english(demo_server, alert_identifier, language):
    markers = english_markers(language)
    assert len(markers) > 100  # the check is only as good as its list
    left = {}
    for page in PAGES:
        url = demo_server.url(page.format(lang=language, alert=alert_identifier))
        body = fetch(url)
        assert f'<html lang="{language}"' in body, url
        visible = re.sub(r"<script.*?</script>", "", body, flags=re.S)
        found = [marker for marker in markers if marker in visible]
        if found:
            left[page] = found
    assert left == {}


def test_the_check_sees_english_interface_text(demo_server, alert_identifier):
    """The control: the same markers are found on the English pages."""
    markers = english_markers("fr")
    home = fetch(demo_server.url("/en/"))
    detail = fetch(demo_server.url(f"/en/alerts/{alert_identifier}/"))
    assert sum(marker in home for marker in markers) >= 3
    assert sum(marker in detail for marker in markers) >= 3
