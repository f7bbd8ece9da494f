"""Every interface language's catalogue is complete: no untranslated or fuzzy entries."""

import polib
import pytest
from django.conf import settings

from tests.services import ROOT

TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    assert catalogue.metadata["Language"] == language
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert len(catalogue.translated_entries()) > 0


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_placeholders_survive_translation(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    for entry in catalogue.translated_entries():
        for placeholder in entry.msgid.split("%(")[1:]:
            name = "%(" + placeholder.split(")")[0] + ")"
            assert name in entry.msgstr, f"{language}: {entry.msgid!r} lost {name}"
