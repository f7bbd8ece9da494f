"""The append-only record of every state change of a message and of an authority's mode.

Each row says who did what, when, from which state to which, and carries a snapshot of the
message's content with its SHA-256, so the history shows the text that was actually approved and
anyone can check that a published message was not changed afterwards. Rows are never updated or
deleted: the model refuses it, and on PostgreSQL a trigger refuses it too.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

from .authorities import Authority
from .messages import Alert, AlertState


class EventAction(models.TextChoices):
    CREATE = "create", _("Created")
    EDIT = "edit", _("Edited")
    SUBMIT = "submit", _("Submitted for approval")
    APPROVE = "approve", _("Approved and published")
    REJECT = "reject", _("Rejected")
    SCHEDULE = "schedule", _("Approved, to be published at its time")
    PUBLISH_SCHEDULED = "publish_scheduled", _("Published at its set time")
    FOLLOW_UP = "follow_up", _("Follow-up started")
    IMPORT = "import", _("Imported and published")
    EXERCISE_ON = "exercise_on", _("Exercise mode switched on")
    EXERCISE_OFF = "exercise_off", _("Exercise mode switched off")


class AppendOnly(PermissionDenied):
    """An attempt to change or remove a recorded event."""


class AlertEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("alert events are append-only")

    def delete(self):
        raise AppendOnly("alert events are append-only")


class AlertEvent(models.Model):
    alert = models.ForeignKey(
        Alert, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    authority = models.ForeignKey(
        Authority, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    action = models.CharField(_("action"), max_length=32, choices=EventAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("by"),
    )
    # Who acted when no user did: the upstream sender and source of an imported message.
    actor_label = models.CharField(max_length=300, blank=True)
    from_state = models.CharField(max_length=16, blank=True, choices=AlertState.choices)
    to_state = models.CharField(max_length=16, blank=True, choices=AlertState.choices)
    content_hash = models.CharField(max_length=64, blank=True)
    content = models.JSONField(default=dict, blank=True)
    data = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = AlertEventQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("alert event")

    def __str__(self) -> str:
        return (
            f"{self.action} {self.from_state}→{self.to_state} by {self.actor or self.actor_label}"
        )

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("alert events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("alert events are append-only")

    @property
    def who(self) -> str:
        if self.actor is None:
            return self.actor_label
        return self.actor.get_full_name() or self.actor.get_username()
