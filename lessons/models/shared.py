"""Pages served from the shared cache to anonymous readers."""

from core import public_cache


class SharedWithAnonymousReaders:
    """A page that is the same for every anonymous reader: served from the shared cache to
    readers without a session until the next page publish (core.public_cache)."""

    shared_params: tuple[str, ...] = ()  # the query parameters the page reads

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.method == "GET":
            public_cache.share(response, public_cache.CONTENT, params=self.shared_params)
        return response
