"""Alerting settings: CAP exchange and signing, delivery recovery, web push, the live alerts
socket, how long a message may last, and the e-mail that tells approvers."""

import os
from datetime import timedelta

from config.settings.environment import VAR_DIR, env_bool, env_list, env_pem

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
# An alert's first batch is small and sent by its delivery task itself (alerts/tasks.py), and
# its next batches are queued before other alerts' later ones (webpush/plan.py: batch_priority),
# so its first messages leave within a second even while other alerts' batches are being sent.
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
