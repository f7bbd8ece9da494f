"""Web push subscriptions (no account: a browser's endpoint, its places, language and threshold),
their audiences (subscriptions counted by what delivery selects them on) and the delivery record
of each message to each subscription."""

import hashlib
from collections import Counter

from django.conf import settings
from django.db import models, transaction
from django.db.models import F
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


DELETE_CHUNK = 5000


def reached_thresholds(severities: list[str]) -> list[str]:
    """The thresholds the most severe of `severities` reaches (none given: Unknown)."""
    top = max((SEVERITY_RANK[severity] for severity in severities), default=0)
    return [severity for severity, rank in SEVERITY_RANK.items() if rank <= top]


class AudienceQuerySet(models.QuerySet):
    def following(self, relatives: "models.QuerySet[Region]", *, severities: list[str]):
        """Audiences following one of `relatives` (an area's regions, their ancestors and their
        descendants: `with_relatives`) whose threshold the most severe of `severities` reaches:
        the same rule as PushSubscription.for_area."""
        reached = self.filter(min_severity__in=reached_thresholds(severities), size__gt=0)
        if not Region.objects.exclude(pk__in=relatives).exists():
            # A national alert: every audience follows a region (`of`), so no membership test,
            # which costs two thirds of the query at 100,000 subscriptions (bench/reach_query.py).
            return reached
        following = self.model.regions.through.objects.filter(region__in=relatives).values(
            "audience_id"
        )
        return reached.filter(pk__in=following)

    def of(self, *, regions: list[Region], language: str, min_severity: str) -> "Audience":
        """The audience of subscriptions with exactly these places, language and threshold."""
        region_ids = sorted({region.pk for region in regions})
        if not region_ids:
            raise ValueError("a push subscription follows at least one region")
        audience, created = self.get_or_create(
            key=Audience.key_for(region_ids, language, min_severity),
            defaults={"language": language, "min_severity": min_severity},
        )
        if created:
            audience.regions.set(region_ids)
        return audience

    def recount(self) -> int:
        """Set every size from the subscriptions themselves, correcting any drift (daily, with
        the pruning of stale subscriptions, and after bulk loads); returns the rows changed."""
        counted = Counter(
            PushSubscription.objects.exclude(audience=None).values_list("audience_id", flat=True)
        )
        changed = 0
        for audience in self.only("pk", "size").iterator():
            if audience.size != counted.get(audience.pk, 0):
                changed += self.filter(pk=audience.pk).update(size=counted.get(audience.pk, 0))
        return changed


class Audience(models.Model):
    """Push subscriptions with the same places, language and threshold, counted. The reach
    estimate sums these few rows instead of counting every subscription in a large area
    (bench/reach_query.py); PushSubscriptionQuerySet keeps `size` in step on every write."""

    key = models.CharField(max_length=64, unique=True)
    language = models.CharField(max_length=10)
    min_severity = models.CharField(max_length=16, choices=Severity.choices)
    regions = models.ManyToManyField(Region, related_name="audiences")
    size = models.IntegerField(default=0)

    objects = AudienceQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.language} {self.min_severity} ({self.size})"

    @staticmethod
    def key_for(region_ids: list[int], language: str, min_severity: str) -> str:
        places = ",".join(str(pk) for pk in sorted(region_ids))
        return hashlib.sha256(f"{language}|{min_severity}|{places}".encode()).hexdigest()


def resize(changes: dict[int | None, int]) -> None:
    """Apply size changes to audiences in primary-key order (two writers moving subscriptions
    in opposite directions lock the rows in the same order, so they cannot deadlock)."""
    for audience_id in sorted(pk for pk in changes if pk is not None):
        if changes[audience_id]:
            Audience.objects.filter(pk=audience_id).update(size=F("size") + changes[audience_id])


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
        # A semi-join on the region index rather than a join made distinct: no duplicates to
        # sort away (bench/reach_query.py).
        followers = self.model.regions.through.objects.filter(
            region__in=regions.with_relatives()
        ).values("pushsubscription_id")
        return self.filter(pk__in=followers, min_severity__in=reached_thresholds(severities))

    def subscribe(
        self,
        *,
        endpoint: str,
        p256dh: str,
        auth: str,
        regions: list[Region],
        language: str,
        min_severity: str,
    ) -> tuple["PushSubscription", bool]:
        """Create or update the subscription of this endpoint, moving it to its audience."""
        with transaction.atomic():
            audience = Audience.objects.of(
                regions=regions, language=language, min_severity=min_severity
            )
            before = (
                self.select_for_update()
                .filter(endpoint=endpoint)
                .values_list("audience_id", flat=True)
            )
            previous = before[0] if before else None
            subscription, created = self.update_or_create(
                endpoint=endpoint,
                defaults={
                    "p256dh": p256dh,
                    "auth": auth,
                    "language": language,
                    "min_severity": min_severity,
                    "audience": audience,
                },
            )
            subscription.regions.set(regions)
            if created or previous != audience.pk:
                resize({audience.pk: 1} if previous is None else {audience.pk: 1, previous: -1})
        return subscription, created

    def delete(self):
        """Delete these subscriptions and take them out of their audiences' sizes. The rows are
        locked first, so a row deleted at the same time by another writer is counted once."""
        with transaction.atomic():
            rows = list(self.select_for_update().values_list("pk", "audience_id"))
            removed = Counter(audience_id for _pk, audience_id in rows)
            deleted, by_model = 0, Counter()
            for start in range(0, len(rows), DELETE_CHUNK):
                chunk = [pk for pk, _audience in rows[start : start + DELETE_CHUNK]]
                count, counts = models.QuerySet.delete(self.model.objects.filter(pk__in=chunk))
                deleted += count
                by_model.update(counts)
            resize({pk: -n for pk, n in removed.items()})
        return deleted, dict(by_model)


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
    audience = models.ForeignKey(
        Audience, null=True, on_delete=models.PROTECT, related_name="subscriptions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    objects = PushSubscriptionQuerySet.as_manager()

    def __str__(self) -> str:
        # The endpoint's path identifies a browser: show the push service and the row only.
        return f"{host_of(self.endpoint)} #{self.pk}"

    def delete(self, *args, **kwargs):
        """Through the queryset, which keeps the audience's size."""
        return type(self).objects.filter(pk=self.pk).delete()


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
