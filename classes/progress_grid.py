"""What a class has done: each learner's result on each assignment, deadline states, and the quiz
questions a class most often gets wrong.

Only work done for the class counts: attempts and reads on the assigned lessons, made after the
learner joined and before the assignment's cut-off. A learner's other activity never shows here.
Everything is read in a few queries for the whole class, whatever its size.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from classes.models import Assignment, Classroom, Membership
from lessons import grading
from lessons.models.progress import LessonRead, QuizAttempt


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    PASSED = "passed", _("passed")
    NOT_PASSED = "not_passed", _("not passed")


class Deadline(models.TextChoices):
    UPCOMING = "upcoming", _("not open yet")
    DUE = "due", _("due")
    OVERDUE = "overdue", _("overdue")
    CLOSED = "closed", _("closed")
    DONE = "done", _("done")


@dataclass(frozen=True)
class Cell:
    """One learner's result on one assignment."""

    status: Status
    best_score: int | None
    attempts: int
    last_activity: datetime | None


@dataclass(frozen=True)
class Row:
    membership: Membership
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Grid:
    assignments: tuple[Assignment, ...]
    rows: tuple[Row, ...]

    def titled_rows(self) -> list[tuple[Row, tuple[tuple[str, Cell], ...]]]:
        """Each row with every cell beside its assignment's title in the reader's language, for
        a table that labels each cell (stacked on a phone); one title lookup per assignment."""
        titles = [assignment.page.localized.title for assignment in self.assignments]
        return [(row, tuple(zip(titles, row.cells, strict=True))) for row in self.rows]


def deadline(*, assignment: Assignment, cell: Cell, now: datetime) -> Deadline:
    """Where a learner stands against the assignment's dates, at midnight in the class's zone."""
    if cell.status == Status.PASSED:
        return Deadline.DONE
    if now < assignment.opens_at:
        return Deadline.UPCOMING
    closes_at = assignment.closes_at
    if closes_at is not None and now >= closes_at:
        return Deadline.CLOSED
    return Deadline.OVERDUE if now >= assignment.due_at else Deadline.DUE


def class_grid(*, classroom: Classroom, memberships=None) -> Grid:
    """Learners × assignments of `classroom` (all members, or the given ones of this class)."""
    members = tuple(memberships if memberships is not None else classroom.members.all())
    assignments = tuple(classroom.assignments.select_related("page"))
    keys = {a.pk: {lesson.translation_key for lesson in a.lessons()} for a in assignments}
    all_keys = set().union(*keys.values())
    attempts = _by_owner(_class_rows(QuizAttempt, members, all_keys))
    reads = _by_owner(_class_rows(LessonRead, members, all_keys))

    def cell(member: Membership, assignment: Assignment) -> Cell:
        mine = [r for r in attempts[_owner(member)] if r["lesson_key"] in keys[assignment.pk]]
        read = [r for r in reads[_owner(member)] if r["lesson_key"] in keys[assignment.pk]]
        return _cell(
            keys[assignment.pk],
            [r for r in mine if _counts(r["created_at"], member, assignment)],
            [r for r in read if _counts(r["last_read_at"], member, assignment)],
        )

    rows = tuple(
        Row(membership=member, cells=tuple(cell(member, a) for a in assignments))
        for member in members
    )
    return Grid(assignments=assignments, rows=rows)


@dataclass(frozen=True)
class LearnerAssignment:
    assignment: Assignment
    cell: Cell
    deadline: Deadline


def learner_assignments(*, membership: Membership, now: datetime) -> list[LearnerAssignment]:
    """One learner's assignments in one class, what is due or overdue first, done last."""
    grid = class_grid(classroom=membership.classroom, memberships=[membership])
    items = [
        LearnerAssignment(assignment, cell, deadline(assignment=assignment, cell=cell, now=now))
        for assignment, cell in zip(grid.assignments, grid.rows[0].cells, strict=True)
    ]
    order = [Deadline.OVERDUE, Deadline.DUE, Deadline.UPCOMING, Deadline.CLOSED, Deadline.DONE]
    return sorted(items, key=lambda item: order.index(item.deadline))


def _owner(member: Membership) -> tuple:
    return ("user", member.user_id) if member.user_id else ("token", member.learner_token)


def _class_rows(model, members, keys):
    """Progress rows of `model` on lessons `keys` by any of `members`, as dicts."""
    users = [m.user_id for m in members if m.user_id]
    tokens = [m.learner_token for m in members if not m.user_id]
    owners = Q(user_id__in=users) | Q(user__isnull=True, anonymous_token__in=tokens)
    return model.objects.filter(owners, lesson_key__in=keys).order_by().values()


def _by_owner(rows) -> defaultdict:
    grouped = defaultdict(list)
    for row in rows:
        key = ("user", row["user_id"]) if row["user_id"] else ("token", row["anonymous_token"])
        grouped[key].append(row)
    return grouped


def _counts(moment: datetime, member: Membership, assignment: Assignment) -> bool:
    """Work counts for the class from joining until the end of the cut-off day."""
    return moment >= member.joined_at and assignment.counts_at(moment)


def _cell(keys: set, attempts: list[dict], reads: list[dict]) -> Cell:
    tried = {r["lesson_key"] for r in attempts}
    if keys and keys <= {r["lesson_key"] for r in attempts if r["passed"]}:
        status = Status.PASSED
    elif keys and keys <= tried:
        status = Status.NOT_PASSED
    elif attempts or reads:
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_STARTED
    best = dict.fromkeys(keys, 0)
    for row in attempts:
        best[row["lesson_key"]] = max(best[row["lesson_key"]], row["score_percent"])
    moments = [r["created_at"] for r in attempts] + [r["last_read_at"] for r in reads]
    return Cell(
        status=status,
        # A lesson's best score; a course's is the mean of its lessons' (0 for an untried one).
        best_score=sum(best.values()) // len(best) if attempts else None,
        attempts=len(attempts),
        last_activity=max(moments, default=None),
    )


@dataclass(frozen=True)
class QuestionStat:
    prompt: str
    wrong: int
    answered: int


@dataclass(frozen=True)
class QuizStats:
    lesson: object
    questions: tuple[QuestionStat, ...]  # most often wrong first

    @property
    def answered(self) -> bool:
        """Whether anyone in the class has answered any of the questions yet."""
        return any(question.answered for question in self.questions)


def question_stats(*, classroom: Classroom) -> list[QuizStats]:
    """For each assigned quiz, how often the class answered each question wrongly, counting
    every attempt made for the class. Prompts are in the reader's language where translated."""
    members = list(classroom.members.all())
    lessons = {}  # translation key -> (assignment, lesson in the reader's language)
    for assignment in classroom.assignments.select_related("page"):
        for lesson in assignment.lessons():
            lessons.setdefault(lesson.translation_key, (assignment, lesson.localized.specific))
    attempts = _by_owner(_class_rows(QuizAttempt, members, set(lessons)))
    sheets = defaultdict(list)
    for member in members:
        for row in attempts[_owner(member)]:
            if _counts(row["created_at"], member, lessons[row["lesson_key"]][0]):
                sheets[row["lesson_key"]].append(row["answers"])
    stats = []
    for key, (_assignment, lesson) in lessons.items():
        quiz = lesson.quiz_definition()
        if quiz is not None:
            stats.append(QuizStats(lesson=lesson, questions=_tally(quiz, sheets[key])))
    return stats


def _tally(quiz: grading.Quiz, sheets: list[dict]) -> tuple[QuestionStat, ...]:
    wrong, answered = defaultdict(int), defaultdict(int)
    for sheet in sheets:
        answers = {qid: frozenset(ids) for qid, ids in sheet.items()}
        for result in grading.grade(quiz, answers).questions:
            # A question left without a choice (or added after the attempt) was not answered.
            if answers.get(result.question.id):
                answered[result.question.id] += 1
                wrong[result.question.id] += not result.correct
    questions = [
        QuestionStat(prompt=q.prompt, wrong=wrong[q.id], answered=answered[q.id])
        for q in quiz.questions
    ]
    return tuple(sorted(questions, key=lambda q: (-q.wrong, -q.answered)))
