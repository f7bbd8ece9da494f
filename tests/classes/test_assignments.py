"""Assignments: dates around midnight in the class's time zone, what counts for a class, the
dashboard grid, per-question statistics and "My assignments" in the learner's language."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from classes.actions import assign
from classes.models import Assignment, Classroom, Membership
from classes.progress_grid import Cell, Deadline, Status, class_grid, deadline, question_stats
from lessons.models import LessonRead, QuizAttempt
from tests.classes.fixtures import join_with_nickname
from tests.lessons.fixtures import french, take_quiz

NOT_DONE = Cell(status=Status.IN_PROGRESS, best_score=None, attempts=0, last_activity=None)
DONE = Cell(status=Status.PASSED, best_score=100, attempts=1, last_activity=None)


def local_today() -> date:
    return timezone.localdate()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


@pytest.mark.parametrize(
    ("moment", "cell", "expected"),
    [
        ("2026-03-01T23:59:59-05:00", NOT_DONE, Deadline.UPCOMING),
        ("2026-03-02T00:00:00-05:00", NOT_DONE, Deadline.DUE),
        ("2026-03-10T23:59:59-04:00", NOT_DONE, Deadline.DUE),  # New York is on summer time
        ("2026-03-11T03:30:00+00:00", NOT_DONE, Deadline.DUE),  # 23:30 in New York
        ("2026-03-11T00:00:00-04:00", NOT_DONE, Deadline.OVERDUE),
        ("2026-03-12T23:59:59-04:00", NOT_DONE, Deadline.OVERDUE),
        ("2026-03-13T00:00:00-04:00", NOT_DONE, Deadline.CLOSED),
        ("2026-03-13T00:00:00-04:00", DONE, Deadline.DONE),
    ],
)
def test_deadline_states_turn_at_midnight_in_the_class_time_zone(moment, cell, expected):
    classroom = Classroom(time_zone="America/New_York")
    assignment = Assignment(
        classroom=classroom,
        available_from=date(2026, 3, 2),
        due_on=date(2026, 3, 10),
        cut_off_on=date(2026, 3, 12),
    )
    assert deadline(assignment=assignment, cell=cell, now=at(moment)) == expected


def assign_now(classroom, page, **dates) -> Assignment:
    today = local_today()
    defaults = {"available_from": today - timedelta(days=1), "due_on": today + timedelta(days=7)}
    return assign(classroom=classroom, page=page, **(defaults | dates))


@pytest.mark.django_db
def test_grid_counts_only_work_done_for_the_class(classroom, lesson, course):
    second = course.lessons()[1]
    assign_now(classroom, lesson)
    before_joining = Client()
    take_quiz(before_joining, lesson)  # before joining: kept for the learner, not for the class
    join_with_nickname(before_joining, classroom, nickname="Early")
    passer, failer, reader, idle = Client(), Client(), Client(), Client()
    for client, name in [(passer, "Pass"), (failer, "Fail"), (reader, "Read"), (idle, "Idle")]:
        join_with_nickname(client, classroom, nickname=name)
    take_quiz(passer, lesson, right={0})
    take_quiz(passer, lesson)
    take_quiz(passer, second)  # not assigned: never shown to the educator
    take_quiz(failer, lesson, right={0, 1})
    reader.get(lesson.url)

    grid = class_grid(classroom=classroom)
    cells = {row.membership.nickname: row.cells[0] for row in grid.rows}
    assert cells["Early"].status == Status.NOT_STARTED and cells["Early"].attempts == 0
    assert (cells["Pass"].status, cells["Pass"].best_score, cells["Pass"].attempts) == (
        Status.PASSED,
        100,
        2,
    )
    assert (cells["Fail"].status, cells["Fail"].best_score) == (Status.NOT_PASSED, 50)
    assert cells["Read"].status == Status.IN_PROGRESS and cells["Read"].last_activity
    assert cells["Idle"] == Cell(Status.NOT_STARTED, None, 0, None)
    assert len(grid.assignments) == 1


@pytest.mark.django_db
def test_work_after_the_cut_off_does_not_count(classroom, lesson):
    today = local_today()
    assign_now(
        classroom,
        lesson,
        available_from=today - timedelta(days=9),
        due_on=today - timedelta(days=3),
        cut_off_on=today - timedelta(days=2),
    )
    client = Client()
    join_with_nickname(client, classroom)
    Membership.objects.update(joined_at=datetime.now(UTC) - timedelta(days=8))
    take_quiz(client, lesson)
    row = class_grid(classroom=classroom).rows[0]
    assert row.cells[0].status == Status.NOT_STARTED
    QuizAttempt.objects.update(created_at=datetime.now(UTC) - timedelta(days=4))
    LessonRead.objects.update(last_read_at=datetime.now(UTC) - timedelta(days=4))
    assert class_grid(classroom=classroom).rows[0].cells[0].status == Status.PASSED


@pytest.mark.django_db
def test_a_course_passes_when_every_lesson_passes(classroom, course):
    assign_now(classroom, course)
    client = Client()
    join_with_nickname(client, classroom)
    first, second = course.lessons()
    take_quiz(client, first)
    cell = class_grid(classroom=classroom).rows[0].cells[0]
    assert (cell.status, cell.best_score) == (Status.IN_PROGRESS, 50)
    take_quiz(client, second, right={0})
    assert class_grid(classroom=classroom).rows[0].cells[0].status == Status.NOT_PASSED
    take_quiz(client, second)
    assert class_grid(classroom=classroom).rows[0].cells[0].status == Status.PASSED


@pytest.mark.django_db
def test_question_statistics_put_the_most_missed_question_first(classroom, lesson):
    assign_now(classroom, lesson)
    for name, right in [("Ann", {1, 2, 3}), ("Ben", {1, 3}), ("Cy", {0, 1, 2, 3})]:
        client = Client()
        join_with_nickname(client, classroom, nickname=name)
        take_quiz(client, lesson, right=right)
    outsider = Client()
    take_quiz(outsider, lesson, right=set())  # not in the class: not counted
    (stats,) = question_stats(classroom=classroom)
    prompts = [(q.prompt, q.wrong, q.answered) for q in stats.questions]
    assert prompts[0] == ("Where is the safest place during a storm?", 2, 3)
    assert prompts[1] == ("You should drive through flood water.", 1, 3)
    assert {p[1] for p in prompts[2:]} == {0}


@pytest.mark.django_db
def test_dashboard_shows_grid_and_statistics(educator_client, classroom, lesson):
    assign_now(classroom, lesson)
    client = Client()
    join_with_nickname(client, classroom, nickname="Mika")
    take_quiz(client, lesson, right={1, 2, 3})
    html = educator_client.get(classroom.get_absolute_url()).content.decode()
    assert 'data-learner="Mika"' in html and 'data-status="passed"' in html
    assert "best 75%, 1 attempt" in html
    assert "wrong in 1 of 1 answer<" in html


@pytest.mark.django_db
def test_statistics_say_no_answers_yet_until_someone_answers(educator_client, classroom, lesson):
    assign_now(classroom, lesson)
    join_with_nickname(Client(), classroom, nickname="Mika")
    html = educator_client.get(classroom.get_absolute_url()).content.decode()
    assert "No answers yet." in html
    assert "wrong in" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "singular", "plural"),
    [
        ("en", "wrong in 0 of 1 answer<", "wrong in 1 of 2 answers<"),
        ("de", "falsch in 0 von 1 Antwort<", "falsch in 1 von 2 Antworten<"),
        ("uk", "неправильно в 0 з 1 відповіді<", "неправильно в 1 з 2 відповідей<"),
    ],
)
def test_statistics_use_the_plural_of_the_readers_language(
    educator_client, classroom, lesson, language, singular, plural
):
    assign_now(classroom, lesson)
    for name, right in [("Ann", {0, 1, 2, 3}), ("Ben", {1, 2, 3})]:
        client = Client()
        join_with_nickname(client, classroom, nickname=name)
        take_quiz(client, lesson, right=right)
        url = classroom.get_absolute_url().replace("/en/", f"/{language}/", 1)
        html = educator_client.get(url).content.decode()
        # After Ann: one answer to each question; after Ben: two, one of them wrong.
        assert (singular if name == "Ann" else plural) in html


@pytest.mark.django_db
def test_assign_through_the_dashboard_and_refuse_bad_dates(educator_client, classroom, lesson):
    url = f"/en/classes/{classroom.pk}/assign/"
    fields = {"page": lesson.pk, "available_from": "2026-05-10", "due_on": "2026-05-01"}
    response = educator_client.post(url, fields)
    assert response.status_code == 400
    assert "The due date cannot be before the day it is available." in response.content.decode()
    fields |= {"due_on": "2026-05-20", "cut_off_on": "2026-05-19"}
    response = educator_client.post(url, fields)
    assert "The cut-off date cannot be before the due date." in response.content.decode()
    fields["cut_off_on"] = ""
    assert educator_client.post(url, fields).status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.due_on, assignment.cut_off_on) == (date(2026, 5, 20), None)
    again = educator_client.post(url, fields)
    assert again.status_code == 400
    assert "is already assigned to this class" in again.content.decode()
    other = Classroom.objects.create(owner=classroom.owner, name="Other", language="en")
    assign_now(other, french(lesson))  # the same lesson in French is one lesson: refused once
    with pytest.raises(ValueError, match="already assigned"):
        assign_now(other, lesson)


@pytest.mark.django_db
def test_my_assignments_in_the_learners_language_count_the_same(classroom, lesson):
    assign_now(classroom, lesson)
    client = Client()
    join_with_nickname(client, classroom)
    html = client.get("/fr/assignments/").content.decode()
    assert "Sécurité en cas de tempête" in html and 'data-deadline="due"' in html
    take_quiz(client, french(lesson))
    html = client.get("/fr/assignments/").content.decode()
    assert 'data-deadline="done"' in html and re.search(r"100\s%", html)  # French: 100 %
    assert class_grid(classroom=classroom).rows[0].cells[0].status == Status.PASSED


@pytest.mark.django_db
def test_the_educator_changes_the_dates_of_an_assignment(educator_client, classroom, lesson):
    assignment = assign_now(
        classroom, lesson, available_from=date(2026, 5, 1), due_on=date(2026, 5, 8)
    )
    url = f"/en/classes/{classroom.pk}/assignments/{assignment.pk}/dates/"
    assert url in educator_client.get(classroom.get_absolute_url()).content.decode()
    form = educator_client.get(url).content.decode()
    assert 'value="2026-05-08"' in form and "midnight in the class" in form
    french_form = educator_client.get(url.replace("/en/", "/fr/")).content.decode()
    assert "Chaque jour commence à minuit dans le fuseau horaire de la classe (UTC)" in french_form
    bad = educator_client.post(url, {"available_from": "2026-05-01", "due_on": "2026-04-30"})
    assert bad.status_code == 400
    assert "The due date cannot be before the day it is available." in bad.content.decode()
    fields = {"available_from": "2026-05-01", "due_on": "2026-05-15", "cut_off_on": "2026-05-22"}
    assert educator_client.post(url, fields).status_code == 302
    assignment.refresh_from_db()
    assert (assignment.due_on, assignment.cut_off_on) == (date(2026, 5, 15), date(2026, 5, 22))


@pytest.mark.django_db
def test_only_the_classs_educator_changes_dates_and_never_once_archived(
    educator_client, classroom, lesson, django_user_model
):
    assignment = assign_now(classroom, lesson)
    url = f"/en/classes/{classroom.pk}/assignments/{assignment.pk}/dates/"
    fields = {"available_from": "2026-05-01", "due_on": "2026-05-15"}
    other = django_user_model.objects.create_user("other-teacher", password="x")
    other.groups.set(classroom.owner.groups.all())
    client = Client()
    client.force_login(other)
    assert client.get(url).status_code == client.post(url, fields).status_code == 404
    client.force_login(django_user_model.objects.create_user("pupil", password="x"))
    assert client.post(url, fields).status_code == 403
    educator_client.post(f"/en/classes/{classroom.pk}/archive/")
    refused = educator_client.post(url, fields)
    assert refused.status_code == 400
    assert "This class is archived: its assignments no longer change." in refused.content.decode()
    assert Assignment.objects.get().due_on == assignment.due_on
