"""Sending one batch of web push: what each subscriber gets (payload, Topic, TTL) and what
happened (the outcome of every row).

A batch sends only rows not delivered yet, so a retried or re-run batch never sends twice what
already went out. Duplicates are bounded: a run frees a sending slot only once the outcome is
stored (see `sender.Sender.send_all`), so a crash can leave at most PUSH_CONCURRENCY messages per
worker process sent but unrecorded, and only those are sent again, with the same `Topic` and tag.
"""

import hashlib
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone

from alerts.delivery.webpush import sender as push
from alerts.delivery.webpush import vapid
from alerts.delivery.webpush.hosts import host_of
from alerts.delivery.webpush.plan import OPEN
from alerts.models import (
    Alert,
    PushDelivery,
    PushStatus,
    PushSubscription,
)
from alerts.models.codes import URGENT_SEVERITIES
from alerts.public.payloads import alert_payload
from core.warmup import load_languages

logger = logging.getLogger(__name__)


MAX_PAYLOAD_BYTES = 2000


DEFAULT_TTL = timedelta(hours=24)


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
    prefix = data["exercise_label"] + ": " if data["exercise_label"] else ""
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
    if data["lesson"]:  # the lesson on what to do, opened by the notification's second action
        message["lesson"] = {"url": data["lesson"]["url"], "label": data["lesson"]["label"]}
    if data["ack"]:  # an exercise: the notification carries its "I received this"
        message["ack"] = {"url": data["ack"]["url"], "label": data["ack"]["label"]}
    encoded = json.dumps(message, ensure_ascii=False).encode()
    while len(encoded) > MAX_PAYLOAD_BYTES and message["body"]:
        message["body"] = message["body"][: len(message["body"]) * 3 // 4].rstrip() + "…"
        encoded = json.dumps(message, ensure_ascii=False).encode()
    if len(encoded) > MAX_PAYLOAD_BYTES:
        raise ValueError(f"push payload of {alert.identifier} is {len(encoded)} bytes")
    return encoded


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
    attempts: int


CLAIMED_FIELDS = [
    "pk",
    "subscription_id",
    "subscription__endpoint",
    "subscription__p256dh",
    "subscription__auth",
    "subscription__language",
    "lease_until",
    "attempts",
]


def claim(delivery_ids: list[int]) -> tuple[list[Claimed], datetime | None]:
    """Lease the deliveries of a batch still to be sent, not leased by another run (a
    redelivered or re-queued task) and, for a retry, due; return them with the lease's end."""
    now = timezone.now()
    with transaction.atomic():
        rows = (
            PushDelivery.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk__any=delivery_ids, status__in=OPEN)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
            # a retry waits for its time (Retry-After), even if another copy of its batch runs
            .filter(Q(status=PushStatus.PENDING) | Q(due_at__isnull=True) | Q(due_at__lte=now))
            .exclude(subscription=None)
            .values_list(*CLAIMED_FIELDS)
        )
        mine = [Claimed(*row) for row in rows]
        if not mine:
            return [], None
        lease = now + timedelta(seconds=settings.PUSH_LEASE_SECONDS)
        PushDelivery.objects.filter(pk__any=[d.pk for d in mine]).update(lease_until=lease)
    return mine, lease


def renew_lease(delivery_ids, lease: datetime) -> datetime:
    """Extend this run's lease on the rows it has not recorded yet (rows another run took after
    the lease lapsed keep that run's lease)."""
    renewed = timezone.now() + timedelta(seconds=settings.PUSH_LEASE_SECONDS)
    PushDelivery.objects.filter(pk__any=list(delivery_ids), lease_until=lease).update(
        lease_until=renewed
    )
    return renewed


def push_messages(alert: Alert, deliveries: list[Claimed]) -> list[push.PushMessage]:
    """One encrypted-to-be message per delivery, the payload in the subscriber's language."""
    topic, ttl = topic_for(alert), ttl_for(alert)
    urgency = "high" if alert.infos.filter(severity__in=URGENT_SEVERITIES).exists() else "normal"
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
    """Start this process's sender and load the URL configuration and catalogue of every
    language before the first task, which would otherwise take a second longer than the others
    (run when a worker process starts)."""
    load_languages()
    push.sender()


@cache
def vapid_headers() -> push.VapidHeaders:
    """The process's VAPID headers, signed once per push service for every batch."""
    return push.VapidHeaders(vapid.signer(), settings.VAPID_SUBJECT)


def send_batch(alert_id: int, delivery_ids: list[int]) -> BatchResult:
    """Send the deliveries of a batch that are open and not leased by another run, recording
    outcomes as they come and renewing the lease while the batch makes progress. What must be
    tried again is left as `retrying` rows due after Retry-After or a back-off (the sweeper
    queues them) and returned."""
    alert = Alert.objects.prefetch_related("infos", "regions", "references").get(pk=alert_id)
    mine, lease = claim(delivery_ids)
    by_pk = {d.pk: d for d in mine}
    unrecorded = set(by_pk)
    retry_ids, waits = [], []
    renew_every = settings.PUSH_LEASE_SECONDS / 3
    renewed_at = time.monotonic()
    outcomes = push.sender().send_all(
        push_messages(alert, mine),
        vapid=vapid_headers(),
        concurrency=settings.PUSH_CONCURRENCY,
        timeout=settings.PUSH_TIMEOUT_SECONDS,
        chunk_size=max(1, min(200, settings.PUSH_CONCURRENCY // 4)),
        idle_seconds=renew_every,
    )
    reached = []  # subscriptions that accepted the message, marked once per batch
    try:
        for chunk in outcomes:
            if chunk:
                result = record_outcomes({o.key: by_pk[o.key] for o in chunk}, chunk)
                retry_ids += result.retry_ids
                waits.append(result.retry_after)
                unrecorded.difference_update(o.key for o in chunk)
                reached += [by_pk[o.key].subscription_id for o in chunk if o.status in ACCEPTED]
            if unrecorded and time.monotonic() - renewed_at >= renew_every:
                lease, renewed_at = renew_lease(unrecorded, lease), time.monotonic()
    finally:
        if reached:
            PushSubscription.objects.filter(pk__any=reached).update(last_success_at=timezone.now())
    return BatchResult(retry_ids=retry_ids, retry_after=max(waits, default=0))


ACCEPTED = (200, 201, 202)


def status_of(outcome) -> str:
    """What a push service's answer means for the delivery."""
    if outcome.undeliverable:
        return PushStatus.FAILED
    if outcome.status in ACCEPTED:
        return PushStatus.DELIVERED
    if outcome.status in (404, 410):
        return PushStatus.GONE
    if outcome.status is None or outcome.status == 429 or outcome.status >= 500:
        return PushStatus.RETRYING
    return PushStatus.FAILED  # 400, 401, 403, 413...: retrying would not help


def backoff(outcome, attempts: int) -> float:
    """Seconds before trying again: the push service's Retry-After, else exponential."""
    return outcome.retry_after or min(MAX_BACKOFF_SECONDS, 2 ** (attempts + 1))


def record_outcomes(deliveries: dict[int, Claimed], outcomes) -> BatchResult:
    """Store the outcomes of (part of) a batch in a few bulk queries (one when every message
    was accepted) and release the lease; gone subscriptions are deleted. A delivery to retry is
    due after its back-off, or failed once it had PUSH_MAX_ATTEMPTS attempts."""
    now = timezone.now()
    groups = defaultdict(list)  # one UPDATE per (status, response, due): a few per batch
    gone = []
    retry_ids, waits = [], []
    for outcome in outcomes:
        delivery, status = deliveries[outcome.key], status_of(outcome)
        response = str(outcome.status) if outcome.status else outcome.error
        due = None
        if status == PushStatus.RETRYING:
            if delivery.attempts + 1 >= settings.PUSH_MAX_ATTEMPTS:
                status = PushStatus.FAILED
            else:
                waits.append(backoff(outcome, delivery.attempts))
                due = now + timedelta(seconds=waits[-1])
                retry_ids.append(delivery.pk)
        groups[status, response, due].append(delivery.pk)
        if status == PushStatus.GONE:
            gone.append(delivery.subscription_id)
        if status == PushStatus.FAILED:
            logger.warning("push to %s refused with %s", host_of(delivery.endpoint), response)
    for (status, response, due), ids in groups.items():
        PushDelivery.objects.filter(pk__any=ids).update(
            status=status,
            last_response=response,
            attempts=F("attempts") + 1,
            lease_until=None,
            due_at=due,
            updated_at=now,
        )
    if gone:
        PushSubscription.objects.filter(pk__any=gone).delete()
    return BatchResult(retry_ids=retry_ids, retry_after=max(waits, default=0))
