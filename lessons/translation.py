"""Translate a page through wagtail-localize, the same path an editor's PO import takes.

Used by the demo loader so demo content is real wagtail-localize translations (with sources,
segments and PO round-trips), not unrelated copies that would fall out of sync.
"""

from dataclasses import dataclass
from html import escape

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def publish_translation(
    *, page: Page, language_code: str, strings: dict[str, str], user=None
) -> Page:
    """Create or refresh the `language_code` translation of `page`: published when `strings`
    translates every segment, otherwise saved as a draft for an editor to finish.

    `strings` maps each source segment (as wagtail-localize extracts it) to its translation.
    Segments missing from `strings` keep the source text. Returns the missing segments.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(
        source=source,
        target_locale=Locale.objects.get(language_code=language_code),
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        elif entry.msgctxt != "slug":
            missing.append(entry.msgid)
    translation.import_po(po, user=user, tool_name="demo loader")
    translation.save_target(user=user, publish=not missing)
    return missing


def with_escaped(strings: dict[str, str]) -> dict[str, str]:
    """Source text -> translation, also in the HTML-escaped form rich text segments take."""
    escaped = {escape(k, quote=False): escape(v, quote=False) for k, v in strings.items()}
    return {**strings, **escaped}


@dataclass(frozen=True)
class TranslationRow:
    page: Page  # the version in the default language, else any
    states: list[tuple[str, str]]  # (language code, "live" | "draft" | "missing")

    @property
    def missing(self) -> list[str]:
        return [code for code, state in self.states if state != "live"]


def translation_status(pages) -> list[TranslationRow]:
    """For each page of `pages` (every language), which languages are live, waiting as a draft
    for review, or missing: what an editor translates next."""
    by_key: dict = {}
    for page in pages.select_related("locale").order_by("path"):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    rows = []
    for versions in by_key.values():
        shown = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
        states = [
            (
                code,
                "missing" if code not in versions else "live" if versions[code].live else "draft",
            )
            for code, _name in settings.LANGUAGES
        ]
        rows.append(TranslationRow(shown, states))
    return rows
