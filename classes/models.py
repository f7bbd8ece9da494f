"""Educators' classes: the class, its learners (members) and the lessons or courses assigned to it.

A member is either a citizen account or a pseudonym: a nickname with a PIN, owning the same random
learner token that anonymous progress rows carry (lessons.learners), so what a learner did before
joining stays theirs and nobody needs an e-mail address or a real name.
"""

import secrets
import zoneinfo
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.l10n import time_zone_choices
from lessons.models import CoursePage

JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L look-alikes
JOIN_CODE_LENGTH = 8


def new_join_code() -> str:
    """Eight random characters: about 10^12 codes, so guessing one is hopeless at our rate limit."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


def default_time_zone() -> str:
    return settings.TIME_ZONE


class ClassroomQuerySet(models.QuerySet):
    def owned_by(self, user) -> "ClassroomQuerySet":
        """Classes this educator runs; nothing for anyone else (anonymous visitors included)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def open(self) -> "ClassroomQuerySet":
        return self.filter(archived_at__isnull=True)


class Classroom(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classrooms"
    )
    name = models.CharField(_("name"), max_length=100)
    language = models.CharField(_("language"), max_length=10, choices=language_choices)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=time_zone_choices,
        default=default_time_zone,
        help_text=_("Dates of assignments start and end at midnight in this time zone."),
    )
    join_code = models.CharField(max_length=JOIN_CODE_LENGTH, unique=True, default=new_join_code)
    created_at = models.DateTimeField(auto_now_add=True)
    archived_at = models.DateTimeField(null=True, blank=True)

    objects = ClassroomQuerySet.as_manager()

    class Meta:
        db_table = "lessons_classroom"  # made by the lessons app before classes existed
        ordering = ["archived_at", "name", "pk"]
        verbose_name = _("class")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("classes:class_dashboard", kwargs={"pk": self.pk})

    def get_join_path(self) -> str:
        """Where the QR code leads: the join page for this code, in the class's language."""
        with translation.override(self.language):
            return reverse("classes:join_class", kwargs={"code": self.join_code})

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def midnight_before(self, day: date) -> datetime:
        """The instant `day` begins in the class's time zone."""
        return datetime.combine(day, time.min, tzinfo=self.zone)

    def day_of(self, moment: datetime) -> date:
        """The calendar day `moment` falls on in the class's time zone."""
        return moment.astimezone(self.zone).date()


class MembershipQuerySet(models.QuerySet):
    def of(self, learner) -> "MembershipQuerySet":
        """Memberships of one learner (lessons.learners.Learner)."""
        if learner.user is not None:
            return self.filter(user=learner.user)
        if learner.token:
            return self.filter(user__isnull=True, learner_token=learner.token)
        return self.none()


class Membership(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    learner_token = models.CharField(max_length=64, blank=True, db_index=True)
    nickname = models.CharField(_("nickname"), max_length=30, blank=True)
    pin_hash = models.CharField(max_length=128, blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        db_table = "lessons_membership"  # made by the lessons app before classes existed
        ordering = ["joined_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False, learner_token="")
                | Q(user__isnull=True, learner_token__gt="", nickname__gt=""),
                name="membership_account_or_pseudonym",
            ),
            models.UniqueConstraint(
                fields=["classroom", "user"],
                condition=Q(user__isnull=False),
                name="membership_once_per_user",
            ),
            models.UniqueConstraint(
                fields=["classroom", "learner_token"],
                condition=Q(user__isnull=True),
                name="membership_once_per_token",
            ),
            models.UniqueConstraint(
                "classroom",
                Lower("nickname"),
                condition=Q(nickname__gt=""),
                name="membership_nickname_unique_in_class",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The nickname a learner chose, else their account's full name or user name."""
        if self.nickname:
            return self.nickname
        return self.user.get_full_name() or self.user.get_username()


class Assignment(models.Model):
    """A lesson or a whole course given to a class, with the dates that frame it."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson or course"),
    )
    available_from = models.DateField(_("available from"))
    due_on = models.DateField(_("due date"))
    cut_off_on = models.DateField(
        _("cut-off date"),
        null=True,
        blank=True,
        help_text=_("Optional. Work done after this day no longer counts for the class."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "lessons_assignment"  # made by the lessons app before classes existed
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(available_from__lte=models.F("due_on")),
                name="assignment_available_before_due",
            ),
            models.CheckConstraint(
                condition=Q(cut_off_on__isnull=True) | Q(cut_off_on__gte=models.F("due_on")),
                name="assignment_cut_off_after_due",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.page.title} ({self.due_on})"

    @property
    def opens_at(self) -> datetime:
        return self.classroom.midnight_before(self.available_from)

    @property
    def due_at(self) -> datetime:
        """The end of the due day: midnight after it, in the class's time zone."""
        return self.classroom.midnight_before(self.due_on + timedelta(days=1))

    @property
    def closes_at(self) -> datetime | None:
        if self.cut_off_on is None:
            return None
        return self.classroom.midnight_before(self.cut_off_on + timedelta(days=1))

    def counts_at(self, moment: datetime) -> bool:
        """Whether work done at `moment` still counts (before the end of the cut-off day)."""
        return self.closes_at is None or moment < self.closes_at

    def is_course(self) -> bool:
        return self.page.specific_class is CoursePage

    def lessons(self) -> list:
        """The lessons behind the assignment, in the page's language (one, or a course's)."""
        page = self.page.specific
        return page.lessons() if self.is_course() else [page]


class EducatorRequest(models.Model):
    """A person who signed up asking to teach with Beacon; an administrator decides."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="educator_request"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    approved = models.BooleanField(null=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        db_table = "lessons_educatorrequest"  # made by the lessons app before classes existed
        ordering = ["created_at", "pk"]
        verbose_name = _("educator request")

    def __str__(self) -> str:
        return self.user.get_username()


class ClassExercise(models.Model):
    """An alert exercise the class takes part in, shown beside its assignments. The exercise is
    named by its alert's CAP identifier: the learning apps do not import the alerts app, which
    describes its exercises through the `beacon_exercises` hook (classes.exercises)."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="exercises")
    identifier = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "identifier"], name="one_class_exercise_per_class"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.classroom_id}: {self.identifier}"
