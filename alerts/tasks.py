"""Celery tasks of the alerts app. Tasks take ids and call one service."""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from alerts.broadcast import broadcast_alert
from alerts.delivery import give_up, plan_push, prune_subscriptions, send_batch
from alerts.ingest import import_feed
from alerts.models import Alert, AlertDelivery

logger = logging.getLogger(__name__)
STUCK_AFTER = timedelta(minutes=2)
STALE_AFTER = timedelta(days=90)


@shared_task(acks_late=True)
def deliver_alert(alert_id: int) -> None:
    """Deliver a published message from its outbox row: take the row once (a redelivered task
    does nothing twice), send it to open pages, then queue its web push batches."""
    taken = AlertDelivery.objects.filter(alert_id=alert_id, started_at__isnull=True).update(
        started_at=timezone.now()
    )
    if not taken:
        return
    alert = Alert.objects.get(pk=alert_id)
    broadcast_alert(alert)
    for batch in plan_push(alert):
        send_push_batch.delay(alert_id, batch)


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
    """Queue again every outbox row not taken within STUCK_AFTER (the task was lost, e.g. the
    broker was down when the alert was published). Run by beat; returns how many."""
    stuck = AlertDelivery.objects.filter(
        started_at__isnull=True, created_at__lt=timezone.now() - STUCK_AFTER
    ).values_list("alert_id", flat=True)
    for alert_id in stuck:
        deliver_alert.delay(alert_id)
    return len(stuck)


@shared_task
def prune_stale_subscriptions() -> int:
    """Delete push subscriptions that have not accepted a message for STALE_AFTER."""
    return prune_subscriptions(older_than=STALE_AFTER)
