"""The read-only list of received CAP documents: superusers and holders of the dedicated
permission see outcomes and reasons; authority staff and other users do not; nothing is
editable and the documents' texts are not shown."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from alerts.admin.roles import authority_group
from alerts.cap import ingest
from alerts.models import AuthorityMember
from tests.alerts.test_admin import signed_in
from tests.alerts.test_forwarding import MILLBROOK, cap_document
from tests.alerts.test_upstream_follow_ups import bare

pytestmark = pytest.mark.django_db
INDEX = "/admin/alerts/received/"


@pytest.fixture
def received(regions):
    report = ingest.ImportReport()
    document = cap_document("storm-1", area=f"<polygon>{MILLBROOK}</polygon>")
    ingest.import_document(document, source="https://weather.example.org/feed", report=report)
    ingest.import_document(
        bare("ack-1", msg_type="Ack", references="a,b,2026-11-30T10:00:00+00:00"),
        source="https://weather.example.org/feed",
        report=report,
    )
    return report


@pytest.fixture
def users(authority, django_user_model):
    staff = authority_group("Alert staff")
    author = django_user_model.objects.create_user("author")
    author.groups.add(staff)
    AuthorityMember.objects.create(authority=authority, user=author, can_author=True)
    reader = django_user_model.objects.create_user("feed-reader")
    reader.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_receivedcap"),
    )
    root = django_user_model.objects.create_superuser("root")
    return {"author": author, "reader": reader, "superuser": root}


@pytest.mark.parametrize("who", ["reader", "superuser"])
def test_the_list_shows_outcomes_and_reasons_but_not_the_documents(who, users, received, client):
    response = signed_in(client, users[who]).get(INDEX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "storm-1" in html and "imported" in html and "unsupported" in html
    assert "an Ack answers other alerting systems" in html
    assert "shown on this site only" in html  # the feed's policy when it arrived
    assert "Gusts of 100 km/h." not in html  # the document's text is not shown


def test_authority_staff_and_anonymous_users_cannot_see_it(users, received, client):
    response = signed_in(client, users["author"]).get(INDEX)
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's refusal
    client.logout()
    anonymous = client.get(INDEX)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]


def test_the_menu_offers_it_only_to_those_who_may_see_it(users, client):
    assert INDEX in signed_in(client, users["reader"]).get("/admin/").content.decode()
    client.logout()
    assert INDEX not in signed_in(client, users["author"]).get("/admin/").content.decode()


@pytest.mark.parametrize("name", ["add", "edit", "delete", "inspect", "copy", "history"])
def test_nothing_but_the_list_is_registered(name):
    with pytest.raises(NoReverseMatch):
        reverse(f"alerts_received:{name}", args=[1] if name != "add" else [])


def test_a_bad_ordering_or_page_is_not_an_error(users, received, client):
    signed_in(client, users["superuser"])
    assert client.get(INDEX, {"ordering": "document"}).status_code == 200
    assert client.get(INDEX, {"p": "many"}).status_code in {200, 404}
