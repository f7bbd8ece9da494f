"""Which lesson teaches what to do when an alert comes: the one mapping from an alert's CAP
event code (Beacon's hazard code, `beacon:hazard`) and CAP 1.2 event category to lesson hazards,
both ways.

The event code decides when the alert has one (every alert started from a template does);
otherwise its category; categories without a lesson of their own lead to the household kit,
which prepares for every hazard. The alerts app reads
this through Wagtail hooks (lessons.wagtail_hooks), so neither app imports the other. Hazards are
named by their stored values (lessons.models.Hazard): the page model imports this module.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from wagtail import hooks

LESSON_LINK_SECONDS = 60

EVENT_CODE_HAZARDS = {
    "flood": "flood",
    "storm": "storm",
    "heat": "heat",
    "power-cut": "power_outage",
    "water-contamination": "water_supply",
    "shelter-in-place": "chemical_nuclear",
    "evacuate": "evacuation",
}
CAP_CATEGORY_HAZARDS = {
    "Met": "storm",
    "Fire": "wildfire",
    "Health": "pandemic",
    "CBRNE": "chemical_nuclear",
    "Infra": "power_outage",
    "Env": "water_supply",
    "Rescue": "first_aid",
    "Geo": "evacuation",
    "Safety": "evacuation",
    "Security": "household_kit",
    "Transport": "household_kit",
    "Other": "household_kit",
}


def hazard_for(*, category: str, event_code: str = "") -> str:
    if event_code in EVENT_CODE_HAZARDS:
        return EVENT_CODE_HAZARDS[event_code]
    return CAP_CATEGORY_HAZARDS.get(category, "household_kit")


def codes_for(hazard: str) -> dict[str, list[str]]:
    """The event codes, and the categories of alerts without an event code, whose alerts this
    hazard's lessons teach about."""
    return {
        "event_codes": [code for code, mapped in EVENT_CODE_HAZARDS.items() if mapped == hazard],
        "categories": [cat for cat, mapped in CAP_CATEGORY_HAZARDS.items() if mapped == hazard],
    }


def lesson_for(*, category: str, event_code: str = "", language: str) -> dict | None:
    """The live lesson for an alert of `category` and `event_code`, in `language` if it is
    translated, else in the default language: title, address and language. None when there is
    no such lesson. Kept for LESSON_LINK_SECONDS, so that a list of alerts costs no query per
    alert (a newly published lesson is linked within that time)."""
    hazard = hazard_for(category=category, event_code=event_code)
    key = f"lesson-for-hazard:{hazard}:{language}"
    found = cache.get(key)
    if found is None:
        found = find_lesson(hazard, language) or {}
        cache.set(key, found, LESSON_LINK_SECONDS)
    return found or None


def find_lesson(hazard: str, language: str) -> dict | None:
    lessons = apps.get_model("lessons", "LessonPage").objects.live().filter(hazard=hazard)
    lesson = (
        lessons.filter(locale__language_code=language).order_by("path").first()
        or lessons.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("path").first()
    )
    if lesson is None:
        return None
    return {"title": lesson.title, "url": lesson.url, "language": lesson.locale.language_code}


def current_alerts(hazard: str, language: str) -> list[dict]:
    """Alerts in force that this hazard teaches about, as the alerts app describes them (its
    `beacon_current_alerts` hook); none if no app answers."""
    for find in hooks.get_hooks("beacon_current_alerts"):
        return find()(**codes_for(hazard), language=language)
    return []
