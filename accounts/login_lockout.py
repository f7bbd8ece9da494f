"""Login throttling: django-axes counts failed logins per account and per client address.

Both login pages (Wagtail's /admin/login/ and the learners' /<lang>/accounts/login/) go through
django.contrib.auth.authenticate(request=...), so the backend below sees every attempt. After
AXES_FAILURE_LIMIT failures for one user name, or from one address, further attempts are refused
for AXES_COOLOFF_TIME, even with the right password.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.contrib.auth import get_user_model
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


def attempted_username(request, credentials=None) -> str | None:
    """AXES_USERNAME_CALLABLE: the user name tried, cut to the longest a user name can be.

    The login forms do not limit its length on the server, and axes keeps it in a 255-character
    column: a longer one must count as a failure, not end in a database error.
    """
    field = get_user_model().USERNAME_FIELD
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get(field) if source else None
    if not isinstance(username, str):
        return username
    return username[: get_user_model()._meta.get_field(field).max_length]


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
