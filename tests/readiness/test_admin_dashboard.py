"""The readiness dashboard in the admin: an authority's staff see its jurisdiction only."""

import pytest
from django.test import Client

from alerts.admin.roles import authority_group
from alerts.models import Authority, AuthorityMember
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db

URL = "/admin/readiness/"


@pytest.fixture
def riverside(regions, django_user_model):
    authority = Authority.objects.create(name="Riverside", sender="riverside.test")
    authority.jurisdiction.set([regions["XR-RS-01"]])  # a town: counted in its county
    user = django_user_model.objects.create_user("staff", password="a-long-password-7")
    user.groups.add(authority_group("Riverside: alerts"))
    AuthorityMember.objects.create(authority=authority, user=user)
    return user


def test_authority_staff_see_the_figures_of_their_jurisdiction(riverside, send_checks):
    send_checks(12, "XR-RS")
    send_checks(15, "XR-HL")
    page = verified_login(Client(), riverside).get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-region="XR-RS"' in html and 'data-region="XR-HL"' not in html
    assert "12 self-checks" in html


def test_admin_users_of_no_authority_are_refused(regions, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="a-long-password-7")
    editor.groups.add(authority_group("Editors"))  # admin access, no authority
    refused = verified_login(Client(), editor).get(URL)
    # Wagtail answers PermissionDenied in its admin with a redirect to the dashboard.
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_another_authority_cannot_be_chosen(riverside, regions):
    other = Authority.objects.create(name="Highland", sender="highland.test")
    client = verified_login(Client(), riverside)
    assert client.get(URL, {"authority": other.pk}).status_code == 404
