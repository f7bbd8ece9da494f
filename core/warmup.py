"""Loading at start what a process's first requests would otherwise load, one language at a time."""

from django.conf import settings
from django.urls import get_resolver
from django.utils import translation


def load_languages() -> None:
    """Each language's URL patterns and translation catalogue, loaded now rather than by the
    first request in that language: together they take seconds of CPU, and after a restart the
    pages reconnecting at once would all wait behind them."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            get_resolver().reverse_dict  # noqa: B018 - builds this language's reverse lookup
            translation.gettext("Exercise")  # loads the catalogue
