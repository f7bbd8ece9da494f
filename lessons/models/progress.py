"""What learners did: lessons read, quiz attempts and certificates.

Rows point at lessons and courses by translation key, so work done in any language counts for the
same lesson. A row belongs either to a user or, for anonymous visitors, to the random learner token
kept in their session; signing in moves token rows to the user.
"""

import secrets
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

OWNER_IS_USER_OR_TOKEN = Q(user__isnull=False, anonymous_token="") | Q(
    user__isnull=True, anonymous_token__gt=""
)


class LearnerOwned(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    anonymous_token = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        abstract = True


class LearnerQuerySet(models.QuerySet):
    def of(self, learner) -> "LearnerQuerySet":
        """Rows of one learner (a lessons.learners.Learner); none if the learner is unknown."""
        if learner.user is not None:
            return self.filter(user=learner.user)
        if learner.token:
            return self.filter(user__isnull=True, anonymous_token=learner.token)
        return self.none()


class LessonRead(LearnerOwned):
    lesson_key = models.UUIDField(db_index=True)
    first_read_at = models.DateTimeField(auto_now_add=True)
    last_read_at = models.DateTimeField(auto_now=True)

    objects = LearnerQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=OWNER_IS_USER_OR_TOKEN, name="lessonread_one_owner"),
            models.UniqueConstraint(
                fields=["lesson_key", "user"],
                condition=Q(user__isnull=False),
                name="lessonread_once_per_user",
            ),
            models.UniqueConstraint(
                fields=["lesson_key", "anonymous_token"],
                condition=Q(user__isnull=True),
                name="lessonread_once_per_token",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.lesson_key} read"


class QuizAttempt(LearnerOwned):
    lesson_key = models.UUIDField(db_index=True)
    lesson = models.ForeignKey(
        "lessons.LessonPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page (in the language used) the quiz was taken on."),
    )
    language = models.CharField(max_length=10)
    answers = models.JSONField(help_text=_("Selected choice ids, by question id."))
    correct_count = models.PositiveSmallIntegerField()
    question_count = models.PositiveSmallIntegerField()
    score_percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submission_id = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = LearnerQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=OWNER_IS_USER_OR_TOKEN, name="quizattempt_one_owner"),
        ]

    def __str__(self) -> str:
        return f"{self.lesson_key} {self.score_percent}%"


CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0 or 1
CODE_LENGTH = 16
# What people type for a code's characters: "1" or "I" for L (there is no 1 or I in a code), and
# Cyrillic or Greek capitals that look like Latin ones (a Ukrainian keyboard layout left on).
CODE_LOOK_ALIKES = str.maketrans("1IАВЕКМНРСТХУΑΒΕΖΗΚΜΝΡΤΥΧ", "LLABEKMHPCTXYABEZHKMNPTYX")


def new_certificate_code() -> str:
    """A verification code that is hard to guess: 16 characters, no look-alike letters."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return grouped(raw)


def grouped(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalised_certificate_code(typed: str) -> str:
    """The code as stored, from what a reader typed or pasted: any case, with or without dashes
    or spaces, full-width or other-script digits, look-alike letters. Returns "" for anything
    that cannot be a code, so a lookup never sees arbitrary input."""
    text = unicodedata.normalize("NFKC", typed[:100]).upper().translate(CODE_LOOK_ALIKES)
    raw = "".join(
        str(unicodedata.digit(char)) if char.isdigit() else char
        for char in text
        if not (char.isspace() or unicodedata.category(char) == "Pd")
    )
    if len(raw) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in raw):
        return ""
    return grouped(raw)


class Certificate(LearnerOwned):
    code = models.CharField(max_length=19, unique=True, default=new_certificate_code)
    course_key = models.UUIDField(db_index=True)
    course = models.ForeignKey(
        "lessons.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(
        _("name on the certificate"),
        max_length=80,
        help_text=_("The name printed on the certificate, as the learner chose it."),
    )
    issued_at = models.DateTimeField(auto_now_add=True)

    objects = LearnerQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=OWNER_IS_USER_OR_TOKEN, name="certificate_one_owner"),
        ]

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("lessons:certificate", kwargs={"code": self.code})
