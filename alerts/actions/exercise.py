"""Exercise mode of an authority, switched by its approvers."""

from django.db import transaction

from alerts.actions.rules import (
    record,
    require_role,
)


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
