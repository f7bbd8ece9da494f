"""Login throttling on both login pages: after five failures for one account, or from one
address, even the right password is refused for a while, with a clear page and never a 500."""

import pytest
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_PAGES = ("/admin/login/", "/en/accounts/login/")


def attempt(path: str, username: str, password: str, address: str = "203.0.113.5"):
    return Client(REMOTE_ADDR=address).post(path, {"username": username, "password": password})


def fail_five_times(path: str, username: str, address: str = "203.0.113.5") -> None:
    statuses = [attempt(path, username, "wrong-password", address).status_code for _n in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # the form and its error; the fifth locks


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_the_right_password_is_refused_after_five_wrong_ones(path, editor):
    fail_five_times(path, "editor")
    response = attempt(path, "editor", PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed sign-in attempts. Try again in 15 minutes." in html
    assert 'role="alert"' in html
    assert int(response["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in response.wsgi_request.session


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_another_account_from_the_same_address_is_refused(path, editor, author):
    fail_five_times(path, "editor", "203.0.113.5")
    assert attempt(path, "author", PASSWORD, "203.0.113.5").status_code == 429


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_the_same_account_from_another_address_is_refused(path, editor):
    fail_five_times(path, "editor", "203.0.113.5")
    assert attempt(path, "editor", PASSWORD, "198.51.100.7").status_code == 429


def test_other_accounts_from_other_addresses_still_sign_in(editor, author):
    fail_five_times("/admin/login/", "editor", "203.0.113.5")
    assert attempt("/admin/login/", "author", PASSWORD, "198.51.100.7").status_code == 302


def test_failures_below_the_limit_are_forgotten_after_a_success(editor):
    for _round in range(2):
        for _attempt in range(4):
            attempt("/admin/login/", "editor", "wrong-password")
        assert attempt("/admin/login/", "editor", PASSWORD).status_code == 302


def test_a_forged_forwarded_address_does_not_escape_the_lockout(editor):
    for number in range(5):
        Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}").post(
            "/admin/login/", {"username": "nobody", "password": "x"}
        )
    response = Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="10.9.9.9").post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}
    )
    assert response.status_code == 429


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_very_long_user_names_are_refused_without_an_error(path):
    """Wagtail's form refuses them before any password check; Django's counts a failure."""
    statuses = [attempt(path, "x" * 5000, "wrong-password").status_code for _n in range(5)]
    assert statuses in ([200] * 5, [200, 200, 200, 200, 429])


@pytest.mark.parametrize("path", LOGIN_PAGES)
def test_odd_login_input_is_a_form_error_not_a_500(path):
    for data in (
        {},
        {"username": "x" * 5000, "password": "y"},
        {"username": "\x00", "password": ""},
    ):
        assert Client().post(path, data).status_code == 200


def test_the_lockout_page_is_translated(editor):
    fail_five_times("/fr/accounts/login/", "editor")
    response = attempt("/fr/accounts/login/", "editor", PASSWORD)
    assert response.status_code == 429
    assert '<html lang="fr"' in response.content.decode()
