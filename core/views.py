"""The offline page and the service worker that shows it when a page cannot be fetched."""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control


def offline(request):
    return render(request, "offline.html")


@cache_control(no_cache=True)
def service_worker(request):
    """The service worker, served from the site root so its scope covers every page, after the
    interface languages it needs (settings.LANGUAGES, the one list)."""
    languages = json.dumps([code for code, _name in settings.LANGUAGES])
    header = f'"use strict";\nconst LANGUAGES = {languages};\n'
    script = header + Path(finders.find("js/sw.js")).read_text()
    response = HttpResponse(script, content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response
