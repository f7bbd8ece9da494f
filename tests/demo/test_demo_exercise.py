"""The demo's past exercise: published through the real actions, marked as demo data, with
acknowledgements the report reads; loading again changes nothing."""

import pytest

from alerts.exercises import report, summaries
from alerts.models import Acknowledgement, Alert, Authority
from demo.alerts import DEMO_AUTHORITY, ensure_authority_users
from demo.exercises import ensure_demo_exercise

pytestmark = pytest.mark.django_db


def test_demo_loads_one_past_exercise_with_acknowledgements():
    ensure_authority_users()
    authority = Authority.objects.get(name=DEMO_AUTHORITY)
    exercise = ensure_demo_exercise(authority)
    alert = Alert.objects.get(pk=exercise.alert_id)
    assert alert.is_published and alert.is_exercise and alert.superseded_by is not None
    assert "Demo data" in alert.info_for("en").headline
    assert alert not in Alert.objects.active()
    figures = report(exercise)
    assert sum(row["delivered"] for row in figures["rows"]) == 105
    assert sum(row["acknowledged"] for row in figures["rows"]) == 60
    assert sum(count for _choice, count in figures["answers"]) == 60
    assert summaries()[0]["acknowledged"] == {"page": 60, "push": 0}
    assert ensure_demo_exercise(authority) == exercise
    assert Acknowledgement.objects.count() == 60
