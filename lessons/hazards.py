"""Which lesson teaches what to do when an alert comes: the one mapping from CAP 1.2's event
categories (the standard's codes, which every alert carries) to lesson hazards, both ways.

Beacon's alerts carry no CAP `eventCode`, so the category decides; categories without a lesson
of their own lead to the household kit, which prepares for every hazard. The alerts app reads
this through Wagtail hooks (lessons.wagtail_hooks), so neither app imports the other. Hazards are
named by their stored values (lessons.models.Hazard): the page model imports this module.
"""

from django.apps import apps
from wagtail import hooks
from wagtail.models import Locale

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


def categories_for(hazard: str) -> list[str]:
    """The CAP categories whose alerts this hazard's lessons teach about."""
    return [category for category, mapped in CAP_CATEGORY_HAZARDS.items() if mapped == hazard]


def lesson_for(*, category: str, language: str) -> dict | None:
    """The live lesson for an alert of `category`, in `language` if it is translated, else in
    the default language: its title and address. None when there is no such lesson."""
    pages = apps.get_model("lessons", "LessonPage").objects.live()
    lessons = pages.filter(hazard=CAP_CATEGORY_HAZARDS.get(category, "household_kit"))
    lesson = (
        lessons.filter(locale__language_code=language).order_by("path").first()
        or lessons.filter(locale=Locale.get_default()).order_by("path").first()
    )
    if lesson is None:
        return None
    return {"title": lesson.title, "url": lesson.url, "language": lesson.locale.language_code}


def current_alerts(hazard: str, language: str) -> list[dict]:
    """Alerts in force whose category this hazard teaches about, as the alerts app describes
    them (its `beacon_current_alerts` hook); none if no app answers."""
    categories = categories_for(hazard)
    for find in hooks.get_hooks("beacon_current_alerts"):
        return find()(categories=categories, language=language) if categories else []
    return []
