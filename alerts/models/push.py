"""Web push subscriptions (no account: a browser's endpoint, its places, language and threshold)
and the delivery record of each message to each subscription."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from alerts.delivery.webpush.hosts import host_of

from .codes import Severity
from .messages import Alert
from .regions import Region

SEVERITY_RANK = {
    Severity.UNKNOWN: 0,
    Severity.MINOR: 1,
    Severity.MODERATE: 2,
    Severity.SEVERE: 3,
    Severity.EXTREME: 4,
}


class PushSubscriptionQuerySet(models.QuerySet):
    def for_alert(self, alert: Alert):
        """Subscriptions following a place concerned by the alert whose threshold it reaches."""
        return self.for_area(
            Region.objects.filter(pk__in=alert.regions.all()),
            severities=[info.severity for info in alert.infos.all()],
        )

    def for_area(self, regions: "models.QuerySet[Region]", *, severities: list[str]):
        """Subscriptions following one of these regions, an ancestor or a descendant, whose
        threshold the most severe of `severities` reaches (none given: Unknown)."""
        top = max((SEVERITY_RANK[severity] for severity in severities), default=0)
        thresholds = [severity for severity, rank in SEVERITY_RANK.items() if rank <= top]
        # A semi-join on the region index rather than a join made distinct: no duplicates to
        # sort away (bench/reach_query.py).
        followers = self.model.regions.through.objects.filter(
            region__in=regions.with_relatives()
        ).values("pushsubscription_id")
        return self.filter(pk__in=followers, min_severity__in=thresholds)


class PushSubscription(models.Model):
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=200)
    auth = models.CharField(max_length=64)
    regions = models.ManyToManyField(Region, related_name="push_subscriptions")
    language = models.CharField(max_length=10, choices=settings.LANGUAGES, default="en")
    min_severity = models.CharField(
        max_length=16,
        choices=Severity.choices,
        default=Severity.MINOR,
        help_text=_("Only alerts at least this severe are sent."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    objects = PushSubscriptionQuerySet.as_manager()

    def __str__(self) -> str:
        # The endpoint's path identifies a browser: show the push service and the row only.
        return f"{host_of(self.endpoint)} #{self.pk}"


class PushStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    DELIVERED = "delivered", _("Delivered")
    GONE = "gone", _("Removed (subscription gone)")
    FAILED = "failed", _("Failed")
    RETRYING = "retrying", _("Retrying")


class PushDelivery(models.Model):
    """One message to one subscription. The unique pair makes a re-run batch skip what already
    went out, and the lease keeps two runs of a batch from sending the same row at once; the
    subscription is kept null when it turned out to be gone.

    An open row (pending or retrying) is always in the hands of someone: a run sending it holds
    `lease_until` (short, renewed while the run makes progress); otherwise `due_at` says when the
    sweeper queues it again if nobody took it (a queued batch lost with its worker or its broker,
    or a retry after 429/5xx waiting for its time)."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="push_deliveries")
    subscription = models.ForeignKey(
        PushSubscription, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(max_length=16, choices=PushStatus.choices, default=PushStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_response = models.CharField(max_length=200, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "subscription"], name="one_push_per_subscription"
            )
        ]
        indexes = [
            models.Index(
                fields=["due_at"],
                condition=models.Q(status__in=["pending", "retrying"]),
                name="open_push_due",
            )
        ]

    def __str__(self) -> str:
        return f"{self.alert_id} -> {self.subscription_id}: {self.status}"
