"""Quiz grading: pure functions of (quiz definition, submitted answers).

Questions and choices are identified by their stable block ids, and a quiz by its lesson's
translation key, so an answer sheet from the French page grades exactly like one from the English
page. Nothing here touches the database.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from uuid import UUID

from django.utils.translation import gettext as _

DEFAULT_PASS_MARK = 75
FIELD_PREFIX = "q-"


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # "single", "multiple" or "true_false"
    prompt: str
    choices: tuple[Choice, ...]

    @property
    def field_name(self) -> str:
        return FIELD_PREFIX + self.id

    @property
    def allows_several(self) -> bool:
        return self.kind == "multiple"

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(choice.id for choice in self.choices if choice.correct)


@dataclass(frozen=True)
class Quiz:
    key: UUID  # the lesson's translation key: the same in every language
    pass_mark: int
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    selected: frozenset[str]

    @property
    def correct(self) -> bool:
        return self.selected == self.question.correct_ids


@dataclass(frozen=True)
class QuizResult:
    quiz: Quiz
    questions: tuple[QuestionResult, ...]

    @property
    def correct_count(self) -> int:
        return sum(1 for result in self.questions if result.correct)

    @property
    def question_count(self) -> int:
        return len(self.questions)

    @property
    def score_percent(self) -> int:
        return (100 * self.correct_count) // self.question_count if self.questions else 0

    @property
    def passed(self) -> bool:
        return 100 * self.correct_count >= self.quiz.pass_mark * self.question_count


class InvalidSubmission(ValueError):
    """An answer sheet that cannot be graded; `str(error)` is a reason fit to show the user."""

    def __init__(self, reason: str, *, question_id: str | None = None):
        super().__init__(reason)
        self.question_id = question_id


Answers = Mapping[str, frozenset[str]]


def parse_answers(quiz: Quiz, form: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Validate submitted choice ids against the quiz; every question must be answered.

    `form` maps field names (``q-<question id>``) to the submitted values. Raises InvalidSubmission
    for a missing answer, an unknown or foreign choice id, or several answers to a one-answer
    question. Unknown ``q-`` fields are refused too: the page changed or was tampered with.
    """
    known_fields = {question.field_name for question in quiz.questions}
    unknown = sorted(
        name for name in form if name.startswith(FIELD_PREFIX) and name not in known_fields
    )
    if unknown:
        raise InvalidSubmission(
            _("This answer sheet does not match the quiz. Reload the page and try again.")
        )
    return {
        question.id: _selected(question, form.get(question.field_name, ()))
        for question in quiz.questions
    }


def _selected(question: Question, values: Iterable[str]) -> frozenset[str]:
    selected = frozenset(values)
    if not selected:
        raise InvalidSubmission(_("Choose an answer."), question_id=question.id)
    valid = {choice.id for choice in question.choices}
    if not selected <= valid:
        raise InvalidSubmission(
            _("This answer does not belong to this question."), question_id=question.id
        )
    if len(selected) > 1 and not question.allows_several:
        raise InvalidSubmission(_("Choose only one answer."), question_id=question.id)
    return selected


def grade(quiz: Quiz, answers: Answers) -> QuizResult:
    """Grade validated answers: a question counts as right when exactly its correct choices are
    selected (no partial credit), and the quiz is passed at `pass_mark` percent or more."""
    return QuizResult(
        quiz=quiz,
        questions=tuple(
            QuestionResult(question=question, selected=frozenset(answers.get(question.id, ())))
            for question in quiz.questions
        ),
    )
