"""Security settings: passwords, sessions, TLS, the client address, login throttling, the
second factor and the headers that limit what a page may load (CSP, Permissions-Policy)."""

import ipaddress
import os
from datetime import timedelta
from urllib.parse import urlsplit

from config.settings.environment import env_bool, env_list

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_HTTPONLY = True
# DENY everywhere; the admin answers SAMEORIGIN (config.security_headers), as Wagtail's preview
# panel frames admin pages.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    # The container health check speaks plain HTTP to the web container itself.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading is a promise browsers keep for months: an operator opts in, knowingly.
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Client address (config/client.py): REMOTE_ADDR, or X-Forwarded-For when REMOTE_ADDR is one of
# these proxies (addresses or networks). Empty: trust no proxy. uvicorn gets the same list.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
for _proxy in TRUSTED_PROXIES:
    ipaddress.ip_network(_proxy, strict=False)  # a typo stops start-up rather than trusting nobody
RATELIMIT_IP_META_KEY = "config.client.client_address"

# Login throttling (django-axes), on both login pages: after AXES_FAILURE_LIMIT failures for one
# user name, or from one client address, sign-in is refused for the cool-off time.
AUTHENTICATION_BACKENDS = [
    "accounts.login_lockout.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.client.login_client_address"
AXES_USERNAME_CALLABLE = "accounts.login_lockout.attempted_username"
AXES_LOCKOUT_CALLABLE = "accounts.login_lockout.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
AXES_ENABLE_ADMIN = False  # Django's admin site is not served; lockouts expire on their own

# Second factor for the admin (django-otp; config/second_factor.py says who needs it).
OTP_TOTP_ISSUER = "Beacon"
# A failed code doubles the wait before the next try (1 s, 2 s, 4 s...) per device.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# The drafting map draws the regions' outlines with no tile server; MAP_TILE_URL (a Leaflet URL
# template such as https://{s}.tile.example/{z}/{x}/{y}.png) adds a base map under them.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")


def tile_sources(url: str) -> list[str]:
    """The tile server's origin for the admin's img-src ({s} subdomains as a wildcard)."""
    parts = urlsplit(url.replace("{s}", "*"))
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


# Content-Security-Policy (django-csp; config/security_headers.py gives the admin its own policy).
# Public pages run only Beacon's own scripts and styles: no inline code at all. The live alerts
# socket is same-origin (connect-src gets ws:/wss: of the request's host per response).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail 7.4's admin still writes inline <script> blocks (InlinePanel, date and time widgets,
# wagtail-localize's editor) and inline style attributes, so it needs 'unsafe-inline' for both;
# it runs no eval. It frames its own previews, and loads nothing from other origins once
# avatars come from Beacon itself rather than Gravatar.
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *tile_sources(MAP_TILE_URL)],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # editors' e-mail hashes stay here; no third-party images
# Browser features no page uses are switched off for the page and anything it frames.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
    "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
    "payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()"
)

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "lessons:progress"
LOGOUT_REDIRECT_URL = "/"
