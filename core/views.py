"""The offline page and the service worker that shows it when a page cannot be fetched."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control


def offline(request):
    return render(request, "offline.html")


@cache_control(no_cache=True)
def service_worker(request):
    """The service worker, served from the site root so its scope covers every page."""
    path = finders.find("js/sw.js")
    response = HttpResponse(Path(path).read_bytes(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response
