"""Site-wide middleware."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from core.languages import preferred_language
from core.paths import UNPREFIXED


class BeaconLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, with two changes.

    A visitor arriving without a language in the path (`/`, a shared link) is sent to the first
    of their browser's languages whose home page is live, not to a language with no content yet.

    A 404 under a machine or admin path stays a 404: Django redirects any unprefixed 404 to its
    language-prefixed twin when that path resolves; with Wagtail's catch-all page route every
    path does, so `/admin/missing/` would bounce to `/en/admin/missing/`.
    """

    def process_request(self, request):
        super().process_request(request)
        if request.path_info.startswith(UNPREFIXED):
            return
        if translation.get_language_from_path(request.path_info) is None:
            translation.activate(preferred_language(request))
            request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
