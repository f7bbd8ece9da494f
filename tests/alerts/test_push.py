"""Web push delivery against a local fake push service that decrypts what it receives."""

import asyncio
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from alerts.delivery.webpush import send as delivery
from alerts.delivery.webpush.plan import batch_priority, batch_slices, counts, plan_push
from alerts.delivery.webpush.send import send_batch
from alerts.models import PushDelivery, PushStatus, PushSubscription
from tests.builders import published_alert, push_subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(regions):
    """A Severe exercise for Millbrook, in English and French."""
    return published_alert(codes=["XR-RS-01"], status="Exercise")


def deliver(alert):
    results = [send_batch(alert.pk, batch) for batch in plan_push(alert)]
    return [pk for result in results for pk in result.retry_ids], results


def past(seconds: float = 1):
    return timezone.now() - timedelta(seconds=seconds)


def test_matching_subscribers_get_their_language(fake_push, published):
    push_subscription(fake_push, "county-fr", regions=["XR-RS"], language="fr")
    push_subscription(fake_push, "town-de", regions=["XR-RS-01"], language="de")
    push_subscription(fake_push, "elsewhere", regions=["XR-HL-01"])
    push_subscription(fake_push, "extreme-only", regions=["XR-RS-01"], min_severity="Extreme")
    retry, _results = deliver(published)
    assert retry == []
    (french,) = fake_push.payloads_for("county-fr")
    assert french["title"] == "EXERCICE: Flood fr" and french["body"] == "Go upstairs (fr)"
    assert french["url"] == published.url_in("fr")
    (german,) = fake_push.payloads_for("town-de")
    assert (german["title"], german["lang"]) == ("ÜBUNG: Flood en", "en")  # fallback text
    assert fake_push.payloads_for("elsewhere") == fake_push.payloads_for("extreme-only") == []
    headers = fake_push.received[0].headers
    assert headers["urgency"] == "high" and len(headers["topic"]) == 32
    assert 0 < int(headers["ttl"]) <= 6 * 3600
    assert fake_push.refused == []
    assert counts(published)["delivered"] == 2 and counts(published)["targeted"] == 2


def test_gone_subscription_is_removed(fake_push, published):
    push_subscription(fake_push, "gone", regions=["XR-RS-01"], script=[410])
    deliver(published)
    assert not PushSubscription.objects.exists()
    assert counts(published)[PushStatus.GONE] == 1


def test_too_large_is_not_retried(fake_push, published):
    push_subscription(fake_push, "picky", regions=["XR-RS-01"], script=[413])
    retry, _results = deliver(published)
    assert retry == [] and counts(published)[PushStatus.FAILED] == 1


def test_unusable_keys_fail_that_subscription_alone(fake_push, published):
    broken = push_subscription(fake_push, "broken", regions=["XR-RS-01"])
    PushSubscription.objects.filter(pk=broken.pk).update(p256dh="BAAA" + "A" * 83)  # not a point
    push_subscription(fake_push, "fine", regions=["XR-RS-01"])
    retry, _results = deliver(published)
    assert retry == [] and len(fake_push.payloads_for("fine")) == 1
    failed = PushDelivery.objects.get(subscription=broken)
    assert failed.status == PushStatus.FAILED
    assert failed.last_response.startswith("unusable subscription keys")
    assert fake_push.payloads_for("broken") == []


def test_429_honours_retry_after_and_delivers_once(fake_push, published):
    push_subscription(fake_push, "busy", regions=["XR-RS-01"], script=[(429, "7")])
    push_subscription(fake_push, "fine", regions=["XR-RS-01"])
    retry, results = deliver(published)
    assert len(retry) == 1 and results[0].retry_after == 7
    row = PushDelivery.objects.get(pk=retry[0])
    assert row.status == PushStatus.RETRYING and row.lease_until is None
    assert 6 < (row.due_at - timezone.now()).total_seconds() <= 7  # the sweeper queues it then
    assert send_batch(published.pk, retry).retry_ids == []  # another copy: not before its time
    assert len(fake_push.payloads_for("busy")) == 0
    PushDelivery.objects.filter(pk=row.pk).update(due_at=past())
    again = send_batch(published.pk, retry)
    assert again.retry_ids == []
    assert len(fake_push.payloads_for("busy")) == 1 and len(fake_push.payloads_for("fine")) == 1


def test_server_errors_and_timeouts_are_retried_with_back_off(fake_push, published, settings):
    settings.PUSH_TIMEOUT_SECONDS = 0.5
    push_subscription(fake_push, "broken", regions=["XR-RS-01"], script=[500])
    push_subscription(fake_push, "slow", regions=["XR-RS-01"], script=["hang"])
    list(plan_push(published))
    PushDelivery.objects.update(attempts=2)  # back-off: 2 ** (attempts + 1) seconds
    retry, results = deliver(published)
    assert len(retry) == 2 and results[0].retry_after == 8
    PushDelivery.objects.update(due_at=past())
    send_batch(published.pk, retry)
    assert counts(published)[PushStatus.DELIVERED] == 2


def test_a_rerun_batch_sends_nothing_twice(fake_push, published):
    push_subscription(fake_push, "one", regions=["XR-RS-01"])
    deliver(published)
    deliver(published)  # the task runs again (redelivered by the broker)
    assert len(fake_push.payloads_for("one")) == 1


def test_sending_can_start_before_the_whole_fan_out_is_planned(fake_push, published, settings):
    settings.PUSH_BATCH_SIZE = 2
    for name in ("a", "b", "c"):
        push_subscription(fake_push, name, regions=["XR-RS-01"])
    batches = plan_push(published)
    first = next(batches)
    assert len(first) == 2 and PushDelivery.objects.filter(alert=published).count() == 2
    assert [len(batch) for batch in batches] == [1]
    assert [len(batch) for batch in plan_push(published)] == [2, 1]  # a re-run: same rows
    assert PushDelivery.objects.filter(alert=published).count() == 3


def test_a_concurrent_run_leaves_leased_deliveries_alone(fake_push, published):
    push_subscription(fake_push, "one", regions=["XR-RS-01"])
    (batch,) = plan_push(published)
    PushDelivery.objects.filter(pk__in=batch).update(  # another worker is sending it
        lease_until=timezone.now() + timedelta(seconds=60)
    )
    assert send_batch(published.pk, batch).retry_ids == []
    assert fake_push.received == []
    PushDelivery.objects.filter(pk__in=batch).update(lease_until=timezone.now())  # it died
    assert send_batch(published.pk, batch).retry_ids == []
    assert len(fake_push.payloads_for("one")) == 1
    assert PushDelivery.objects.get(pk=batch[0]).lease_until is None


def test_outcomes_are_recorded_while_slow_pushes_are_in_flight(fake_push, published, settings):
    settings.PUSH_TIMEOUT_SECONDS = 3
    push_subscription(fake_push, "fast", regions=["XR-RS-01"])
    push_subscription(fake_push, "slow", regions=["XR-RS-01"], script=["hang"])
    (batch,) = plan_push(published)
    recorded_before_timeout = []
    original = delivery.record_outcomes

    def record(deliveries, outcomes):
        recorded_before_timeout.append([o.status for o in outcomes])
        return original(deliveries, outcomes)

    with mock.patch.object(delivery, "record_outcomes", record):
        result = send_batch(published.pk, batch)
    # the fast answer was stored on its own, before the slow one timed out
    assert recorded_before_timeout == [[201], [None]]
    assert len(result.retry_ids) == 1


def test_an_update_uses_the_same_topic_and_tag(fake_push, published):
    push_subscription(fake_push, "one", regions=["XR-RS-01"])
    deliver(published)
    update = published_alert(
        codes=["XR-RS-01"], status="Exercise", msg_type="Update", references=[published]
    )
    deliver(update)
    first, second = fake_push.received
    assert first.headers["topic"] == second.headers["topic"]
    assert first.payload["tag"] == second.payload["tag"] and second.payload["event"] == "updated"


def test_stuck_outbox_rows_are_queued_again(published, queued_deliveries):
    from alerts.models import AlertDelivery
    from alerts.tasks import requeue_stuck_deliveries

    row = AlertDelivery.objects.create(alert=published)
    assert requeue_stuck_deliveries() == 0  # just published: not stuck yet
    AlertDelivery.objects.filter(pk=row.pk).update(
        created_at=timezone.now() - timezone.timedelta(minutes=5)
    )
    assert requeue_stuck_deliveries() == 1
    queued_deliveries.assert_called_once_with(published.pk)


def test_stale_subscriptions_are_pruned(fake_push, regions):
    from alerts.tasks import prune_stale_subscriptions

    fresh = push_subscription(fake_push, "fresh", regions=["XR-RS-01"])
    stale = push_subscription(fake_push, "stale", regions=["XR-RS-01"])
    long_ago = timezone.now() - timezone.timedelta(days=200)
    PushSubscription.objects.filter(pk=stale.pk).update(
        created_at=long_ago, last_success_at=long_ago
    )
    assert prune_stale_subscriptions() >= 1
    assert list(PushSubscription.objects.all()) == [fresh]


def test_a_worker_process_starts_warm(monkeypatch):
    from celery.signals import worker_process_init
    from django.urls import clear_url_caches, get_resolver

    from alerts.delivery.webpush import sender as push

    monkeypatch.setattr(push, "_sender", None)
    clear_url_caches()
    assert not get_resolver()._populated
    worker_process_init.send(sender="test-worker")
    assert push._sender is not None and push._sender.loop.is_running()
    assert get_resolver()._populated


def test_closing_the_outcomes_early_stops_the_sending(fake_push):
    from alerts.delivery.webpush import sender as push
    from tests.fakepush import b64encode
    from tests.services import wait_until

    subscribers = [fake_push.subscriber("answers"), fake_push.subscriber("hangs", "hang")]
    subscribers += [fake_push.subscriber(f"never{i}") for i in range(3)]
    messages = [
        push.PushMessage(
            i, fake_push.endpoint(s.name), s.p256dh, b64encode(s.auth), b"{}", 60, "low", "t1"
        )
        for i, s in enumerate(subscribers)
    ]
    sender = push.sender()
    outcomes = sender.send_all(
        messages, vapid=delivery.vapid_headers(), concurrency=1, timeout=30, chunk_seconds=0.2
    )
    assert [o.status for o in next(outcomes)] == [201]  # then the second one hangs
    outcomes.close()

    async def tasks_left() -> int:
        return len(asyncio.all_tasks()) - 1

    wait_until(lambda: sender.run(tasks_left()).result() == 0, timeout=5, what="sending to stop")
    assert [r.subscriber for r in fake_push.received] == ["answers"]


def test_an_alerts_first_batch_is_small_and_taken_before_later_batches(settings):
    settings.PUSH_BATCH_SIZE, settings.PUSH_FIRST_BATCH_SIZE = 10, 3
    assert [(s.start, s.stop) for s in batch_slices(25)] == [(0, 3), (3, 13), (13, 23), (23, 25)]
    assert [(s.start, s.stop) for s in batch_slices(2)] == [(0, 2)]
    assert list(batch_slices(0)) == []
    priorities = [batch_priority(index) for index in range(20)]  # 0 is taken first
    assert priorities[0] == 0 and priorities == sorted(priorities) and priorities[-1] == 9


def test_delivery_sends_the_first_batch_itself_and_leaves_the_rest_to_a_later_task(
    settings, fake_push, published
):
    """20 authorities publishing at once: each alert's broadcast and first batch leave from its
    own delivery task, before any alert's bigger batches are planned, rather than queued behind
    the other alerts' delivery tasks. The outbox row is done only once all are queued."""
    from alerts import tasks
    from alerts.models import AlertDelivery

    settings.PUSH_BATCH_SIZE, settings.PUSH_FIRST_BATCH_SIZE = 2, 1
    for n in range(5):
        push_subscription(fake_push, f"town-{n}", regions=["XR-RS-01"])
    AlertDelivery.objects.create(alert=published)
    with (
        mock.patch.object(tasks.send_push_batch, "apply_async") as batches,
        mock.patch.object(tasks.queue_later_batches, "apply_async") as later,
        mock.patch("alerts.tasks.broadcast_alert") as broadcast,
    ):
        tasks.deliver_alert(published.pk)
        assert len(fake_push.received) == 1 and not batches.called
        assert PushDelivery.objects.filter(status=PushStatus.DELIVERED).count() == 1
        assert later.call_args == mock.call((published.pk,), priority=batch_priority(1))
        broadcast.assert_called_once()
        assert AlertDelivery.objects.get(alert=published).queued_at is None
        tasks.queue_later_batches(published.pk)
    sizes = [(len(call.args[0][1]), call.kwargs["priority"]) for call in batches.call_args_list]
    assert sizes == [(2, 3), (2, 3)]
    queued = {pk for call in batches.call_args_list for pk in call.args[0][1]}
    pending = PushDelivery.objects.filter(status=PushStatus.PENDING)
    assert queued == set(pending.values_list("pk", flat=True))
    assert AlertDelivery.objects.get(alert=published).queued_at is not None
