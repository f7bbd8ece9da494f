"""Response headers: a Content-Security-Policy without inline scripts on public pages, one that
Wagtail can work with on the admin, Permissions-Policy everywhere; and a production-like
configuration passes `manage.py check --deploy` with no warning."""

import subprocess

import pytest

from tests.second_factor import verified_login
from tests.services import PYTHON, ROOT, subprocess_env

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parts = [part.split() for part in policy.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/signup/", "/healthz"])
def test_public_pages_allow_only_their_own_scripts(client, path):
    response = client.get(path)
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    # The live alerts socket and the service worker are same-origin.
    assert policy["connect-src"] == ["'self'", "ws://testserver", "wss://testserver"]
    assert policy["worker-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_secure_pages_allow_only_the_secure_socket(client):
    response = client.get("/en/accounts/login/", secure=True)
    assert directives(response)["connect-src"] == ["'self'", "wss://testserver"]


def test_every_response_switches_off_unused_browser_features(client):
    for path in ("/en/accounts/login/", "/admin/login/", "/push/key", "/sw.js"):
        policy = client.get(path)["Permissions-Policy"]
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert f"{feature}=()" in policy, (path, feature)


def test_the_service_worker_is_still_served_as_script(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert "javascript" in response["Content-Type"]


def test_the_admin_has_its_own_policy_and_still_renders(client, django_user_model):
    login = client.get("/admin/login/")
    assert login.status_code == 200
    policy = directives(login)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert login["X-Frame-Options"] == "SAMEORIGIN"
    root = django_user_model.objects.create_superuser("root", password="x")
    home = verified_login(client, root).get("/admin/")
    assert home.status_code == 200
    assert "Content-Security-Policy" in home


@pytest.fixture
def var_dir(tmp_path):
    return {"BEACON_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=subprocess_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION_LIKE = {
    "SECRET_KEY": "k3Vt9-pQz7_Lm2xR8wYc4NbH6sJf0aGdE1uTiOoKrWvXyZqPlMnBgFhCjDsAe5Ux",
    "DEBUG": "0",
    "BEHIND_TLS_PROXY": "1",
    "ALLOWED_HOSTS": "beacon.example.org",
    "TRUSTED_PROXIES": "10.0.0.0/8",
}


def test_check_deploy_is_clean_with_a_production_like_environment(var_dir):
    done = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_LIKE, **var_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_behind_tls_the_site_redirects_to_https_but_the_health_check_does_not(var_dir):
    script = (
        "from django.test import Client; c = Client(HTTP_HOST='beacon.example.org');"
        "print(c.get('/en/accounts/login/').status_code, c.get('/healthz').status_code);"
        "r = c.get('/sw.js', secure=True);"
        "print(r['Strict-Transport-Security'])"
    )
    done = manage("shell", "-c", script, **PRODUCTION_LIKE, **var_dir)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    redirect, health = lines[-2].split()
    assert redirect == "301"
    assert health in {"200", "503"}  # answered over plain HTTP, whatever the services say
    assert lines[-1] == "max-age=31536000; includeSubDomains"


def test_a_malformed_trusted_proxy_setting_stops_start_up(var_dir):
    done = manage("check", TRUSTED_PROXIES="10.0.0.0/8,not-a-network", **var_dir)
    assert done.returncode != 0
    assert "not-a-network" in done.stderr
