"""The answer to a form refused by the CSRF check.

A shared page (core/public_cache.py) carries nobody's CSRF token; a script fetches the reader's.
Without that script the form arrives without a token. For such a reader (no session, nothing of
their own on the site) sending a form from this site, a page may answer with itself again, for
this reader only, with their input kept and their own tokens, instead of a bare 403. Nothing the
form asks for is done: the reader sends it again, and that request passes the check as any other.
Every other refusal (a wrong token, another origin, a signed-in user or a session) stays Django's.
"""

from django.middleware import csrf
from django.urls import Resolver404, resolve
from django.utils.cache import add_never_cache_headers
from django.views.csrf import csrf_failure as refused
from wagtail import views as wagtail_views
from wagtail.models import Page

from core.public_cache import carries_nothing_personal

# A token missing (no cookie yet, or none in the form): what a shared page sends without its
# script. An incorrect token or a foreign origin is a forgery or a fault, never a shared page.
TOKEN_NOT_YET_GIVEN = {csrf.REASON_NO_CSRF_COOKIE, csrf.REASON_CSRF_TOKEN_MISSING}


def csrf_failure(request, reason=""):
    """settings.CSRF_FAILURE_VIEW."""
    if reason in TOKEN_NOT_YET_GIVEN and carries_nothing_personal(request):
        response = page_sent_again(request)
        if response is not None:
            add_never_cache_headers(response)
            return response
    return refused(request, reason=reason)


def page_sent_again(request):
    """The Wagtail page at the address, answering a form it sent to a tokenless reader
    (`answer_untokened_post`), or None when there is no such page or it has no such answer."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.func is not wagtail_views.serve:
        return None
    route = Page.route_for_request(request, match.args[0] if match.args else "")
    if route is None:
        return None
    page, args, kwargs = route
    answer = getattr(page, "answer_untokened_post", None)
    return answer(request, *args, **kwargs) if answer else None
