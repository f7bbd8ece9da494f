"""Celery tasks of the alerts app. Tasks take ids and call one service."""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone
from redis.exceptions import RedisError

from alerts.broadcast import broadcast_alert
from alerts.delivery import give_up, plan_push, prune_subscriptions, send_batch
from alerts.ingest import import_feed
from alerts.models import Alert, AlertDelivery

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(days=90)


@shared_task(acks_late=True)
def deliver_alert(alert_id: int) -> None:
    """Deliver a published message from its outbox row: send it to open pages once, then queue
    its web push batches and mark the row done. Every step may run again (a redelivered task, the
    sweeper): the broadcast is taken once, planning skips planned deliveries and batches skip
    what was sent. If the channel layer is down, the broadcast is left to the next run."""
    row = AlertDelivery.objects.get(alert_id=alert_id)
    if row.queued_at:
        return
    alert = Alert.objects.get(pk=alert_id)
    if AlertDelivery.objects.filter(pk=row.pk, started_at__isnull=True).update(
        started_at=timezone.now()
    ):
        try:
            broadcast_alert(alert)
        except (OSError, RedisError) as exc:
            logger.warning("live broadcast of %s failed, will retry: %s", alert.identifier, exc)
            AlertDelivery.objects.filter(pk=row.pk).update(started_at=None)
    for batch in plan_push(alert):
        send_push_batch.delay(alert_id, batch)
    AlertDelivery.objects.filter(pk=row.pk, started_at__isnull=False).update(
        queued_at=timezone.now()
    )


@shared_task(bind=True, acks_late=True, max_retries=8)
def send_push_batch(self, alert_id: int, delivery_ids: list[int], attempt: int = 0) -> None:
    """Send one batch; what must be retried (429, 5xx, timeouts) is retried alone, after the
    push service's Retry-After or an exponential back-off, and marked failed at the end."""
    result = send_batch(alert_id, delivery_ids, attempt=attempt)
    if not result.retry_ids:
        return
    if self.request.retries >= self.max_retries:
        give_up(result.retry_ids)
        return
    raise self.retry(args=(alert_id, result.retry_ids, attempt + 1), countdown=result.retry_after)


@shared_task
def poll_upstream_feeds() -> dict[str, int]:
    """Import new alerts from every upstream feed in settings.BEACON_CAP_FEEDS (run by beat).
    A feed that fails is logged and retried at the next run; the others go on."""
    totals = {"created": 0, "duplicates": 0, "errors": 0}
    for url in settings.BEACON_CAP_FEEDS:
        try:
            report = import_feed(url)
        except (OSError, ValueError) as exc:
            logger.warning("upstream feed %s failed: %s", url, exc)
            totals["errors"] += 1
            continue
        totals["created"] += len(report.created)
        totals["duplicates"] += len(report.duplicates)
        totals["errors"] += len(report.errors)
    return totals


@shared_task
def requeue_stuck_deliveries() -> int:
    """Queue again every outbox row not done OUTBOX_STUCK_SECONDS after publishing (the task was
    lost because the broker was down or restarted, or its worker died). Run by beat."""
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
def prune_stale_subscriptions() -> int:
    """Delete push subscriptions that have not accepted a message for STALE_AFTER."""
    return prune_subscriptions(older_than=STALE_AFTER)
