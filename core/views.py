"""The offline pages and the service worker that shows them when a page cannot be fetched; the
site's icon and web app manifest, at the root where browsers and installers look for them."""

import hashlib
import json
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from core import paths

# Loaded by every page (site/templates/base.html): stored when the worker installs.
PRECACHED_FILES = ("css/beacon.css", "js/beacon.js", "js/live-alerts.js", "js/plan.js")


def offline(request):
    return render(request, "offline.html")


def needs_connection(request):
    """What the service worker shows offline instead of a personal page (progress, certificates,
    classes, account), which is never cached: the same for everyone, with no one's data."""
    return render(request, "offline_needs_connection.html")


@cache_control(no_cache=True)
def service_worker(request):
    """The service worker, served from the site root so its scope covers every page, after the
    lists it needs from their one place: the interface languages (settings.LANGUAGES), the
    paths it must never cache and the pages it keeps for offline use (core.paths), and the URLs
    of the files it keeps."""
    precache = [static(name) for name in PRECACHED_FILES]
    constants = {
        "LANGUAGES": [code for code, _name in settings.LANGUAGES],
        "MACHINE_PATHS": list(paths.MACHINE_PATHS),
        "PERSONAL_SECTIONS": list(paths.PERSONAL_SECTIONS),
        "OFFLINE_SECTIONS": list(paths.OFFLINE_SECTIONS),
        # The files every page loads, by their served (hashed, once collected) URLs; the cache
        # they go in is named after them, so a release with new files starts a fresh one.
        "PRECACHE": precache,
        "STATIC": "beacon-static-" + hashlib.sha256(" ".join(precache).encode()).hexdigest()[:12],
    }
    header = '"use strict";\n' + "".join(
        f"const {name} = {json.dumps(value)};\n" for name, value in constants.items()
    )
    script = header + Path(finders.find("js/sw.js")).read_text()
    response = HttpResponse(script, content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page links to."""
    return redirect(static("icons/favicon.ico"), permanent=True)


@require_GET
def web_manifest(request):
    """What a browser needs to install Beacon as an app (icons from site/static/icons)."""
    manifest = {
        "name": "Beacon",
        "short_name": "Beacon",
        "description": _("Prepare for emergencies and receive official alerts for your area."),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": "#b3261e",
        "background_color": "#ffffff",
        "icons": [
            {"src": static("icons/beacon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")
