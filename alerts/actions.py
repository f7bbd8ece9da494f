"""Every change of an alert message, and of an authority's exercise mode, is one function here.

Each action first checks (role, jurisdiction, state, exercise mode) and only then acts, inside
one transaction, and records an append-only `AlertEvent` with a hash of the content. Which moves
are allowed is the table `TRANSITIONS`; views, imports, tasks and the demo call these functions
and never change a message themselves. The models refuse content changes after submission
(`Alert.save`), so a route that forgets to come here fails instead of altering a warning.

Four-eyes: a message is published only when an approver of its authority approves it who neither
wrote, edited nor submitted it. Publishing (`publish`) is one function for approval, imports and,
later, scheduled exercises: it decides the CAP status from the exercise mode, freezes the message,
supersedes what it references, writes the delivery outbox row and queues delivery after commit.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from kombu.exceptions import OperationalError as KombuOperationalError

from alerts import cap, tasks
from alerts.cap_mapping import INFO_TEXT_FIELDS, alert_from_cap, alert_to_cap, region_codes
from alerts.content import content_of
from alerts.jurisdiction import check_area
from alerts.models import (
    Alert,
    AlertDelivery,
    AlertEvent,
    AlertInfo,
    AlertState,
    Authority,
    AuthorityMember,
    Region,
)
from alerts.models.messages import MsgType, ResponseType, Severity, Status, Urgency

logger = logging.getLogger(__name__)

DRAFT, SUBMITTED, REJECTED, PUBLISHED = (
    AlertState.DRAFT,
    AlertState.SUBMITTED,
    AlertState.REJECTED,
    AlertState.PUBLISHED,
)
EDITABLE_STATES = {DRAFT, REJECTED}


@dataclass(frozen=True)
class Transition:
    sources: frozenset  # states the message may be in; None: it does not exist yet
    target: str | None  # None: the state does not change
    role: str | None  # "author", "approver", or None for an upstream import


TRANSITIONS = {
    "create": Transition(frozenset({None}), DRAFT, "author"),
    "edit": Transition(frozenset(EDITABLE_STATES), None, "author"),
    "submit": Transition(frozenset(EDITABLE_STATES), SUBMITTED, "author"),
    "approve": Transition(frozenset({SUBMITTED}), PUBLISHED, "approver"),
    "reject": Transition(frozenset({SUBMITTED}), REJECTED, "approver"),
    "import": Transition(frozenset({None}), PUBLISHED, None),
}
FOLLOW_UPS = {"update", "cancel", "allclear"}


def membership(*, user, authority) -> AuthorityMember | None:
    if authority is None or not user.is_authenticated:
        return None
    return AuthorityMember.objects.filter(user=user, authority=authority).first()


def require_role(*, user, authority, role: str) -> None:
    """The user is a member of `authority` with `role` ("author" or "approver")."""
    member = membership(user=user, authority=authority)
    if role == "author" and (member is None or not member.can_author):
        raise PermissionDenied(
            _("You do not write alerts for %(authority)s.") % {"authority": authority}
        )
    if role == "approver" and (member is None or not member.can_approve):
        raise PermissionDenied(
            _("You cannot approve alerts for %(authority)s.") % {"authority": authority}
        )


def check(action: str, *, alert: Alert, user) -> None:
    """Refuse `action` unless the table allows it from the message's stored state and the user
    holds the role in the message's authority. The stored state is read, not the object's."""
    transition = TRANSITIONS[action]
    stored = Alert.objects.filter(pk=alert.pk).values_list("state", flat=True).first()
    if transition.role:
        require_role(user=user, authority=alert.authority, role=transition.role)
    if stored not in transition.sources:
        raise ValidationError(refusal(action))


def refusal(action: str) -> str:
    """Why `action` is not allowed in the message's present state."""
    if action in ("approve", "reject"):
        return _("This alert is not waiting for approval.")
    if action == "submit":
        return _("Only a draft can be submitted.")
    return _("Submitted and published messages cannot be edited.")


def record(*, alert, action: str, user=None, from_state="", to_state="", **data) -> AlertEvent:
    """Append the event of one change, with the content as it now is and its hash."""
    content, digest = content_of(alert) if alert is not None else ({}, "")
    return AlertEvent.objects.create(
        alert=alert,
        authority=alert.authority if alert is not None else data.pop("authority"),
        action=action,
        actor=user,
        actor_label=data.pop("actor_label", user.get_username() if user else ""),
        from_state=from_state or "",
        to_state=to_state or "",
        content=content,
        content_hash=digest,
        data=data,
    )


def authors_of(alert: Alert) -> set[int]:
    """Everyone who wrote, edited or submitted the message: none of them may approve it."""
    editors = alert.events.filter(action__in=["create", "edit", "submit", "follow_up"])
    ids = set(editors.exclude(actor=None).values_list("actor_id", flat=True))
    return ids | {pk for pk in (alert.created_by_id, alert.submitted_by_id) if pk}


# --- Drafting ----------------------------------------------------------------------------------


def new_alert(*, authority, user, test: bool = False) -> Alert:
    """An unsaved draft for `authority`. Its status is only a proposal: `publish` decides it
    from the authority's mode (Exercise while in exercise mode)."""
    require_role(user=user, authority=authority, role="author")
    status = Status.TEST if test else Status.ACTUAL
    if authority.exercise_mode:
        status = Status.EXERCISE
    return Alert(authority=authority, sender=authority.sender, status=status, created_by=user)


@transaction.atomic
def save_draft(*, form, user) -> Alert:
    """Create or edit a draft from the admin's validated form (the message and its texts in each
    language). Checks the role, that the stored message is still editable and that the area is
    inside the jurisdiction, then saves and records `create` or `edit`."""
    alert = form.instance
    creating = alert.pk is None
    if creating:
        require_role(user=user, authority=alert.authority, role="author")
        from_state = None
    else:
        check("edit", alert=alert, user=user)
        from_state = Alert.objects.values_list("state", flat=True).get(pk=alert.pk)
    alert = form.save(commit=False)
    check_area(
        authority=alert.authority,
        regions=list(alert.regions.all()),
        polygons=alert.polygons,
        circles=alert.circles,
    )
    alert.save()
    form.save_m2m()
    record(
        alert=alert,
        action="create" if creating else "edit",
        user=user,
        from_state=from_state,
        to_state=alert.state,
    )
    return alert


def validate_for_submission(alert: Alert) -> None:
    """Everything a publishable message needs, as form-friendly errors."""
    infos = list(alert.infos.all())
    if not infos:
        raise ValidationError(_("Write the alert in at least one language."))
    regions = list(alert.regions.all())
    if not (regions or alert.polygons or alert.circles):
        raise ValidationError(_("Choose at least one region or draw an area."))
    alert.full_clean(exclude=["authority", "references", "regions", "superseded_by"])
    for info in infos:
        info.full_clean(exclude=["alert"])
    try:
        cap.check(alert_to_cap(alert, sent=timezone.now().replace(microsecond=0)))
    except cap.CapError as error:
        raise ValidationError(_("Not a valid CAP message: %(error)s") % {"error": error}) from error
    check_area(
        authority=alert.authority, regions=regions, polygons=alert.polygons, circles=alert.circles
    )


def locked(alert: Alert) -> Alert:
    """The message's row, locked for this transaction, as stored."""
    return Alert.objects.select_for_update().get(pk=alert.pk)


@transaction.atomic
def submit_alert(*, alert: Alert, user) -> Alert:
    """Send a draft for approval; from now on its text and area are frozen."""
    alert = locked(alert)
    check("submit", alert=alert, user=user)
    validate_for_submission(alert)
    from_state = alert.state
    alert.state, alert.submitted_by, alert.rejection_reason = SUBMITTED, user, ""
    alert.save(update_fields=["state", "submitted_by", "rejection_reason", "updated_at"])
    record(alert=alert, action="submit", user=user, from_state=from_state, to_state=SUBMITTED)
    return alert


# --- Four-eyes ---------------------------------------------------------------------------------


def require_second_person(*, alert: Alert, user) -> None:
    if user.pk in authors_of(alert):
        raise PermissionDenied(_("Another approver must check a message you wrote or submitted."))


@transaction.atomic
def approve_alert(*, alert: Alert, user) -> Alert:
    """Approve and publish (see `publish`). Returns the message as published."""
    alert = locked(alert)
    check("approve", alert=alert, user=user)
    require_second_person(alert=alert, user=user)
    validate_for_submission(alert)
    alert.approved_by = user
    return publish(alert=alert, action="approve", user=user)


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
    delivery after commit. The one way a message becomes published (approval, import)."""
    from_state = alert.state if action != "import" else None
    alert.status = status_at_publishing(alert)
    alert.state = PUBLISHED
    alert.sent = alert.sent or timezone.now().replace(microsecond=0)
    alert.save(update_fields=["state", "status", "approved_by", "sent", "updated_at"])
    alert.references.filter(superseded_by__isnull=True).update(superseded_by=alert)
    record(alert=alert, action=action, user=user, from_state=from_state, to_state=PUBLISHED, **data)
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


# --- Follow-ups --------------------------------------------------------------------------------


@transaction.atomic
def start_follow_up(*, alert: Alert, user, kind: str) -> Alert:
    """A new draft that updates, cancels or gives the all-clear for a published message, with
    every language pre-filled; it goes through the same approval, and `publish` decides its
    status (a follow-up of an exercise is an exercise)."""
    require_role(user=user, authority=alert.authority, role="author")
    if kind not in FOLLOW_UPS:
        raise ValidationError(_("Unknown action."))
    alert = locked(alert)
    if not alert.is_published or alert.superseded_by_id or alert.msg_type == MsgType.CANCEL:
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
    record(
        alert=follow_up,
        action="follow_up",
        user=user,
        to_state=DRAFT,
        follows=alert.identifier,
        kind=kind,
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
    copy.headline = copy.headline[: AlertInfo._meta.get_field("headline").max_length]
    return copy


COPIED_INFO_FIELDS = ["language", "category", "response_type", *INFO_TEXT_FIELDS]


# --- Exercise mode -----------------------------------------------------------------------------


@transaction.atomic
def set_exercise_mode(*, authority, user, on: bool) -> None:
    """Switch the authority in or out of exercise mode (approvers only). While it is on, nothing
    the authority publishes goes out as Actual; the switch is recorded."""
    require_role(user=user, authority=authority, role="approver")
    stored = type(authority).objects.select_for_update().get(pk=authority.pk)
    if stored.exercise_mode == on:
        authority.exercise_mode = on
        return
    authority.exercise_mode = on
    authority.save(update_fields=["exercise_mode"])
    record(
        alert=None,
        authority=authority,
        action="exercise_on" if on else "exercise_off",
        user=user,
    )


# --- Imports -----------------------------------------------------------------------------------


class ImportRefused(Exception):
    """An upstream message that is not stored, with the reason (the rest of a feed goes on)."""


class ImportResult:
    CREATED, DUPLICATE = "created", "duplicate"


@transaction.atomic
def import_alert(*, message: cap.CapAlert, source: str) -> tuple[Alert, str]:
    """Store and publish a parsed upstream CAP message, once. A message belongs to its sender:
    its identity is (sender, identifier); it may not carry a local authority's sender id; its
    references resolve only to the same sender's messages, or to other upstream senders' when
    it comes from a sender on `CAP_TRUSTED_SENDERS`, never to local messages (those change only
    through four-eyes approval). Imported messages are not pushed to subscribers."""
    refuse_impersonation(message)
    existing = Alert.objects.filter(sender=message.sender, identifier=message.identifier).first()
    if existing is not None:
        return existing, ImportResult.DUPLICATE
    if Alert.objects.filter(identifier=message.identifier).exists():
        raise ImportRefused(
            f"identifier {message.identifier[:120]} is already used by another sender"
        )
    alert, infos = alert_from_cap(message, source=source)
    valid_import(alert, infos)
    alert.save()
    alert.regions.set(Region.objects.filter(code__in=region_codes(message)))
    alert.save()  # writes the regions (a ParentalManyToManyField)
    for info in infos:
        info.alert = alert
        info.save()
    alert.references.set(resolvable_references(message))
    return publish(
        alert=alert,
        action="import",
        deliver=False,
        actor_label=f"{message.sender} ({source})"[:300],
        source=source[:300],
    ), ImportResult.CREATED


def refuse_impersonation(message: cap.CapAlert) -> None:
    if Authority.objects.filter(sender__iexact=message.sender).exists():
        raise ImportRefused(
            f"sender {message.sender[:120]} is a local authority: its messages are written here"
        )


def valid_import(alert: Alert, infos: list[AlertInfo]) -> None:
    """The model's limits (lengths, shapes) apply to imports as to forms; errors name the
    field. Cleaning also strips bidi controls from the texts."""
    try:
        alert.full_clean(exclude=["authority", "references", "regions", "superseded_by"])
        for info in infos:
            optional_in_cap = [f for f in ("headline", "description") if not getattr(info, f)]
            info.full_clean(exclude=["alert", *optional_in_cap], validate_unique=False)
    except ValidationError as error:
        fields = getattr(error, "message_dict", {"message": error.messages})
        detail = "; ".join(f"{name}: {' '.join(texts)}" for name, texts in fields.items())
        raise ImportRefused(f"not stored: {detail}"[:500]) from error
    if len({info.language for info in infos}) != len(infos):
        raise ImportRefused("not stored: several info blocks in one language")


def resolvable_references(message: cap.CapAlert):
    """The messages that `message` may reference (see `import_alert`)."""
    trusted = message.sender in settings.CAP_TRUSTED_SENDERS
    allowed = [ref for ref in message.references if ref.sender == message.sender or trusted]
    matches = Alert.objects.none()
    for ref in allowed:
        matches |= Alert.objects.filter(sender=ref.sender, identifier=ref.identifier)
    return matches.filter(authority__isnull=True)
