"""The admin's second factor (django-otp): who needs it, and the gate in front of /admin/.

Alert authors and approvers (anyone with an alerts.AuthorityMember row) and superusers must pass
a TOTP code, or a one-off recovery code, after their password before any admin page opens; one
who has no authenticator yet is sent to enrol one first. Other admin users may enrol one too,
and once they have, it is required of them as well.
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

# Reachable with a password alone: signing in and out, the second-factor pages themselves and
# what those pages load: the admin's JavaScript translations and its icon sprite (which the
# admin's script fetches and inserts into the page, so it must never be a redirect to a page).
OPEN_ADMIN_PATHS = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
    "/admin/sprite/",
    "/admin/second-factor/",
)


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def second_factor_required(user) -> bool:
    """Members of an authority, superusers (who see every authority's messages and can grant
    memberships), and anyone who has enrolled a device must pass a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.authority_memberships.exists():
        return True
    return any(True for _device in devices_for_user(user, confirmed=True))


class SecondFactorMiddleware:
    """Sends an admin user who still owes a second factor to verify it, or to enrol one.

    Goes after django_otp.middleware.OTPMiddleware, which tells whether this session has been
    verified with a device (request.user.is_verified()).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith("/admin/") and not path.startswith(OPEN_ADMIN_PATHS):
            user = request.user
            if user.is_authenticated and not user.is_verified() and second_factor_required(user):
                name = "second_factor_verify" if has_authenticator(user) else "second_factor_setup"
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(name)}?{query}")
        return self.get_response(request)
