"""Login throttling: django-axes counts failed logins per account and per client address.

Both login pages (Wagtail's /admin/login/ and the learners' /<lang>/accounts/login/) go through
django.contrib.auth.authenticate(request=...), so the backend below sees every attempt. After
AXES_FAILURE_LIMIT failures for one user name, or from one address, further attempts are refused
for AXES_COOLOFF_TIME, even with the right password.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils.translation import ngettext


class LoginLockoutBackend(AxesStandaloneBackend):
    """Axes' lockout check, for HTTP logins only.

    authenticate() without a request (the test client's login(), the shell) is no HTTP login
    attempt and has no client address to count, so it is left to the other backends instead of
    failing. Every login view passes the request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a translated page saying how long to wait, HTTP 429."""
    minutes = max(1, int(get_cool_off(request).total_seconds() // 60))
    message = ngettext(
        "Too many failed sign-in attempts. Try again in %(minutes)s minute.",
        "Too many failed sign-in attempts. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}
    template = (
        "registration/locked_out_admin.html"
        if request.path_info.startswith("/admin/")
        else "registration/locked_out.html"
    )
    response = render(request, template, {"message": message}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
