"""Educators let a class take part in an alert exercise; it appears beside the class's
assignments, for the educator and for the learners. Only the class's educator may change it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from alerts.models import Alert, AlertState, Exercise
from classes.educators import EDUCATORS_GROUP
from classes.models import ClassExercise
from tests.builders import published_alert, riverland
from tests.classes.fixtures import join_with_nickname

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercises():
    """A published exercise and one approved and waiting for its time."""
    riverland()
    published = published_alert(codes=["XR-RS-01"], status="Exercise", event="Flood drill")
    Exercise.objects.create(alert=published, publish_at=published.sent)
    waiting = published_alert(codes=["XR-RS-01"], status="Exercise", event="Siren test")
    Alert.objects.filter(pk=waiting.pk).update(state=AlertState.SCHEDULED, sent=None)
    Exercise.objects.create(alert=waiting, publish_at=timezone.now() + timedelta(days=2))
    return published, waiting


def url(classroom) -> str:
    return f"/en/classes/{classroom.pk}/exercises/"


def test_educator_assigns_an_exercise_and_learners_see_it(educator_client, classroom, exercises):
    published, waiting = exercises
    dashboard = educator_client.get(classroom.get_absolute_url()).content.decode()
    assert published.identifier in dashboard and waiting.identifier in dashboard
    assert (
        educator_client.post(url(classroom), {"exercise": published.identifier}).status_code == 302
    )
    educator_client.post(url(classroom), {"exercise": waiting.identifier})
    educator_client.post(url(classroom), {"exercise": waiting.identifier})  # once only
    assert ClassExercise.objects.filter(classroom=classroom).count() == 2
    dashboard = educator_client.get(classroom.get_absolute_url()).content.decode()
    assert "data-class-exercises" in dashboard and published.url_in("en") in dashboard
    learner = Client()
    join_with_nickname(learner, classroom)
    page = learner.get("/en/assignments/").content.decode()
    assert published.url_in("en") in page
    assert waiting.url_in("en") not in page  # not public yet: its time and authority only


@pytest.mark.parametrize("identifier", ["", "beacon-unknown", "x" * 500, "a\x00b"])
def test_only_listed_exercises_can_be_assigned(educator_client, classroom, exercises, identifier):
    response = educator_client.post(url(classroom), {"exercise": identifier})
    assert response.status_code == 400
    assert not ClassExercise.objects.exists()


def test_a_real_alert_is_not_an_exercise(educator_client, classroom, exercises):
    real = published_alert(codes=["XR-RS-01"])
    assert educator_client.post(url(classroom), {"exercise": real.identifier}).status_code == 400


def test_other_educators_and_learners_cannot_assign_or_remove(
    client, classroom, exercises, django_user_model
):
    published, _waiting = exercises
    other = django_user_model.objects.create_user("other", password="Chalk-Board-78")
    other.groups.add(Group.objects.get_or_create(name=EDUCATORS_GROUP)[0])
    client.force_login(other)
    assert client.post(url(classroom), {"exercise": published.identifier}).status_code == 404
    row = ClassExercise.objects.create(classroom=classroom, identifier=published.identifier)
    remove = f"/en/classes/{classroom.pk}/exercises/{row.pk}/remove/"
    assert client.post(remove).status_code == 404
    learner = Client()
    join_with_nickname(learner, classroom)
    assert learner.post(url(classroom), {"exercise": published.identifier}).status_code in (
        302,
        403,
    )
    assert ClassExercise.objects.count() == 1


def test_educator_removes_an_exercise(educator_client, classroom, exercises):
    published, _waiting = exercises
    row = ClassExercise.objects.create(classroom=classroom, identifier=published.identifier)
    assert (
        educator_client.get(f"/en/classes/{classroom.pk}/exercises/{row.pk}/remove/").status_code
        == 405
    )
    educator_client.post(f"/en/classes/{classroom.pk}/exercises/{row.pk}/remove/")
    assert not ClassExercise.objects.exists()
