"""Everything the readiness dashboard shows and /api/readiness.json exports, computed once with
suppression already applied (readiness.privacy), so the page and the JSON cannot differ."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from lessons.models import QuizAttempt
from readiness.exercises import exercise_summaries
from readiness.models import DEMO_LEARNER_PREFIX, SelfCheckTally
from readiness.privacy import K
from readiness.quiz_figures import quiz_topics
from readiness.selfcheck_figures import selfcheck_figures
from readiness.services import week_of

WEEKS = 12


def readiness_figures(*, places=None, today: date | None = None) -> dict:
    """The figures for `places` (region-level regions of an authority; None for the country)
    over the last WEEKS weeks, this one included."""
    today = today or timezone.localdate()
    first_week = week_of(today) - timedelta(weeks=WEEKS - 1)
    since = timezone.make_aware(datetime.combine(first_week, time.min))
    return {
        "method": {"min_group": K, "weeks": WEEKS, "from": first_week.isoformat()},
        "includes_demo_data": includes_demo_data(),
        "self_checks": selfcheck_figures(places=places, first_week=first_week, weeks=WEEKS),
        "quizzes": quiz_topics(since=since),
        "exercises": exercise_summaries(places=places),
    }


def includes_demo_data() -> bool:
    return (
        SelfCheckTally.objects.filter(demo=True).exists()
        or QuizAttempt.objects.filter(anonymous_token__startswith=DEMO_LEARNER_PREFIX).exists()
    )
