"""Quiz grading: pure functions of (quiz definition, submitted answers).

Questions and choices are identified by their stable block ids, and a quiz by its lesson's
translation key, so an answer sheet from the French page grades exactly like one from the English
page. Nothing here touches the database.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from uuid import UUID

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
        """Rounded half up (2 of 7 is 29 %, 1 of 8 is 13 %), as people round by hand."""
        if not self.questions:
            return 0
        return (200 * self.correct_count + self.question_count) // (2 * self.question_count)

    @property
    def passed(self) -> bool:
        return 100 * self.correct_count >= self.quiz.pass_mark * self.question_count


class InvalidSubmission(ValueError):
    """An answer sheet that cannot be graded; `str(error)` is a reason fit to show the user, and
    `problems` maps every question that needs attention to its reason, so a learner sees all of
    them at once rather than one per round trip."""

    def __init__(self, reason: str, *, problems: Mapping[str, str] | None = None):
        super().__init__(reason)
        self.problems = dict(problems or {})


Answers = Mapping[str, frozenset[str]]


def parse_answers(quiz: Quiz, form: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Validate submitted choice ids against the quiz; every question must be answered.

    `form` maps field names (``q-<question id>``) to the submitted values. Raises InvalidSubmission
    naming every question with a missing answer, an unknown or foreign choice id, or several
    answers to a one-answer question. Unknown ``q-`` fields are refused too: the page changed or
    was tampered with.
    """
    known_fields = {question.field_name for question in quiz.questions}
    unknown = sorted(
        name for name in form if name.startswith(FIELD_PREFIX) and name not in known_fields
    )
    if unknown:
        raise InvalidSubmission(
            _("This answer sheet does not match the quiz. Reload the page and try again.")
        )
    problems = {}
    for question in quiz.questions:
        problem = answer_problem(question, frozenset(form.get(question.field_name, ())))
        if problem:
            problems[question.id] = problem
    if problems:
        count = len(problems)
        raise InvalidSubmission(
            ngettext(
                "%(count)d answer needs your attention.",
                "%(count)d answers need your attention.",
                count,
            )
            % {"count": count},
            problems=problems,
        )
    return {
        question.id: frozenset(form.get(question.field_name, ())) for question in quiz.questions
    }


def answer_problem(question: Question, selected: frozenset[str]) -> str | None:
    """Why `selected` is no valid answer to `question`, or None when it is."""
    if not selected:
        return _("Choose an answer.")
    if not selected <= {choice.id for choice in question.choices}:
        return _("This answer does not belong to this question.")
    if len(selected) > 1 and not question.allows_several:
        return _("Choose only one answer.")
    return None


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
