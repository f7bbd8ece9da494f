"""Celery tasks of the alerts app. Tasks take ids and call one service."""

import logging

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from alerts.broadcast import broadcast_alert
from alerts.ingest import import_feed
from alerts.models import Alert, AlertDelivery

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def deliver_alert(alert_id: int) -> None:
    """Deliver a published message from its outbox row: take the row once (a redelivered task
    does nothing twice), then send it to open pages. Web push batches are not built yet."""
    taken = AlertDelivery.objects.filter(alert_id=alert_id, started_at__isnull=True).update(
        started_at=timezone.now()
    )
    if taken:
        broadcast_alert(Alert.objects.get(pk=alert_id))


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
