"""Grading is a pure function of (quiz, answers), keyed by block ids, never by text."""

import uuid

import pytest

from lessons.grading import Choice, InvalidSubmission, Question, Quiz, grade, parse_answers


def question(qid: str, kind: str, correct: list[bool]) -> Question:
    return Question(
        id=qid,
        kind=kind,
        prompt=f"prompt {qid}",
        choices=tuple(
            Choice(id=f"{qid}-{n}", text=f"choice {n}", correct=flag, feedback=f"because {n}")
            for n, flag in enumerate(correct)
        ),
    )


QUIZ = Quiz(
    key=uuid.uuid4(),
    pass_mark=75,
    questions=(
        question("a", "single", [True, False, False]),
        question("b", "multiple", [True, True, False]),
        question("c", "true_false", [False, True]),
        question("d", "single", [False, True]),
    ),
)
ALL_RIGHT = {"q-a": ["a-0"], "q-b": ["b-0", "b-1"], "q-c": ["c-1"], "q-d": ["d-1"]}


def test_all_right_scores_100_and_passes():
    result = grade(QUIZ, parse_answers(QUIZ, ALL_RIGHT))
    assert (result.correct_count, result.score_percent, result.passed) == (4, 100, True)


def test_pass_mark_is_inclusive():
    three_of_four = {**ALL_RIGHT, "q-d": ["d-0"]}
    result = grade(QUIZ, parse_answers(QUIZ, three_of_four))
    assert (result.score_percent, result.passed) == (75, True)


def test_below_pass_mark_fails():
    two_of_four = {**ALL_RIGHT, "q-c": ["c-0"], "q-d": ["d-0"]}
    result = grade(QUIZ, parse_answers(QUIZ, two_of_four))
    assert (result.score_percent, result.passed) == (50, False)
    assert [r.correct for r in result.questions] == [True, True, False, False]


def test_multiple_choice_needs_exactly_the_right_set():
    for wrong in (["b-0"], ["b-0", "b-1", "b-2"]):
        result = grade(QUIZ, parse_answers(QUIZ, {**ALL_RIGHT, "q-b": wrong}))
        assert result.questions[1].correct is False


@pytest.mark.parametrize(
    ("fields", "question_id"),
    [
        ({k: v for k, v in ALL_RIGHT.items() if k != "q-c"}, "c"),  # missing answer
        ({**ALL_RIGHT, "q-a": ["b-0"]}, "a"),  # a choice of another question
        ({**ALL_RIGHT, "q-a": ["nonsense"]}, "a"),  # unknown choice id
        ({**ALL_RIGHT, "q-a": ["a-0", "a-1"]}, "a"),  # two answers to a single-choice question
        ({**ALL_RIGHT, "q-d": []}, "d"),  # empty answer
    ],
)
def test_bad_answers_are_refused_naming_the_question(fields, question_id):
    with pytest.raises(InvalidSubmission) as error:
        parse_answers(QUIZ, fields)
    assert list(error.value.problems) == [question_id]
    assert error.value.problems[question_id] and str(error.value)


def test_an_empty_sheet_names_every_question_at_once():
    with pytest.raises(InvalidSubmission) as error:
        parse_answers(QUIZ, {})
    assert list(error.value.problems) == [question.id for question in QUIZ.questions]
    assert set(error.value.problems.values()) == {"Choose an answer."}
    assert str(error.value) == f"{len(QUIZ.questions)} answers need your attention."


def test_unknown_question_field_is_refused():
    with pytest.raises(InvalidSubmission) as error:
        parse_answers(QUIZ, {**ALL_RIGHT, "q-zzz": ["a-0"]})
    assert error.value.problems == {}


def test_grading_ignores_texts():
    renamed = Quiz(
        key=QUIZ.key,
        pass_mark=QUIZ.pass_mark,
        questions=tuple(
            Question(
                id=q.id,
                kind=q.kind,
                prompt="traduit",
                choices=tuple(
                    Choice(id=c.id, text="texte", correct=c.correct, feedback="parce que")
                    for c in q.choices
                ),
            )
            for q in QUIZ.questions
        ),
    )
    answers = parse_answers(QUIZ, ALL_RIGHT)
    assert grade(renamed, answers).score_percent == grade(QUIZ, answers).score_percent == 100


@pytest.mark.parametrize(
    ("right", "total", "percent"),
    [(2, 7, 29), (6, 7, 86), (1, 8, 13), (3, 8, 38), (1, 3, 33), (0, 7, 0), (7, 7, 100)],
)
def test_score_is_rounded_half_up(right, total, percent):
    quiz = Quiz(
        key=uuid.uuid4(),
        pass_mark=75,
        questions=tuple(question(str(n), "single", [True, False]) for n in range(total)),
    )
    answers = {str(n): frozenset({f"{n}-0" if n < right else f"{n}-1"}) for n in range(total)}
    assert grade(quiz, answers).score_percent == percent
