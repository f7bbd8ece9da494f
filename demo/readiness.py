"""Made-up readiness figures for the demo dashboard: anonymous self-checks over the last weeks
in Riverland's counties, and anonymous quiz attempts on the demo lessons.

All of it is marked as demo data (self-check tallies with `demo=True`, quiz learners whose token
starts with readiness.models.DEMO_LEARNER_PREFIX), so the dashboard says so, and running the
loader again replaces it instead of adding to it. A fixed seed makes every load alike.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from lessons import grading
from lessons.learners import Learner
from lessons.models import LessonRead, QuizAttempt
from lessons.services import record_attempt
from readiness.figures import WEEKS
from readiness.models import (
    DEMO_LEARNER_PREFIX,
    SelfCheckAnswerCount,
    SelfCheckTally,
)
from readiness.preparedness import DONE, PLANNED
from readiness.services import week_of

# Share of households that have done each action, near FEMA's 2023 survey (supplies 48 %,
# plan 37 %, neighbours 12 %); the demo's counties differ a little and improve over the weeks.
DONE_SHARE = {
    "alerts": 0.55, "plan": 0.37, "savings": 0.45, "drills": 0.30, "communication": 0.42,
    "documents": 0.50, "neighbours": 0.12, "safer_home": 0.35, "evacuation": 0.28,
    "supplies": 0.48, "community": 0.22, "insurance": 0.60,
}  # fmt: skip
PLANNED_SHARE = 0.15
# Weekly self-checks per place: a busy county, a small one (some weeks under 10, so the
# dashboard shows suppression at work) and checks that named no place.
WEEKLY_CHECKS = {"XR-RS": (22, 45, 0.04), "XR-HL": (6, 18, -0.03), "": (8, 20, 0.0)}
# Learners per demo lesson slug (one under 10 shows a suppressed topic) and how often each
# question is answered right.
QUIZ_LEARNERS = {"72-hour-kit": 48, "power-outage": 31, "flood": 26, "heatwave": 14}
QUIZ_LEARNERS_DEFAULT = 7
RIGHT_SHARE = (0.9, 0.75, 0.55, 0.8, 0.65)


@transaction.atomic
def ensure_demo_readiness(*, lessons) -> tuple[int, int]:
    """Replace the demo self-checks and quiz attempts; (self-checks, attempts) made."""
    rng = random.Random(16)  # noqa: S311 - made-up figures, not security
    return demo_self_checks(rng), demo_quiz_attempts(rng, lessons)


def demo_self_checks(rng: random.Random) -> int:
    SelfCheckTally.objects.filter(demo=True).delete()
    this_week = week_of(timezone.localdate())
    made = 0
    for weeks_ago in range(WEEKS):
        week = this_week - timedelta(weeks=weeks_ago)
        progress = (WEEKS - weeks_ago) / WEEKS
        for code, (low, high, lean) in WEEKLY_CHECKS.items():
            checks = rng.randint(low, high)
            tally = SelfCheckTally.objects.create(
                week=week, region_code=code, demo=True, checks=checks
            )
            counts = {}
            for _check in range(checks):
                for action, share in DONE_SHARE.items():
                    draw = rng.random()
                    done = share + lean + 0.08 * progress
                    state = (
                        DONE if draw < done else PLANNED if draw < done + PLANNED_SHARE else None
                    )
                    if state:
                        counts[(action, state)] = counts.get((action, state), 0) + 1
            SelfCheckAnswerCount.objects.bulk_create(
                SelfCheckAnswerCount(tally=tally, action=action, state=state, count=count)
                for (action, state), count in counts.items()
            )
            made += checks
    return made


def demo_quiz_attempts(rng: random.Random, lessons) -> int:
    demo = {"anonymous_token__startswith": DEMO_LEARNER_PREFIX}
    QuizAttempt.objects.filter(**demo).delete()
    LessonRead.objects.filter(**demo).delete()
    made = 0
    for lesson in lessons:
        quiz = lesson.quiz_definition()
        if quiz is None:
            continue
        for number in range(QUIZ_LEARNERS.get(lesson.slug, QUIZ_LEARNERS_DEFAULT)):
            learner = Learner(token=f"{DEMO_LEARNER_PREFIX}{lesson.slug}-{number}")
            for attempt in range(rng.choice((1, 1, 1, 2))):
                answers = {
                    q.id: answer(rng, q, RIGHT_SHARE[i % len(RIGHT_SHARE)] + 0.1 * attempt)
                    for i, q in enumerate(quiz.questions)
                }
                recorded = record_attempt(
                    lesson=lesson,
                    learner=learner,
                    result=grading.grade(quiz, answers),
                    submission_id=f"{learner.token}-{attempt}",
                    language=lesson.locale.language_code,
                )
                when = timezone.now() - timedelta(days=rng.uniform(0, 7 * WEEKS - 1))
                QuizAttempt.objects.filter(pk=recorded.pk).update(created_at=when)
                made += 1
    return made


def answer(rng: random.Random, question: grading.Question, right: float) -> frozenset[str]:
    """The right choices with probability `right`, otherwise one wrong choice (or, when every
    choice is right, one fewer)."""
    if rng.random() < right:
        return question.correct_ids
    wrong = [choice.id for choice in question.choices if not choice.correct]
    if wrong:
        return frozenset({rng.choice(wrong)})
    return frozenset(sorted(question.correct_ids)[1:])
