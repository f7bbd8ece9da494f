"""The service worker is served from the root with the lists it needs from their one place."""

import json
import re

from core import paths
from core.middleware import UNPREFIXED


def constants(script: str) -> dict:
    return {
        name: json.loads(value)
        for name, value in re.findall(
            r"^const (LANGUAGES|MACHINE_PATHS|PERSONAL_SECTIONS) = (.+);$", script, re.M
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
    }
    assert "neverCached(url.pathname)" in script


def test_every_machine_path_is_also_left_unprefixed_by_the_middleware():
    assert set(paths.MACHINE_PATHS) <= set(UNPREFIXED)
