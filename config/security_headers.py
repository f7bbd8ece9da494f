"""Response headers that limit what a page may load or use.

Content-Security-Policy comes from django-csp with CONTENT_SECURITY_POLICY (public pages: no
inline code) and ADMIN_CONTENT_SECURITY_POLICY for /admin/ (what Wagtail needs; see settings).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import DisallowedHost

ADMIN_PREFIX = "/admin/"


def is_admin(request) -> bool:
    return request.path_info.startswith(ADMIN_PREFIX)


def websocket_sources(request) -> list[str]:
    """ws: and wss: of the host that served the page, for the live alerts socket."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return []
    return [f"wss://{host}"] if request.is_secure() else [f"ws://{host}", f"wss://{host}"]


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        parts.update = {**(parts.update or {}), "connect-src": websocket_sources(request)}
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; X-Frame-Options SAMEORIGIN for the admin only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if is_admin(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
