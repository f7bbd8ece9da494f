"""k-anonymity on the readiness dashboard and its JSON: one rule (readiness.privacy) for both."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessons import grading
from lessons.learners import Learner
from lessons.services import record_attempt
from readiness.privacy import K, hidden_groups

pytestmark = pytest.mark.django_db

LABELS = {"code", "name", "week", "title", "lesson", "hazard", "suppressed"}


def region_row(data: dict, code: str) -> dict:
    return next(row for row in data["self_checks"]["regions"] if row["code"] == code)


def suppressed_cells(value):
    """Every dict marked suppressed, anywhere in the JSON."""
    if isinstance(value, dict):
        if value.get("suppressed"):
            yield value
        for child in value.values():
            yield from suppressed_cells(child)
    elif isinstance(value, list):
        for child in value:
            yield from suppressed_cells(child)


def test_a_region_with_nine_self_checks_shows_nothing(client, send_checks):
    send_checks(9, "XR-RS")
    send_checks(30, "XR-HL")
    send_checks(12)  # no place given
    data = client.get("/api/readiness.json").json()
    assert region_row(data, "XR-RS") == {
        "code": "XR-RS",
        "name": "Riverside County",
        "suppressed": True,
    }
    page = client.get("/en/readiness/").content.decode()
    row = page.split('data-region="XR-RS"')[1].split("</tr>")[0]
    assert "not shown" in row and "9" not in row


def test_a_region_with_ten_self_checks_shows_its_figures(client, send_checks):
    send_checks(10, "XR-RS", answers={"plan": "done", "insurance": "planned"})
    send_checks(30, "XR-HL")
    data = client.get("/api/readiness.json").json()
    row = region_row(data, "XR-RS")
    assert row["checks"] == 10
    assert row["actions"]["plan"] == {"done": 100, "planned": 0}
    assert row["actions"]["insurance"] == {"done": 0, "planned": 100}
    page = client.get("/en/readiness/").content.decode()
    assert "not shown" not in page.split('data-region="XR-RS"')[1].split("</tr>")[0]


def test_one_hidden_region_takes_the_next_smallest_with_it(client, send_checks):
    """Otherwise the country total minus the shown regions would give the hidden one away."""
    send_checks(3, "XR-RS")
    send_checks(11, "XR-HL")
    send_checks(40)
    data = client.get("/api/readiness.json").json()
    assert data["self_checks"]["total"]["checks"] == 54
    assert region_row(data, "XR-RS")["suppressed"] and region_row(data, "XR-HL")["suppressed"]
    assert region_row(data, "")["checks"] == 40


def test_the_json_never_carries_a_suppressed_cell(client, send_checks, lesson):
    send_checks(9, "XR-RS")
    send_checks(10, "XR-HL")
    body = client.get("/api/readiness.json").content.decode()
    data = json.loads(body)
    cells = list(suppressed_cells(data))
    assert cells, "the test needs suppressed cells"
    for cell in cells:
        assert set(cell) <= LABELS
    assert all(
        row.get("checks", 0) == 0 or row["checks"] >= K
        for row in [*data["self_checks"]["regions"], *data["self_checks"]["weeks"]]
    )


def test_fewer_than_ten_in_all_shows_no_total(client, send_checks):
    send_checks(9, "XR-HL")
    data = client.get("/api/readiness.json").json()
    assert data["self_checks"]["total"] == {"suppressed": True}
    assert "Fewer than 10 self-checks" in client.get("/en/readiness/").content.decode()


@given(st.dictionaries(st.text(max_size=3), st.integers(0, 40), max_size=8), st.booleans())
def test_no_group_under_k_is_shown_and_no_lone_group_can_be_subtracted(sizes, with_total):
    hidden = hidden_groups(sizes, adds_up_to_shown_total=with_total)
    assert all(size == 0 or size >= K for key, size in sizes.items() if key not in hidden)
    if with_total and sum(sizes.values()) >= K:  # a smaller total is itself hidden
        assert len([key for key in hidden if sizes[key] > 0]) != 1


def attempt(lesson, token: str, *, right: bool) -> None:
    quiz = lesson.quiz_definition()
    answers = {
        q.id: q.correct_ids if right or i > 1 else frozenset({q.choices[-1].id})
        for i, q in enumerate(quiz.questions)
    }
    record_attempt(
        lesson=lesson,
        learner=Learner(token=token),
        result=grading.grade(quiz, answers),
        submission_id=token,
        language="en",
    )


@pytest.mark.parametrize(("learners", "shown"), [(9, False), (10, True)])
def test_a_quiz_taken_by_nine_learners_shows_nothing_and_by_ten_its_results(
    client, lesson, learners, shown
):
    for number in range(learners):
        attempt(lesson, f"learner-{number}", right=number % 2 == 0)
    topic = client.get("/api/readiness.json").json()["quizzes"][0]
    if not shown:
        assert topic == {
            "lesson": str(lesson.translation_key),
            "title": "Storm safety",
            "hazard": "storm",
            "suppressed": True,
        }
        return
    assert topic["learners"] == 10 and topic["attempts"] == 10
    assert topic["passed_percent"] == 50
    assert topic["most_missed"][0] == {
        "question": "Where is the safest place during a storm?",
        "missed_percent": 50,
    }
    page = client.get("/en/readiness/").content.decode()
    assert "Where is the safest place during a storm?" in page
