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
    assert error.value.question_id == question_id
    assert str(error.value)


def test_unknown_question_field_is_refused():
    with pytest.raises(InvalidSubmission) as error:
        parse_answers(QUIZ, {**ALL_RIGHT, "q-zzz": ["a-0"]})
    assert error.value.question_id is None


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
