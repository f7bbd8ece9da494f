"""An alert as JSON for machines and live pages, in one reader's language (with fallback)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from alerts.models import Alert
from alerts.models.codes import URGENT_SEVERITIES
from alerts.public.teaching import lesson_link
from core import l10n

EVENTS = {"Alert": "published", "Update": "updated", "Cancel": "cancelled"}


def shown_in(alert: Alert, language: str) -> dict:
    """The info block a reader of `language` sees: theirs, else the authority's first language,
    else English, else any; and whether that is a fallback."""
    fallbacks = alert.authority.language_list if alert.authority else []
    info = alert.info_for(language, fallbacks)
    return {
        "alert": alert,
        "info": info,
        "is_fallback": info is not None and info.language != language,
    }


def shown_with_lesson(alert: Alert, language: str) -> dict:
    """What an alert's card and page show a reader of `language`: `shown_in`, and the lesson
    it links, as live pages draw it from `alert_payload`."""
    shown = shown_in(alert, language)
    return {**shown, "lesson": lesson_link(shown["info"], language) if shown["info"] else None}


def labels(alert: Alert, text, language: str) -> dict:
    """What a card shows beyond the CAP values, worded for a reader of `language`, so that live
    pages render cards as the server does without their own copy of the wording."""
    with override(language):
        return {
            "severity_label": str(text.get_severity_display()),
            "msg_type_label": str(alert.get_msg_type_display())
            if alert.msg_type != "Alert"
            else None,
            "area": alert.region_names or [alert.area_description],
            "expires_relative": l10n.format_relative(text.expires) if text.expires else None,
            "expires_when": (
                l10n.format_when(text.expires, zone=alert.time_zone) if text.expires else None
            ),
        }


def acknowledgement(alert: Alert, language: str) -> dict | None:
    """For a published exercise, what its "I received this" needs: where to send it and the
    wording, in `language`; its question, if any. None for any other message."""
    exercise = getattr(alert, "exercise", None)
    if exercise is None or not (alert.is_exercise and alert.is_published):
        return None
    with override(language):
        return {
            "url": reverse("exercise_acknowledge", kwargs={"identifier": alert.identifier}),
            "label": str(_("I received this")),
            "done": str(_("Thank you: your device is counted as reached.")),
            "question": exercise.question or None,
            "choices": exercise.choices,
        }


def alert_payload(alert: Alert, language: str) -> dict:
    """JSON-ready description of one message; URLs are site-relative."""
    info = shown_with_lesson(alert, language)
    text = info["info"]
    return {
        "identifier": alert.identifier,
        "sender": alert.sender,
        "sent": alert.sent.isoformat(),
        "status": alert.status,
        "msg_type": alert.msg_type,
        "event_kind": EVENTS.get(alert.msg_type, "published"),
        "references": [ref.identifier for ref in alert.references.all()],
        "language": text.language,
        "is_fallback": info["is_fallback"],
        "event": text.event,
        "headline": text.headline,
        "description": text.description,
        "instruction": text.instruction,
        "urgency": text.urgency,
        "severity": text.severity,
        "urgent": text.severity in URGENT_SEVERITIES,
        "exercise_label": alert.exercise_label(language) or None,
        "ack": acknowledgement(alert, language),
        "lesson": info["lesson"],
        "certainty": text.certainty,
        "expires": text.expires.isoformat() if text.expires else None,
        "regions": [region.code for region in alert.regions.all()],
        "source": alert.source or None,
        "url": alert.url_in(language),
        "cap": f"/alerts/cap/{alert.identifier}.xml",
        **labels(alert, text, language),
    }
