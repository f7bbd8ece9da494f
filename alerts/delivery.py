"""Web push delivery of a published message: who gets it, what they get, and what happened.

Each (message, subscription) pair is one PushDelivery row, created when the fan-out is planned.
A batch sends only rows not delivered yet, so a retried or re-run batch never sends twice what
already went out.
"""

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from alerts import push, vapid
from alerts.models import Alert, PushDelivery, PushStatus, PushSubscription
from alerts.payloads import alert_payload

logger = logging.getLogger(__name__)

MAX_PAYLOAD_BYTES = 2000
DEFAULT_TTL = timedelta(hours=24)
HIGH_URGENCY = {"Extreme", "Severe"}
MAX_BACKOFF_SECONDS = 600


def chain_root(alert: Alert) -> Alert:
    """The first message of the chain an Update or Cancel belongs to."""
    earliest = alert.references.order_by("sent").first()
    return earliest or alert


def topic_for(alert: Alert) -> str:
    """Push `Topic` per alert chain (URL-safe, at most 32 characters), so a newer message
    replaces an older one still waiting at the push service."""
    return hashlib.sha256(chain_root(alert).identifier.encode()).hexdigest()[:32]


def ttl_for(alert: Alert) -> int:
    expiry = alert.infos.aggregate(latest=Max("expires"))["latest"]
    remaining = (expiry - timezone.now()) if expiry else DEFAULT_TTL
    return max(0, int(remaining.total_seconds()))


def push_payload(alert: Alert, language: str, tag: str) -> bytes:
    """The notification in the subscriber's language, at most MAX_PAYLOAD_BYTES of JSON."""
    data = alert_payload(alert, language)
    with override(language):
        prefix = _("EXERCISE") + ": " if alert.is_exercise else ""
    body = data["instruction"] or data["description"]
    message = {
        "title": prefix + data["headline"],
        "body": body,
        "url": data["url"],
        "tag": tag,
        "identifier": alert.identifier,
        "event": data["event_kind"],
        "lang": data["language"],
    }
    encoded = json.dumps(message, ensure_ascii=False).encode()
    while len(encoded) > MAX_PAYLOAD_BYTES and message["body"]:
        message["body"] = message["body"][: len(message["body"]) * 3 // 4].rstrip() + "…"
        encoded = json.dumps(message, ensure_ascii=False).encode()
    if len(encoded) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"push payload of {alert.identifier} is {len(encoded)} bytes")
    return encoded


def plan_push(alert: Alert) -> Iterator[list[int]]:
    """Record one pending delivery per matching subscription, a batch at a time, yielding each
    batch's ids as soon as it is recorded: sending starts while the rest is still planned. Run
    again, it yields what is still pending and records nothing twice. Only public messages are
    sent (the audience gate, `Alert.objects.public()`)."""
    if not Alert.objects.public().filter(pk=alert.pk).exists():
        return
    subscriptions = list(
        PushSubscription.objects.for_alert(alert).order_by("pk").values_list("pk", flat=True)
    )
    size = settings.PUSH_BATCH_SIZE
    for start in range(0, len(subscriptions), size):
        chunk = subscriptions[start : start + size]
        PushDelivery.objects.bulk_create(
            [PushDelivery(alert=alert, subscription_id=pk) for pk in chunk], ignore_conflicts=True
        )
        pending = PushDelivery.objects.filter(
            alert=alert, subscription_id__in=chunk, status=PushStatus.PENDING
        )
        ids = list(pending.values_list("pk", flat=True))
        if ids:
            yield ids


@dataclass(frozen=True)
class BatchResult:
    retry_ids: list[int]
    retry_after: float


@dataclass(frozen=True, slots=True)
class Claimed:
    """A delivery of a batch and what sending it needs (plain values: a batch has a thousand)."""

    pk: int
    subscription_id: int
    endpoint: str
    p256dh: str
    auth: str
    language: str
    lease_until: datetime | None


CLAIMED_FIELDS = [
    "pk",
    "subscription_id",
    "subscription__endpoint",
    "subscription__p256dh",
    "subscription__auth",
    "subscription__language",
    "lease_until",
]


def claim(delivery_ids: list[int]) -> tuple[list[Claimed], list[Claimed]]:
    """Lease the deliveries of a batch still to be sent, so that another run of the same batch
    (a redelivered task) leaves them alone; return them, and those another run is sending."""
    now = timezone.now()
    with transaction.atomic():
        rows = (
            PushDelivery.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk__in=delivery_ids, status__in=[PushStatus.PENDING, PushStatus.RETRYING])
            .exclude(subscription=None)
            .values_list(*CLAIMED_FIELDS)
        )
        open_rows = [Claimed(*row) for row in rows]
        mine = [d for d in open_rows if d.lease_until is None or d.lease_until <= now]
        lease = now + timedelta(seconds=settings.PUSH_LEASE_SECONDS)
        PushDelivery.objects.filter(pk__in=[d.pk for d in mine]).update(lease_until=lease)
    return mine, [d for d in open_rows if d.lease_until and d.lease_until > now]


def push_messages(alert: Alert, deliveries: list[Claimed]) -> list[push.PushMessage]:
    """One encrypted-to-be message per delivery, the payload in the subscriber's language."""
    topic, ttl = topic_for(alert), ttl_for(alert)
    urgency = "high" if alert.infos.filter(severity__in=HIGH_URGENCY).exists() else "normal"
    payloads: dict[str, bytes] = {}
    messages = []
    for d in deliveries:
        if d.language not in payloads:
            payloads[d.language] = push_payload(alert, d.language, topic)
        messages.append(
            push.PushMessage(
                d.pk, d.endpoint, d.p256dh, d.auth, payloads[d.language], ttl, urgency, topic
            )
        )
    return messages


def warm_up() -> None:
    """Start this process's sender and load the URL configuration before the first batch, which
    would otherwise take most of a second longer than the others (run when a worker starts)."""
    reverse("alerts:active")
    push.sender(settings.PUSH_CONCURRENCY)


@cache
def vapid_headers() -> push.VapidHeaders:
    """The process's VAPID headers, signed once per push service for every batch."""
    return push.VapidHeaders(vapid.signer(), settings.VAPID_SUBJECT)


def send_batch(alert_id: int, delivery_ids: list[int], *, attempt: int = 0) -> BatchResult:
    """Send the deliveries of a batch that have not gone out yet, recording outcomes as they
    come. What must be tried again, and what another run is still sending, is returned."""
    alert = Alert.objects.prefetch_related("infos", "regions", "references").get(pk=alert_id)
    mine, theirs = claim(delivery_ids)
    by_pk = {d.pk: d for d in mine}
    retry_ids, waits = (
        [d.pk for d in theirs],
        [(d.lease_until - timezone.now()).total_seconds() for d in theirs],
    )
    outcomes = push.sender(settings.PUSH_CONCURRENCY).send_all(
        push_messages(alert, mine),
        vapid=vapid_headers(),
        concurrency=settings.PUSH_CONCURRENCY,
        timeout=settings.PUSH_TIMEOUT_SECONDS,
    )
    for chunk in outcomes:
        result = record_outcomes({o.key: by_pk[o.key] for o in chunk}, chunk, attempt=attempt)
        retry_ids += result.retry_ids
        waits.append(result.retry_after)
    return BatchResult(retry_ids=retry_ids, retry_after=max(waits, default=0))


def status_of(outcome) -> str:
    """What a push service's answer means for the delivery."""
    if outcome.undeliverable:
        return PushStatus.FAILED
    if outcome.status in (200, 201, 202):
        return PushStatus.DELIVERED
    if outcome.status in (404, 410):
        return PushStatus.GONE
    if outcome.status is None or outcome.status == 429 or outcome.status >= 500:
        return PushStatus.RETRYING
    return PushStatus.FAILED  # 400, 401, 403, 413...: retrying would not help


def record_outcomes(deliveries: dict[int, Claimed], outcomes, *, attempt: int) -> BatchResult:
    """Store the outcomes of (part of) a batch in a few bulk queries and release the lease;
    gone subscriptions are deleted."""
    groups = defaultdict(list)  # one UPDATE per (status, response): a few per batch
    by_status = defaultdict(list)
    retrying = []
    for outcome in outcomes:
        delivery, status = deliveries[outcome.key], status_of(outcome)
        response = str(outcome.status) if outcome.status else outcome.error
        groups[status, response].append(delivery.pk)
        by_status[status].append(delivery.subscription_id)
        if status == PushStatus.FAILED:
            logger.warning("push to %s refused with %s", delivery.endpoint[:60], outcome.status)
        elif status == PushStatus.RETRYING:
            retrying.append(outcome)
    for (status, response), ids in groups.items():
        PushDelivery.objects.filter(pk__in=ids).update(
            status=status,
            last_response=response,
            attempts=F("attempts") + 1,
            lease_until=None,
            updated_at=timezone.now(),
        )
    PushSubscription.objects.filter(pk__in=by_status[PushStatus.DELIVERED]).update(
        last_success_at=timezone.now()
    )
    PushSubscription.objects.filter(pk__in=by_status[PushStatus.GONE]).delete()
    waits = [o.retry_after or min(MAX_BACKOFF_SECONDS, 2 ** (attempt + 1)) for o in retrying]
    return BatchResult(retry_ids=[o.key for o in retrying], retry_after=max(waits, default=0))


def give_up(delivery_ids: list[int]) -> None:
    PushDelivery.objects.filter(pk__in=delivery_ids, status=PushStatus.RETRYING).update(
        status=PushStatus.FAILED
    )


def counts(alert: Alert) -> dict[str, int]:
    """Targeted, delivered, removed as gone, failed and still retrying or waiting."""
    rows = dict(alert.push_deliveries.values_list("status").annotate(n=Count("id")))
    return {
        "targeted": sum(rows.values()),
        **{status: rows.get(status, 0) for status in PushStatus.values},
    }


def prune_subscriptions(*, older_than) -> int:
    """Delete subscriptions without a success (or, never used, created) for `older_than`."""
    cutoff = timezone.now() - older_than
    stale = PushSubscription.objects.filter(
        Q(last_success_at__lt=cutoff) | Q(last_success_at__isnull=True, created_at__lt=cutoff)
    )
    deleted, _ = stale.delete()
    return deleted
