"""Classes: who may see them, joining by code with and without an account, PINs, rate limits,
and the educator's and learner's actions on membership."""

import re

import pytest
from django.test import Client

from classes.actions import archive_class
from classes.models import Classroom, EducatorRequest, Membership
from lessons.learners import SESSION_KEY
from lessons.models import QuizAttempt
from tests.classes.fixtures import join_with_nickname
from tests.lessons.fixtures import take_quiz
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


def test_educator_creates_a_class_and_gets_a_code_and_qr(educator_client):
    response = educator_client.post(
        "/en/classes/new/", {"name": "Scouts", "language": "fr", "time_zone": "Europe/Paris"}
    )
    classroom = Classroom.objects.get(name="Scouts")
    assert response.status_code == 302 and response.url == classroom.get_absolute_url()
    html = educator_client.get(classroom.get_absolute_url()).content.decode()
    assert classroom.join_code in html
    assert f"/fr/join/{classroom.join_code}/" in html  # the QR code and link use its language
    assert "<svg" in html
    assert len(classroom.join_code) == 8


def test_join_codes_are_random(educator):
    codes = {
        Classroom.objects.create(owner=educator, name=str(n), language="en").join_code
        for n in range(20)
    }
    assert len(codes) == 20 and not any(code.isdigit() for code in codes)


def test_time_zones_are_grouped_by_area_and_named_in_the_readers_language(educator_client):
    english = educator_client.get("/en/classes/new/").content.decode()
    europe = re.search(r'<optgroup label="Europe">(.*?)</optgroup>', english, re.S).group(1)
    assert '<option value="Europe/Kyiv">Kyiv (Europe/Kyiv)</option>' in europe
    assert '<option value="UTC" selected>UTC</option>' in english  # the site's zone first
    assert "US/Eastern" not in english and "Etc/GMT" not in english  # old compatibility names
    ukrainian = educator_client.get("/uk/classes/new/").content.decode()
    assert '<optgroup label="Європа">' in ukrainian
    assert '<option value="Europe/Kyiv">Київ (Europe/Kyiv)</option>' in ukrainian
    refused = educator_client.post(
        "/en/classes/new/", {"name": "Old", "language": "en", "time_zone": "US/Eastern"}
    )
    assert refused.status_code == 400


def test_class_form_errors_are_explained(educator_client):
    response = educator_client.post(
        "/en/classes/new/", {"name": "", "language": "en", "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html
    assert "Select a valid choice" in html


def test_another_educators_class_answers_404(classroom, django_user_model):
    other = django_user_model.objects.create_user("other-teacher", password="x")
    other.groups.set(classroom.owner.groups.all())
    client = Client()
    client.force_login(other)
    base = f"/en/classes/{classroom.pk}/"
    assert client.get(base).status_code == 404
    assert client.get(base + "results.csv").status_code == 404
    assert client.post(base + "archive/").status_code == 404
    assert client.post(base + "new-code/").status_code == 404
    classroom.refresh_from_db()
    assert classroom.archived_at is None
    archive_class(classroom=classroom)
    assert client.post(base + "restore/").status_code == 404
    classroom.refresh_from_db()
    assert classroom.archived_at is not None


def test_a_learner_cannot_see_the_dashboard(classroom, django_user_model):
    learner = django_user_model.objects.create_user("pupil", password="x")
    client = Client()
    client.force_login(learner)
    assert client.get(f"/en/classes/{classroom.pk}/").status_code == 403
    assert client.get("/en/classes/").status_code == 403
    anonymous = Client().get(f"/en/classes/{classroom.pk}/")
    assert anonymous.status_code == 302 and "/en/accounts/login/" in anonymous.url


def test_join_with_an_account(classroom, django_user_model):
    learner = django_user_model.objects.create_user("pupil", password="x")
    client = Client()
    client.force_login(learner)
    page = client.get(f"/en/join/{classroom.join_code}/").content.decode()
    assert "Join with my account" in page
    response = client.post(f"/en/join/{classroom.join_code}/", {"action": "account"})
    assert response.status_code == 302 and response.url == "/en/assignments/"
    assert Membership.objects.get(classroom=classroom).user == learner
    assert "Class 7B" in client.get("/en/assignments/").content.decode()


def test_join_by_typing_the_code_in_any_form(client, classroom):
    spaced = f" {classroom.join_code[:4].lower()}-{classroom.join_code[4:]} "
    response = client.post("/en/join/", {"code": spaced})
    assert response.status_code == 302
    assert response.url == f"/en/join/{classroom.join_code}/"


def test_malformed_code_is_explained(client, classroom):
    response = client.post("/en/join/", {"code": "12"})
    assert response.status_code == 400
    assert "A class code has 8 letters and digits" in response.content.decode()


def test_join_with_a_nickname_keeps_anonymous_work(client, classroom, lesson):
    take_quiz(client, lesson)
    token = client.session[SESSION_KEY]
    response = join_with_nickname(client, classroom)
    assert response.status_code == 302
    membership = Membership.objects.get(classroom=classroom)
    assert membership.nickname == "Mika" and membership.user is None
    assert membership.learner_token == token
    assert membership.pin_hash != "2468" and membership.pin_hash.startswith("pbkdf2")
    assert QuizAttempt.objects.get().anonymous_token == token
    assert "100%" in client.get("/en/progress/").content.decode()


def test_nickname_is_unique_in_a_class_ignoring_case(classroom):
    join_with_nickname(Client(), classroom, nickname="Mika")
    response = join_with_nickname(Client(), classroom, nickname="mika")
    assert response.status_code == 400
    assert "is taken in this class" in response.content.decode()
    assert Membership.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"join-pin": "12", "join-pin_again": "12"}, "A PIN has 4 to 8 digits."),
        ({"join-pin": "1234", "join-pin_again": "1235"}, "The two PINs are different."),
        ({"join-nickname": "M"}, "Ensure this value has at least 2 characters"),
    ],
)
def test_bad_nickname_or_pin_is_explained(client, classroom, fields, message):
    data = {"action": "nickname", "join-nickname": "Mika", "join-pin": "2468"}
    data |= {"join-pin_again": "2468", **fields}
    response = client.post(f"/en/join/{classroom.join_code}/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def continue_as(client, classroom, nickname="Mika", pin="2468"):
    data = {"action": "continue", "again-nickname": nickname, "again-pin": pin}
    return client.post(f"/en/join/{classroom.join_code}/", data)


def test_continue_on_another_device_with_nickname_and_pin(classroom, lesson):
    first = Client()
    join_with_nickname(first, classroom)
    token = Membership.objects.get().learner_token
    second = Client()
    take_quiz(second, lesson)  # done on the second device before continuing
    wrong = continue_as(second, classroom, pin="0000")
    assert wrong.status_code == 400
    assert "do not match a learner of this class" in wrong.content.decode()
    assert continue_as(second, classroom, nickname="MIKA").status_code == 302
    assert second.session[SESSION_KEY] == token
    assert QuizAttempt.objects.get().anonymous_token == token


def test_wrong_codes_are_rate_limited(client, classroom):
    for _ in range(9):
        assert client.post("/en/join/", {"code": "ZZZZZZZZ"}).status_code == 404
    limited = client.post("/en/join/", {"code": "ZZZZZZZZ"})
    assert limited.status_code == 429
    assert "Too many wrong tries" in limited.content.decode()
    assert client.get(f"/en/join/{classroom.join_code}/").status_code == 429


def test_wrong_pins_are_rate_limited(classroom):
    join_with_nickname(Client(), classroom)
    other = Client()
    for _ in range(10):
        assert continue_as(other, classroom, pin="1111").status_code == 400
    assert continue_as(other, classroom).status_code == 429
    assert SESSION_KEY not in other.session


def test_new_code_replaces_the_old_one(educator_client, classroom):
    old = classroom.join_code
    educator_client.post(f"/en/classes/{classroom.pk}/new-code/")
    classroom.refresh_from_db()
    assert classroom.join_code != old
    assert Client().get(f"/en/join/{old}/").status_code == 404
    assert Client().get(f"/en/join/{classroom.join_code}/").status_code == 200


def test_archived_class_cannot_be_joined_and_is_hidden_from_learners(educator_client, classroom):
    learner = Client()
    join_with_nickname(learner, classroom)
    assert "Class 7B" in learner.get("/en/assignments/").content.decode()
    educator_client.post(f"/en/classes/{classroom.pk}/archive/")
    assert Client().get(f"/en/join/{classroom.join_code}/").status_code == 404
    assert "Class 7B" not in learner.get("/en/assignments/").content.decode()
    assert "archived" in educator_client.get(classroom.get_absolute_url()).content.decode()


def test_an_archived_class_opens_again_as_it_was(educator_client, classroom):
    learner = Client()
    join_with_nickname(learner, classroom)
    code = classroom.join_code
    educator_client.post(f"/en/classes/{classroom.pk}/archive/")
    assert Client().get(f"/en/join/{code}/").status_code == 404
    response = educator_client.post(f"/en/classes/{classroom.pk}/restore/", follow=True)
    assert "The class is open again, with the same join code." in response.content.decode()
    assert Client().get(f"/en/join/{code}/").status_code == 200
    assert "Class 7B" in learner.get("/en/assignments/").content.decode()


def test_educator_removes_a_learner(educator_client, classroom):
    join_with_nickname(Client(), classroom)
    membership = Membership.objects.get()
    url = f"/en/classes/{classroom.pk}/members/{membership.pk}/remove/"
    assert educator_client.post(url).status_code == 302
    assert not Membership.objects.exists()


def test_learner_leaves_a_class_but_not_someone_elses(classroom):
    mika, sam = Client(), Client()
    join_with_nickname(mika, classroom, nickname="Mika")
    join_with_nickname(sam, classroom, nickname="Sam")
    mikas = Membership.objects.get(nickname="Mika")
    assert sam.post(f"/en/assignments/leave/{mikas.pk}/").status_code == 404
    assert mika.post(f"/en/assignments/leave/{mikas.pk}/").status_code == 302
    assert list(Membership.objects.values_list("nickname", flat=True)) == ["Sam"]


def test_signing_in_takes_the_pseudonymous_membership_along(classroom, django_user_model):
    django_user_model.objects.create_user("pupil", password="Long-Pass-word-1")
    client = Client()
    join_with_nickname(client, classroom)
    client.post("/en/accounts/login/", {"username": "pupil", "password": "Long-Pass-word-1"})
    membership = Membership.objects.get()
    assert membership.user.username == "pupil" and membership.learner_token == ""
    assert membership.display_name == "Mika"
    assert "Class 7B" in client.get("/en/assignments/").content.decode()


def test_educator_role_requested_at_sign_up_and_approved_in_the_admin(django_user_model):
    client = Client()
    client.post(
        "/en/accounts/signup/",
        {
            "username": "new-teacher",
            "password1": "Kettle-Harbour-42",
            "password2": "Kettle-Harbour-42",
            "wants_educator_role": "on",
        },
    )
    pending = EducatorRequest.objects.get(user__username="new-teacher")
    assert client.get("/en/classes/").status_code == 403
    admin = verified_login(
        Client(), django_user_model.objects.create_superuser("root", password="x")
    )
    assert "new-teacher" in admin.get("/admin/classes/educator-requests/").content.decode()
    admin.post("/admin/classes/educator-requests/", {"request": pending.pk, "action": "approve"})
    pending.refresh_from_db()
    assert pending.approved is True
    assert client.get("/en/classes/").status_code == 200
    assert client.get("/admin/classes/educator-requests/").status_code in {302, 403}


def test_nav_shows_my_classes_and_my_assignments_to_whom_it_concerns(educator_client, classroom):
    assert "My classes" in educator_client.get("/en/progress/").content.decode()
    learner = Client()
    assert "My assignments" not in learner.get("/en/progress/").content.decode()
    join_with_nickname(learner, classroom)
    html = learner.get("/en/progress/").content.decode()
    assert "My assignments" in html and "My classes" not in html
