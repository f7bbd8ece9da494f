"""Alert templates: an authority's prepared texts for the common hazards, in each of its
languages, so that a warning under time pressure starts from reviewed wording.

A template's texts may hold the placeholders `{place}` and `{time}` (see `alerts.models.text`);
starting an alert from a template fills them, and submission refuses a text that still has one.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from .authorities import Authority
from .codes import Category, Certainty, Hazard, ResponseType, Severity, Urgency
from .messages import AlertInfo
from .text import PLACEHOLDERS, unknown_placeholders, without_bidi_controls


class AlertTemplate(ClusterableModel):
    wagtail_reference_index_ignore = True  # no usage view either (admin/alert_templates.py)

    authority = models.ForeignKey(
        Authority,
        on_delete=models.CASCADE,
        related_name="alert_templates",
        verbose_name=_("authority"),
    )
    hazard = models.CharField(_("hazard"), max_length=32, choices=Hazard.choices)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    response_type = models.CharField(
        _("response"), max_length=16, choices=ResponseType.choices, default=ResponseType.PREPARE
    )
    urgency = models.CharField(_("urgency"), max_length=16, choices=Urgency.choices)
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices)
    certainty = models.CharField(_("certainty"), max_length=16, choices=Certainty.choices)

    class Meta:
        ordering = ["authority", "hazard"]
        verbose_name = _("alert template")
        constraints = [
            models.UniqueConstraint(fields=["authority", "hazard"], name="one_template_per_hazard"),
        ]

    def __str__(self) -> str:
        return f"{self.get_hazard_display()} ({self.authority})"


class AlertTemplateText(models.Model):
    template = ParentalKey(AlertTemplate, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    event = models.CharField(_("event"), max_length=120)
    headline = models.CharField(_("headline"), max_length=160)
    description = models.TextField(
        _("description"), validators=AlertInfo._meta.get_field("description").validators
    )
    instruction = models.TextField(
        _("instruction"), blank=True, validators=AlertInfo._meta.get_field("instruction").validators
    )

    class Meta:
        ordering = ["template", "language"]
        verbose_name = _("template text in one language")
        constraints = [
            models.UniqueConstraint(
                fields=["template", "language"], name="one_template_text_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.headline}"

    def clean(self) -> None:
        """No bidi controls, and no placeholder other than those starting an alert fills."""
        errors = {}
        for field in TEMPLATE_TEXT_FIELDS:
            text = without_bidi_controls(getattr(self, field))
            setattr(self, field, text)
            if unknown := unknown_placeholders(text):
                errors[field] = _(
                    "Unknown placeholder or stray brace: %(found)s. Use only %(allowed)s."
                ) % {
                    "found": ", ".join(unknown),
                    "allowed": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                }
        if errors:
            raise ValidationError(errors)


TEMPLATE_TEXT_FIELDS = ["event", "headline", "description", "instruction"]
