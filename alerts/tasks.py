"""Celery tasks of the alerts app. Tasks take ids and call one service.

Delivery tasks never raise into their caller: in the embedded default (tasks run eagerly
inside the publishing request) a push service that fails must not break publishing. What did
not happen stays in the outbox or as open delivery rows, and the sweeper (`sweep_deliveries`,
run by beat in production and by a thread of the ASGI process in the embedded default) queues
it again.
"""

import logging
import threading
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone
from redis.exceptions import RedisError

from alerts.actions import publishing  # a module: publishing -> tasks -> publishing is a cycle
from alerts.cap import ingest  # a module: ingest -> actions -> tasks -> ingest is a cycle
from alerts.cap.feeds import configured_feeds
from alerts.delivery.live.broadcast import broadcast_alert
from alerts.delivery.webpush.plan import (
    batch_priority,
    due_batches,
    plan_push,
    prune_subscriptions,
)
from alerts.delivery.webpush.send import send_batch
from alerts.models import Alert, AlertDelivery, Audience
from core import public_cache

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(days=90)


@shared_task(acks_late=True)
def deliver_alert(alert_id: int) -> None:
    """Deliver a published message from its outbox row: send it to open pages once, then send
    its first (small) web push batch right here, then leave the rest of the planning to
    `queue_later_batches`. A queued first batch would wait behind every delivery task queued
    before it: when authorities publish at once, the last alert's first messages would leave
    only after every alert had been planned and broadcast. Every step may run again (a
    redelivered task, the sweeper): the broadcast is taken once, planning skips planned
    deliveries and batches skip what was sent. If the channel layer is down, the broadcast is
    left to the next run; any other failure is logged and left to the sweeper."""
    try:
        start_delivery(alert_id)
    except Exception:
        logger.exception("delivery of alert %s failed; the sweeper will queue it again", alert_id)


def start_delivery(alert_id: int) -> None:
    row = AlertDelivery.objects.get(alert_id=alert_id)
    if row.queued_at:
        return
    alert = Alert.objects.get(pk=alert_id)
    first = next(plan_push(alert), None)  # recorded before the broadcast, sent after it
    if AlertDelivery.objects.filter(pk=row.pk, started_at__isnull=True).update(
        started_at=timezone.now()
    ):
        # Publishing ended the shared public answers after commit, unless its process could not
        # reach the cache then; this task runs only once the broker (Redis) is reachable, so a
        # cancel can never stay shared as active until the answers' own expiry.
        public_cache.invalidate()
        try:
            broadcast_alert(alert)
        except (OSError, RedisError) as exc:
            logger.warning("live broadcast of %s failed, will retry: %s", alert.identifier, exc)
            AlertDelivery.objects.filter(pk=row.pk).update(started_at=None)
    if first:
        send_push_batch(alert_id, first)  # run in this task, not queued; it never raises
    queue_later_batches.apply_async((alert_id,), priority=batch_priority(1))


@shared_task(acks_late=True)
def queue_later_batches(alert_id: int) -> None:
    """Plan and queue an alert's web push batches after the first, then mark its outbox row
    done. Lost or failed, the row stays open and the sweeper queues `deliver_alert` again."""
    try:
        alert = Alert.objects.get(pk=alert_id)
        for index, batch in enumerate(plan_push(alert, skip=1), start=1):
            send_push_batch.apply_async((alert_id, batch), priority=batch_priority(index))
        AlertDelivery.objects.filter(alert_id=alert_id, started_at__isnull=False).update(
            queued_at=timezone.now()
        )
    except Exception:
        logger.exception("planning alert %s failed; the sweeper will queue it again", alert_id)


@shared_task(acks_late=True)
def send_push_batch(alert_id: int, delivery_ids: list[int], attempt: int = 0) -> None:
    """Send one batch. What must be tried again (429, 5xx, timeouts) stays as `retrying` rows
    due after Retry-After or a back-off, which the sweeper queues: no Celery countdown, so
    nothing waits in the broker for the visibility timeout. A failure (the database or the
    process lost mid-batch) leaves the batch's rows leased for at most PUSH_LEASE_SECONDS, then
    the sweeper queues them again. `attempt` is ignored (kept for tasks queued by an older
    version); a row counts its own attempts."""
    try:
        send_batch(alert_id, delivery_ids)
    except Exception:
        logger.exception("push batch of alert %s failed; the sweeper will queue it", alert_id)


@shared_task
def poll_upstream_feeds() -> dict[str, int]:
    """Import new alerts from every upstream feed in settings.BEACON_CAP_FEEDS (run by beat),
    each with its policy (alerts/cap/feeds.py). A feed that fails is logged and retried at the
    next run; the others go on."""
    totals = {"created": 0, "duplicates": 0, "unsupported": 0, "errors": 0}
    for feed in configured_feeds():
        try:
            report = ingest.import_feed(feed.url)
        except (OSError, ValueError) as exc:
            logger.warning("upstream feed %s failed: %s", feed.url, exc)
            totals["errors"] += 1
            continue
        for name in ("created", "duplicates", "unsupported", "errors"):
            totals[name] += len(getattr(report, name))
    return totals


@shared_task
def requeue_stuck_deliveries() -> int:
    """Queue again every outbox row not done OUTBOX_STUCK_SECONDS after publishing (the task was
    lost because the broker was down or restarted, or its worker died)."""
    stuck_before = timezone.now() - timedelta(seconds=settings.OUTBOX_STUCK_SECONDS)
    stuck = list(
        AlertDelivery.objects.filter(
            queued_at__isnull=True, created_at__lt=stuck_before
        ).values_list("alert_id", flat=True)
    )
    for alert_id in stuck:
        deliver_alert.delay(alert_id)
    return len(stuck)


@shared_task
def requeue_due_pushes() -> int:
    """Queue again, in batches, every web push delivery that is due and not leased: a batch
    whose worker died, a batch lost with the broker, a retry whose time came."""
    queued = 0
    for alert_id, batches in due_batches().items():
        for batch in batches:
            send_push_batch.delay(alert_id, batch)
            queued += len(batch)
    return queued


@shared_task
def sweep_deliveries() -> dict[str, int]:
    """The delivery sweeper, every OUTBOX_SWEEP_SECONDS (beat; in the embedded default a thread
    of the ASGI process, see `run_embedded_sweeper`): exercises whose set time came (published
    here rather than by a countdown, so a dead worker only delays them to the next sweep),
    stuck outbox rows, then due pushes."""
    return {
        "scheduled": len(publishing.publish_due()),
        "outbox": requeue_stuck_deliveries(),
        "pushes": requeue_due_pushes(),
    }


def run_embedded_sweeper(stop: threading.Event) -> None:
    """Sweep every OUTBOX_SWEEP_SECONDS until `stop` is set. In the embedded default tasks run
    in-process, so this thread sends what it re-queues; a failing sweep is logged and the next
    one tries again."""
    while not stop.wait(settings.OUTBOX_SWEEP_SECONDS):
        try:
            sweep_deliveries()
        except Exception:
            logger.exception("delivery sweep failed")
        finally:
            close_old_connections()


def start_embedded_sweeper() -> threading.Event | None:
    """Start the sweeper thread when tasks run in-process (no broker, so no beat); return the
    event that stops it, or None in production."""
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        return None
    stop = threading.Event()
    threading.Thread(
        target=run_embedded_sweeper, args=(stop,), name="delivery-sweeper", daemon=True
    ).start()
    return stop


@shared_task
def prune_stale_subscriptions() -> int:
    """Delete push subscriptions that have not accepted a message for STALE_AFTER, then
    recount the audiences, so any drift of the reach estimate lasts a day at most."""
    pruned = prune_subscriptions(older_than=STALE_AFTER)
    Audience.objects.recount()
    return pruned
