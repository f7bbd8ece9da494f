"""Update, Cancel and All-clear: new drafts that reference a published message."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from alerts.actions.rules import (
    DRAFT,
    FOLLOW_UPS,
    locked,
    record,
    require_role,
)
from alerts.cap.mapping import INFO_TEXT_FIELDS
from alerts.models import (
    Alert,
    AlertInfo,
)
from alerts.models.codes import MsgType, ResponseType, Severity, Urgency


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
    follow_up = follow_up_of(
        alert,
        kind=kind,
        references=[alert, *alert.references.all()],
        authority=alert.authority,
        sender=alert.sender,
        status=alert.status,
        created_by=user,
    )
    record(
        alert=follow_up,
        action="follow_up",
        user=user,
        to_state=DRAFT,
        follows=alert.identifier,
        kind=kind,
    )
    return follow_up


def follow_up_of(alert: Alert, *, kind: str, references, **fields) -> Alert:
    """A new message of `kind` that repeats `alert`'s area and pre-filled texts and references
    `references`; `fields` say whose it is (a local authority's draft, or an upstream cancel)."""
    follow_up = Alert.objects.create(
        msg_type=MsgType.UPDATE if kind in {"update", "allclear"} else MsgType.CANCEL,
        incidents=alert.incidents,
        area_description=alert.area_description,
        polygons=alert.polygons,
        circles=alert.circles,
        **fields,
    )
    follow_up.regions.set(alert.regions.all())
    follow_up.save()  # writes the regions (a ParentalManyToManyField)
    follow_up.references.set(references)
    for info in alert.infos.all():
        prefilled_info(info, kind=kind, alert=follow_up).save()
    return follow_up


def prefilled_info(info: AlertInfo, *, kind: str, alert: Alert) -> AlertInfo:
    copy = AlertInfo(
        alert=alert,
        **{field: getattr(info, field) for field in COPIED_INFO_FIELDS},
    )
    with override(info.language):
        if kind in {"cancel", "withdrawn"}:
            copy.headline = _("Cancelled: %(headline)s") % {"headline": info.headline}
            copy.description = (
                _("This alert was sent in error. There is no danger.")
                if kind == "cancel"
                # an upstream Cancel without text does not say why the alert was withdrawn
                else _("The issuer has withdrawn this alert.")
            )
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


COPIED_INFO_FIELDS = ["language", "category", "event_code", "response_type", *INFO_TEXT_FIELDS]
