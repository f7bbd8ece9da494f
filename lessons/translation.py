"""Translate a page through wagtail-localize, the same path an editor's PO import takes.

Used by the demo loader so demo content is real wagtail-localize translations (with sources,
segments and PO round-trips), not unrelated copies that would fall out of sync.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def publish_translation(
    *, page: Page, language_code: str, strings: dict[str, str], user=None
) -> Page:
    """Create or refresh the `language_code` translation of `page` and publish it.

    `strings` maps each source segment (as wagtail-localize extracts it) to its translation.
    Segments missing from `strings` keep the source text. Returns the live translated page.
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
    translation.save_target(user=user, publish=True)
    return missing
