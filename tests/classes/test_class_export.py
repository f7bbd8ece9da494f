"""CSV export of a class's results: contents, spreadsheet safety and who may download it."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from classes.actions import assign
from classes.export import neutralised
from tests.classes.fixtures import join_with_nickname
from tests.lessons.fixtures import take_quiz

pytestmark = pytest.mark.django_db


def local_today() -> date:
    return timezone.localdate()


def download(client, classroom):
    response = client.get(f"/en/classes/{classroom.pk}/results.csv")
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


def test_csv_has_a_row_per_learner_and_a_column_per_assignment(
    educator_client, classroom, lesson, course
):
    today = local_today()
    for page in (lesson, course):
        assign(
            classroom=classroom,
            page=page,
            available_from=today,
            due_on=today + timedelta(days=3),
        )
    mika, sam = Client(), Client()
    join_with_nickname(mika, classroom, nickname="Mika")
    join_with_nickname(sam, classroom, nickname="Sam")
    take_quiz(mika, lesson)
    take_quiz(sam, lesson, right={0})

    response, text = download(educator_client, classroom)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="class-7b-results.csv"'
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == ["Learner", "Joined", "Storm safety", "Storm course"]
    joined = today.isoformat()
    assert rows[1] == ["Mika", joined, "passed (100%)", "in progress (50%)"]
    assert rows[2] == ["Sam", joined, "not passed (25%)", "in progress (12%)"]
    assert len(rows) == 3


def test_csv_neutralises_formulas(educator_client, classroom, lesson):
    assign(classroom=classroom, page=lesson, available_from=local_today(), due_on=local_today())
    for nickname in ["=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(A1)", "Plain"]:
        join_with_nickname(Client(), classroom, nickname=nickname)
    _response, text = download(educator_client, classroom)
    names = [row[0] for row in csv.reader(io.StringIO(text.removeprefix("\ufeff")))][1:]
    assert names == ["'=HYPERLINK(1)", "'+1+1", "'-2+3", "'@SUM(A1)", "Plain"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("\tcmd", "'\tcmd"), ("\r=1", "'\r=1"), ("a=1", "a=1"), ("", ""), ("Zoë", "Zoë")],
)
def test_neutralised(value, expected):
    assert neutralised(value) == expected


def test_only_the_owner_downloads(classroom, django_user_model):
    other = django_user_model.objects.create_user("other-teacher", password="x")
    other.groups.set(classroom.owner.groups.all())
    client = Client()
    client.force_login(other)
    assert client.get(f"/en/classes/{classroom.pk}/results.csv").status_code == 404
