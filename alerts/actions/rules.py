"""What every action checks first: the transition table, roles, the stored state, authorship;
and the append-only event each action records."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts.actions.content import content_of
from alerts.models import (
    Alert,
    AlertEvent,
    AlertState,
    AuthorityMember,
)
from alerts.models.text import broadcast_length
from core.l10n import format_duration

DRAFT, SUBMITTED, REJECTED, SCHEDULED, PUBLISHED = (
    AlertState.DRAFT,
    AlertState.SUBMITTED,
    AlertState.REJECTED,
    AlertState.SCHEDULED,
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
    # an approved exercise, published by the sweeper at its set time
    "publish_scheduled": Transition(frozenset({SCHEDULED}), PUBLISHED, None),
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


def check_content(infos, *, now=None) -> None:
    """What the texts of a message must hold, checked when a draft is saved and again when it is
    submitted and approved: an expiry in the future, a duration within the configured bounds,
    one urgency, severity and certainty for every language, a description that fits one
    cell-broadcast message. Imported messages are kept as their sender wrote them."""
    now = now or timezone.now()
    errors = [error for info in infos for error in info_problems(info, now=now)]
    if len({(info.urgency, info.severity, info.certainty) for info in infos}) > 1:
        errors.append(_("Urgency, severity and certainty must be the same in every language."))
    if errors:
        raise ValidationError(errors)


def info_problems(info, *, now) -> list[str]:
    """What is wrong with one language's text, each problem named with the language."""
    language = info.get_language_display()
    if info.expires is None:
        return [_("%(language)s: give the time the alert expires.") % {"language": language}]
    problems = []
    if info.expires <= now:
        problems.append(_("%(language)s: the expiry time has passed.") % {"language": language})
    duration = info.expires - (info.onset or info.effective or now)
    if not settings.ALERT_MIN_DURATION <= duration <= settings.ALERT_MAX_DURATION:
        problems.append(
            _("%(language)s: an alert lasts between %(shortest)s and %(longest)s, not %(given)s.")
            % {
                "language": language,
                "shortest": format_duration(settings.ALERT_MIN_DURATION),
                "longest": format_duration(settings.ALERT_MAX_DURATION),
                "given": format_duration(duration),
            }
        )
    count, limit = broadcast_length(info.description or "")
    if count > limit:
        problems.append(
            _("%(language)s: the description has %(count)s characters; at most %(limit)s fit.")
            % {"language": language, "count": count, "limit": limit}
        )
    return problems


EDITOR_ACTIONS = ["create", "edit", "submit", "follow_up"]


def authors_of(alert: Alert) -> set[int]:
    """Everyone who wrote, edited or submitted the message: none of them may approve it."""
    editors = alert.events.filter(action__in=EDITOR_ACTIONS)
    ids = set(editors.exclude(actor=None).values_list("actor_id", flat=True))
    return ids | {pk for pk in (alert.created_by_id, alert.submitted_by_id) if pk}


def awaiting_approval_by(user):
    """Submitted messages of the user's authorities that the user may approve: none that they
    wrote, edited or submitted (the set counterpart of `authors_of`)."""
    edited = AlertEvent.objects.filter(actor=user, action__in=EDITOR_ACTIONS).values("alert_id")
    return (
        Alert.objects.filter(
            state=SUBMITTED,
            authority__members__user=user,
            authority__members__can_approve=True,
        )
        .exclude(created_by=user)
        .exclude(submitted_by=user)
        .exclude(pk__in=edited)
    )


def locked(alert: Alert) -> Alert:
    """The message's row, locked for this transaction, as stored, with its texts and regions
    read once: the checks, the CAP rendering and the event record that follow all use them."""
    return Alert.objects.select_for_update().prefetch_related("infos", "regions").get(pk=alert.pk)
