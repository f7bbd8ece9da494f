"""Starting a message from one of the authority's alert templates."""

from datetime import datetime

from alerts.actions.drafting import new_alert
from alerts.models import Alert, AlertInfo, AlertTemplate, AlertTemplateText
from alerts.models.templates import TEMPLATE_TEXT_FIELDS
from alerts.models.text import fill_placeholders
from core.l10n import format_names, format_when

TEMPLATE_FIELDS = ["category", "response_type", "urgency", "severity", "certainty"]


def draft_from_template(
    *, template: AlertTemplate, user, regions: list, when: datetime | None = None
) -> Alert:
    """An unsaved draft of the template's authority with the chosen regions and one text per
    language of the template, `{place}` and `{time}` filled where the author gave them. The
    author reviews it in the form, which saves it through `save_draft` like any draft."""
    alert = new_alert(authority=template.authority, user=user)
    alert.regions = regions
    alert.infos = [
        info_from(text, template=template, alert=alert, when=when) for text in template.texts.all()
    ]
    return alert


def info_from(
    text: AlertTemplateText, *, template: AlertTemplate, alert: Alert, when: datetime | None
) -> AlertInfo:
    names = [region.name for region in alert.regions.all()]
    values = {
        "place": format_names(names, language=text.language) if names else "",
        "time": format_when(when, zone=alert.time_zone, language=text.language) if when else "",
    }
    return AlertInfo(
        language=text.language,
        event_code=template.hazard,
        **{field: getattr(template, field) for field in TEMPLATE_FIELDS},
        **{
            field: fill_placeholders(getattr(text, field), values) for field in TEMPLATE_TEXT_FIELDS
        },
    )
