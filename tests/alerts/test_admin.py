"""The authority's admin screens: drafting, four-eyes review over HTTP, exercise mode banner."""

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts.admin.roles import authority_group
from alerts.models import Alert, AlertState, PushSubscription
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db
APPROVE = {"action": "approve", "confirm_reach": "1"}  # the reach confirmed


@pytest.fixture
def staff(author, approver, second_approver):
    group = authority_group("Riverside: alerts")
    for user in (author, approver, second_approver):
        user.groups.add(group)
    return author, approver, second_approver


def signed_in(client, user):
    return verified_login(client, user)


def test_author_opens_a_new_alert_form(client, staff, authority):
    author, *_ = staff
    response = signed_in(client, author).get(reverse("alerts_alert:add"))
    assert response.status_code == 200
    assert "infos-TOTAL_FORMS" in response.content.decode()


def test_review_page_lists_missing_languages_and_reach(client, staff, draft, regions):
    author, *_ = staff
    for number, code in enumerate(["XR-RS-01", "XR-RS", "XR-HL-01"]):
        PushSubscription.objects.subscribe(
            endpoint=f"https://push.example/{number}",
            p256dh="k",
            auth="a",
            regions=[regions[code]],
            language="en",
            min_severity="Minor",
        )
    html = signed_in(client, author).get(draft.review_url).content.decode()
    assert "Languages still missing" in html
    assert "Deutsch" in html and "العربية" in html
    # the town and its county, not elsewhere
    assert "This will alert about 2 devices; 0 of them read a language" in html


def test_review_page_follows_delivery_until_it_is_done(
    client, staff, draft, regions, django_capture_on_commit_callbacks
):
    from alerts import actions
    from alerts.delivery.webpush.plan import plan_push
    from alerts.models import AlertDelivery, PushDelivery

    author, approver, _ = staff
    PushSubscription.objects.subscribe(
        endpoint="https://push.example/1",
        p256dh="k",
        auth="a",
        regions=[regions["XR-RS-01"]],
        language="en",
        min_severity="Minor",
    )
    actions.submit_alert(alert=draft, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_alert(alert=draft, user=approver)

    def review() -> str:
        return signed_in(client, approver).get(draft.review_url).content.decode()

    refreshing = "<div data-delivery-status data-refreshing"
    first = review()
    assert refreshing in first and "delivery-status.js" in first  # published, not planned yet
    assert "http-equiv" not in first  # refreshed in place, never by reloading the page
    list(plan_push(draft))
    AlertDelivery.objects.filter(alert=draft).update(queued_at=timezone.now())
    html = review()
    assert "1 targeted, 0 delivered" in html and refreshing in html
    PushDelivery.objects.filter(alert=draft).update(status="delivered")
    html = review()
    assert "1 targeted, 1 delivered" in html and refreshing not in html


def test_submitter_cannot_approve_over_http(client, staff, draft):
    _author, approver, _second = staff
    client = signed_in(client, approver)
    assert client.post(draft.review_url, {"action": "submit"}).status_code == 302
    response = client.post(draft.review_url, APPROVE)
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.state == AlertState.SUBMITTED and draft.sent is None


def test_second_person_approves_over_http(client, staff, draft, django_capture_on_commit_callbacks):
    author, approver, _second = staff
    signed_in(client, author).post(draft.review_url, {"action": "submit"})
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(client, approver).post(draft.review_url, APPROVE)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == AlertState.PUBLISHED


def test_published_alert_cannot_be_edited(client, staff, draft, django_capture_on_commit_callbacks):
    author, approver, _second = staff
    signed_in(client, author).post(draft.review_url, {"action": "submit"})
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(client, approver).post(draft.review_url, APPROVE)
    response = signed_in(client, author).post(
        reverse("alerts_alert:edit", args=[draft.pk]), {"note": "changed"}
    )
    assert response["Location"] == draft.review_url
    draft.refresh_from_db()
    assert draft.note == ""


def test_other_authorities_cannot_see_the_alert(client, draft, django_user_model):
    outsider = django_user_model.objects.create_superuser("root", password="a-long-password-5")
    outsider_view = signed_in(client, outsider).get(draft.review_url)
    assert outsider_view.status_code == 200  # superusers oversee every authority
    stranger = django_user_model.objects.create_user("stranger", password="a-long-password-6")
    stranger.groups.add(authority_group("Riverside: alerts"))
    assert signed_in(client, stranger).get(draft.review_url).status_code == 404


def test_follow_up_opens_a_prefilled_draft(
    client, staff, draft, django_capture_on_commit_callbacks
):
    author, approver, _second = staff
    signed_in(client, author).post(draft.review_url, {"action": "submit"})
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(client, approver).post(draft.review_url, APPROVE)
    response = signed_in(client, author).post(draft.review_url, {"action": "allclear"})
    follow_up = Alert.objects.exclude(pk=draft.pk).get()
    assert response["Location"] == reverse("alerts_alert:edit", args=[follow_up.pk])
    assert list(follow_up.references.all()) == [draft]


def test_exercise_mode_banner(client, staff, authority):
    _author, approver, _second = staff
    client = signed_in(client, approver)
    assert "EXERCISE MODE" not in client.get(reverse("alerts_alert:index")).content.decode()
    client.post(reverse("alerts_exercise_mode", args=[authority.pk]), {"on": "1"})
    assert "EXERCISE MODE" in client.get(reverse("alerts_alert:index")).content.decode()
