"""Beacon settings, read from the environment once at start-up.

Every variable is optional: when it is absent Beacon falls back to the embedded default (SQLite,
in-memory channel layer, Celery tasks run in-process), so `make demo` needs no other services.
Production sets DATABASE_URL and REDIS_URL; nothing else differs between the two ways to run.
"""

import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("BEACON_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_pem(name: str) -> bytes:
    """PEM text from the variable NAME, or from the file that NAME_FILE names (a mounted secret)."""
    if os.environ.get(name):  # a .env line may hold it with \n escapes
        return os.environ[name].replace("\\n", "\n").encode()
    path = os.environ.get(f"{name}_FILE")
    return Path(path).read_bytes() if path else b""


def local_secret_key() -> str:
    """Embedded default: a random key created once and kept in var/, never a key from the repo."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or local_secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A form from a shared page sent without its script gets that page again, not a 403.
CSRF_FAILURE_VIEW = "core.csrf_failure.csrf_failure"
REDIS_URL = os.environ.get("REDIS_URL", "")

INSTALLED_APPS = [
    "core",
    "lessons",
    "classes",
    "accounts",
    "alerts",
    "readiness",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "channels",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Security section below: the client address (400 when malformed), then the headers.
    "config.client.ClientAddressMiddleware",
    "config.security_headers.SecurityHeadersMiddleware",
    "config.security_headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public responses from the cache (core/public_cache.py), before any session.
    "core.public_cache.SharedResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.BeaconLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.second_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: DATABASE_URL, else an SQLite file in var/
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'beacon.sqlite3'}", conn_max_age=0
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default writes from several threads (requests, the delivery sweeper, the live
    # receipts). A transaction takes SQLite's write lock when it begins, so two never deadlock
    # upgrading a read lock (which SQLite answers at once with "database is locked"), and waits
    # up to 20 s for it; WAL lets pages be read while a write goes on.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Channel layer, cache and Celery: Redis when REDIS_URL is set, in-process otherwise
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # Dict hosts: no socket read timeout racing the layer's blocking reads, and a pool
                # large enough for many consumers per process.
                "hosts": [{"address": REDIS_URL, "socket_timeout": None, "max_connections": 1000}],
                "capacity": 1000,
                "prefix": "beacon",
            },
        }
    }
    # A Redis outage is a cache miss, not a failed page (core/cache.py); an unreachable host
    # costs a request a second at most.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "channels.layers.InMemoryChannelLayer", "CONFIG": {"capacity": 1000}}
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
# Upstream agencies' Atom/RSS feeds of CAP alerts, polled by Celery beat.
BEACON_CAP_FEEDS = env_list("CAP_FEEDS", [])
# Upstream senders whose imported Updates and Cancels may reference other upstream senders'
# messages (e.g. a national aggregator). Nobody's may reference messages written here.
CAP_TRUSTED_SENDERS = env_list("CAP_TRUSTED_SENDERS", [])
# Beacon signs the CAP it publishes with this key and certificate (PEM, RSA or EC); with neither
# set, a demo key and self-signed certificate are made once in var/ (alerts/cap/keys.py).
CAP_SIGNING_KEY = env_pem("CAP_SIGNING_KEY")
CAP_SIGNING_CERT = env_pem("CAP_SIGNING_CERT")
CAP_DEMO_SIGNING_FILE = VAR_DIR / "cap-signing-demo.pem"
# Certificates of upstream senders whose signatures are trusted: a PEM bundle, or a directory of
# .pem/.crt files. Messages from the feeds or files listed in CAP_SIGNATURE_REQUIRED are imported
# only when signed by one of them.
CAP_TRUST_STORE = os.environ.get("CAP_TRUST_STORE", "")
CAP_SIGNATURE_REQUIRED = env_list("CAP_SIGNATURE_REQUIRED", [])
CAP_POLL_SECONDS = int(os.environ.get("CAP_POLL_SECONDS", "120"))
# Delivery recovery does not depend on the broker (see alerts/delivery.py): the sweeper runs
# every OUTBOX_SWEEP_SECONDS and queues again an outbox row not done OUTBOX_STUCK_SECONDS after
# publishing, and every open push delivery that is due and not leased.
OUTBOX_STUCK_SECONDS = int(os.environ.get("OUTBOX_STUCK_SECONDS", "10"))
OUTBOX_SWEEP_SECONDS = float(os.environ.get("OUTBOX_SWEEP_SECONDS", "5"))
CELERY_BEAT_SCHEDULE = {
    "poll-upstream-cap-feeds": {
        "task": "alerts.tasks.poll_upstream_feeds",
        "schedule": CAP_POLL_SECONDS,
    },
    "sweep-deliveries": {
        "task": "alerts.tasks.sweep_deliveries",
        "schedule": OUTBOX_SWEEP_SECONDS,
        # a sweep not run in time is replaced by the next one, never piled up
        "options": {"expires": OUTBOX_SWEEP_SECONDS},
    },
    "prune-stale-subscriptions": {
        "task": "alerts.tasks.prune_stale_subscriptions",
        "schedule": 86400,
    },
}
# A task whose worker died (acks late) also goes back to the queue once it has been unacknowledged
# for the visibility timeout. Delivery does not rely on it (the sweeper re-queues the rows of a
# lost task within seconds), so it stays long: a redelivered task finds nothing left to send. A
# worker reserves one task at a time, so the batches it has not started stay for other workers.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
TASK_VISIBILITY_TIMEOUT = int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "600"))
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": TASK_VISIBILITY_TIMEOUT,
    "unacked_restore_interval": min(10, max(1, TASK_VISIBILITY_TIMEOUT // 5)),
    "unacked_restore_throttle": 1,
}

# --- Web push: keys from the environment, else a local pair kept in var/ (embedded default)
VAPID_PRIVATE_KEY = os.environ.get("VAPID_PRIVATE_KEY", "")
VAPID_PUBLIC_KEY = os.environ.get("VAPID_PUBLIC_KEY", "")
VAPID_SUBJECT = os.environ.get("VAPID_SUBJECT", "mailto:alerts@beacon.invalid")
# Push endpoints are accepted, and posted to, only on these hosts, over https (webpush/hosts.py):
# `host` or `*.suffix`, optionally `:port`. The default lists the push services browsers use, as
# seen in the endpoints their PushManager.subscribe() returns:
#   Chrome and the Chromium browsers on Google's service (Opera, Samsung Internet, Brave):
#     https://fcm.googleapis.com/fcm/send/... and https://fcm.googleapis.com/wp/...
#   Firefox (Mozilla autopush): https://updates.push.services.mozilla.com/wpush/v2/...
#   Edge (Windows Push Notification Services): https://<node>.notify.windows.com/w/?token=...
#   Safari (macOS 13+, iOS and iPadOS 16.4+): https://web.push.apple.com/...; *.push.apple.com
#     covers Apple's other push hosts.
# Tests, benchmarks and local development add their loopback fake explicitly, with its scheme and
# port (`http://127.0.0.1:8765`): the only way plain http is accepted.
PUSH_SERVICE_HOSTS = env_list(
    "PUSH_SERVICE_HOSTS",
    [
        "fcm.googleapis.com",
        "updates.push.services.mozilla.com",
        "*.notify.windows.com",
        "web.push.apple.com",
        "*.push.apple.com",
    ],
)
PUSH_BATCH_SIZE = int(os.environ.get("PUSH_BATCH_SIZE", "1000"))
# An alert's first batch is small and queued first (webpush/plan.py: batch_priority), so its
# first messages leave within a second even while other alerts' batches are being sent.
PUSH_FIRST_BATCH_SIZE = int(os.environ.get("PUSH_FIRST_BATCH_SIZE", "100"))
# Messages in flight or not yet recorded, per worker process. At a push service's 50 ms, a slot
# is held about 75 ms (the answer, then recording it), so 400 slots allow about 5,000 messages/s
# per process; it is also the most a crashed process can leave sent but unrecorded.
PUSH_CONCURRENCY = int(os.environ.get("PUSH_CONCURRENCY", "400"))
PUSH_TIMEOUT_SECONDS = 10.0
# While a run sends a delivery, it holds it for PUSH_LEASE_SECONDS and renews the lease every
# third of that while it makes progress; when the run dies, the sweeper re-queues the rows once
# the lease lapses. A queued batch that no run has taken after PUSH_REQUEUE_SECONDS is queued
# again (lost with the broker or with a worker). A delivery is failed after PUSH_MAX_ATTEMPTS.
PUSH_LEASE_SECONDS = float(os.environ.get("PUSH_LEASE_SECONDS", "10"))
PUSH_REQUEUE_SECONDS = float(os.environ.get("PUSH_REQUEUE_SECONDS", "15"))
PUSH_MAX_ATTEMPTS = int(os.environ.get("PUSH_MAX_ATTEMPTS", "8"))
RATELIMIT_VIEW = "alerts.delivery.webpush.views.rate_limited"
# While the cache (the counters) cannot be reached, requests are let through rather than refused:
# a citizen subscribing to alerts during a Redis outage must not be told to slow down.
RATELIMIT_FAIL_OPEN = True
# Live alerts: open /ws/alerts/ sockets per client address (counted per process); over it the
# handshake is refused with 4429.
WS_MAX_PER_ADDRESS = int(os.environ.get("WS_MAX_PER_ADDRESS", "20"))

# --- Alert messages: how long a message may last, from onset (or effective, or now) to expiry
ALERT_MIN_DURATION = timedelta(minutes=int(os.environ.get("ALERT_MIN_DURATION_MINUTES", "5")))
ALERT_MAX_DURATION = timedelta(hours=int(os.environ.get("ALERT_MAX_DURATION_HOURS", "24")))

# --- E-mail (approvers hear of submitted messages): SMTP when EMAIL_HOST is set, in
# production; the embedded default writes each message as a file in var/mail.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "alerts@beacon.invalid")

# --- Passwords, sessions, security
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

# --- Languages
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("pl", "Polski"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("it", "Italiano"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation made in wagtail-localize is saved as a draft; an editor reviews and publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # collectstatic fills it in production images
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# COLLECTED_STATIC (set in the image and by `make demo`): files were collected into STATIC_ROOT
# with a content hash in their names and gzip and brotli copies beside them; WhiteNoise serves
# those, the hashed names as `immutable` for a year. Without it (tests, a plain checkout)
# WhiteNoise serves straight from the app folders and nothing needs collectstatic.
COLLECTED_STATIC = env_bool("COLLECTED_STATIC", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "config.static_files.HashedCompressedStaticFiles"
        if COLLECTED_STATIC
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not COLLECTED_STATIC
WHITENOISE_AUTOREFRESH = DEBUG

# --- Wagtail
WAGTAIL_SITE_NAME = "Beacon"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
