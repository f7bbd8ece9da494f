"""Writing a message: a new draft, saving it from the admin form, submitting it for approval."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from alerts import cap
from alerts.actions.notify import notify_approvers
from alerts.actions.rules import (
    SUBMITTED,
    check,
    check_content,
    locked,
    record,
    require_role,
)
from alerts.cap.mapping import alert_to_cap
from alerts.jurisdiction import check_area
from alerts.models import (
    Alert,
)
from alerts.models.codes import Status
from alerts.models.messages import TEXT_FIELDS
from alerts.models.text import open_placeholders


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
    check_content(list(alert.infos.all()))
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
    # Field values only: the people and links are set by the actions, not typed, and the
    # database enforces the unique identifier (each check would be one more query).
    people = ["created_by", "submitted_by", "approved_by"]
    links = ["authority", "references", "regions", "superseded_by"]
    alert.full_clean(exclude=people + links, validate_unique=False, validate_constraints=False)
    for info in infos:
        info.full_clean(exclude=["alert"])
    refuse_open_placeholders(infos)
    check_content(infos)
    try:
        cap.check(alert_to_cap(alert, sent=timezone.now().replace(microsecond=0)))
    except cap.CapError as error:
        raise ValidationError(_("Not a valid CAP message: %(error)s") % {"error": error}) from error
    check_area(
        authority=alert.authority, regions=regions, polygons=alert.polygons, circles=alert.circles
    )


def refuse_open_placeholders(infos) -> None:
    """A text started from a template must not reach citizens with `{place}` or `{time}`."""
    for info in infos:
        if found := sorted({p for f in TEXT_FIELDS for p in open_placeholders(getattr(info, f))}):
            raise ValidationError(
                _("Replace %(placeholders)s in the %(language)s text before submitting.")
                % {"placeholders": ", ".join(found), "language": info.get_language_display()}
            )


@transaction.atomic
def submit_alert(*, alert: Alert, user) -> Alert:
    """Send a draft for approval; from now on its text and area are frozen. After commit, the
    approvers who may approve it are told by e-mail."""
    alert = locked(alert)
    check("submit", alert=alert, user=user)
    validate_for_submission(alert)
    from_state = alert.state
    alert.state, alert.submitted_by, alert.rejection_reason = SUBMITTED, user, ""
    alert.save(update_fields=["state", "submitted_by", "rejection_reason", "updated_at"])
    record(alert=alert, action="submit", user=user, from_state=from_state, to_state=SUBMITTED)
    transaction.on_commit(partial(notify_approvers, alert_id=alert.pk), robust=True)
    return alert
