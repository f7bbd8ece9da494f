"""Anonymous public responses, kept in the site's cache so a surge of readers costs one render.

A view opts in with `share(response, policy)`; `SharedResponseMiddleware` then stores the
response and serves it to the next readers of the same address (scheme, host, path, query: the
language is in the path or the `lang` parameter). Keys carry a generation that every publish,
update, cancel and page publish replaces after commit (`invalidate`), so a reader never gets a
page older than the last change once it has committed; an entry also ends when the first alert
it shows expires (`share(..., until=...)`).

Only what is the same for everyone is shared. Pages are shared only for requests without a
session or messages cookie (nobody signed in, no anonymous progress); the machine interfaces
carry no personal parts. A response that sets a cookie (a CSRF token, a session) is never stored.

Under ASGI, `core.public_front` also keeps each shared response in the process, in its final form,
and answers repeat readers before Django's middleware; it follows the rules set here.
"""

import hashlib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from time import monotonic

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import parse_http_date_safe

from core.paths import MACHINE_PATHS

GENERATION_KEY = "public:generation"
MAX_ENTRY_SECONDS = 600


@dataclass(frozen=True)
class Policy:
    """How long CDNs may keep a shared response (browsers revalidate every time, by ETag)."""

    s_maxage: int
    stale_while_revalidate: int


# Alerts: a cancel must reach readers within a second, through a CDN too.
ALERTS = Policy(s_maxage=1, stale_while_revalidate=1)
# Lessons and other editorial pages change when an editor publishes.
CONTENT = Policy(s_maxage=300, stale_while_revalidate=60)


# The generation as this process last read it, kept for GENERATION_MEMO_SECONDS: a change made
# in another process is seen within that time (well inside the second promised for a cancel),
# one made in this process at once. A shared hit then costs one cache read, not two.
GENERATION_MEMO_SECONDS = 0.2
_memo: dict = {"value": None, "until": 0.0}


def remember(value: str) -> str:
    _memo.update(value=value, until=monotonic() + GENERATION_MEMO_SECONDS)
    return value


def remembered() -> str | None:
    return _memo["value"] if monotonic() < _memo["until"] else None


def generation() -> str:
    if (value := remembered()) is not None:
        return value
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, value, timeout=None):
            value = cache.get(GENERATION_KEY, value)
    return remember(value)


async def ageneration() -> str:
    """`generation()` for the event loop: the memo, or a cache read in a worker thread."""
    if (value := remembered()) is not None:
        return value
    return await sync_to_async(generation, thread_sensitive=False)()


def invalidate() -> None:
    """Make every shared response stale at once. Called after commit, so the next render reads
    the committed state. With the cache unreachable (core.cache), every read is a miss and every
    process makes up a new generation each memo time, so nothing older is served; an entry
    never outlives MAX_ENTRY_SECONDS."""
    cache.set(GENERATION_KEY, remember(uuid.uuid4().hex), timeout=None)


def is_page(request) -> bool:
    return not request.path_info.startswith(MACHINE_PATHS)


def carries_nothing_personal(request) -> bool:
    """Whether the request comes with no session, messages cookie or credentials: the reader
    of a shared page, who has nothing of their own on the site yet."""
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or CookieStorage.cookie_name in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def is_shareable(request) -> bool:
    """Whether this request may get (and fill) a shared response: a GET, and for pages, one
    that carries no session or messages cookie, so nothing personal can be in its answer."""
    if request.method != "GET":
        return False
    return not is_page(request) or carries_nothing_personal(request)


def entry_key(request, current_generation: str) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"public:{current_generation}:{hashlib.sha256(address.encode()).hexdigest()}"


def share(response, policy: Policy, *, until: datetime | None = None, params=()):
    """Mark `response` as the same for every anonymous reader of its address, shared until
    `until` (the first expiry among the alerts it shows) at the latest. `params` are the query
    parameters the view reads: an address with any other is answered but never stored, so
    made-up parameters neither fill the cache nor end up in what others are served."""
    response.shared_policy = policy
    response.shared_until = until.timestamp() if until else None
    response.shared_params = frozenset(params)
    return response


def storable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and set(request.GET) <= response.shared_params
    )


def add_public_headers(request, response, policy: Policy, etag: str) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=policy.s_maxage,
        stale_while_revalidate=policy.stale_while_revalidate,
    )
    response["ETag"] = etag
    if is_page(request):
        patch_vary_headers(response, ["Cookie"])


@dataclass(frozen=True)
class Entry:
    content: bytes
    status: int
    headers: dict
    until: float

    def response(self, request):
        """The stored answer, or 304 when the reader has it (by ETag or Last-Modified)."""
        response = HttpResponse(self.content, status=self.status, headers=self.headers)
        return get_conditional_response(
            request,
            etag=self.headers.get("ETag"),
            last_modified=parse_http_date_safe(self.headers.get("Last-Modified", "")),
            response=response,
        )


@dataclass(frozen=True)
class Shared:
    """What the middleware tells the ASGI front (core.public_front) about a shared response."""

    generation: str
    key: str
    until: float


SHARED_SCOPE_KEY = "beacon.shared"


def mark(request, response, shared: Shared) -> None:
    """Tell the ASGI front, through the request's scope, that this full answer is shared (a
    request made without ASGI, as in tests with Django's client, has no scope and no front)."""
    scope = getattr(request, "scope", None)
    if scope is not None and response.status_code == 200:
        scope[SHARED_SCOPE_KEY] = shared


class SharedResponseMiddleware:
    """Serve and store shared responses (see the module docstring). Sits inside the security
    headers middleware, so each response still gets its own CSP and security headers. When the
    cache cannot be reached, every read is a miss (core.cache): every request is rendered
    afresh, and readers are never refused because of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        if is_shareable(request):
            current = generation()
            key = entry_key(request, current)
            entry = cache.get(key)
            if entry is not None and entry.until > time.time():
                response = entry.response(request)
                mark(request, response, Shared(current, key, entry.until))
                return response
        response = self.get_response(request)
        policy = getattr(response, "shared_policy", None)
        if policy is None:
            return response
        if key is None or not storable(request, response):
            patch_cache_control(response, private=True)
            return response
        until = self.store(request, response, key, policy)
        if until is not None:
            mark(request, response, Shared(current, key, until))
        return response

    def store(self, request, response, key: str, policy: Policy) -> float | None:
        """Store the response under `key`: the time it is shared until, or None if it is not."""
        content = response.content
        etag = (
            response.get("ETag") or f'"{hashlib.sha256(content).hexdigest()}"'
        )  # the view's own first
        add_public_headers(request, response, policy, etag)
        until = min(time.time() + MAX_ENTRY_SECONDS, response.shared_until or float("inf"))
        if until <= time.time():
            return None
        entry = Entry(content, response.status_code, dict(response.headers), until)
        cache.set(key, entry, timeout=int(until - time.time()) + 1)
        return until


def invalidate_after_commit(**kwargs) -> None:
    """Signal receiver: a page was published, unpublished, moved or deleted."""
    transaction.on_commit(invalidate)


def shared(policy: Policy, *, until: Callable[[], datetime | None] | None = None, params=()):
    """View decorator: share the view's 200 responses (see `share`); `until` is asked, only
    when the response will be shared, for the time the answer stops being true."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            limit = until() if until is not None and is_shareable(request) else None
            return share(response, policy, until=limit, params=params)

        return wrapper

    return decorator
