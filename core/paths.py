"""The URL spaces of the site, in one place: the middleware leaves unprefixed paths alone, and
the service worker (fed these lists by core.views) never caches machine or personal pages."""

# Machine and admin paths, mounted without a language prefix (see config.urls). Always fresh or
# private: never served from the service worker's cache.
MACHINE_PATHS = (
    "/admin/",
    "/documents/",
    "/alerts/feed.atom",
    "/alerts/cap/",
    "/alerts/exercises/",
    "/api/",
    "/healthz",
    "/sw.js",
    "/push/",
    "/ws/",
)
# Files, also without a prefix; the service worker caches static ones.
ASSET_PATHS = ("/static/", "/media/", "/favicon.ico", "/manifest.webmanifest")
UNPREFIXED = MACHINE_PATHS + ASSET_PATHS

# Pages under a language prefix that show one person's data (progress, certificates, classes):
# never stored in a cache, even in the reader's own browser.
PERSONAL_SECTIONS = ("accounts", "progress", "certificates", "classes", "join", "assignments")

# Pages under a language prefix that work without a connection and hold nothing of anyone's
# (the household plan keeps its data in the browser): the service worker stores them in every
# language when it installs.
OFFLINE_SECTIONS = ("plan",)
