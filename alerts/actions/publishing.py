"""Four-eyes approval and publishing: the one way a message becomes published."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError as KombuOperationalError

from alerts import tasks
from alerts.actions.drafting import validate_for_submission
from alerts.actions.exercises import check_in_force_at_publishing
from alerts.actions.rules import (
    PUBLISHED,
    REJECTED,
    SCHEDULED,
    SUBMITTED,
    authors_of,
    check,
    locked,
    record,
)
from alerts.models import (
    Alert,
    AlertDelivery,
    Exercise,
)
from alerts.models.codes import Status
from core import public_cache

logger = logging.getLogger(__name__)


def require_second_person(*, alert: Alert, user) -> None:
    if user.pk in authors_of(alert):
        raise PermissionDenied(_("Another approver must check a message you wrote or submitted."))


@transaction.atomic
def approve_alert(*, alert: Alert, user) -> Alert:
    """Approve and publish (see `publish`). Returns the message as published. An exercise whose
    set time is still ahead is approved and scheduled instead: `publish_due` publishes it then."""
    alert = locked(alert)
    check("approve", alert=alert, user=user)
    require_second_person(alert=alert, user=user)
    validate_for_submission(alert)
    alert.approved_by = user
    exercise = Exercise.objects.filter(alert=alert).first()
    if exercise is not None:
        check_in_force_at_publishing(exercise)
    if exercise is not None and exercise.publish_at > timezone.now():
        alert.state = SCHEDULED
        alert.save(update_fields=["state", "approved_by", "updated_at"])
        record(alert=alert, action="schedule", user=user, from_state=SUBMITTED, to_state=SCHEDULED)
        return alert
    return publish(alert=alert, action="approve", user=user)


def publish_due(*, now=None) -> list[str]:
    """Publish every approved exercise whose set time has come, each in its own transaction,
    through `publish`; returns their identifiers. Run by the delivery sweeper, so a publication
    missed while no worker ran happens at the next sweep; two sweepers never publish one twice
    (the row is locked and its state checked again)."""
    now = now or timezone.now()
    due = Alert.objects.filter(state=SCHEDULED, exercise__publish_at__lte=now)
    published = []
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            alert = Alert.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if alert is None or alert.state != SCHEDULED:
                continue
            check("publish_scheduled", alert=alert, user=None)
            published.append(publish(alert=alert, action="publish_scheduled").identifier)
    return published


@transaction.atomic
def reject_alert(*, alert: Alert, user, reason: str) -> Alert:
    """Send a submitted message back to its authors with a reason; it becomes editable."""
    alert = locked(alert)
    check("reject", alert=alert, user=user)
    require_second_person(alert=alert, user=user)
    if not reason.strip():
        raise ValidationError(_("Say why the alert is rejected, so the author can fix it."))
    alert.state, alert.rejection_reason = REJECTED, reason.strip()[:500]
    alert.save(update_fields=["state", "rejection_reason", "updated_at"])
    record(
        alert=alert,
        action="reject",
        user=user,
        from_state=SUBMITTED,
        to_state=REJECTED,
        reason=alert.rejection_reason,
    )
    return alert


# --- Publishing --------------------------------------------------------------------------------


def status_at_publishing(alert: Alert) -> str:
    """The CAP status a message goes out with. In exercise mode nothing is published as Actual;
    a message written as an exercise never becomes Actual; a follow-up keeps its chain's status.
    A follow-up of a real alert cannot be published in exercise mode (it would either leak the
    drill into the real chain or send a real message): that is refused."""
    authority = alert.authority
    referenced = set(alert.references.values_list("status", flat=True))
    if Exercise.objects.filter(alert=alert).exists():
        return Status.EXERCISE  # a planned exercise goes out as one, whatever its draft said
    if authority is not None and authority.exercise_mode:
        if Status.ACTUAL in referenced:
            raise ValidationError(
                _(
                    "%(authority)s is in exercise mode: a follow-up of a real alert cannot be "
                    "published. An approver must switch exercise mode off first."
                )
                % {"authority": authority}
            )
        return Status.TEST if alert.status == Status.TEST else Status.EXERCISE
    if Status.EXERCISE in referenced:
        return Status.EXERCISE
    return alert.status


def publish(*, alert: Alert, action: str, user=None, deliver: bool = True, **data) -> Alert:
    """Publish a locked message inside the caller's transaction: decide its status, set `sent`,
    freeze it, supersede what it references, record the event and write the outbox row; queue
    delivery after commit. The one way a message becomes published (approval, import, an
    exercise at its set time)."""
    from_state = alert.state if action != "import" else None
    alert.status = status_at_publishing(alert)
    alert.state = PUBLISHED
    alert.sent = alert.sent or timezone.now().replace(microsecond=0)
    alert.save(update_fields=["state", "status", "approved_by", "sent", "updated_at"])
    alert.references.filter(superseded_by__isnull=True).update(superseded_by=alert)
    record(alert=alert, action=action, user=user, from_state=from_state, to_state=PUBLISHED, **data)
    # Public pages, feeds and the JSON API show the new state as soon as it has committed.
    transaction.on_commit(public_cache.invalidate)
    if deliver:
        AlertDelivery.objects.create(alert=alert)
        queue_delivery(alert)
    return alert


def queue_delivery(alert: Alert) -> None:
    """Queue the delivery task after commit. If the broker is unreachable the message stays
    published and its outbox row is queued again by the sweeper once the broker is back."""

    def queue() -> None:
        try:
            tasks.deliver_alert.delay(alert.pk)
        except KombuOperationalError as exc:
            logger.error("broker unreachable, %s waits for the sweeper: %s", alert.identifier, exc)

    transaction.on_commit(queue)
