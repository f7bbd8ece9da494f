"""The exercise screens: planning on a draft (authors of the authority only), the report (members
of the authority only), the review page's reach after publishing."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts import actions
from alerts.models import Acknowledgement, AlertState, Exercise, LiveReceipt
from alerts.models.codes import Status
from tests.alerts.test_admin import staff  # noqa: F401 - a fixture
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


def plan_form(**fields) -> dict:
    when = timezone.localtime(timezone.now() + timedelta(days=1))
    return {
        "publish_at": when.strftime("%Y-%m-%dT%H:%M"),
        "question": "Where do you go?",
        "choices": "Upstairs\nOutside",
        **fields,
    }


def test_author_plans_an_exercise_on_a_draft(client, staff, draft):  # noqa: F811
    author, *_ = staff
    client = verified_login(client, author)
    url = reverse("alerts_exercise_plan", args=[draft.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, plan_form())
    assert response.status_code == 302
    exercise = Exercise.objects.get(alert=draft)
    assert exercise.choices == ["Upstairs", "Outside"]
    draft.refresh_from_db()
    assert draft.status == Status.EXERCISE
    assert "Exercise report" not in client.get(draft.review_url).content.decode()


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"publish_at": "not a time"}, "Enter a valid date/time"),
        ({"publish_at": "2001-01-01T10:00"}, "in the future"),
        ({"choices": ""}, "needs its answers"),
        ({"lesson": "999999"}, "Select a valid choice"),
        ({"question": "x" * 201}, "at most 200"),
    ],
)
def test_bad_plans_are_form_errors(client, staff, draft, fields, error):  # noqa: F811
    author, *_ = staff
    response = verified_login(client, author).post(
        reverse("alerts_exercise_plan", args=[draft.pk]), plan_form(**fields)
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Exercise.objects.exists()


def test_other_authorities_and_non_authors_cannot_plan(client, draft, authority, django_user_model):
    from alerts.admin.roles import authority_group
    from alerts.models import Authority, AuthorityMember

    other = Authority.objects.create(name="Highland", sender="alerts.highland.test")
    stranger = django_user_model.objects.create_user("stranger", password="a-long-password-9")
    reader = django_user_model.objects.create_user("reader", password="a-long-password-9")
    AuthorityMember.objects.create(authority=other, user=stranger, can_author=True)
    AuthorityMember.objects.create(authority=authority, user=reader, can_author=False)
    for user in (stranger, reader):
        user.groups.add(authority_group("Riverside: alerts"))
    url = reverse("alerts_exercise_plan", args=[draft.pk])
    assert verified_login(client, stranger).post(url, plan_form()).status_code == 404
    assert verified_login(client, reader).post(url, plan_form()).status_code == 403
    report = reverse("alerts_exercise_report", args=[draft.pk])
    assert verified_login(client, stranger).get(report).status_code == 404
    assert not Exercise.objects.exists()


def test_report_shows_delivered_and_acknowledged_with_channels(client, staff, draft, regions):  # noqa: F811
    author, approver, _ = staff
    exercise = actions.plan_exercise(
        alert=draft, user=author, publish_at=timezone.now() + timedelta(minutes=5)
    )
    actions.submit_alert(alert=draft, user=author)
    actions.approve_alert(alert=draft, user=approver)
    assert Exercise.objects.get(pk=exercise.pk).alert.state == AlertState.SCHEDULED
    actions.publish_due(now=timezone.now() + timedelta(minutes=10))
    LiveReceipt.objects.create(alert=draft, region_code="XR-RS-01", pages=2)
    Acknowledgement.objects.create(
        exercise=exercise, device="d1", channel="page", delay_seconds=42, region=regions["XR-RS-01"]
    )
    client = verified_login(client, approver)
    html = client.get(reverse("alerts_exercise_report", args=[draft.pk])).content.decode()
    cells = re.sub(r">\s+<", "><", html)
    name = regions["XR-RS-01"].name
    assert f'<th scope="row">{name}</th><td>Open page</td><td>2</td><td>1</td><td>42</td>' in cells
    review = client.get(draft.review_url).content.decode()
    assert "2 open pages received it" in review
    assert reverse("alerts_exercise_report", args=[draft.pk]) in review
