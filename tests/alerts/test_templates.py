"""Alert templates: placeholder validation, starting a draft from a template over HTTP (through
the drafting action), and the submit rule for placeholders left unfilled."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from alerts import actions
from alerts.admin.forms import FromTemplateForm
from alerts.admin.roles import authority_group
from alerts.models import AlertEvent, AlertTemplate, AlertTemplateText, Authority
from tests.alerts.test_admin import signed_in

pytestmark = pytest.mark.django_db

TEXTS = {
    "en": ("Flood", "Flood warning: {place}", "Water rises in {place} from {time}.", "Go up."),
    "fr": (
        "Inondation",
        "Alerte inondation : {place}",
        "L'eau monte à partir de {time}.",
        "Montez.",
    ),
}


def template_for(authority, texts=TEXTS, hazard="flood") -> AlertTemplate:
    template = AlertTemplate.objects.create(
        authority=authority,
        hazard=hazard,
        category="Met",
        response_type="Prepare",
        urgency="Expected",
        severity="Severe",
        certainty="Likely",
    )
    for language, (event, headline, description, instruction) in texts.items():
        AlertTemplateText.objects.create(
            template=template,
            language=language,
            event=event,
            headline=headline,
            description=description,
            instruction=instruction,
        )
    return template


def text_with(**fields) -> AlertTemplateText:
    values = {"event": "Flood", "headline": "Flood", "description": "Rising", **fields}
    return AlertTemplateText(language="en", **values)


@pytest.mark.parametrize(
    "description", ["Rising in {place} from {time}.", "No placeholder at all.", "{place}{place}"]
)
def test_known_placeholders_are_accepted(description):
    text_with(description=description).clean()


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("description", "Rising in {town}.", "{town}"),
        ("headline", "Flood at {Place}", "{Place}"),
        ("instruction", "Leave by {time.", "{"),
        ("event", "Flood }", "}"),
        ("description", "Rising {}", "{}"),
    ],
)
def test_unknown_placeholders_are_refused_with_a_clear_error(field, text, named):
    with pytest.raises(ValidationError) as refused:
        text_with(**{field: text}).clean()
    message = refused.value.message_dict[field][0]
    assert named in message and "{place}, {time}" in message


@pytest.fixture
def author_signed_in(client, author):
    author.groups.add(authority_group("Riverside: alerts"))
    return signed_in(client, author)


def form_data(form) -> dict:
    """What a browser posts for `form` and its inline formsets as rendered (initial values)."""
    data = {}
    for formset in form.formsets.values():
        management = formset.management_form
        data.update({bound.html_name: bound.value() for bound in management})
        for child in formset.forms:
            data.update({bound.html_name: bound.value() for bound in child})
    data.update({bound.html_name: bound.value() for bound in form})
    return {name: "" if value is None else value for name, value in data.items()}


def with_expiry(data: dict, *, hours: int = 6) -> dict:
    """`data` with every language's expiry `hours` ahead (templates leave it to the author)."""
    expires = timezone.localtime() + timedelta(hours=hours)
    for name in [name for name in data if name.endswith("-headline")]:
        data[name.replace("-headline", "-expires")] = expires.strftime("%Y-%m-%d %H:%M")
    return data


def test_a_template_starts_a_draft_with_its_texts_filled_in_each_language(
    author_signed_in, author, authority, regions
):
    template = template_for(authority)
    query = {
        "template": template.pk,
        "regions": [regions["XR-RS-01"].pk],
        "when": "2026-12-01T18:30",
    }
    chooser = author_signed_in.get(reverse("alerts_from_template"), query)
    assert chooser.status_code == 302 and "/admin/alerts/messages/new/?" in chooser["Location"]
    form_page = author_signed_in.get(chooser["Location"])
    assert form_page.status_code == 200
    data = with_expiry(form_data(form_page.context["form"]))
    response = author_signed_in.post(chooser["Location"], data)
    assert response.status_code == 302, form_page.context["form"].errors
    event = AlertEvent.objects.get(action="create", actor=author)  # made by `save_draft`
    alert = event.alert
    assert alert.authority == authority and alert.state == "draft"
    assert list(alert.regions.all()) == [regions["XR-RS-01"]]
    town = regions["XR-RS-01"].name
    infos = {info.language: info for info in alert.infos.all()}
    assert set(infos) == {"en", "fr"}
    assert infos["en"].headline == f"Flood warning: {town}"
    assert infos["fr"].headline == f"Alerte inondation : {town}"
    assert infos["en"].description.startswith(f"Water rises in {town} from Dec 1, 2026, 6:30")
    assert infos["fr"].description.startswith("L'eau monte à partir de 1 déc. 2026, 18:30")
    assert (infos["en"].severity, infos["en"].category) == ("Severe", "Met")
    assert "{" not in "".join(info.description + info.headline for info in infos.values())


def test_placeholders_left_open_stay_in_the_form_and_block_submission(
    author_signed_in, author, authority, regions
):
    template = template_for(authority)
    url = f"{reverse('alerts_alert:add')}?template={template.pk}"
    form_page = author_signed_in.get(url)
    data = with_expiry(form_data(form_page.context["form"]))
    assert data["infos-0-headline"] == "Flood warning: {place}"
    data["regions"] = [regions["XR-RS-01"].pk]
    assert author_signed_in.post(url, data).status_code == 302
    alert = AlertEvent.objects.get(action="create").alert
    with pytest.raises(ValidationError) as refused:
        actions.submit_alert(alert=alert, user=author)
    assert "Replace {place}, {time} in the English text" in refused.value.messages[0]
    alert.refresh_from_db()
    assert alert.state == "draft"


def test_the_chooser_lists_only_templates_of_the_authors_authorities(
    author_signed_in, authority, regions
):
    other = Authority.objects.create(name="Highland Rescue", sender="alerts.highland.test")
    template_for(authority)
    foreign = template_for(other, hazard="storm")
    page = author_signed_in.get(reverse("alerts_from_template")).content.decode()
    assert "Flood (Riverside County Civil Protection)" in page
    assert "Highland Rescue" not in page
    refused = author_signed_in.get(reverse("alerts_alert:add"), {"template": foreign.pk})
    assert refused.status_code == 302 and reverse("alerts_from_template") in refused["Location"]
    assert not AlertEvent.objects.exists()


def test_filled_time_is_the_regions_local_time(author, authority, regions):
    template = template_for(authority)
    form = FromTemplateForm(
        {"template": template.pk, "regions": [regions["XR-RS-01"].pk], "when": "2026-12-01T18:30"},
        user=author,
    )
    assert form.is_valid(), form.errors
    zone = regions["XR-RS-01"].effective_time_zone
    assert str(form.cleaned_data["when"].tzinfo) == zone
    assert form.cleaned_data["when"].hour == 18
