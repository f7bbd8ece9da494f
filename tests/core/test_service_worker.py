"""The service worker is served from the root with the lists it needs from their one place, and
the data-free pages it shows offline are served in every language."""

import json
import re

import pytest
from django.conf import settings

from core import paths
from core.middleware import UNPREFIXED


def constants(script: str) -> dict:
    return {
        name: json.loads(value)
        for name, value in re.findall(
            r"^const (LANGUAGES|MACHINE_PATHS|PERSONAL_SECTIONS|OFFLINE_SECTIONS|PRECACHE)"
            r" = (.+);$",
            script,
            re.M,
        )
    }


def test_service_worker_is_served_for_the_whole_site(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert b"networkFirst" in response.content


def test_it_gets_languages_and_never_cached_paths_from_the_server(client):
    script = client.get("/sw.js").content.decode()
    assert script.startswith('"use strict";\n')
    assert constants(script) == {
        "LANGUAGES": ["en", "fr", "de", "pl", "uk", "ar", "es", "it"],
        "MACHINE_PATHS": list(paths.MACHINE_PATHS),
        "PERSONAL_SECTIONS": list(paths.PERSONAL_SECTIONS),
        "OFFLINE_SECTIONS": ["plan"],
        "PRECACHE": [
            "/static/css/beacon.css",
            "/static/js/beacon.js",
            "/static/js/live-alerts.js",
            "/static/js/plan.js",
        ],
    }
    assert "machinePath(url.pathname)" in script
    assert "personalPath(url.pathname)" in script


def test_every_machine_path_is_also_left_unprefixed_by_the_middleware():
    assert set(paths.MACHINE_PATHS) <= set(UNPREFIXED)


@pytest.mark.parametrize("path", ["/{lang}/offline/", "/{lang}/offline/needs-connection/"])
@pytest.mark.django_db
def test_offline_pages_exist_in_every_language_for_the_worker_to_precache(client, home, path):
    for code, _name in settings.LANGUAGES:
        response = client.get(path.format(lang=code))
        assert response.status_code == 200, code
        assert f'<html lang="{code}"' in response.content.decode()
        assert b"data-saved-lessons" in response.content


@pytest.mark.django_db
def test_needs_connection_page_says_what_needs_a_connection(client, home):
    french = client.get("/fr/offline/needs-connection/").content.decode()
    assert "<h1>Cette page nécessite une connexion</h1>" in french
    assert "Lessons saved on this device" not in french
