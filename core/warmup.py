"""Loading at start what a process's first requests would otherwise load, one language at a time."""

from datetime import timedelta

from django.conf import settings
from django.urls import get_resolver
from django.utils import translation

from core.l10n import format_duration


def load_languages() -> None:
    """Each language's URL patterns, translation catalogue and CLDR data (dates, numbers),
    loaded now rather than by the first request or alert in that language: together they take
    seconds of CPU, and after a restart the pages reconnecting at once, or the first alerts
    published, would all wait behind them."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            get_resolver().reverse_dict  # noqa: B018 - builds this language's reverse lookup
            translation.gettext("Exercise")  # loads the catalogue
        format_duration(timedelta(hours=2), language=language)  # loads Babel's locale data
