"""Web push outbox: who gets a published message (one PushDelivery row per subscription, planned
once), which rows are due again, and how far delivery has got.

Recovery does not wait for the broker. A run leases the rows it sends for PUSH_LEASE_SECONDS
and renews the lease while it makes progress; every other open row carries a `due_at`. The
sweeper (`due_batches`, every OUTBOX_SWEEP_SECONDS) queues again every open row whose lease
lapsed (a worker that died, or lost its database) and every unleased row that is due: batches
lost with the broker, and retries (429/5xx/timeouts), which wait as rows rather than as Celery
countdowns. So a lost worker delays delivery by about PUSH_LEASE_SECONDS plus one sweep,
whatever the broker's visibility timeout.
"""

import itertools
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Min, Q
from django.utils import timezone

from alerts.models import (
    Alert,
    AlertDelivery,
    AlertState,
    PushDelivery,
    PushStatus,
    PushSubscription,
)

OPEN = [PushStatus.PENDING, PushStatus.RETRYING]


def requeue_time() -> datetime:
    """When a batch queued now is queued again if no run has taken it (lost with its broker or
    with a worker that had reserved it)."""
    return timezone.now() + timedelta(seconds=settings.PUSH_REQUEUE_SECONDS)


# Celery on Redis takes a queue's messages of priority 0 first, then 3, 6 and 9 (kombu's steps).
PRIORITY_STEPS = ((1, 0), (4, 3), (16, 6))  # (batches before this index, priority); then 9


def batch_priority(index: int) -> int:
    """The queue priority of an alert's `index`-th batch. A new alert's first batches are taken
    before the later batches of alerts already sending: when authorities publish at once, each
    alert starts within a batch or two, and none waits for another to finish."""
    return next((priority for below, priority in PRIORITY_STEPS if index < below), 9)


def batch_slices(total: int) -> Iterator[slice]:
    """Where an alert's batches begin and end: a small first one (PUSH_FIRST_BATCH_SIZE), so
    that the first messages leave while bigger batches of other alerts are being sent."""
    size = settings.PUSH_BATCH_SIZE
    first = min(settings.PUSH_FIRST_BATCH_SIZE, size)
    starts = [0, *range(first, total, size)] if total else []
    return (slice(start, end) for start, end in zip(starts, [*starts[1:], total], strict=False))


def plan_push(alert: Alert, *, skip: int = 0) -> Iterator[list[int]]:
    """Record one pending delivery per matching subscription, a batch at a time, yielding each
    batch's ids as soon as it is recorded: sending starts while the rest is still planned. Run
    again, it yields what is still pending and records nothing twice. `skip`: batches planned
    by an earlier call, left out. Only public messages are sent (the audience gate,
    `Alert.objects.public()`)."""
    if not Alert.objects.public().filter(pk=alert.pk).exists():
        return
    subscriptions = list(
        PushSubscription.objects.for_alert(alert).order_by("pk").values_list("pk", flat=True)
    )
    for part in itertools.islice(batch_slices(len(subscriptions)), skip, None):
        chunk = subscriptions[part]
        insert_pending(alert.pk, chunk, due=requeue_time())
        pending = PushDelivery.objects.filter(
            alert=alert, subscription__pk__any=chunk, status=PushStatus.PENDING
        )
        ids = list(pending.values_list("pk", flat=True))
        if ids:
            yield ids


def insert_pending(alert_id: int, subscription_ids: list[int], *, due: datetime) -> None:
    """One pending delivery per subscription still there, skipping those already recorded, in
    one INSERT … SELECT: a bulk_create builds a model instance per row, which costs the first
    batch of a large alert most of a second. `due`: when the sweeper queues the rows if no run
    has taken them."""
    quote, ops = connection.ops.quote_name, connection.ops
    deliveries, subscriptions = PushDelivery._meta.db_table, PushSubscription._meta.db_table
    marks = ", ".join(["%s"] * len(subscription_ids))
    # table names from the models, every value a parameter
    insert = f"INSERT INTO {quote(deliveries)}"
    columns = " (alert_id, subscription_id, status, attempts, last_response, due_at, updated_at)"
    select = f" SELECT %s, id, %s, 0, '', %s, %s FROM {quote(subscriptions)}"  # noqa: S608
    sql = f"{insert}{columns}{select} WHERE id IN ({marks}) ON CONFLICT DO NOTHING"
    now = ops.adapt_datetimefield_value(timezone.now())
    params = [alert_id, PushStatus.PENDING.value, ops.adapt_datetimefield_value(due), now]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *subscription_ids])


def due_batches(limit: int = 100_000) -> dict[int, list[list[int]]]:
    """Take every open delivery whose run's lease lapsed (the run died), or that nobody leases
    and is due (its queued task was lost, or its retry time came); mark it pending (queued),
    due again after PUSH_REQUEUE_SECONDS in case this queueing is lost too, and return its ids
    in batches per alert, for the caller to queue. Two sweepers never take one row."""
    now = timezone.now()
    lapsed = Q(lease_until__lte=now)  # its run died: due at once
    waiting = Q(lease_until__isnull=True) & (Q(due_at__isnull=True) | Q(due_at__lte=now))
    with transaction.atomic():
        rows = list(
            PushDelivery.objects.select_for_update(skip_locked=True)
            .filter(lapsed | waiting, status__in=OPEN, subscription__isnull=False)
            .order_by("alert_id", "pk")
            .values_list("alert_id", "pk")[:limit]
        )
        PushDelivery.objects.filter(pk__any=[pk for _a, pk in rows]).update(
            status=PushStatus.PENDING, lease_until=None, due_at=requeue_time()
        )
    by_alert = defaultdict(list)
    for alert_id, pk in rows:
        by_alert[alert_id].append(pk)
    size = settings.PUSH_BATCH_SIZE
    return {
        alert_id: [ids[i : i + size] for i in range(0, len(ids), size)]
        for alert_id, ids in by_alert.items()
    }


def open_pushes(alert: Alert | None = None):
    """Web push deliveries of published messages still to be made (of `alert` only, if given)."""
    pushes = PushDelivery.objects.filter(
        status__in=OPEN, subscription__isnull=False, alert__state=AlertState.PUBLISHED
    )
    return pushes.filter(alert=alert) if alert is not None else pushes


def delivery_lag(alert: Alert | None = None) -> float | None:
    """Seconds since the oldest delivery still to be made of a published message should have
    started: an outbox row not yet queued (counted from publishing) or a web push still pending
    or retrying (counted from the message's `sent`). None when nothing waits. With `alert`,
    for that message only. Healthy: a few seconds while a message goes out, then None."""
    outbox = AlertDelivery.objects.filter(queued_at__isnull=True, alert__state=AlertState.PUBLISHED)
    if alert is not None:
        outbox = outbox.filter(alert=alert)
    oldest = [
        outbox.aggregate(t=Min("created_at"))["t"],
        open_pushes(alert).aggregate(t=Min("alert__sent"))["t"],
    ]
    oldest = [t for t in oldest if t is not None]
    if not oldest:
        return None
    return max(0.0, (timezone.now() - min(oldest)).total_seconds())


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
    _total, by_model = stale.delete()  # the total counts their region rows too
    return by_model.get(PushSubscription._meta.label, 0)
