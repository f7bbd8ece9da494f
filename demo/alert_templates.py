"""The demo authority's alert templates, from demo/content/alert-templates.yaml."""

from django.db import transaction

from alerts.models import AlertTemplate, AlertTemplateText, Authority
from alerts.models.templates import TEMPLATE_TEXT_FIELDS
from demo.lessons import CONTENT, read_yaml

CODE_FIELDS = ["category", "response_type", "urgency", "severity", "certainty"]


@transaction.atomic
def ensure_alert_templates(authority: Authority) -> list[AlertTemplate]:
    """One template per hazard of the file, with its text in each language; the file wins over
    what is stored, so running it again restores the shipped wording. Texts are validated
    (placeholders) as the admin form would."""
    templates = []
    for hazard, spec in read_yaml(CONTENT / "alert-templates.yaml").items():
        template = AlertTemplate(
            authority=authority, hazard=hazard, **{f: spec[f] for f in CODE_FIELDS}
        )
        template.full_clean(exclude=["authority"], validate_constraints=False)
        template, _ = AlertTemplate.objects.update_or_create(
            authority=authority, hazard=hazard, defaults={f: spec[f] for f in CODE_FIELDS}
        )
        for language, texts in spec["texts"].items():
            text = AlertTemplateText(template=template, language=language, **texts)
            text.full_clean(exclude=["template"], validate_unique=False, validate_constraints=False)
            AlertTemplateText.objects.update_or_create(
                template=template,
                language=language,
                defaults={field: getattr(text, field) for field in TEMPLATE_TEXT_FIELDS},
            )
        templates.append(template)
    return templates
