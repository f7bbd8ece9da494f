"""Celery tasks of the alerts app. Tasks take ids and call one service."""

import logging

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from alerts.ingest import import_feed
from alerts.models import AlertDelivery

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def deliver_alert(alert_id: int) -> None:
    """Start delivering a published alert (its outbox row). The fan-out itself (WebSocket groups,
    web push batches) comes with the live broadcast; until then this marks the outbox row taken,
    once, so a redelivered task does nothing twice."""
    AlertDelivery.objects.filter(alert_id=alert_id, started_at__isnull=True).update(
        started_at=timezone.now()
    )


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
