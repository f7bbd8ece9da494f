"""The demo authority's alert templates (demo/content/alert-templates.yaml)."""

import pytest

from alerts.models import AlertTemplateText, Authority, Hazard
from alerts.models.text import unknown_placeholders
from demo.alert_templates import ensure_alert_templates
from demo.alerts import ensure_authority_users

pytestmark = pytest.mark.django_db

LANGUAGES = {"en", "fr", "uk", "ar"}


def test_every_hazard_loads_in_every_language_of_the_authority_and_again_unchanged():
    ensure_authority_users()
    authority = Authority.objects.get(name="Riverside County Civil Protection")
    assert set(authority.language_list) == LANGUAGES
    templates = ensure_alert_templates(authority)
    assert {template.hazard for template in templates} == set(Hazard.values)
    texts = AlertTemplateText.objects.filter(template__authority=authority)
    assert {(t.template.hazard, t.language) for t in texts} == {
        (hazard, language) for hazard in Hazard.values for language in LANGUAGES
    }
    for text in texts:
        assert text.headline and text.description and text.instruction, text
        assert "{place}" in text.headline, text
        assert not unknown_placeholders(text.description + text.instruction), text
    ensure_alert_templates(authority)
    assert AlertTemplateText.objects.filter(template__authority=authority).count() == 36
