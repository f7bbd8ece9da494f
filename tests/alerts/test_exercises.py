"""Exercises: planning, four-eyes approval, publication at the set time by the sweeper, the
anonymous acknowledgement route and the report."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from alerts import actions
from alerts.exercises import distribution, report, summaries
from alerts.models import (
    Acknowledgement,
    AlertDelivery,
    AlertState,
    Exercise,
    LiveReceipt,
    PushDelivery,
    PushStatus,
    PushSubscription,
)
from alerts.models.codes import Status
from alerts.tasks import sweep_deliveries
from tests.alerts.conftest import write_draft

pytestmark = pytest.mark.django_db
SOON = timedelta(minutes=30)


def plan(alert, user, **fields):
    values = {"publish_at": timezone.now() + SOON, **fields}
    return actions.plan_exercise(alert=alert, user=user, **values)


def scheduled(draft, author, approver, **fields) -> Exercise:
    exercise = plan(draft, author, **fields)
    actions.submit_alert(alert=draft, user=author)
    actions.approve_alert(alert=draft, user=approver)
    return exercise


def test_approved_exercise_waits_for_its_time_then_the_sweeper_publishes_it(
    draft, author, approver, django_capture_on_commit_callbacks
):
    scheduled(draft, author, approver)
    draft.refresh_from_db()
    assert draft.state == AlertState.SCHEDULED and draft.sent is None
    assert actions.publish_due() == []  # not yet its time
    with django_capture_on_commit_callbacks(execute=True):
        published = actions.publish_due(now=timezone.now() + SOON)
    draft.refresh_from_db()
    assert published == [draft.identifier]
    assert draft.state == AlertState.PUBLISHED and draft.status == Status.EXERCISE
    assert AlertDelivery.objects.filter(alert=draft).exists()
    actions_recorded = list(draft.events.values_list("action", flat=True))
    assert actions_recorded[-2:] == ["schedule", "publish_scheduled"]
    assert actions.publish_due(now=timezone.now() + SOON) == []  # never twice


def test_the_delivery_sweep_publishes_what_is_due_so_no_worker_countdown_is_needed(
    draft, author, approver, queued_deliveries
):
    exercise = scheduled(draft, author, approver)
    Exercise.objects.filter(pk=exercise.pk).update(publish_at=timezone.now() - SOON)
    assert sweep_deliveries()["scheduled"] == 1
    draft.refresh_from_db()
    assert draft.is_published


def test_a_planned_exercise_never_goes_out_as_actual(draft, author, approver):
    assert draft.status == Status.ACTUAL
    scheduled(draft, author, approver, publish_at=timezone.now() + timedelta(seconds=1))
    draft.refresh_from_db()
    assert draft.status == Status.EXERCISE
    actions.publish_due(now=timezone.now() + SOON)
    draft.refresh_from_db()
    assert draft.status == Status.EXERCISE


def test_an_exercise_due_at_approval_is_published_at_once(draft, author, approver):
    exercise = plan(draft, author)
    Exercise.objects.filter(pk=exercise.pk).update(publish_at=timezone.now() - SOON)
    actions.submit_alert(alert=draft, user=author)
    actions.approve_alert(alert=draft, user=approver)
    draft.refresh_from_db()
    assert draft.state == AlertState.PUBLISHED


def test_scheduled_exercise_is_frozen(draft, author, approver):
    scheduled(draft, author, approver)
    with pytest.raises(ValidationError):
        plan(draft, author)
    draft.note = "changed"
    with pytest.raises(PermissionDenied):
        draft.save()


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"publish_at": timezone.now() - timedelta(minutes=1)}, "in the future"),
        ({"question": "What do you do?"}, "needs its answers"),
        ({"choices": ["Go upstairs", "Go out"]}, "needs its answers"),
        ({"question": "Q?", "choices": ["only one"]}, "between 2 and 6"),
        ({"question": "Q?", "choices": [str(n) for n in range(7)]}, "between 2 and 6"),
    ],
)
def test_bad_plans_are_refused_with_a_reason(draft, author, fields, problem):
    with pytest.raises(ValidationError) as error:
        plan(draft, author, **fields)
    assert problem in str(error.value)
    assert not Exercise.objects.exists()


def test_an_exercise_must_be_in_force_when_it_goes_out(draft, author, approver):
    with pytest.raises(ValidationError) as error:
        plan(draft, author, publish_at=timezone.now() + timedelta(days=2))  # expires in one
    assert "expire before it is published" in str(error.value)
    assert not Exercise.objects.exists()


def test_only_authors_of_the_authority_plan(draft, django_user_model):
    outsider = django_user_model.objects.create_user("outsider", password="a-long-password-8")
    with pytest.raises(PermissionDenied):
        plan(draft, outsider)


def test_a_linked_lesson_must_be_a_published_lesson(draft, author, home):
    with pytest.raises(ValidationError):
        plan(draft, author, lesson=home)


# --- acknowledgements --------------------------------------------------------------------------


@pytest.fixture
def published_exercise(draft, author, approver):
    exercise = scheduled(
        draft,
        author,
        approver,
        question="Where do you go?",
        choices=["Upstairs", "Outside"],
    )
    actions.publish_due(now=timezone.now() + SOON)
    exercise.refresh_from_db()
    return exercise


def ack_url(exercise) -> str:
    return f"/alerts/exercises/{exercise.alert.identifier}/ack"


def post(client, url, body):
    return client.post(url, body, content_type="application/json")


TOKEN = "k3J9-dQ_2mZx8LwPq0Rt"


def test_acknowledgement_is_once_per_device_and_records_channel_and_delay(
    client, published_exercise
):
    url = ack_url(published_exercise)
    first = post(client, url, {"device": TOKEN, "channel": "push", "region": "XR-RS-01"})
    assert first.status_code == 201
    assert first.json()["delay_seconds"] >= 0
    again = post(client, url, {"device": TOKEN, "channel": "page", "answer": 1})
    assert again.status_code == 200 and again.json()["answered"] is True
    (ack,) = Acknowledgement.objects.all()
    assert (ack.channel, ack.region.code, ack.answer) == ("push", "XR-RS-01", 1)
    assert TOKEN not in ack.device  # only a keyed hash is kept
    post(client, url, {"device": "another-device-token-1", "channel": "page"})
    assert Acknowledgement.objects.count() == 2


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"channel": "page"}, "device"),
        ({"device": "short", "channel": "page"}, "device"),
        ({"device": "x" * 65, "channel": "page"}, "device"),
        ({"device": "a b c d e f g h i j k", "channel": "page"}, "device"),
        ({"device": TOKEN, "channel": "sms"}, "channel"),
        ({"device": TOKEN, "channel": ["page"]}, "channel"),
        ({"device": TOKEN, "channel": "page", "answer": "1"}, "answer"),
        ({"device": TOKEN, "channel": "page", "answer": True}, "answer"),
        ({"device": TOKEN, "channel": "page", "answer": 2}, "answers"),
        ({"device": TOKEN, "channel": "page", "answer": -1}, "answers"),
        ({"device": TOKEN, "channel": "page", "region": "XR-HL-01"}, "region"),
        ({"device": TOKEN, "channel": "page", "region": 5}, "region"),
        ([TOKEN], "JSON object"),
    ],
)
def test_bad_acknowledgements_get_a_400_with_a_reason(client, published_exercise, body, reason):
    response = post(client, ack_url(published_exercise), body)
    assert response.status_code == 400
    assert reason in response.json()["error"]
    assert not Acknowledgement.objects.exists()


def test_acknowledgement_refuses_form_posts_gets_and_unknown_or_unpublished_exercises(
    client, published_exercise, draft, authority, author
):
    url = ack_url(published_exercise)
    assert client.post(url, {"device": TOKEN, "channel": "page"}).status_code == 400
    assert client.get(url).status_code == 405
    assert post(client, "/alerts/exercises/nope/ack", {}).status_code == 404
    other = write_draft(authority, author, regions=list(draft.regions.all()))
    plan(other, author)
    assert post(client, ack_url(other.exercise), {"device": TOKEN}).status_code == 404


def test_a_real_alert_cannot_be_acknowledged(client, draft, author, approver):
    actions.submit_alert(alert=draft, user=author)
    actions.approve_alert(alert=draft, user=approver)
    url = f"/alerts/exercises/{draft.identifier}/ack"
    assert post(client, url, {"device": TOKEN, "channel": "page"}).status_code == 404


def test_acknowledgements_are_rate_limited_per_address(client, published_exercise, settings):
    settings.RATELIMIT_ENABLE = True
    url = ack_url(published_exercise)
    codes = {post(client, url, {"device": TOKEN, "channel": "page"}).status_code for _ in range(31)}
    assert 429 in codes or 403 in codes


# --- report ------------------------------------------------------------------------------------


def test_report_by_region_and_channel(published_exercise, regions):
    alert = published_exercise.alert
    LiveReceipt.objects.create(alert=alert, region_code="XR-RS-01", pages=3)
    subscription = PushSubscription.objects.create(
        endpoint="https://push.example/1", p256dh="k", auth="a"
    )
    subscription.regions.set([regions["XR-RS-01"]])
    PushDelivery.objects.create(alert=alert, subscription=subscription, status=PushStatus.DELIVERED)
    for n, (channel, delay) in enumerate([("page", 30), ("page", 400), ("push", 90)]):
        Acknowledgement.objects.create(
            exercise=published_exercise,
            device=f"d{n}",
            channel=channel,
            delay_seconds=delay,
            region=regions["XR-RS-01"],
            answer=0,
        )
    figures = report(published_exercise)
    rows = {row["channel"]: row for row in figures["rows"]}
    assert rows["Open page"]["delivered"] == 3 and rows["Open page"]["acknowledged"] == 2
    assert rows["Open page"]["histogram"] == [1, 0, 1, 0, 0]
    assert rows["Notification"]["delivered"] == 1 and rows["Notification"]["median"] == 90
    assert figures["answers"] == [("Upstairs", 3), ("Outside", 0)]
    assert figures["lesson_completions"] is None
    (summary,) = summaries()
    assert summary["delivered"] == {"page": 3, "push": 1}
    assert summary["acknowledged"] == {"page": 2, "push": 1}
    assert summaries(regions=regions["XR-HL-01"].__class__.objects.filter(code="XR-HL-01")) == []


def test_distribution_median_p90_histogram():
    figures = distribution([5, 70, 80, 400, 1000, 4000, 50, 55, 61, 62])
    assert figures["median"] == 66  # (62 + 70) / 2
    assert figures["p90"] == 1000  # nearest rank: the 9th of 10
    assert figures["histogram"] == [3, 4, 1, 1, 1]
    assert distribution([]) == {"median": None, "p90": None, "histogram": [0, 0, 0, 0, 0]}


def test_report_counts_lesson_completions_in_the_week_after(
    draft, author, approver, lesson, django_user_model
):
    from lessons.models import QuizAttempt

    exercise = scheduled(draft, author, approver, lesson=lesson.page_ptr)
    actions.publish_due(now=timezone.now() + SOON)
    exercise.refresh_from_db()
    for n, passed in enumerate([True, True, False]):
        QuizAttempt.objects.create(
            anonymous_token=f"learner{n}",
            lesson_key=lesson.translation_key,
            language="en",
            answers={},
            correct_count=4 if passed else 1,
            question_count=4,
            score_percent=100 if passed else 25,
            passed=passed,
            submission_id=f"s{n}",
        )
    assert report(exercise)["lesson_completions"] == 2
    with mock.patch("alerts.exercises.LESSON_WINDOW", timedelta(0)):
        assert report(exercise)["lesson_completions"] == 0  # the attempts came after the window


# --- where "I received this" appears -----------------------------------------------------------


def test_exercise_payload_page_and_notification_carry_the_acknowledgement(
    client, published_exercise, draft
):
    import json

    from alerts.delivery.webpush.send import push_payload
    from alerts.public.payloads import alert_payload

    ack = alert_payload(published_exercise.alert, "fr")["ack"]
    assert ack["url"] == ack_url(published_exercise)
    assert ack["label"] != "I received this"  # in the reader's language
    assert ack["choices"] == ["Upstairs", "Outside"]
    pushed = json.loads(push_payload(published_exercise.alert, "en", "tag"))
    assert pushed["ack"] == {"url": ack["url"], "label": "I received this"}
    html = client.get(published_exercise.alert.url_in("en")).content.decode()
    assert "data-exercise-ack=" in html and "exercise-ack.js" in html


def test_real_alerts_carry_no_acknowledgement(client, draft, author, approver):
    from alerts.public.payloads import alert_payload

    actions.submit_alert(alert=draft, user=author)
    draft = actions.approve_alert(alert=draft, user=approver)
    assert alert_payload(draft, "en")["ack"] is None
    assert "data-exercise-ack=" not in client.get(draft.url_in("en")).content.decode()
