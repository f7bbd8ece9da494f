"""Access matrix: every admin URL of the alerts app, for every role and every state of a message.

Roles: the writer of the draft, another author, an approver (approve only), a member with both
roles who did not write it, an editor with admin access but no authority, an author and an
approver of another authority, and an anonymous visitor. A POST changes the message exactly when
the table `ALLOWED` says so; every other attempt leaves it, and the set of messages, unchanged.
"""

import pytest
from django.db import transaction
from django.urls import reverse

from alerts import actions
from alerts.admin.roles import authority_group
from alerts.models import Alert, Authority, AuthorityMember
from tests.alerts.conftest import write_draft
from tests.alerts.test_admin import signed_in

pytestmark = pytest.mark.django_db

ROLES = [
    "writer",
    "author",
    "approver",
    "both",
    "editor",
    "other_author",
    "other_approver",
    "anonymous",
]
STATES = ["draft", "submitted", "rejected", "published"]
POST_ACTIONS = ["submit", "approve", "reject", "update", "cancel", "allclear"]
AUTHORS = {"writer", "author", "both"}
APPROVERS = {"approver", "both"}  # the writer may never approve
ALLOWED = (
    {("submit", role, state) for role in AUTHORS for state in ("draft", "rejected")}
    | {(action, role, "submitted") for action in ("approve", "reject") for role in APPROVERS}
    | {(kind, role, "published") for kind in actions.FOLLOW_UPS for role in AUTHORS}
)


@pytest.fixture
def world(authority, regions, django_user_model):
    """Users of every role, a second authority, and a reviewer who moves drafts along."""
    other = Authority.objects.create(name="Highland Rescue", sender="alerts.highland.test")
    other.jurisdiction.set([regions["XR-HL"]])
    group = authority_group("Alert staff")
    spec = {
        "writer": (authority, True, False),
        "author": (authority, True, False),
        "approver": (authority, False, True),
        "both": (authority, True, True),
        "reviewer": (authority, True, True),
        "other_author": (other, True, False),
        "other_approver": (other, False, True),
        "editor": (None, False, False),
    }
    users = {}
    for name, (member_of, can_author, can_approve) in spec.items():
        user = django_user_model.objects.create_user(name)  # force_login: no password to hash
        user.groups.add(group)
        if member_of is not None:
            AuthorityMember.objects.create(
                authority=member_of, user=user, can_author=can_author, can_approve=can_approve
            )
        users[name] = user
    users["anonymous"] = None
    return users


def message_in(state: str, world, authority, regions, capture) -> Alert:
    alert = write_draft(authority, world["writer"], regions=[regions["XR-RS-01"]])
    if state == "draft":
        return alert
    actions.submit_alert(alert=alert, user=world["writer"])
    if state == "rejected":
        actions.reject_alert(alert=alert, user=world["reviewer"], reason="Wrong river")
    elif state == "published":
        with capture(execute=True):
            actions.approve_alert(alert=alert, user=world["reviewer"])
    return Alert.objects.get(pk=alert.pk)


def client_for(client, user):
    return client if user is None else signed_in(client, user)


def attempt(client, user, alert: Alert, action: str):
    """POST `action` on the review page inside a savepoint that is rolled back afterwards, so
    each action of the matrix starts from the same message. Returns the response and the
    message's (state, sent, number of messages) before and after."""
    before = (alert.state, alert.sent, Alert.objects.count())
    with transaction.atomic():
        response = client_for(client, user).post(
            alert.review_url,
            {"action": action, "reason": "Not precise enough", "confirm_reach": "1"},
        )
        alert.refresh_from_db()
        after = (alert.state, alert.sent, Alert.objects.count())
        transaction.set_rollback(True)
    alert.refresh_from_db()
    return response, before, after


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_post_changes_a_message_only_when_allowed(
    role, state, client, world, authority, regions, django_capture_on_commit_callbacks
):
    alert = message_in(state, world, authority, regions, django_capture_on_commit_callbacks)
    for action in POST_ACTIONS:
        response, before, after = attempt(client, world[role], alert, action)
        case = (action, role, state)
        if case in ALLOWED:
            assert response.status_code == 302 and after != before, case
        else:
            assert after == before and response.status_code in {302, 403, 404}, case
        if role in {"editor", "other_author", "other_approver"}:
            assert response.status_code == 404, case  # another authority's message: not found


def expected_get(view: str, role: str, state: str) -> int | str:
    if role == "anonymous":
        return "login"
    if role in {"editor", "other_author", "other_approver"}:
        return 404
    if view == "edit":
        if state in {"submitted", "published"}:
            return "review"
        return 200 if role in AUTHORS else "refused"
    return 200


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_message_pages_are_scoped(
    role, state, client, world, authority, regions, django_capture_on_commit_callbacks
):
    alert = message_in(state, world, authority, regions, django_capture_on_commit_callbacks)
    pages = {
        "review": alert.review_url,
        "history": reverse("alerts_alert:history", args=[alert.pk]),
        "edit": alert.edit_url,
    }
    for view, url in pages.items():
        response = client_for(client, world[role]).get(url)
        expected, case = expected_get(view, role, state), (view, role, state)
        if expected == "login":
            assert response.status_code == 302 and "/admin/login/" in response["Location"], case
        elif expected == "refused":  # Wagtail turns PermissionDenied into a redirect home
            assert response.status_code == 302 and response["Location"] == "/admin/", case
        elif expected == "review":
            assert response.status_code == 302 and response["Location"] == alert.review_url, case
        else:
            assert response.status_code == expected, case
        if response.status_code == 200:
            assert "Flood warning (en)" in response.content.decode(), case


@pytest.mark.parametrize("role", ROLES)
def test_default_viewset_views_are_not_registered(
    role, client, world, authority, regions, django_capture_on_commit_callbacks
):
    alert = message_in("published", world, authority, regions, django_capture_on_commit_callbacks)
    for removed in ["copy", "delete", "usage", "inspect", "history-results"]:
        url = f"/admin/alerts/messages/{removed}/{alert.pk}/"
        got = client_for(client, world[role]).get(url).status_code
        assert got == 404 or (role == "anonymous" and got == 302), (removed, got)
        assert client_for(client, world[role]).post(url, {"headline": "x"}).status_code != 200
    assert alert.infos.get(language="en").headline == "Flood warning (en)"


@pytest.mark.parametrize("role", ROLES)
def test_lists_show_only_the_own_authority(role, client, world, authority, regions):
    write_draft(authority, world["writer"], regions=[regions["XR-RS-01"]])
    listed = client_for(client, world[role]).get(reverse("alerts_alert:index"))
    history = client_for(client, world[role]).get(reverse("wagtailadmin_reports:site_history"))
    seen = any("Flood warning" in r.content.decode() for r in (listed, history))
    assert seen == (role in {"writer", "author", "approver", "both"})


@pytest.mark.parametrize("role", ROLES)
def test_only_authors_open_the_new_alert_form(role, client, world):
    response = client_for(client, world[role]).get(reverse("alerts_alert:add"))
    if role in AUTHORS | {"other_author"}:
        assert response.status_code == 200
    else:  # to the login page, or refused (Wagtail redirects a PermissionDenied home)
        assert response.status_code == 302
        assert response["Location"] == "/admin/" or "/admin/login/" in response["Location"]


@pytest.mark.parametrize("role", ROLES)
def test_the_exercise_mode_page_is_for_members_and_its_switch_for_approvers(
    role, client, world, authority
):
    response = client_for(client, world[role]).get(
        reverse("alerts_exercise_mode", args=[authority.pk])
    )
    if role == "anonymous":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    elif role in {"editor", "other_author", "other_approver"}:
        assert response.status_code == 404
    else:
        html = response.content.decode()
        assert response.status_code == 200
        assert ("Switch exercise mode on" in html) == (role in APPROVERS)


@pytest.mark.parametrize("role", ROLES)
def test_only_approvers_switch_exercise_mode(role, client, world, authority):
    url = reverse("alerts_exercise_mode", args=[authority.pk])
    response = client_for(client, world[role]).post(url, {"on": "1"})
    authority.refresh_from_db()
    assert authority.exercise_mode == (role in APPROVERS)
    if role not in APPROVERS | {"anonymous"}:
        assert response.status_code in {403, 404}
