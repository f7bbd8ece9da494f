"""Access matrix of the alert-template screens and the "New from template" page: members of an
authority see and edit only its templates, superusers all; other users get 404 (or the login page),
and Wagtail's default delete, copy, inspect, usage and history views do not exist."""

import pytest
from django.urls import reverse

from alerts.admin.roles import authority_group
from alerts.models import AlertTemplate, Authority, AuthorityMember
from tests.alerts.test_admin import signed_in
from tests.alerts.test_templates import template_for

pytestmark = pytest.mark.django_db

ROLES = ["author", "approver", "superuser", "editor", "other_author", "anonymous"]
OWN = {"author", "approver", "superuser"}


@pytest.fixture
def world(authority, django_user_model, regions):
    other = Authority.objects.create(name="Highland Rescue", sender="alerts.highland.test")
    other.jurisdiction.set([regions["XR-HL"]])
    group = authority_group("Alert staff")
    users = {"anonymous": None}
    for name, member_of, can_approve in [
        ("author", authority, False),
        ("approver", authority, True),
        ("other_author", other, False),
        ("editor", None, False),
    ]:
        users[name] = django_user_model.objects.create_user(name)
        users[name].groups.add(group)
        if member_of is not None:
            AuthorityMember.objects.create(
                authority=member_of,
                user=users[name],
                can_author=not can_approve,
                can_approve=can_approve,
            )
    users["superuser"] = django_user_model.objects.create_superuser("root")
    return users


def client_for(client, user):
    return client if user is None else signed_in(client, user)


def edit_post(template: AlertTemplate, headline: str) -> dict:
    text = template.texts.get(language="en")
    return {
        "authority": template.authority_id,
        "hazard": template.hazard,
        "category": "Met",
        "response_type": "Prepare",
        "urgency": "Expected",
        "severity": "Severe",
        "certainty": "Likely",
        "texts-TOTAL_FORMS": "1",
        "texts-INITIAL_FORMS": "1",
        "texts-MIN_NUM_FORMS": "1",
        "texts-MAX_NUM_FORMS": "1000",
        "texts-0-id": text.pk,
        "texts-0-language": "en",
        "texts-0-event": "Flood",
        "texts-0-headline": headline,
        "texts-0-description": "Rising in {place}.",
        "texts-0-instruction": "",
        "texts-0-ORDER": "1",
        "texts-0-DELETE": "",
    }


def expect_denied(response, role):
    if role == "anonymous":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_index_lists_only_the_own_authoritys_templates(role, client, world, authority):
    template_for(authority)
    response = client_for(client, world[role]).get(reverse("alerts_template:index"))
    if role == "anonymous":
        assert "/admin/login/" in response["Location"]
        return
    assert ("Flood (Riverside County Civil Protection)" in response.content.decode()) == (
        role in OWN
    )


@pytest.mark.parametrize("role", ROLES)
def test_edit_is_scoped_to_members(role, client, world, authority):
    template = template_for(authority)
    url = reverse("alerts_template:edit", args=[template.pk])
    user_client = client_for(client, world[role])
    page = user_client.get(url)
    response = user_client.post(url, edit_post(template, "Changed: {place}"))
    headline = template.texts.get(language="en").headline
    if role in OWN:
        assert page.status_code == 200 and "Flood warning: {place}" in page.content.decode()
        assert response.status_code == 302 and headline == "Changed: {place}"
    else:
        expect_denied(page, role)
        expect_denied(response, role)
        assert headline == "Flood warning: {place}"


def test_edit_refuses_unknown_placeholders(client, world, authority):
    template = template_for(authority)
    url = reverse("alerts_template:edit", args=[template.pk])
    response = signed_in(client, world["author"]).post(url, edit_post(template, "At {town}"))
    assert response.status_code == 200
    assert "Unknown placeholder or stray brace: {town}" in response.content.decode()
    assert template.texts.get(language="en").headline == "Flood warning: {place}"


@pytest.mark.parametrize("role", ROLES)
def test_templates_are_added_only_for_the_own_authority(role, client, world, authority):
    own = template_for(authority)
    data = edit_post(own, "Storm: {place}") | {"hazard": "storm", "texts-INITIAL_FORMS": "0"}
    data["texts-0-id"] = ""
    response = client_for(client, world[role]).post(reverse("alerts_template:add"), data)
    created = AlertTemplate.objects.filter(hazard="storm").exists()
    assert created == (role in OWN)
    if role == "anonymous":
        assert "/admin/login/" in response["Location"]
    elif role not in OWN:  # the authority is not one they may choose, or no access at all
        assert response.status_code in {200, 302}


@pytest.mark.parametrize("role", ROLES)
def test_default_viewset_views_are_not_registered(role, client, world, authority):
    template = template_for(authority)
    for removed in ["copy", "delete", "usage", "inspect", "history"]:
        url = f"/admin/alerts/templates/{removed}/{template.pk}/"
        user_client = client_for(client, world[role])
        got = user_client.get(url).status_code
        assert got == 404 or (role == "anonymous" and got == 302), (removed, got)
        assert user_client.post(url).status_code in {302, 404}
    assert AlertTemplate.objects.filter(pk=template.pk).exists()


@pytest.mark.parametrize("role", ROLES)
def test_new_from_template_offers_only_templates_the_user_may_write_with(
    role, client, world, authority
):
    template = template_for(authority)
    user_client = client_for(client, world[role])
    page = user_client.get(reverse("alerts_from_template"))
    opened = user_client.get(reverse("alerts_alert:add"), {"template": template.pk})
    if role == "anonymous":
        assert "/admin/login/" in page["Location"] and "/admin/login/" in opened["Location"]
        return
    offered = "Flood (Riverside County Civil Protection)" in page.content.decode()
    assert offered == (role == "author")  # approvers without the author role, superusers: no
    assert (opened.status_code == 200) == (role == "author")
