"""Exercises: an Exercise message published at a set time, with a linked lesson and an optional
"what would you do?" question, and the anonymous acknowledgements it measures its reach with.

Nothing here identifies a person: a device proves it acknowledged once with a random token of its
own, stored only as a keyed hash per exercise (so two exercises cannot be linked), with the
channel, the delay since publishing and, at most, the region the device follows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .messages import Alert
from .regions import Region

MAX_CHOICES = 6


class Channel(models.TextChoices):
    PAGE = "page", _("Open page")
    PUSH = "push", _("Notification")


class Exercise(models.Model):
    """The plan of an exercise: its message (status Exercise), when it goes out, what it teaches.
    The message is published by the delivery sweeper at `publish_at` once it is approved."""

    alert = models.OneToOneField(
        Alert, on_delete=models.CASCADE, related_name="exercise", verbose_name=_("alert")
    )
    publish_at = models.DateTimeField(_("publish at"))
    # A lesson page, by reference: the alerts app does not depend on the lessons app.
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("linked lesson"),
    )
    question = models.CharField(_("what would you do?"), max_length=200, blank=True)
    choices = models.JSONField(_("answers to choose from"), default=list, blank=True)

    class Meta:
        ordering = ["-publish_at"]
        verbose_name = _("exercise")

    def __str__(self) -> str:
        return str(self.alert)


class Acknowledgement(models.Model):
    """One device's "I received this" for one exercise."""

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="acks")
    device = models.CharField(max_length=64)  # HMAC of the device's token and the exercise
    channel = models.CharField(max_length=8, choices=Channel.choices)
    region = models.ForeignKey(
        Region, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    delay_seconds = models.PositiveIntegerField()
    answer = models.PositiveSmallIntegerField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["exercise", "device"], name="one_ack_per_device"),
        ]

    def __str__(self) -> str:
        return f"{self.exercise_id}: {self.channel} after {self.delay_seconds} s"


class LiveReceipt(models.Model):
    """How many open pages received a message over the live socket, per region group they
    were told through (empty: pages following every area). An aggregate: no page is named."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="live_receipts")
    region_code = models.CharField(max_length=40, blank=True)
    pages = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "region_code"], name="one_receipt_count_per_region"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.alert_id}/{self.region_code or '*'}: {self.pages}"
