"""Class actions: run a class, assign work to it, join and leave it, and the educator role.

Each action is one function; views, the admin and the demo loader call them. Refusals a person can
act on are raised as ClassActionRefused, whose text is fit to show them.
"""

from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from classes.educators import EDUCATORS_GROUP
from classes.exercises import described
from classes.models import (
    Assignment,
    ClassExercise,
    Classroom,
    EducatorRequest,
    Membership,
    new_join_code,
)
from lessons.learners import Learner
from lessons.services import hand_over_progress


class ClassActionRefused(ValueError):
    """An action that cannot be done as asked; `str(error)` tells the person why."""


def create_class(*, owner, name: str, language: str, time_zone: str) -> Classroom:
    """A new class run by `owner` (an educator), with a fresh join code."""
    return Classroom.objects.create(
        owner=owner, name=name.strip(), language=language, time_zone=time_zone
    )


def regenerate_join_code(*, classroom: Classroom) -> str:
    """Replace the join code; the old one stops working at once. Members stay members."""
    classroom.join_code = new_join_code()
    classroom.save(update_fields=["join_code"])
    return classroom.join_code


def archive_class(*, classroom: Classroom) -> None:
    """Close a class: nobody can join, learners no longer see its assignments; results stay."""
    if classroom.archived_at is None:
        classroom.archived_at = timezone.now()
        classroom.save(update_fields=["archived_at"])


def restore_class(*, classroom: Classroom) -> None:
    """Open an archived class again, as it was: members, assignments and join code."""
    if classroom.archived_at is not None:
        classroom.archived_at = None
        classroom.save(update_fields=["archived_at"])


def assign(*, classroom: Classroom, page, available_from, due_on, cut_off_on=None) -> Assignment:
    """Give a lesson or course (`page`, in any language) to the class with its dates.

    Dates must be in order (available ≤ due ≤ cut-off; the form checks them first). A lesson or
    course already assigned, in whatever language, is refused.
    """
    assigned_keys = Assignment.objects.filter(classroom=classroom).values("page__translation_key")
    if page.translation_key in {row["page__translation_key"] for row in assigned_keys}:
        raise ClassActionRefused(
            _("“%(title)s” is already assigned to this class.") % {"title": page.title}
        )
    return Assignment.objects.create(
        classroom=classroom,
        page=page,
        available_from=available_from,
        due_on=due_on,
        cut_off_on=cut_off_on,
    )


def reschedule(*, assignment: Assignment, available_from, due_on, cut_off_on=None) -> Assignment:
    """Change the days of an assignment (in order, as for `assign`); the class's progress grid
    and the learners' lists follow at once. An archived class's assignments stay as they were."""
    if assignment.classroom.is_archived:
        raise ClassActionRefused(_("This class is archived: its assignments no longer change."))
    assignment.available_from, assignment.due_on = available_from, due_on
    assignment.cut_off_on = cut_off_on
    assignment.save(update_fields=["available_from", "due_on", "cut_off_on"])
    return assignment


def unassign(*, assignment: Assignment) -> None:
    """Take an assignment back. Learners' attempts are theirs and stay."""
    assignment.delete()


def join_with_account(*, classroom: Classroom, user) -> Membership:
    """Add a signed-in learner to an open class (again: returns the existing membership)."""
    _refuse_archived(classroom)
    membership, _created = Membership.objects.get_or_create(classroom=classroom, user=user)
    return membership


def join_with_nickname(*, classroom: Classroom, nickname: str, pin: str, token: str) -> Membership:
    """Add a pseudonymous learner known by `token` (their session's learner token, so what they
    did before joining stays theirs). The nickname must be free in the class, ignoring case;
    the PIN is stored hashed and lets them continue on another device."""
    _refuse_archived(classroom)
    existing = Membership.objects.filter(classroom=classroom, learner_token=token).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Membership.objects.create(
                classroom=classroom,
                learner_token=token,
                nickname=nickname.strip(),
                pin_hash=make_password(pin),
            )
    except IntegrityError as exc:
        raise ClassActionRefused(
            _("The nickname “%(nickname)s” is taken in this class. Choose another one.")
            % {"nickname": nickname.strip()}
        ) from exc


def continue_as(*, classroom: Classroom, nickname: str, pin: str, current_token: str) -> str:
    """Check a pseudonym's nickname and PIN; return its learner token for the session.

    What the visitor did anonymously in this browser (`current_token`) is handed over to the
    pseudonym, classes included, so switching devices loses nothing.
    """
    membership = Membership.objects.filter(
        classroom=classroom, user__isnull=True, nickname__iexact=nickname.strip()
    ).first()
    encoded = membership.pin_hash if membership else None
    if not check_password(pin, encoded):  # also hashes when unknown: same time either way
        raise ClassActionRefused(_("This nickname and PIN do not match a learner of this class."))
    target = Learner(token=membership.learner_token)
    hand_over_progress(token=current_token, to=target)
    hand_over_memberships(token=current_token, to=target)
    return membership.learner_token


@transaction.atomic
def hand_over_memberships(*, token: str, to: Learner) -> None:
    """Move the class memberships of anonymous `token` to `to` (on sign-in, or when continuing
    as a pseudonym). Where `to` is already in the class, the extra membership is dropped."""
    if not token or (to.user is None and to.token == token):
        return
    for membership in Membership.objects.filter(user__isnull=True, learner_token=token):
        if Membership.objects.of(to).filter(classroom=membership.classroom_id).exists():
            membership.delete()
        elif to.user is not None:
            membership.user, membership.learner_token, membership.pin_hash = to.user, "", ""
            membership.save(update_fields=["user", "learner_token", "pin_hash"])
        else:
            membership.learner_token = to.token
            membership.save(update_fields=["learner_token"])


def end_membership(*, membership: Membership) -> None:
    """A learner leaves the class, or its educator removes them. Their progress stays theirs;
    the class no longer sees it."""
    membership.delete()


def _refuse_archived(classroom: Classroom) -> None:
    if classroom.is_archived:
        raise ClassActionRefused(_("This class is closed. Ask your educator for a new code."))


def request_educator_role(*, user) -> EducatorRequest:
    """Note that `user` asks to become an educator; an administrator decides."""
    request, _created = EducatorRequest.objects.get_or_create(user=user)
    return request


@transaction.atomic
def decide_educator_request(*, request: EducatorRequest, approve: bool, by) -> None:
    """Approve (the user joins the Educators group) or decline a pending request."""
    if request.decided_at is not None:
        raise ClassActionRefused(_("This request was already decided."))
    request.approved, request.decided_by, request.decided_at = approve, by, timezone.now()
    request.save(update_fields=["approved", "decided_by", "decided_at"])
    if approve:
        group, _created = Group.objects.get_or_create(name=EDUCATORS_GROUP)
        request.user.groups.add(group)


def assign_exercise(*, classroom: Classroom, identifier: str) -> ClassExercise:
    """Let the class take part in an alert exercise, planned or published (once: again, the
    existing row is returned). An archived class takes no new assignments."""
    if classroom.is_archived:
        raise ClassActionRefused(_("This class is archived: it takes no new assignments."))
    # PostgreSQL refuses NUL in a query, and no identifier has one or is that long
    if (
        "\x00" in identifier
        or len(identifier) > 120
        or not described([identifier], classroom.language)
    ):
        raise ClassActionRefused(_("Choose one of the exercises listed."))
    exercise, _created = ClassExercise.objects.get_or_create(
        classroom=classroom, identifier=identifier
    )
    return exercise
