"""Taking a quiz through the lesson page: grading, feedback, bad input and replays."""

import pytest
from django.core import signing
from django.test import Client

from core.l10n import format_percentage
from lessons.models import LessonRead, QuizAttempt
from lessons.quiz_views import TOKEN_SALT
from tests.lessons.fixtures import answer_sheet, french, submission_token

pytestmark = pytest.mark.django_db


def submit(client, page, fields, token=None):
    data = {"submission": token or submission_token(client, page), **fields}
    return client.post(page.url, data)


def test_lesson_page_shows_structured_quiz(client, lesson):
    response = client.get(lesson.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<fieldset") == 4
    assert html.count("<legend>") == 4
    assert 'type="checkbox" name="q-' in html  # the multiple-choice question
    assert "1 minute read" in html


def test_reading_is_recorded_for_an_anonymous_visitor(client, lesson):
    submission_token(client, lesson)  # the shared page's script asks for its tokens
    assert LessonRead.objects.filter(lesson_key=lesson.translation_key, user=None).count() == 1


def test_passing_submission_redirects_to_feedback(client, lesson):
    response = submit(client, lesson, answer_sheet(lesson.quiz_definition()))
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert (attempt.score_percent, attempt.passed, attempt.language) == (100, True, "en")
    result = client.get(response["Location"])
    html = result.content.decode()
    assert result.status_code == 200
    assert "100%" in html and "Passed" in html
    assert "Walls protect you." in html and "Trees fall." in html  # feedback for every answer


def test_failing_submission_shows_what_was_wrong(client, lesson):
    response = submit(client, lesson, answer_sheet(lesson.quiz_definition(), right={0, 1}))
    html = client.get(response["Location"]).content.decode()
    assert "50%" in html
    assert "Not passed yet" in html
    assert html.count("Your answer was not right.") == 2


def test_retakes_are_unlimited(client, lesson):
    for right in ({0}, {0, 1, 2}, {0, 1, 2, 3}):
        submit(client, lesson, answer_sheet(lesson.quiz_definition(), right=right))
    assert list(QuizAttempt.objects.values_list("score_percent", flat=True)) == [100, 75, 25]


def test_missing_answer_is_a_form_error_and_records_nothing(client, lesson):
    fields = answer_sheet(lesson.quiz_definition())
    missing = lesson.quiz_definition().questions[2].field_name
    del fields[missing]
    response = submit(client, lesson, fields)
    assert response.status_code == 400
    assert "Choose an answer." in response.content.decode()
    assert QuizAttempt.objects.count() == 0


def test_an_empty_sheet_flags_every_question_in_one_pass(client, lesson):
    quiz = lesson.quiz_definition()
    response = submit(client, lesson, {})
    assert response.status_code == 400
    html = response.content.decode()
    assert f"{len(quiz.questions)} answers need your attention." in html
    for number, question in enumerate(quiz.questions, start=1):
        assert f'<a href="#question-{question.id}">Question {number}: Choose an answer.</a>' in html
        assert f'id="question-{question.id}" data-question="Question {number}" ' in html
    assert html.count('class="question question--error"') == len(quiz.questions)
    assert QuizAttempt.objects.count() == 0


def test_choice_of_another_question_is_refused(client, lesson):
    quiz = lesson.quiz_definition()
    fields = answer_sheet(quiz)
    fields[quiz.questions[0].field_name] = [quiz.questions[1].choices[0].id]
    response = submit(client, lesson, fields)
    assert response.status_code == 400
    assert "does not belong to this question" in response.content.decode()
    assert QuizAttempt.objects.count() == 0


def test_altered_token_is_refused(client, lesson):
    token = submission_token(client, lesson)
    response = submit(client, lesson, answer_sheet(lesson.quiz_definition()), token=token + "x")
    assert response.status_code == 400
    assert "altered" in response.content.decode()
    assert QuizAttempt.objects.count() == 0


def test_token_of_another_lesson_is_refused(client, lesson, home):
    forged = signing.dumps({"lesson": str(home.translation_key), "id": "abc"}, salt=TOKEN_SALT)
    response = submit(client, lesson, answer_sheet(lesson.quiz_definition()), token=forged)
    assert response.status_code == 400
    assert "another lesson" in response.content.decode()
    assert QuizAttempt.objects.count() == 0


def test_replayed_form_counts_once(client, lesson):
    token = submission_token(client, lesson)
    fields = answer_sheet(lesson.quiz_definition())
    assert submit(client, lesson, fields, token=token).status_code == 302
    replay = submit(client, lesson, fields, token=token)
    assert replay.status_code == 400
    assert "already submitted" in replay.content.decode()
    assert QuizAttempt.objects.count() == 1


def test_someone_elses_result_is_not_found(client, lesson, django_user_model):
    response = submit(client, lesson, answer_sheet(lesson.quiz_definition()))
    other = django_user_model.objects.create_user("other", password="x-long-password-1")
    other_client = Client()
    other_client.force_login(other)
    assert other_client.get(response["Location"]).status_code == 404
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "29%"), ("fr", "29\u00a0%"), ("de", "29\u00a0%"), ("pl", "29%")],
)
def test_scores_are_formatted_for_the_reader(language, expected):
    """CLDR's patterns, one formatter for every percentage (result, progress, class grid)."""
    assert format_percentage(29, language=language) == expected


def test_answers_on_the_french_page_grade_like_english(client, lesson):
    page_fr = french(lesson)
    assert page_fr.title == "Sécurité en cas de tempête"
    fields = answer_sheet(lesson.quiz_definition(), right={0, 1, 2})
    response = submit(client, page_fr, fields)  # English ids, French page
    html = client.get(response["Location"]).content.decode()
    assert "75\u00a0% (bonnes réponses" in html  # CLDR French: a no-break space before %
    assert "Les murs protègent." in html  # feedback in the language being read
    attempt = QuizAttempt.objects.get()
    assert (attempt.lesson_key, attempt.language) == (lesson.translation_key, "fr")


def test_result_of_a_french_attempt_reads_in_english(client, lesson):
    response = submit(client, french(lesson), answer_sheet(lesson.quiz_definition()))
    attempt_id = response["Location"].rstrip("/").split("/")[-1]
    english_result = client.get(f"{lesson.url}result/{attempt_id}/")
    assert english_result.status_code == 200
    assert "Walls protect you." in english_result.content.decode()
