"""Alert messages: one row per CAP message, with one info block per language and its area.

A published message is never edited: a correction is a new message (Update, Cancel or all-clear)
that references it, as CAP requires.
"""

import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from .area import as_list, is_circle, is_ring
from .authorities import Authority
from .codes import Category, Certainty, Hazard, MsgType, ResponseType, Severity, Status, Urgency
from .regions import Region
from .text import without_bidi_controls


class AlertState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for approval")
    REJECTED = "rejected", _("Rejected")
    SCHEDULED = "scheduled", _("Approved, to be published at its time")
    PUBLISHED = "published", _("Published")


class FeedPolicy(models.TextChoices):
    """What Beacon did with an imported message, by its feed's policy when it arrived (the
    labels are how the public page says it)."""

    SHOW = "show", _("shown on this site only, not sent as notifications")
    FORWARD = "forward", _("passed on to people who follow the places it covers")


PUBLIC_STATUSES = [Status.ACTUAL, Status.EXERCISE]
# From submission on, text and area are frozen: only the fields the actions set may change.
FROZEN_STATES = {AlertState.SUBMITTED, AlertState.SCHEDULED, AlertState.PUBLISHED}
LIFECYCLE_FIELDS = {
    "state",
    "status",
    "sent",
    "submitted_by",
    "approved_by",
    "rejection_reason",
    "superseded_by",
    "updated_at",
}
# Long texts: enough for any real warning, far below what would burden CAP consumers.
MAX_TEXT_CHARS = 5000


class FrozenMessage(PermissionDenied):
    """A change to the content of a message that was submitted or published."""


def is_frozen(alert_pk) -> bool:
    return Alert.objects.filter(pk=alert_pk, state__in=FROZEN_STATES).exists()


def new_identifier() -> str:
    return "beacon-" + uuid.uuid4().hex


class AlertQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=AlertState.PUBLISHED, scope="Public")

    def public(self):
        """Published public messages that citizens may see (Test and System never are)."""
        return self.published().filter(status__in=PUBLIC_STATUSES)

    def active(self, *, now=None):
        """Public alerts still in force: not replaced by a later message, not a Cancel, and not
        expired (a message without expiry stays active until replaced)."""
        now = now or timezone.now()
        return (
            self.public()
            .filter(superseded_by__isnull=True)
            .exclude(msg_type=MsgType.CANCEL)
            .annotate(latest_expiry=Max("infos__expires"))
            .filter(Q(latest_expiry__isnull=True) | Q(latest_expiry__gt=now))
        )

    def next_expiry(self, *, now=None):
        """When the first active message expires, and the list of active ones changes without
        anyone publishing (None: no active message has an expiry)."""
        return (
            self.active(now=now)
            .filter(latest_expiry__isnull=False)
            .order_by("latest_expiry")
            .values_list("latest_expiry", flat=True)
            .first()
        )

    def for_regions(self, regions: "models.QuerySet[Region]"):
        """Messages whose area names one of the regions, an ancestor or a descendant of one."""
        return self.filter(regions__in=regions.with_relatives()).distinct()


class Alert(ClusterableModel):
    # The admin registers no usage view for messages (wagtail_hooks.py), so Wagtail's reference
    # index of them would only cost queries on every save, approval included.
    wagtail_reference_index_ignore = True

    identifier = models.CharField(
        _("identifier"), max_length=120, unique=True, default=new_identifier
    )
    authority = models.ForeignKey(
        Authority,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="alerts",
        verbose_name=_("authority"),
    )
    sender = models.CharField(_("sender"), max_length=120)
    sent = models.DateTimeField(_("sent"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTUAL
    )
    msg_type = models.CharField(
        _("message type"), max_length=16, choices=MsgType.choices, default=MsgType.ALERT
    )
    scope = models.CharField(max_length=16, default="Public", editable=False)
    note = models.TextField(_("note"), blank=True, validators=[MaxLengthValidator(MAX_TEXT_CHARS)])
    incidents = models.CharField(_("incidents"), max_length=250, blank=True)
    references = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="referenced_by",
        verbose_name=_("references"),
    )
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Where an imported message came from; empty for messages written here."),
    )
    issuer = models.CharField(
        _("issued by"),
        max_length=250,
        blank=True,
        help_text=_("The sender's name in an imported message; empty for messages written here."),
    )
    feed_policy = models.CharField(
        _("feed policy"),
        max_length=8,
        choices=FeedPolicy.choices,
        blank=True,
        editable=False,
        help_text=_("For an imported message, its feed's policy when it arrived."),
    )
    area_description = models.CharField(_("area description"), max_length=250, blank=True)
    regions = ParentalManyToManyField(
        Region, blank=True, related_name="alerts", verbose_name=_("regions")
    )
    polygons = models.JSONField(
        _("polygons"),
        default=list,
        blank=True,
        help_text=_("Closed rings of [latitude, longitude] pairs."),
    )
    circles = models.JSONField(
        _("circles"),
        default=list,
        blank=True,
        help_text=_("[latitude, longitude, radius in km] triples."),
    )
    state = models.CharField(
        max_length=16, choices=AlertState.choices, default=AlertState.DRAFT, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    rejection_reason = models.TextField(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-sent", "-created_at"]
        verbose_name = _("alert")
        constraints = [
            models.UniqueConstraint(
                fields=["sender", "identifier"], name="alert_unique_per_sender"
            ),
        ]

    def __str__(self) -> str:
        info = self.infos.first()
        return (
            f"{self.get_msg_type_display()}: {info.headline or info.event}"
            if info
            else self.identifier
        )

    def save(self, *args, **kwargs):
        """Refuse any change to the content of a submitted or published message, whatever the
        route (a form, the admin, a script): only the lifecycle fields may change then."""
        update_fields = kwargs.get("update_fields")
        changes_content = update_fields is None or set(update_fields) - LIFECYCLE_FIELDS
        if self.pk is not None and changes_content and is_frozen(self.pk):
            raise FrozenMessage(_("A submitted or published message cannot be changed."))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("alerts:detail", kwargs={"identifier": self.identifier})

    def clean(self) -> None:
        """Shape of the drawn area, so later geometry and CAP checks get numbers they can use;
        texts without bidi controls."""
        self.note = without_bidi_controls(self.note)
        self.area_description = without_bidi_controls(self.area_description)
        self.incidents = without_bidi_controls(self.incidents)
        errors = {}
        if not all(is_ring(ring) for ring in as_list(self.polygons)):
            errors["polygons"] = _(
                "Give a list of polygons, each a list of [latitude, longitude] pairs of "
                "numbers on Earth, e.g. [[[50.1, 10.1], [50.1, 10.4], [50.4, 10.4], [50.1, 10.1]]]."
            )
        if not all(is_circle(circle) for circle in as_list(self.circles)):
            errors["circles"] = _(
                "Give a list of circles, each [latitude, longitude, radius in km] with a radius "
                "of zero (a point) or more, e.g. [[50.5, 10.5, 3]]."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def review_url(self) -> str:
        return reverse("alerts_review", kwargs={"pk": self.pk})

    @property
    def edit_url(self) -> str:
        return reverse("alerts_alert:edit", kwargs={"pk": self.pk})

    def url_in(self, language: str) -> str:
        """The public page of this message in `language`."""
        with override(language):
            return self.get_absolute_url()

    @property
    def is_published(self) -> bool:
        return self.state == AlertState.PUBLISHED

    @property
    def is_exercise(self) -> bool:
        return self.status == Status.EXERCISE

    def exercise_label(self, language: str) -> str:
        """How every channel marks an exercise, in `language`; empty for other messages."""
        if not self.is_exercise:
            return ""
        with override(language):
            return str(_("EXERCISE"))

    @property
    def received_through(self) -> str:
        """How the public page names the feed an imported message came through: the feed's host
        (or the file name it was imported from); empty for messages written here."""
        return urlsplit(self.source).hostname or self.source if self.source else ""

    @property
    def region_names(self) -> list[str]:
        return [region.name for region in self.regions.all()]

    @property
    def time_zone(self) -> str:
        """The zone the times of this message are shown in: that of its first region."""
        region = next(iter(self.regions.all()), None)
        return region.effective_time_zone if region else settings.TIME_ZONE

    def info_for(self, language: str, fallbacks: list[str] | None = None) -> "AlertInfo | None":
        """The info block in `language`, else in the first available fallback, else any."""
        infos = {info.language.split("-")[0]: info for info in self.infos.all()}
        for code in [language, *(fallbacks or []), "en"]:
            if code in infos:
                return infos[code]
        return next(iter(infos.values()), None)


class AlertInfo(models.Model):
    alert = ParentalKey(Alert, on_delete=models.CASCADE, related_name="infos")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices)
    event = models.CharField(
        _("event"), max_length=120, help_text=_("What is happening, e.g. River flooding.")
    )
    response_type = models.CharField(
        _("response"), max_length=16, choices=ResponseType.choices, default=ResponseType.PREPARE
    )
    urgency = models.CharField(_("urgency"), max_length=16, choices=Urgency.choices)
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices)
    certainty = models.CharField(_("certainty"), max_length=16, choices=Certainty.choices)
    event_code = models.CharField(
        _("hazard"),
        max_length=32,
        choices=Hazard.choices,
        blank=True,
        help_text=_("Sent as the CAP event code; it chooses the lesson the alert links."),
    )
    effective = models.DateTimeField(_("effective"), null=True, blank=True)
    onset = models.DateTimeField(_("onset"), null=True, blank=True)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)
    headline = models.CharField(_("headline"), max_length=160)
    description = models.TextField(
        _("description"), validators=[MaxLengthValidator(MAX_TEXT_CHARS)]
    )
    instruction = models.TextField(
        _("instruction"), blank=True, validators=[MaxLengthValidator(MAX_TEXT_CHARS)]
    )
    web = models.URLField(_("more information (web address)"), blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("alert text in one language")
        constraints = [
            models.UniqueConstraint(fields=["alert", "language"], name="one_info_per_language"),
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.headline}"

    def save(self, *args, **kwargs):
        if self.alert_id and is_frozen(self.alert_id):
            raise FrozenMessage(_("A submitted or published message cannot be changed."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.alert_id and is_frozen(self.alert_id):
            raise FrozenMessage(_("A submitted or published message cannot be changed."))
        return super().delete(*args, **kwargs)

    def clean(self) -> None:
        for field in TEXT_FIELDS:
            setattr(self, field, without_bidi_controls(getattr(self, field)))


TEXT_FIELDS = ["event", "headline", "description", "instruction", "contact"]


class AlertDelivery(models.Model):
    """Outbox row written in the publishing transaction: this message must be delivered. It is
    done once its web push batches are queued; until then the sweeper queues it again."""

    alert = models.OneToOneField(Alert, on_delete=models.CASCADE, related_name="delivery")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"delivery of {self.alert.identifier}"
