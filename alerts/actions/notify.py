"""Telling an authority's approvers that a message waits for them, by e-mail."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.utils.translation import gettext as _
from django.utils.translation import override
from wagtail.users.models import UserProfile

from alerts.actions.rules import authors_of
from alerts.models import Alert


def notify_approvers(*, alert_id: int) -> None:
    """One e-mail to each approver of the message's authority who may approve it (not its
    authors), in their admin language. It names the message by its headline only and links to
    the review page: the text itself is read there, after signing in."""
    alert = Alert.objects.select_related("authority").get(pk=alert_id)
    approvers = (
        get_user_model()
        .objects.filter(
            authority_memberships__authority=alert.authority,
            authority_memberships__can_approve=True,
            is_active=True,
        )
        .exclude(email="")
        .exclude(pk__in=authors_of(alert))
    )
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + alert.review_url
    with get_connection() as connection:
        connection.send_messages([waiting_mail(alert, user, url) for user in approvers])


def waiting_mail(alert: Alert, user, url: str) -> EmailMessage:
    language = UserProfile.get_for_user(user).get_preferred_language()
    with override(language):
        info = alert.info_for(language)
        headline = " ".join(info.headline.split()) if info else alert.identifier
        names = {"headline": headline, "authority": alert.authority}
        subject = _("Waiting for your approval: %(headline)s") % names
        body = _(
            "A message of %(authority)s waits for your approval:\n\n%(headline)s\n\n"
            "Review it here: %(url)s"
        ) % {**names, "url": url}
    return EmailMessage(subject, body, to=[user.email])
