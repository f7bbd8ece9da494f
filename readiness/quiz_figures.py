"""Quiz results by topic (one lesson's quiz is one topic): learners, share passed, average score
and the most-missed questions, over the dashboard's window. Attempts carry no place, so these
figures are always the whole country's."""

from collections import defaultdict
from datetime import datetime

from django.utils.translation import get_language
from wagtail.models import Locale

from lessons.models import LessonPage, QuizAttempt
from readiness.privacy import hidden_groups

MOST_MISSED = 3


def quiz_topics(*, since: datetime) -> list[dict]:
    """One entry per quiz answered since `since`; a topic answered by fewer than K learners
    carries its title only (`suppressed`)."""
    attempts = defaultdict(list)
    rows = QuizAttempt.objects.filter(created_at__gte=since).values_list(
        "lesson_key", "user_id", "anonymous_token", "score_percent", "passed", "answers"
    )
    for key, user_id, token, score, passed, answers in rows:
        attempts[key].append((user_id or token, score, passed, answers))
    learners = {key: len({row[0] for row in rows}) for key, rows in attempts.items()}
    hidden = hidden_groups(learners, adds_up_to_shown_total=False)
    pages = lessons_in_reader_language(attempts)
    topics = []
    for key, rows in attempts.items():
        page = pages.get(key)
        topic = {
            "lesson": str(key),
            "title": page.title if page else str(key),
            "hazard": page.hazard if page else "",
        }
        if key in hidden:
            topic["suppressed"] = True
        else:
            topic.update(topic_figures(rows, page, learners=learners[key]))
        topics.append(topic)
    return sorted(topics, key=lambda topic: topic["title"])


def topic_figures(rows: list[tuple], page: LessonPage | None, *, learners: int) -> dict:
    passed_learners = {learner for learner, _score, passed, _answers in rows if passed}
    return {
        "learners": learners,
        "attempts": len(rows),
        "passed_percent": round(100 * len(passed_learners) / learners),
        "average_score": round(sum(row[1] for row in rows) / len(rows)),
        "most_missed": most_missed(rows, page),
    }


def most_missed(rows: list[tuple], page: LessonPage | None) -> list[dict]:
    """The questions most often answered wrongly, as a share of the attempts."""
    quiz = page.quiz_definition() if page else None
    if quiz is None:
        return []
    missed = {
        question.id: sum(
            1
            for _learner, _score, _passed, answers in rows
            if frozenset(answers.get(question.id, ())) != question.correct_ids
        )
        for question in quiz.questions
    }
    prompts = {question.id: question.prompt for question in quiz.questions}
    ranked = sorted(missed.items(), key=lambda item: -item[1])[:MOST_MISSED]
    return [
        {"question": prompts[qid], "missed_percent": round(100 * count / len(rows))}
        for qid, count in ranked
        if count
    ]


def lessons_in_reader_language(keys) -> dict:
    """Live lesson pages by translation key, in the active language where translated."""
    pages = {}
    language = Locale.objects.filter(language_code=get_language()).first()
    for page in LessonPage.objects.live().filter(translation_key__in=list(keys)):
        if page.translation_key not in pages or page.locale_id == getattr(language, "pk", None):
            pages[page.translation_key] = page
    return pages
