"""The admin's second factor: alert authors and approvers enrol an authenticator and pass a code
after their password before any admin page opens; recovery codes work once each."""

import logging
import re

import pytest
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import password_login
from tests.second_factor import authenticator, code_for_secret, current_code, verified_login

pytestmark = pytest.mark.django_db

SETUP = "/admin/second-factor/setup/"
VERIFY = "/admin/second-factor/verify/"


def shown_secret(html: str) -> str:
    match = re.search(r'<code id="second-factor-secret"[^>]*>([A-Z2-7 ]+)</code>', html)
    return match.group(1).replace(" ", "")


def enrol(client) -> tuple[str, str]:
    """Go through enrolment; gives the secret and the recovery-codes page."""
    secret = shown_secret(client.get(SETUP).content.decode())
    response = client.post(SETUP, {"code": code_for_secret(secret), "next": "/admin/"})
    assert response.status_code == 200
    return secret, response


def test_author_without_a_device_is_sent_to_enrol_before_any_admin_page(client, author):
    password_login(client, author)
    for path in ("/admin/", "/admin/alerts/messages/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP + "?next=")


def test_enrolment_shows_qr_and_secret_then_recovery_codes_once(client, author):
    password_login(client, author)
    response = client.get(SETUP + "?next=/admin/pages/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and 'for="id_code"' in html
    assert "no-store" in response["Cache-Control"]
    secret = shown_secret(html)
    assert len(secret) == 32
    # Reloading keeps the secret the person may already have scanned.
    assert shown_secret(client.get(SETUP).content.decode()) == secret

    response = client.post(SETUP, {"code": code_for_secret(secret), "next": "/admin/pages/"})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(set(codes)) == 10
    assert "no-store" in response["Cache-Control"]
    assert TOTPDevice.objects.get(user=author).confirmed
    assert set(StaticDevice.objects.get(user=author).token_set.values_list("token", flat=True)) == (
        set(codes)
    )
    assert client.get("/admin/").status_code == 200  # this session is verified
    # The setup page does not offer a new secret once a device is set up.
    assert client.get(SETUP).status_code == 302
    assert TOTPDevice.objects.filter(user=author).count() == 1


@pytest.mark.parametrize(
    "code", ["", "12345", "1234567", "abcdef", "12 34 5x", "<script>", "9" * 40]
)
def test_enrolment_refuses_bad_and_wrong_codes(client, author, code):
    password_login(client, author)
    client.get(SETUP)
    response = client.post(SETUP, {"code": code})
    assert response.status_code == 200
    assert (
        'aria-invalid="true"' in response.content.decode() or "error" in response.content.decode()
    )
    assert not TOTPDevice.objects.get(user=author).confirmed
    assert client.get("/admin/").status_code == 302


def test_enrolment_refuses_a_code_of_another_secret(client, author):
    password_login(client, author)
    client.get(SETUP)
    response = client.post(SETUP, {"code": code_for_secret("A" * 32)})
    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.get(user=author).confirmed


def test_author_with_a_device_must_pass_a_code_after_the_password(client, author):
    device = authenticator(author)
    password_login(client, author)
    response = client.get("/admin/alerts/messages/")
    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Falerts%2Fmessages%2F"
    page = client.get(response["Location"])
    assert page.status_code == 200 and 'for="id_code"' in page.content.decode()

    wrong = client.post(VERIFY, {"code": "000000", "next": "/admin/alerts/messages/"})
    assert wrong.status_code == 200 and "That code is not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code above made it wait a second
    device.throttling_failure_timestamp = None
    device.save()
    right = client.post(VERIFY, {"code": current_code(device), "next": "/admin/alerts/messages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/alerts/messages/"
    assert client.get("/admin/").status_code == 200


def test_a_code_is_accepted_once(author):
    device = authenticator(author)
    first, second = Client(), Client()
    code = current_code(device)
    password_login(first, author)
    assert first.post(VERIFY, {"code": code})["Location"] == "/admin/"
    password_login(second, author)
    response = second.post(VERIFY, {"code": code})
    assert response.status_code == 200
    assert second.get("/admin/").status_code == 302


def test_wrong_codes_make_the_device_wait(client, author):
    authenticator(author)
    password_login(client, author)
    client.post(VERIFY, {"code": "000000"})
    response = client.post(VERIFY, {"code": "111111"})
    assert "Too many wrong codes" in response.content.decode()


def test_a_recovery_code_works_once(client, author):
    password_login(client, author)
    _secret, page = enrol(client)
    code = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page.content.decode())[0]

    again = Client()
    password_login(again, author)
    response = again.post(VERIFY, {"code": code.upper()[:4] + " " + code.upper()[4:]})
    assert response.status_code == 302
    assert again.get("/admin/").status_code == 200
    assert StaticDevice.objects.get(user=author).token_set.count() == 9

    third = Client()
    password_login(third, author)
    assert third.post(VERIFY, {"code": code}).status_code == 200
    assert third.get("/admin/").status_code == 302


def test_next_never_leaves_the_site(client, author):
    device = authenticator(author)
    password_login(client, author)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_plain_editor_may_work_without_a_second_factor_and_may_enrol_one(client, editor):
    password_login(client, editor)
    assert client.get("/admin/").status_code == 200
    enrol(client)
    other = Client()
    password_login(other, editor)
    assert other.get("/admin/").status_code == 302  # enrolled: now required of them too


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    for path in (SETUP, VERIFY):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert client.post(path, {"code": "123456"}).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_users_without_admin_access_cannot_use_the_pages(client, django_user_model):
    learner = django_user_model.objects.create_user("learner", password="Lantern-Orchard-58")
    client.force_login(learner)
    for path in (SETUP, VERIFY):
        assert client.get(path).status_code in {302, 403}
        assert client.post(path, {"code": "123456"}).status_code in {302, 403}
    assert not TOTPDevice.objects.exists()


def test_a_password_alone_cannot_replace_an_existing_device(client, author):
    device = authenticator(author)
    password_login(client, author)
    response = client.get(SETUP)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    client.post(SETUP, {"code": "123456"})
    assert list(TOTPDevice.objects.filter(user=author)) == [device]


def test_verify_without_a_device_leads_to_enrolment(client, author):
    password_login(client, author)
    response = client.get(VERIFY)
    assert response.status_code == 302 and response["Location"].startswith(SETUP)


def test_the_test_helper_signs_in_verified(client, author):
    assert verified_login(client, author).get("/admin/").status_code == 200


def test_codes_and_secrets_never_reach_the_logs(client, author, caplog):
    caplog.set_level(logging.DEBUG)
    password_login(client, author)
    secret, page = enrol(client)
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page.content.decode())
    client.post(VERIFY, {"code": "999999"})
    logged = caplog.text
    assert secret not in logged
    assert not any(code in logged for code in codes)


def test_only_sign_in_pages_and_what_they_load_open_before_the_second_step(client, author):
    authenticator(author)
    password_login(client, author)
    assert client.get("/admin/sprite/").status_code == 200  # icons the verify page inserts
    assert client.get("/admin/jsi18n/").status_code == 200
    for path in ("/admin/users/", "/admin/reports/", "/admin/alerts/messages/new/", "/admin/x/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(VERIFY), path
    assert client.post("/admin/logout/").status_code == 302
    assert "_auth_user_id" not in client.session
