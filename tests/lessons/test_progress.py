"""Progress kept for anonymous visitors, handed over on sign-in and sign-up, and certificates."""

import re

import pypdfium2
import pytest
from django.test import Client

from lessons.models import Certificate, QuizAttempt
from lessons.models.progress import normalised_certificate_code
from tests.lessons.fixtures import take_quiz
from tests.services import unavailable

pytestmark = pytest.mark.django_db


def test_progress_page_shows_anonymous_work(client, lesson):
    take_quiz(client, lesson, right={0, 1})
    take_quiz(client, lesson)
    html = client.get("/en/progress/").content.decode()
    row = re.search(r"<tr>\s*<th scope=\"row\"><a[^>]*>Storm safety</a>.*?</tr>", html, re.S).group(
        0
    )
    assert re.findall(r"<td[^>]*>(.*?)</td>", row) == ["yes", "2", "100%", "passed"]
    assert "Create an account" in html


def test_signing_in_keeps_anonymous_work(client, lesson, django_user_model):
    django_user_model.objects.create_user("citizen", password="a-long-password-9")
    take_quiz(client, lesson)
    response = client.post(
        "/en/accounts/login/", {"username": "citizen", "password": "a-long-password-9"}
    )
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert attempt.user.username == "citizen" and attempt.anonymous_token == ""
    other_device = Client()
    other_device.login(username="citizen", password="a-long-password-9")
    assert "100%" in other_device.get("/en/progress/").content.decode()


def test_signing_up_keeps_anonymous_work(client, lesson):
    take_quiz(client, lesson, right={0})
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "newcomer",
            "password1": "Kettle-Harbour-42",
            "password2": "Kettle-Harbour-42",
        },
    )
    assert response.status_code == 302
    assert QuizAttempt.objects.get().user.username == "newcomer"


def test_sign_up_errors_are_shown_and_nothing_is_created(client, django_user_model, home):
    response = client.post(
        "/en/accounts/signup/", {"username": "x", "password1": "abc", "password2": "abd"}
    )
    assert response.status_code == 200
    assert "didn’t match" in response.content.decode()
    assert not django_user_model.objects.exists()


def test_course_page_tracks_lessons(client, course, lesson):
    take_quiz(client, lesson)
    html = client.get(course.url).content.decode()
    assert "1 of 2 quizzes passed" in html
    assert "Pass every quiz of this course to get a certificate." in html


def test_certificate_is_refused_before_the_course_is_complete(client, course, lesson):
    take_quiz(client, lesson)
    response = client.post(f"/en/courses/{course.pk}/certificate/", {"name": "Ann"}, follow=True)
    assert "Pass every quiz of this course first." in response.content.decode()
    assert not Certificate.objects.exists()


def test_certificate_issue_and_public_verification(client, course):
    for item in course.lessons():
        take_quiz(client, item)
    assert "Get your certificate" in client.get(course.url).content.decode()
    response = client.post(f"/en/courses/{course.pk}/certificate/", {"name": "Ann Example"})
    certificate = Certificate.objects.get()
    assert response["Location"] == f"/en/certificates/{certificate.code}/"
    page = client.get(response["Location"]).content.decode()
    assert "Ann Example" in page and certificate.code in page and "<svg" in page
    anyone = Client()
    verified = anyone.get("/en/certificates/verify/", {"code": certificate.code.lower()})
    # The name is isolated: in a right-to-left sentence it keeps its own direction.
    assert "Valid certificate: <bdi>Ann Example</bdi> passed" in verified.content.decode()
    unknown = anyone.get("/en/certificates/verify/", {"code": "AAAA-BBBB-CCCC-DDDD"})
    assert "No certificate has this code" in unknown.content.decode()
    # Asking again keeps the first certificate.
    client.post(f"/en/courses/{course.pk}/certificate/", {"name": "Someone Else"})
    assert Certificate.objects.get().name == "Ann Example"


def test_certificate_pdf_in_arabic(client, course):
    for item in course.lessons():
        take_quiz(client, item)
    client.post(f"/en/courses/{course.pk}/certificate/", {"name": "ليلى"})
    code = Certificate.objects.get().code
    try:
        import weasyprint  # noqa: F401
    except OSError:
        unavailable("the Pango library is missing (apt-get install libpangoft2-1.0-0)")
    pdf = client.get(f"/ar/certificates/{code}/pdf/")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert code in pdf["Content-Disposition"]
    assert pdf.content.startswith(b"%PDF-") and len(pdf.content) > 2000


def test_unknown_certificate_is_not_found(client, home):
    assert client.get("/en/certificates/AAAA-BBBB-CCCC-DDDD/").status_code == 404
    assert client.get("/en/certificates/AAAA-BBBB-CCCC-DDDD/pdf/").status_code == 404


def test_certificate_name_is_required(client, course):
    for item in course.lessons():
        take_quiz(client, item)
    response = client.post(f"/en/courses/{course.pk}/certificate/", {"name": "  "}, follow=True)
    assert "Enter the name to print" in response.content.decode()
    assert not Certificate.objects.exists()


def test_certificate_codes_are_not_guessable(course):
    codes = {Certificate(course_key=course.translation_key).code for _ in range(200)}
    assert len(codes) == 200
    assert all(re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code) for code in codes)


@pytest.mark.parametrize(
    "typed",
    [
        "{code}",
        "{lower}",
        "{plain}",
        "  {spaced}  ",
        "{plain_lower}",
        "{en_dashes}",
        "{fullwidth}",
    ],
)
def test_certificate_check_accepts_the_code_however_it_is_typed(client, course, typed):
    for item in course.lessons():
        take_quiz(client, item)
    client.post(f"/en/courses/{course.pk}/certificate/", {"name": "Ann Example"})
    code = Certificate.objects.get().code
    plain = code.replace("-", "")
    forms = {
        "code": code,
        "lower": code.lower(),
        "plain": plain,
        "spaced": " ".join(code.split("-")),
        "plain_lower": plain.lower(),
        "en_dashes": code.replace("-", "\u2013"),
        "fullwidth": "".join(chr(ord(c) + 0xFEE0) if c != "-" else c for c in code),
    }
    response = Client().get("/en/certificates/verify/", {"code": typed.format(**forms)})
    assert "Valid certificate: <bdi>Ann Example</bdi>" in response.content.decode()
    assert Client().get(f"/en/certificates/{plain.lower()}/").status_code == 200


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("abcd efgh jkmn pq23", "ABCD-EFGH-JKMN-PQ23"),
        ("1ABC-DEFG-HJKM-NPQR", "LABC-DEFG-HJKM-NPQR"),  # no 1 in a code: it is an l
        ("АВСЕ-КМНР-ТХ23-4567", "ABCE-KMHP-TX23-4567"),  # Cyrillic look-alikes
        ("٢٣٤٥-ABCD-EFGH-JKMN", "2345-ABCD-EFGH-JKMN"),  # Arabic-Indic digits
        ("0BCD-EFGH-JKMN-PQRS", ""),  # no 0 or O in a code, and no guess either
        ("ABCD-EFGH", ""),
        ("ABCD-EFGH-JKMN-PQRS-TUVW", ""),
        ("'; DROP TABLE", ""),
        ("", ""),
    ],
)
def test_certificate_codes_are_normalised_before_lookup(typed, stored):
    assert normalised_certificate_code(typed) == stored


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Ann Example"), ("uk", "Олена Коваленко"), ("ar", "ليلى")]
)
def test_certificate_pdf_frame_fits_the_page(client, course, language, name):
    """Rendered as an image: one page, and the frame's edges near all four page margins."""
    try:
        import weasyprint  # noqa: F401
    except OSError:
        unavailable("the Pango library is missing (apt-get install libpangoft2-1.0-0)")
    for item in course.lessons():
        take_quiz(client, item)
    client.post(f"/en/courses/{course.pk}/certificate/", {"name": name})
    pdf = client.get(f"/{language}/certificates/{Certificate.objects.get().code}/pdf/").content
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 1
    image = document[0].render(scale=0.5).to_pil().convert("L")
    width, height = image.size
    pixels = image.load()

    def dark_share(row: int) -> float:
        return sum(pixels[x, row] < 128 for x in range(width)) / width

    frame_rows = [row for row in range(height) if dark_share(row) > 0.6]
    assert frame_rows, "no frame found"
    # A4 landscape is 210 mm high with 18 mm margins: the frame spans about 9 % to 91 %.
    assert frame_rows[0] / height < 0.12 and frame_rows[-1] / height > 0.88
