"""Dates, times, relative times and numbers in the reader's locale, formatted with Babel.

Times are shown in a named zone (an alert's area, a class's) so a reader never has to guess
which clock is meant. Digits: Babel's CLDR default for each language, which for Arabic is Latin
digits ("latn"); we keep that policy so times, scores and emergency numbers such as 112 read
the same on every page and in every language.
"""

from collections import defaultdict
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.dates import (
    format_date,
    format_time,
    format_timedelta,
    get_datetime_format,
    get_timezone_location,
    get_timezone_name,
)
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, override, to_locale
from django.utils.translation import gettext_lazy as _


def babel_locale(language: str | None = None) -> Locale:
    return Locale.parse(to_locale(language or get_language() or settings.LANGUAGE_CODE))


def format_when(
    value: datetime, *, zone: str | None = None, language: str | None = None, short: bool = False
) -> str:
    """Date and time with the zone named, e.g. "29 nov. 2026, 14:05 (heure normale d’Europe
    centrale)"; `short` names it by its abbreviation, for tables: "29 nov. 2026, 14:05 CET"."""
    local = value.astimezone(ZoneInfo(zone or settings.TIME_ZONE))
    locale = babel_locale(language)
    when = get_datetime_format("medium", locale=locale).format(
        format_time(local, "short", locale=locale), format_date(local, "medium", locale=locale)
    )
    if short:
        return f"{when} {local.tzname()}"
    # named for that date: standard or summer time
    return f"{when} ({get_timezone_name(local, 'long', locale=locale)})"


def format_day(value: date, *, language: str | None = None) -> str:
    """A calendar date, e.g. "29 Nov 2026" / "29.11.2026" / "29 лист. 2026 р."."""
    return format_date(value, "medium", locale=babel_locale(language))


def format_relative(
    value: datetime, *, now: datetime | None = None, language: str | None = None
) -> str:
    """How far from now, e.g. "in 2 hours", "3 days ago", with the language's plural forms."""
    delta = value - (now or timezone.now())
    return format_timedelta(delta, add_direction=True, threshold=1.5, locale=babel_locale(language))


def format_duration(delta: timedelta, *, language: str | None = None) -> str:
    """A length of time without direction, e.g. "12 minutes", "1 day"."""
    return format_timedelta(delta, threshold=1.5, locale=babel_locale(language))


def format_number(value, *, language: str | None = None) -> str:
    return format_decimal(value, locale=babel_locale(language))


def format_percentage(value, *, language: str | None = None) -> str:
    """A whole percentage such as a score (85 -> "85%", "85 %", "85 %")."""
    return format_percent(value / 100, locale=babel_locale(language))


def format_names(names: list[str], *, language: str | None = None) -> str:
    """A list of names with the language's separators: "A, B and C", "A، B وC"."""
    return format_list(names, style="standard", locale=babel_locale(language))


# The areas of the IANA time zone database. Names outside them (US/Eastern, Etc/GMT+5, Cuba...)
# are older links kept for compatibility; the menus leave them out.
TIME_ZONE_AREAS = {
    "Africa": _("Africa"),
    "America": _("Americas"),
    "Antarctica": _("Antarctica"),
    "Arctic": _("Arctic"),
    "Asia": _("Asia"),
    "Atlantic": _("Atlantic Ocean"),
    "Australia": _("Australia"),
    "Europe": _("Europe"),
    "Indian": _("Indian Ocean"),
    "Pacific": _("Pacific Ocean"),
}


def time_zone_choices() -> list:
    """Time zones to choose from: UTC, then one group per area, each zone named by its main
    place in the reader's language and its identifier ("Київ (Europe/Kyiv)" in Ukrainian)."""
    return zone_choices_in(get_language() or settings.LANGUAGE_CODE)


@lru_cache(maxsize=len(settings.LANGUAGES))
def zone_choices_in(language: str) -> list:
    locale = babel_locale(language)
    groups = defaultdict(list)
    for name in available_timezones():
        area = name.split("/", 1)[0]
        if area in TIME_ZONE_AREAS and "/" in name:
            place = get_timezone_location(name, locale=locale, return_city=True)
            groups[area].append((name, f"{place} ({name})"))
    with override(language):
        return [("UTC", "UTC")] + [
            (str(TIME_ZONE_AREAS[area]), sorted(zones, key=lambda zone: zone[1].casefold()))
            for area, zones in sorted(groups.items())
        ]
