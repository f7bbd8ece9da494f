"""Planning an exercise, and the anonymous "I received this" of a device.

The exercise's message is an ordinary draft: it is written, submitted, approved (four-eyes) and
published through the same actions as any alert; the plan only makes it an Exercise, sets when
`publish_due` publishes it, and links a lesson and a question.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from wagtail.models import Page

from alerts.actions.rules import check, locked, record
from alerts.models import Acknowledgement, Alert, Exercise, Region
from alerts.models.codes import Status
from alerts.models.exercises import MAX_CHOICES
from core.l10n import format_when


def lesson_pages():
    """The live lesson pages an exercise can link (named by content type: alerts does not
    import the lessons app)."""
    return Page.objects.live().filter(
        content_type__app_label="lessons", content_type__model="lessonpage"
    )


def check_plan(*, publish_at: datetime, question: str, choices: list[str], lesson) -> None:
    errors = []
    if publish_at <= timezone.now():
        errors.append(_("Choose a time in the future for the exercise."))
    if bool(question.strip()) != bool(choices):
        errors.append(_("A question needs its answers, and answers need a question."))
    if choices and not 2 <= len(choices) <= MAX_CHOICES:
        errors.append(_("Give between 2 and %(count)s answers.") % {"count": MAX_CHOICES})
    if lesson is not None and not lesson_pages().filter(pk=lesson.pk).exists():
        errors.append(_("Choose a published lesson."))
    if errors:
        raise ValidationError(errors)


def check_in_force_at_publishing(exercise: Exercise) -> None:
    """The message must still be in force when it goes out at its set time."""
    expiries = [info.expires for info in exercise.alert.infos.all() if info.expires]
    if any(expires <= exercise.publish_at for expires in expiries):
        raise ValidationError(
            _("The exercise would expire before it is published: move its expiry after %(when)s.")
            % {"when": format_when(exercise.publish_at, zone=exercise.alert.time_zone)}
        )


@transaction.atomic
def plan_exercise(
    *, alert: Alert, user, publish_at: datetime, lesson=None, question="", choices=()
) -> Exercise:
    """Make an editable draft an exercise, or change its plan (authors only). The message
    becomes status Exercise and is published by the sweeper at `publish_at` once approved;
    records an `edit` with the plan."""
    alert = locked(alert)
    check("edit", alert=alert, user=user)
    choices = [c.strip() for c in choices if c.strip()]
    check_plan(publish_at=publish_at, question=question, choices=choices, lesson=lesson)
    alert.status = Status.EXERCISE
    alert.save(update_fields=["status", "updated_at"])
    exercise, _created = Exercise.objects.update_or_create(
        alert=alert,
        defaults={
            "publish_at": publish_at,
            "lesson": lesson,
            "question": question.strip(),
            "choices": choices,
        },
    )
    check_in_force_at_publishing(exercise)
    record(
        alert=alert,
        action="edit",
        user=user,
        from_state=alert.state,
        to_state=alert.state,
        exercise={"publish_at": publish_at.isoformat(), "lesson": lesson and lesson.pk},
    )
    return exercise


def device_key(exercise: Exercise, token: str) -> str:
    """What is kept of a device's token: keyed per exercise, so acknowledgements of two
    exercises cannot be linked to one device."""
    return salted_hmac(
        "beacon.exercise-ack", f"{exercise.pk}:{token}", algorithm="sha256"
    ).hexdigest()


def acknowledge(
    *, exercise: Exercise, token: str, channel: str, region: Region | None, answer: int | None
) -> tuple[Acknowledgement, bool]:
    """Record a device's acknowledgement once; again, it only adds an answer not yet given.
    Returns the row and whether it is new. The caller has checked the input's shape."""
    if answer is not None and not 0 <= answer < len(exercise.choices):
        raise ValidationError(_("Choose one of the answers."))
    device = device_key(exercise, token)
    delay = max(0, int((timezone.now() - exercise.alert.sent).total_seconds()))
    fields = {"channel": channel, "region": region, "delay_seconds": delay, "answer": answer}
    try:
        with transaction.atomic():
            return Acknowledgement.objects.create(exercise=exercise, device=device, **fields), True
    except IntegrityError:
        ack = Acknowledgement.objects.get(exercise=exercise, device=device)
    if answer is not None and ack.answer is None:
        ack.answer = answer
        ack.save(update_fields=["answer"])
    return ack, False
