"""The demo class: an educator's class with pseudonymous learners at different stages, built
through the same services the pages use, so the dashboard is not empty on `make demo`."""

from contextlib import suppress
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from classes import actions as class_actions
from classes.models import Classroom, Membership, default_time_zone
from lessons import grading
from lessons.learners import Learner, new_token
from lessons.models import LessonPage
from lessons.services import ReplayedSubmission, record_attempt, record_lesson_read

CLASS_NAME = "Class 7B — Riverside School"
DEMO_PIN = "2468"
EXTRA_LESSON = "disinformation"
# nickname -> {lesson slug: questions answered right ("all" or a count)}; reads without attempts
# are listed under "read".
LEARNERS = {
    "Mika": {
        "72-hour-kit": "all",
        "power-outage": "all",
        "flood": "all",
        "heatwave": "all",
        EXTRA_LESSON: "all",
    },
    "Sam": {"72-hour-kit": "all", "power-outage": 1, "flood": 0, "heatwave": "all"},
    "Noor": {"72-hour-kit": "all", "read": ["power-outage"]},
    "Jo": {},
}


def ensure_demo_class(*, course, educator_username: str) -> Classroom:
    """The demo class with the course and one more lesson assigned; safe to run again."""
    owner = get_user_model().objects.get(username=educator_username)
    classroom = Classroom.objects.filter(owner=owner, name=CLASS_NAME).first()
    if classroom is None:
        classroom = class_actions.create_class(
            owner=owner, name=CLASS_NAME, language="en", time_zone=default_time_zone()
        )
    lessons = {
        lesson.slug: lesson for lesson in LessonPage.objects.live().filter(locale=course.locale)
    }
    today = classroom.day_of(timezone.now())
    for page in (course, lessons[EXTRA_LESSON]):
        if not classroom.assignments.filter(page__translation_key=page.translation_key).exists():
            class_actions.assign(
                classroom=classroom,
                page=page,
                available_from=today - timedelta(days=7),
                due_on=today + timedelta(days=7),
            )
    for nickname, work in LEARNERS.items():
        learner = ensure_learner(classroom, nickname)
        for slug in work.get("read", []):
            record_lesson_read(lesson=lessons[slug], learner=learner)
        for slug, right in work.items():
            if slug != "read":
                take_quiz(lessons[slug], learner, right=right, nickname=nickname)
    return classroom


def ensure_learner(classroom: Classroom, nickname: str) -> Learner:
    membership = Membership.objects.filter(classroom=classroom, nickname=nickname).first()
    if membership is None:
        membership = class_actions.join_with_nickname(
            classroom=classroom, nickname=nickname, pin=DEMO_PIN, token=new_token()
        )
    return Learner(token=membership.learner_token)


def take_quiz(lesson: LessonPage, learner: Learner, *, right, nickname: str) -> None:
    """One attempt answering the first `right` questions correctly (all if "all")."""
    quiz = lesson.quiz_definition()
    count = len(quiz.questions) if right == "all" else right
    answers = {
        question.id: question.correct_ids
        if number < count
        else frozenset({next(c.id for c in question.choices if not c.correct)})
        for number, question in enumerate(quiz.questions)
    }
    with suppress(ReplayedSubmission):  # recorded on an earlier run
        record_attempt(
            lesson=lesson,
            learner=learner,
            result=grading.grade(quiz, answers),
            submission_id=f"demo-class-{nickname}-{lesson.slug}",
            language=lesson.locale.language_code,
        )
