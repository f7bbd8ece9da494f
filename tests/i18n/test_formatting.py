"""Dates, times, relative times and numbers in each reader's locale (core.l10n, Babel), and
plural forms from the catalogues."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils.translation import ngettext, override

from core import l10n

NOON_UTC = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # 13:00 in Berlin (winter time)


def plain(text: str) -> str:
    """CLDR puts (narrow) no-break spaces where a line must not break; compare them as spaces."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Jan 15, 2026, 1:00 PM (Central European Standard Time)"),
        ("fr", "15 janv. 2026, 13:00 (heure normale d’Europe centrale)"),
        ("de", "15.01.2026, 13:00 (Mitteleuropäische Normalzeit)"),
        ("pl", "15 sty 2026, 13:00 (czas środkowoeuropejski standardowy)"),
        ("es", "15 ene 2026, 13:00 (hora estándar de Europa central)"),
        ("it", "15 gen 2026, 13:00 (Ora standard dell’Europa centrale)"),
    ],
)
def test_times_are_shown_in_the_area_zone_with_its_name(language, expected):
    assert plain(l10n.format_when(NOON_UTC, zone="Europe/Berlin", language=language)) == expected


def test_summer_time_is_named_as_such():
    july = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert plain(l10n.format_when(july, zone="Europe/Berlin", language="en")).endswith(
        "2:00 PM (Central European Summer Time)"
    )


def test_arabic_keeps_latin_digits_and_names_the_zone_in_arabic():
    shown = l10n.format_when(NOON_UTC, zone="Europe/Berlin", language="ar")
    assert re.search(r"15.*01.*2026", shown) and "1:00" in shown
    assert not re.search(r"[\u0660-\u0669\u06f0-\u06f9]", shown)  # no Arabic-Indic digits
    assert "توقيت وسط أوروبا" in shown
    assert l10n.format_number(1234.5, language="ar") == "1,234.5"


@pytest.mark.parametrize(
    ("language", "number", "percentage"),
    [
        ("en", "12,345.5", "85%"),
        ("fr", "12 345,5", "85 %"),
        ("de", "12.345,5", "85 %"),
    ],
)
def test_numbers_follow_the_locale(language, number, percentage):
    assert plain(l10n.format_number(12345.5, language=language)) == number
    assert plain(l10n.format_percentage(85, language=language)) == percentage


@pytest.mark.parametrize(
    ("language", "hours", "expected"),
    [
        ("en", 2, "in 2 hours"),
        ("pl", 2, "za 2 godziny"),
        ("pl", 5, "za 5 godzin"),
        ("pl", 22, "za 22 godziny"),
        ("uk", 21, "через 21 годину"),
        ("uk", 2, "через 2 години"),
        ("uk", 5, "через 5 годин"),
        ("de", -3, "vor 3 Stunden"),
    ],
)
def test_relative_times_use_the_language_plural_forms(language, hours, expected):
    later = NOON_UTC + timedelta(hours=hours)
    assert l10n.format_relative(later, now=NOON_UTC, language=language) == expected


def test_dates_are_local():
    assert plain(l10n.format_day(date(2026, 3, 5), language="uk")) == "5 бер. 2026 р."
    assert l10n.format_day(date(2026, 3, 5), language="de") == "05.03.2026"


@pytest.mark.parametrize(
    ("language", "forms"),
    [("pl", {1: 0, 2: 1, 5: 2, 22: 1, 25: 2}), ("uk", {1: 0, 2: 1, 5: 2, 21: 0, 22: 1, 25: 2})],
)
def test_catalogue_plural_forms_for_polish_and_ukrainian(language, forms):
    singular = "%(count)d answer needs your attention."
    plural = "%(count)d answers need your attention."
    with override(language):
        shown = {n: ngettext(singular, plural, n) % {"count": n} for n in forms}
    by_form: dict[int, set[str]] = {}
    for n, form in forms.items():
        by_form.setdefault(form, set()).add(shown[n].replace(str(n), "#"))
    assert all(len(texts) == 1 for texts in by_form.values()), by_form  # same form, same words
    assert len({next(iter(texts)) for texts in by_form.values()}) == 3  # three distinct forms
    assert all("answer" not in text for text in shown.values())  # translated


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Millbrook, Hill, and Lee"),
        ("fr", "Millbrook, Hill et Lee"),
        ("ar", "Millbrook وHill وLee"),
    ],
)
def test_lists_of_places_use_the_language_separators(language, expected):
    assert l10n.format_names(["Millbrook", "Hill", "Lee"], language=language) == expected
