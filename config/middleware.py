"""Site-wide middleware."""

from django.middleware.locale import LocaleMiddleware

# Paths that never get a language prefix (see config.urls).
UNPREFIXED = (
    "/admin/",
    "/documents/",
    "/alerts/feed.atom",
    "/alerts/cap/",
    "/api/",
    "/healthz",
    "/sw.js",
    "/push/",
    "/ws/",
    "/static/",
    "/media/",
)


class BeaconLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 under a machine or admin path stays a 404.

    Django redirects any unprefixed 404 to its language-prefixed twin when that path resolves;
    with Wagtail's catch-all page route every path does, so `/admin/missing/` would bounce to
    `/en/admin/missing/`.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
