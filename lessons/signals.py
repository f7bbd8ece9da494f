"""Hand anonymous progress over to the account a visitor signs in to (or signs up with)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from lessons.learners import SESSION_KEY
from lessons.services import claim_anonymous_progress


@receiver(user_logged_in, dispatch_uid="lessons.claim_anonymous_progress")
def claim_progress_on_login(sender, request, user, **kwargs) -> None:
    if request is not None:
        claim_anonymous_progress(user=user, token=request.session.pop(SESSION_KEY, ""))
