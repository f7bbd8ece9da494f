"""Alert actions: draft, submit, approve (publish), reject, and follow-up messages.

Four-eyes: a message is published only when an approver of its authority who did not submit it
approves it. Publishing freezes the message and writes the delivery outbox row in the same
transaction; the delivery task is queued after commit.
"""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from kombu.exceptions import OperationalError as KombuOperationalError
from wagtail.log_actions import log

from alerts import cap, tasks
from alerts.cap_mapping import INFO_TEXT_FIELDS, alert_to_cap
from alerts.jurisdiction import check_area
from alerts.models import Alert, AlertDelivery, AlertInfo, AlertState, AuthorityMember
from alerts.models.messages import MsgType, ResponseType, Severity, Status, Urgency

logger = logging.getLogger(__name__)
EDITABLE_STATES = {AlertState.DRAFT, AlertState.REJECTED}


def membership(*, user, authority) -> AuthorityMember | None:
    if authority is None:
        return None
    return AuthorityMember.objects.filter(user=user, authority=authority).first()


def require_author(*, user, authority) -> None:
    member = membership(user=user, authority=authority)
    if member is None or not member.can_author:
        raise PermissionDenied(
            _("You do not write alerts for %(authority)s.") % {"authority": authority}
        )


def new_alert(*, authority, user, test: bool = False) -> Alert:
    """An unsaved draft for `authority`. Its status comes from the workspace mode, never a form:
    Exercise while the authority is in exercise mode, else Actual (or Test when asked)."""
    require_author(user=user, authority=authority)
    status = Status.TEST if test else Status.ACTUAL
    if authority.exercise_mode:
        status = Status.EXERCISE
    return Alert(authority=authority, sender=authority.sender, status=status, created_by=user)


def validate_for_submission(alert: Alert) -> None:
    """Everything a publishable message needs, as form-friendly errors."""
    infos = list(alert.infos.all())
    if not infos:
        raise ValidationError(_("Write the alert in at least one language."))
    regions = list(alert.regions.all())
    if not (regions or alert.polygons or alert.circles):
        raise ValidationError(_("Choose at least one region or draw an area."))
    alert.clean()
    try:
        cap.check(alert_to_cap(alert, sent=timezone.now().replace(microsecond=0)))
    except cap.CapError as error:
        raise ValidationError(_("Not a valid CAP message: %(error)s") % {"error": error}) from error
    check_area(
        authority=alert.authority, regions=regions, polygons=alert.polygons, circles=alert.circles
    )


@transaction.atomic
def submit_alert(*, alert: Alert, user) -> Alert:
    """Send a draft for approval. Precondition: the user writes for the alert's authority."""
    require_author(user=user, authority=alert.authority)
    if alert.state not in EDITABLE_STATES:
        raise ValidationError(_("Only a draft can be submitted."))
    validate_for_submission(alert)
    alert.state, alert.submitted_by, alert.rejection_reason = AlertState.SUBMITTED, user, ""
    alert.save(update_fields=["state", "submitted_by", "rejection_reason", "updated_at"])
    log(instance=alert, action="beacon.alert.submit", user=user)
    return alert


def require_second_approver(*, alert: Alert, user) -> None:
    member = membership(user=user, authority=alert.authority)
    if member is None or not member.can_approve:
        raise PermissionDenied(
            _("You cannot approve alerts for %(authority)s.") % {"authority": alert.authority}
        )
    if alert.submitted_by_id == user.pk:
        raise PermissionDenied(_("Another approver must check an alert you submitted."))
    if alert.state != AlertState.SUBMITTED:
        raise ValidationError(_("This alert is not waiting for approval."))


@transaction.atomic
def approve_alert(*, alert: Alert, user) -> Alert:
    """Approve and publish: set `sent`, freeze the message, mark what it replaces, and write the
    delivery outbox row, all in one transaction; queue delivery after commit."""
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    require_second_approver(alert=alert, user=user)
    validate_for_submission(alert)
    alert.state, alert.approved_by, alert.sent = (
        AlertState.PUBLISHED,
        user,
        timezone.now().replace(microsecond=0),
    )
    alert.save(update_fields=["state", "approved_by", "sent", "updated_at"])
    alert.references.filter(superseded_by__isnull=True).update(superseded_by=alert)
    AlertDelivery.objects.create(alert=alert)
    log(instance=alert, action="beacon.alert.publish", user=user)
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


@transaction.atomic
def reject_alert(*, alert: Alert, user, reason: str) -> Alert:
    require_second_approver(alert=alert, user=user)
    if not reason.strip():
        raise ValidationError(_("Say why the alert is rejected, so the author can fix it."))
    alert.state, alert.rejection_reason = AlertState.REJECTED, reason.strip()
    alert.save(update_fields=["state", "rejection_reason", "updated_at"])
    log(
        instance=alert,
        action="beacon.alert.reject",
        user=user,
        data={"reason": alert.rejection_reason},
    )
    return alert


FOLLOW_UPS = {"update", "cancel", "allclear"}


@transaction.atomic
def start_follow_up(*, alert: Alert, user, kind: str) -> Alert:
    """A new draft that updates, cancels or gives the all-clear for a published message, with
    every language pre-filled; it goes through the same approval. The status never changes:
    a follow-up of an exercise is an exercise."""
    require_author(user=user, authority=alert.authority)
    if not alert.is_published or alert.superseded_by_id:
        raise ValidationError(
            _("Only the latest published message of an alert can be followed up.")
        )
    follow_up = Alert.objects.create(
        authority=alert.authority,
        sender=alert.sender,
        status=alert.status,
        msg_type=MsgType.CANCEL if kind == "cancel" else MsgType.UPDATE,
        incidents=alert.incidents,
        area_description=alert.area_description,
        polygons=alert.polygons,
        circles=alert.circles,
        created_by=user,
    )
    follow_up.regions.set(alert.regions.all())
    follow_up.save()  # writes the regions (a ParentalManyToManyField)
    follow_up.references.set([alert, *alert.references.all()])
    for info in alert.infos.all():
        prefilled_info(info, kind=kind, alert=follow_up).save()
    log(
        instance=follow_up,
        action="wagtail.create",
        user=user,
        data={"follows": alert.identifier, "kind": kind},
    )
    return follow_up


def prefilled_info(info: AlertInfo, *, kind: str, alert: Alert) -> AlertInfo:
    copy = AlertInfo(
        alert=alert,
        **{field: getattr(info, field) for field in COPIED_INFO_FIELDS},
    )
    with override(info.language):
        if kind == "cancel":
            copy.headline = _("Cancelled: %(headline)s") % {"headline": info.headline}
            copy.description = _("This alert was sent in error. There is no danger.")
            copy.instruction = _("No action is needed.")
            copy.response_type = ResponseType.NONE
        elif kind == "allclear":
            copy.headline = _("All clear: %(event)s") % {"event": info.event}
            copy.description = _("The danger has passed.")
            copy.instruction = _(
                "You can return to normal activities. Follow any advice from local services."
            )
            copy.response_type, copy.urgency, copy.severity = (
                ResponseType.ALL_CLEAR,
                Urgency.PAST,
                Severity.MINOR,
            )
    return copy


COPIED_INFO_FIELDS = ["language", "category", "response_type", *INFO_TEXT_FIELDS]


def set_exercise_mode(*, authority, user, on: bool) -> None:
    """Switch the authority's workspace in or out of exercise mode. Messages already created keep
    their status: a message never changes from Exercise to Actual."""
    authority.exercise_mode = on
    authority.save(update_fields=["exercise_mode"])
    log(instance=authority, action="beacon.authority.exercise_mode", user=user, data={"on": on})
