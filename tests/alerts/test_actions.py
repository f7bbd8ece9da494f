"""The alert actions: four-eyes approval, jurisdiction, outbox and delivery, follow-ups."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from alerts import actions
from alerts.actions.content import content_of
from alerts.models import Alert, AlertDelivery, AlertEvent, AlertState
from tests.alerts.conftest import write_draft

pytestmark = pytest.mark.django_db


def publish(alert, author, approver, capture):
    actions.submit_alert(alert=alert, user=author)
    with capture(execute=True):
        return actions.approve_alert(alert=alert, user=approver)


def test_submitter_cannot_approve(draft, approver):
    actions.submit_alert(alert=draft, user=approver)
    with pytest.raises(PermissionDenied):
        actions.approve_alert(alert=draft, user=approver)
    draft.refresh_from_db()
    assert draft.state == AlertState.SUBMITTED and draft.sent is None


def test_author_without_approver_role_cannot_approve(draft, author, approver, django_user_model):
    actions.submit_alert(alert=draft, user=approver)
    with pytest.raises(PermissionDenied):
        actions.approve_alert(alert=draft, user=author)


def test_outsider_cannot_submit(draft, django_user_model):
    outsider = django_user_model.objects.create_user("outsider", password="a-long-password-8")
    with pytest.raises(PermissionDenied):
        actions.submit_alert(alert=draft, user=outsider)


def test_region_outside_jurisdiction_is_named(authority, author, regions):
    alert = write_draft(authority, author, regions=[regions["XR-HL-01"]])
    with pytest.raises(ValidationError) as error:
        actions.submit_alert(alert=alert, user=author)
    assert "Stonehill (XR-HL-01) is outside the jurisdiction" in str(error.value)
    alert.refresh_from_db()
    assert alert.state == AlertState.DRAFT


def test_polygon_outside_jurisdiction_is_named(authority, author, regions):
    alert = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    alert.polygons = [
        [[50.1, 10.1], [50.1, 10.4], [50.4, 10.4], [50.1, 10.1]],  # inside Riverside
        [[50.1, 11.2], [50.1, 11.5], [50.4, 11.5], [50.1, 11.2]],  # in Highland
    ]
    alert.save()
    with pytest.raises(ValidationError) as error:
        actions.submit_alert(alert=alert, user=author)
    assert "Polygon 2 reaches outside your jurisdiction" in str(error.value)


def test_publishing_freezes_and_writes_the_outbox_in_one_go(
    draft, author, approver, django_capture_on_commit_callbacks, queued_deliveries
):
    delay = queued_deliveries
    alert = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert alert.state == AlertState.PUBLISHED and alert.sent is not None
    assert alert.approved_by == approver
    assert AlertDelivery.objects.filter(alert=alert).count() == 1
    delay.assert_called_once_with(alert.pk)


def test_delivery_is_not_queued_when_publishing_rolls_back(
    draft, author, approver, django_capture_on_commit_callbacks
):
    actions.submit_alert(alert=draft, user=author)
    failing_outbox = mock.patch.object(
        AlertDelivery.objects, "create", side_effect=RuntimeError("disk full")
    )
    with (
        mock.patch("alerts.tasks.deliver_alert.delay") as delay,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        failing_outbox,
        pytest.raises(RuntimeError),
    ):
        actions.approve_alert(alert=draft, user=approver)
    assert callbacks == [] and not delay.called
    draft.refresh_from_db()
    assert draft.state == AlertState.SUBMITTED and not AlertDelivery.objects.exists()


def test_delivery_task_takes_the_outbox_row_once(
    draft, author, approver, django_capture_on_commit_callbacks
):
    from alerts.tasks import deliver_alert

    alert = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert AlertDelivery.objects.get(alert=alert).started_at is None
    with mock.patch("alerts.tasks.broadcast_alert") as broadcast:
        deliver_alert(alert.pk)
        deliver_alert(alert.pk)  # a redelivered task
    broadcast.assert_called_once()
    started = AlertDelivery.objects.get(alert=alert).started_at
    assert started is not None


def test_publishing_with_the_broker_down_keeps_the_message_for_the_sweeper(
    draft, author, approver, django_capture_on_commit_callbacks, queued_deliveries
):
    from alerts.tasks import requeue_stuck_deliveries

    queued_deliveries.side_effect = KombuOperationalError("Connection refused")
    alert = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert Alert.objects.get(pk=alert.pk).state == AlertState.PUBLISHED
    row = AlertDelivery.objects.get(alert=alert)
    assert row.queued_at is None
    queued_deliveries.side_effect = None
    AlertDelivery.objects.filter(pk=row.pk).update(created_at=timezone.now() - timedelta(hours=1))
    assert requeue_stuck_deliveries() == 1
    assert queued_deliveries.call_args_list[-1] == mock.call(alert.pk)


def test_broadcast_failure_is_retried_by_the_next_run(
    draft, author, approver, django_capture_on_commit_callbacks
):
    from alerts.tasks import deliver_alert, queue_later_batches

    alert = publish(draft, author, approver, django_capture_on_commit_callbacks)
    with mock.patch("alerts.tasks.broadcast_alert", side_effect=RedisConnectionError) as broadcast:
        deliver_alert(alert.pk)
    row = AlertDelivery.objects.get(alert=alert)
    assert broadcast.called and row.started_at is None and row.queued_at is None
    with mock.patch("alerts.tasks.broadcast_alert") as broadcast:
        deliver_alert(alert.pk)  # the sweeper's run
        deliver_alert(alert.pk)
    broadcast.assert_called_once()
    queue_later_batches(alert.pk)  # what the worker runs next (with Redis, it is only queued)
    assert AlertDelivery.objects.get(alert=alert).queued_at is not None


def test_published_message_cannot_be_resubmitted(
    draft, author, approver, django_capture_on_commit_callbacks
):
    alert = publish(draft, author, approver, django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError):
        actions.submit_alert(alert=alert, user=author)


def test_rejection_needs_a_reason_and_returns_the_draft(draft, author, approver):
    actions.submit_alert(alert=draft, user=author)
    with pytest.raises(ValidationError):
        actions.reject_alert(alert=draft, user=approver, reason=" ")
    actions.reject_alert(alert=draft, user=approver, reason="Wrong river name")
    draft.refresh_from_db()
    assert (draft.state, draft.rejection_reason) == (AlertState.REJECTED, "Wrong river name")
    actions.submit_alert(alert=draft, user=author)  # fixed and sent again


def test_cancel_references_the_original_and_ends_it(
    draft, author, approver, second_approver, django_capture_on_commit_callbacks
):
    original = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert list(Alert.objects.active()) == [original]
    cancel = actions.start_follow_up(alert=original, user=author, kind="cancel")
    assert cancel.msg_type == "Cancel" and list(cancel.references.all()) == [original]
    french = cancel.infos.get(language="fr")
    assert "erreur" in french.description  # pre-filled in the message's own language
    assert cancel.infos.get(language="en").description.startswith("This alert was sent in error")
    publish(cancel, author, second_approver, django_capture_on_commit_callbacks)
    original.refresh_from_db()
    assert original.superseded_by == cancel
    assert list(Alert.objects.active()) == []


def test_all_clear_is_an_update_with_the_all_clear_response(
    draft, author, approver, django_capture_on_commit_callbacks
):
    original = publish(draft, author, approver, django_capture_on_commit_callbacks)
    all_clear = actions.start_follow_up(alert=original, user=author, kind="allclear")
    info = all_clear.infos.get(language="en")
    assert (all_clear.msg_type, info.response_type, info.urgency) == ("Update", "AllClear", "Past")
    assert info.description == "The danger has passed."


def test_exercise_mode_sets_status_and_a_follow_up_stays_an_exercise(
    authority, author, approver, regions, django_capture_on_commit_callbacks
):
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    exercise = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    assert exercise.status == "Exercise"
    published = publish(exercise, author, approver, django_capture_on_commit_callbacks)
    actions.set_exercise_mode(authority=authority, user=approver, on=False)
    update = actions.start_follow_up(alert=published, user=author, kind="update")
    assert publish(update, author, approver, django_capture_on_commit_callbacks).is_exercise


def test_test_messages_are_never_active(
    authority, author, approver, regions, django_capture_on_commit_callbacks
):
    alert = actions.new_alert(authority=authority, user=author, test=True)
    alert.regions.set([regions["XR-RS-01"]])
    alert.save()
    draft = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    draft.status = "Test"
    draft.save()
    publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert not Alert.objects.active().exists()
    assert alert.status == "Test"


def test_every_state_change_is_in_the_history(
    draft, author, approver, django_capture_on_commit_callbacks
):
    publish(draft, author, approver, django_capture_on_commit_callbacks)
    events = list(AlertEvent.objects.filter(alert=draft))
    assert [(e.action, e.actor, e.from_state, e.to_state) for e in events] == [
        ("submit", author, "draft", "submitted"),
        ("approve", approver, "submitted", "published"),
    ]
    submitted, approved = events
    assert approved.content_hash == content_of(draft)[1]
    # what was approved is what was submitted, but for the status decided at publishing
    assert submitted.content["infos"] == approved.content["infos"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("polygons", [[[50.1, 10.1]]], "polygon[1]"),  # too few points: CAP's rule, named
        ("polygons", [["x", "y"]], "list of polygons"),
        ("polygons", {"lat": 1}, "list of polygons"),
        ("circles", [[50.5, 10.5, -1]], "radius of zero (a point) or more"),
    ],
)
def test_malformed_areas_are_form_errors(draft, author, field, value, message):
    setattr(draft, field, value)
    draft.save()
    with pytest.raises(ValidationError) as error:
        actions.submit_alert(alert=draft, user=author)
    assert message in str(error.value)
    draft.refresh_from_db()
    assert draft.state == AlertState.DRAFT


def test_approval_reads_the_texts_and_regions_once(
    draft, author, approver, django_assert_max_num_queries
):
    """20 authorities approve within one second in a crisis (bench/push_e2e.py): the approval
    reads the message's texts and regions once for its checks, CAP rendering and event record
    (it made 31 queries before; 23 now, savepoints included)."""
    actions.submit_alert(alert=draft, user=author)
    with django_assert_max_num_queries(23):
        published = actions.approve_alert(alert=draft, user=approver)
    assert published.state == AlertState.PUBLISHED
