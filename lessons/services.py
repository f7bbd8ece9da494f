"""Learning actions: record reading and attempts, hand progress over on sign-in, certificates."""

from dataclasses import dataclass

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q

from lessons.grading import QuizResult
from lessons.learners import Learner
from lessons.models.progress import Certificate, LessonRead, QuizAttempt


class ReplayedSubmission(Exception):
    """The same answer sheet was submitted twice."""


def record_lesson_read(*, lesson, learner: Learner) -> None:
    """Note that `learner` opened `lesson` (once per lesson, whatever the language)."""
    if not learner.is_known:
        return
    if not LessonRead.objects.of(learner).filter(lesson_key=lesson.translation_key).exists():
        try:
            with transaction.atomic():
                LessonRead.objects.create(
                    lesson_key=lesson.translation_key, **learner.owner_fields()
                )
        except IntegrityError:
            pass  # a concurrent request recorded it first


def record_attempt(
    *, lesson, learner: Learner, result: QuizResult, submission_id: str, language: str
) -> QuizAttempt:
    """Store a graded attempt. Raises ReplayedSubmission if `submission_id` was already used,
    so a resubmitted form never counts twice. Also counts as reading the lesson."""
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                lesson_key=lesson.translation_key,
                lesson=lesson,
                language=language,
                answers={r.question.id: sorted(r.selected) for r in result.questions},
                correct_count=result.correct_count,
                question_count=result.question_count,
                score_percent=result.score_percent,
                passed=result.passed,
                submission_id=submission_id,
                **learner.owner_fields(),
            )
    except IntegrityError as exc:
        raise ReplayedSubmission(submission_id) from exc
    record_lesson_read(lesson=lesson, learner=learner)
    return attempt


def claim_anonymous_progress(*, user, token: str) -> None:
    """Move what an anonymous visitor did (by session token) to the account they signed in to.
    Reads already recorded for the account are kept once."""
    hand_over_progress(token=token, to=Learner(user=user))


@transaction.atomic
def hand_over_progress(*, token: str, to: Learner) -> None:
    """Move the progress rows of anonymous `token` to another learner: an account, or the token
    of a class pseudonym the visitor continues as. Reads `to` already has are kept once."""
    if not token or (to.user is None and to.token == token):
        return
    known = set(LessonRead.objects.of(to).values_list("lesson_key", flat=True))
    anonymous = {"user__isnull": True, "anonymous_token": token}
    LessonRead.objects.filter(**anonymous, lesson_key__in=known).delete()
    for model in (LessonRead, QuizAttempt, Certificate):
        model.objects.filter(**anonymous).update(**to.owner_fields())


@dataclass(frozen=True)
class LessonProgress:
    lesson: object
    read: bool
    attempts: int
    best_score: int | None
    passed: bool


@dataclass(frozen=True)
class CourseProgress:
    lessons: tuple[LessonProgress, ...]
    certificate: Certificate | None

    @property
    def complete(self) -> bool:
        return bool(self.lessons) and all(item.passed for item in self.lessons)

    @property
    def passed_count(self) -> int:
        return sum(1 for item in self.lessons if item.passed)


def lesson_progress(*, lessons, learner: Learner) -> list[LessonProgress]:
    """Progress on each of `lessons`, counting work done in any language (two queries)."""
    keys = [lesson.translation_key for lesson in lessons]
    read = set(
        LessonRead.objects.of(learner)
        .filter(lesson_key__in=keys)
        .values_list("lesson_key", flat=True)
    )
    stats = {
        row["lesson_key"]: row
        for row in QuizAttempt.objects.of(learner)
        .filter(lesson_key__in=keys)
        .order_by()
        .values("lesson_key")
        .annotate(
            best=Max("score_percent"),
            passes=Count("id", filter=Q(passed=True)),
            attempts=Count("id"),
        )
    }

    def summary(lesson) -> LessonProgress:
        row = stats.get(lesson.translation_key, {})
        return LessonProgress(
            lesson=lesson,
            read=lesson.translation_key in read,
            attempts=row.get("attempts", 0),
            best_score=row.get("best"),
            passed=row.get("passes", 0) > 0,
        )

    return [summary(lesson) for lesson in lessons]


def course_progress(*, course, learner: Learner) -> CourseProgress:
    return CourseProgress(
        lessons=tuple(lesson_progress(lessons=course.lessons(), learner=learner)),
        certificate=Certificate.objects.of(learner)
        .filter(course_key=course.translation_key)
        .first(),
    )


class CourseNotComplete(Exception):
    """A certificate was requested before every quiz of the course was passed."""


def issue_certificate(*, course, learner: Learner, name: str) -> Certificate:
    """The learner's certificate for `course`, created on first request.

    Precondition: every lesson of the course has a passed quiz attempt (else CourseNotComplete).
    The name is the one the learner chose to print; asking again keeps the first certificate.
    """
    progress = course_progress(course=course, learner=learner)
    if not progress.complete:
        raise CourseNotComplete(course.pk)
    if progress.certificate is not None:
        return progress.certificate
    return Certificate.objects.create(
        course_key=course.translation_key,
        course=course,
        name=name.strip(),
        **learner.owner_fields(),
    )


def completions(*, lesson_key, start, end) -> int:
    """Learners who completed the lesson (any language) between `start` and `end`: passed its
    quiz, or, for a lesson without a quiz, first read it. A number only, for reports."""
    lesson_pages = apps.get_model("lessons", "LessonPage")  # pages imports this module
    lesson = lesson_pages.objects.filter(translation_key=lesson_key).first()
    if lesson is not None and len(lesson.quiz):
        done = QuizAttempt.objects.filter(passed=True, created_at__range=(start, end))
    else:
        done = LessonRead.objects.filter(first_read_at__range=(start, end))
    learners = done.filter(lesson_key=lesson_key).values_list("user_id", "anonymous_token")
    return len(set(learners))
