"""Alerts that teach: the lesson each alert links, and the alerts in force that a lesson shows.

Which lesson fits an alert is the lessons app's rule (lessons.hazards), asked through its Wagtail
hook, so that alerts do not import the learning apps; this module registers the other direction
(`beacon_current_alerts`, in alerts.wagtail_hooks).
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail import hooks

from alerts.models import Alert


def lesson_link(info, language: str) -> dict | None:
    """The lesson for an alert's text `info` (its category and event code), for a reader of
    `language`: title, address, the lesson's language and the link's wording; None if no lesson
    fits."""
    for find in hooks.get_hooks("beacon_lesson_for_alert"):
        lesson = find()(category=info.category, event_code=info.event_code, language=language)
        if lesson is None:
            return None
        with override(language):
            return {**lesson, "label": str(_("Learn what to do"))}
    return None


def current_alerts(*, event_codes: list[str], categories: list[str], language: str) -> list[dict]:
    """Alerts in force with one of these event codes, or without an event code and of one of
    these CAP categories, newest first, as a lesson lists them in `language` (headline in the
    reader's language or a fallback)."""
    alerts = (
        Alert.objects.active()
        .filter(
            Q(infos__event_code__in=event_codes)
            | Q(infos__event_code="", infos__category__in=categories)
        )
        .distinct()
        .select_related("authority")
        .prefetch_related("infos", "regions")
    )
    found = []
    for alert in alerts:
        info = alert.info_for(language, alert.authority.language_list if alert.authority else [])
        found.append(
            {
                "headline": info.headline,
                "language": info.language,
                "url": alert.url_in(language),
                "exercise_label": alert.exercise_label(language),
                "area": ", ".join(alert.region_names) or alert.area_description,
            }
        )
    return found
