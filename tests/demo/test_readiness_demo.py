"""The demo's readiness data: marked as demo, replaced on every load, figures in every county."""

import pytest

from demo.readiness import ensure_demo_readiness
from readiness.figures import readiness_figures
from readiness.models import SelfCheckTally
from tests.builders import riverland

pytestmark = pytest.mark.django_db


def test_demo_readiness_fills_the_dashboard_and_loads_again_alike(lesson):
    riverland()
    first = ensure_demo_readiness(lessons=[lesson])
    assert ensure_demo_readiness(lessons=[lesson]) == first  # replaced, not added
    assert not SelfCheckTally.objects.filter(demo=False).exists()
    figures = readiness_figures()
    assert figures["includes_demo_data"] is True
    regions = {row["code"]: row for row in figures["self_checks"]["regions"]}
    assert regions["XR-RS"]["checks"] >= 12 * 22
    assert regions["XR-HL"]["checks"] >= 12 * 6
    assert 20 < regions["XR-RS"]["actions"]["supplies"]["done"] < 80
    shown_weeks = [week for week in figures["self_checks"]["weeks"] if "checks" in week]
    assert len(shown_weeks) == 12
    # A lesson outside the demo's list gets 7 learners: a topic the dashboard must hide.
    assert figures["quizzes"] == [
        {
            "lesson": str(lesson.translation_key),
            "title": lesson.title,
            "hazard": "storm",
            "suppressed": True,
        }
    ]
