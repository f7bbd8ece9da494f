"""Collected static files (the image, `make demo`): hashed names in every page and in the
service worker's list, gzip and brotli copies, cached for a year as immutable."""

import re

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

HASHED_CSS = re.compile(r"^/static/css/beacon\.[0-9a-f]{12}\.css$")


def image_settings(root) -> dict:
    """Settings of the image: STATIC_ROOT at `root`, hashed and compressed copies there."""
    return {
        "STATIC_ROOT": root,
        "STORAGES": {
            **django_settings.STORAGES,
            "staticfiles": {"BACKEND": "config.static_files.HashedCompressedStaticFiles"},
        },
        "WHITENOISE_USE_FINDERS": False,
    }


@pytest.fixture(scope="module")
def collected_root(tmp_path_factory):
    """Collected once for the module: hashing and compressing every file takes seconds."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(**image_settings(root)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def collected(settings, collected_root):
    for name, value in image_settings(collected_root).items():
        setattr(settings, name, value)
    return Client()  # a new handler: WhiteNoise reads STATIC_ROOT when it starts


def test_hashed_files_are_served_compressed_and_immutable(collected):
    url = static("css/beacon.css")
    assert HASHED_CSS.match(url)
    for encoding in ("br", "gzip"):
        response = collected.get(url, HTTP_ACCEPT_ENCODING=encoding)
        assert response.status_code == 200
        assert response["Content-Encoding"] == encoding
        control = response["Cache-Control"]
        assert "immutable" in control and "max-age=315360000" in control
        assert "Accept-Encoding" in response["Vary"]


@pytest.mark.django_db
def test_pages_and_the_service_worker_use_the_hashed_names(collected, home):
    html = collected.get(home.url).content.decode()
    linked = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
    assert HASHED_CSS.match(linked)
    script = collected.get("/sw.js").content.decode()
    precache = re.search(r"^const PRECACHE = (.+);$", script, re.M).group(1)
    assert linked in precache and "/static/js/beacon.js" not in precache
    assert collected.get(linked).status_code == 200


def test_without_collecting_files_are_served_from_the_app_folders(client):
    url = static("css/beacon.css")
    assert url == "/static/css/beacon.css"
    assert client.get(url).status_code == 200
