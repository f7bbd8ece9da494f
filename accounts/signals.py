"""Hand anonymous progress and class memberships over to the account a visitor signs in to
(or signs up with)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from classes.actions import hand_over_memberships
from lessons.learners import SESSION_KEY, Learner
from lessons.services import claim_anonymous_progress


@receiver(user_logged_in, dispatch_uid="lessons.claim_anonymous_progress")
def claim_progress_on_login(sender, request, user, **kwargs) -> None:
    if request is not None:
        token = request.session.pop(SESSION_KEY, "")
        claim_anonymous_progress(user=user, token=token)
        hand_over_memberships(token=token, to=Learner(user=user))
