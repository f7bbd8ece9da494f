"""Serving a lesson page: reading it, submitting its quiz, and seeing the graded result.

Each quiz form carries a signed submission token naming the lesson (by translation key) and a
random id. A token for another lesson, an altered token or one already used is refused with 400,
and nothing is recorded from it.
"""

import secrets

from django.core import signing
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import public_cache
from lessons import grading
from lessons.learners import learner_for
from lessons.models.progress import QuizAttempt
from lessons.services import ReplayedSubmission, record_attempt, record_lesson_read

TOKEN_SALT = "lessons.quiz-submission"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24 * 2


def new_submission_token(page) -> str:
    return signing.dumps(
        {"lesson": str(page.translation_key), "id": secrets.token_hex(16)}, salt=TOKEN_SALT
    )


def submission_id_from(token: str, page) -> str:
    """The submission id in a token made for `page`; raises InvalidSubmission otherwise."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise grading.InvalidSubmission(
            _("This answer sheet has expired. Reload the page and answer again.")
        ) from exc
    except signing.BadSignature as exc:
        raise grading.InvalidSubmission(
            _("This answer sheet was altered. Reload the page and answer again.")
        ) from exc
    if data.get("lesson") != str(page.translation_key):
        raise grading.InvalidSubmission(_("This answer sheet belongs to another lesson."))
    return data["id"]


def render_lesson(request, page, *, quiz, status=200, error=None, selected=None, shared=False):
    """The lesson with its quiz form. A `shared` page (one for every anonymous reader) carries
    no token of anyone's: lesson-session.js asks `session/` for the reader's own."""
    context = page.get_context(request)
    problems = error.problems if error else {}
    context.update(
        quiz=quiz,
        questions=[(question, problems.get(question.id)) for question in quiz.questions]
        if quiz
        else [],
        submission_token=new_submission_token(page) if quiz and not shared else "",
        shared=shared,
        error=error,
        selected_ids={choice for values in (selected or {}).values() for choice in values},
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def serve_lesson(request, page):
    quiz = page.quiz_definition()
    if request.method == "POST":
        return submit_quiz(request, page, quiz)
    if public_cache.is_shareable(request):
        response = render_lesson(request, page, quiz=quiz, shared=True)
        return public_cache.share(response, public_cache.CONTENT)
    record_lesson_read(lesson=page, learner=learner_for(request, create=True))
    return render_lesson(request, page, quiz=quiz)


@require_GET
@never_cache
def serve_session(request, page):
    """What a shared lesson page needs for this reader: notes that they read it (as opening an
    unshared page does) and hands over their CSRF token and a fresh quiz submission token."""
    record_lesson_read(lesson=page, learner=learner_for(request, create=True))
    quiz = page.quiz_definition()
    return JsonResponse(
        {"csrf": get_token(request), "submission": new_submission_token(page) if quiz else ""}
    )


def sent_answers(request) -> dict[str, list[str]]:
    return {
        name: request.POST.getlist(name)
        for name in request.POST
        if name.startswith(grading.FIELD_PREFIX)
    }


def answer_again(request, page):
    """A quiz sent from the shared page without the reader's tokens (their browser ran no
    script): nothing is recorded, and the lesson comes back for this reader alone with their
    answers still chosen, their own tokens, and a note to send it again. Never shared: the
    CSRF failure path marks it never to be cached."""
    quiz = page.quiz_definition()
    if quiz is None:
        return None
    error = grading.InvalidSubmission(
        _("Your answers are kept but were not sent yet. Press “Submit answers” again to send them.")
    )
    response = render_lesson(
        request, page, quiz=quiz, status=400, error=error, selected=sent_answers(request)
    )
    return response.render()


def submit_quiz(request, page, quiz):
    if quiz is None:
        return render_lesson(
            request,
            page,
            quiz=None,
            status=400,
            error=grading.InvalidSubmission(_("This lesson has no quiz.")),
        )
    selected = sent_answers(request)
    try:
        submission_id = submission_id_from(request.POST.get("submission", ""), page)
        answers = grading.parse_answers(quiz, selected)
        result = grading.grade(quiz, answers)
        attempt = record_attempt(
            lesson=page,
            learner=learner_for(request, create=True),
            result=result,
            submission_id=submission_id,
            language=get_language(),
        )
    except grading.InvalidSubmission as error:
        return render_lesson(request, page, quiz=quiz, status=400, error=error, selected=selected)
    except ReplayedSubmission:
        error = grading.InvalidSubmission(
            _("These answers were already submitted. Your result was saved; see My progress.")
        )
        return render_lesson(request, page, quiz=quiz, status=400, error=error)
    return redirect(
        page.url + page.reverse_subpage("result", kwargs={"attempt_id": attempt.pk}),
        permanent=False,
    )


def serve_result(request, page, attempt_id: int):
    """Show a learner's own attempt, graded against this page's quiz so the feedback is in the
    language being read, whichever language the quiz was taken in."""
    quiz = page.quiz_definition()
    attempt = (
        QuizAttempt.objects.of(learner_for(request))
        .filter(pk=attempt_id, lesson_key=page.translation_key)
        .first()
    )
    if quiz is None or attempt is None:
        raise Http404
    answers = {question_id: frozenset(ids) for question_id, ids in attempt.answers.items()}
    context = page.get_context(request)
    context.update(attempt=attempt, result=grading.grade(quiz, answers))
    return TemplateResponse(request, "lessons/quiz_result.html", context)
