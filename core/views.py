"""The offline pages and the service worker that shows them when a page cannot be fetched."""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control

from core import paths


def offline(request):
    return render(request, "offline.html")


def needs_connection(request):
    """What the service worker shows offline instead of a personal page (progress, certificates,
    classes, account), which is never cached: the same for everyone, with no one's data."""
    return render(request, "offline_needs_connection.html")


@cache_control(no_cache=True)
def service_worker(request):
    """The service worker, served from the site root so its scope covers every page, after the
    lists it needs from their one place: the interface languages (settings.LANGUAGES) and the
    paths it must never cache (core.paths)."""
    constants = {
        "LANGUAGES": [code for code, _name in settings.LANGUAGES],
        "MACHINE_PATHS": list(paths.MACHINE_PATHS),
        "PERSONAL_SECTIONS": list(paths.PERSONAL_SECTIONS),
    }
    header = '"use strict";\n' + "".join(
        f"const {name} = {json.dumps(value)};\n" for name, value in constants.items()
    )
    script = header + Path(finders.find("js/sw.js")).read_text()
    response = HttpResponse(script, content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response
