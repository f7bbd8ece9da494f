"""Web push recovery: retries, lost runs and failures come back through the sweeper, never
through the broker; delivery lag; publishing never breaks on a failing push service."""

import asyncio
from unittest import mock

import pytest

from alerts.delivery.webpush import send as delivery
from alerts.delivery.webpush.plan import counts, plan_push
from alerts.delivery.webpush.send import send_batch
from alerts.models import Alert, AlertState, PushDelivery, PushStatus, PushSubscription
from tests.alerts.test_push import deliver, past
from tests.builders import published_alert, push_subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(regions):
    """A Severe exercise for Millbrook, in English and French."""
    return published_alert(codes=["XR-RS-01"], status="Exercise")


def test_retries_wait_as_due_rows_that_the_sweeper_queues(fake_push, published, settings):
    from alerts.tasks import requeue_due_pushes

    settings.PUSH_MAX_ATTEMPTS = 3
    push_subscription(fake_push, "busy", regions=["XR-RS-01"], script=[(429, "30")])
    push_subscription(fake_push, "down", regions=["XR-RS-01"], script=[500, 500, 500])
    with mock.patch("alerts.tasks.send_push_batch.delay") as queued:
        deliver(published)
        assert requeue_due_pushes() == 0  # not due yet: nothing waits in the broker either
        PushDelivery.objects.update(due_at=past())
        assert requeue_due_pushes() == 2
    ((alert_id, ids),) = [c.args for c in queued.call_args_list]
    assert alert_id == published.pk and len(ids) == 2
    send_batch(published.pk, ids)
    PushDelivery.objects.filter(status=PushStatus.RETRYING).update(due_at=past())
    with mock.patch("alerts.tasks.send_push_batch.delay", send_batch):
        requeue_due_pushes()  # the third attempt of "down": failed, no more retries
    assert len(fake_push.payloads_for("busy")) == 1 and fake_push.payloads_for("down") == []
    assert counts(published)[PushStatus.FAILED] == 1
    assert counts(published)[PushStatus.DELIVERED] == 1


def test_the_rows_of_a_run_that_died_are_queued_again_when_its_lease_lapses(
    fake_push, published, settings
):
    from alerts.tasks import requeue_due_pushes

    push_subscription(fake_push, "one", regions=["XR-RS-01"])
    (batch,) = plan_push(published)
    mine, lease = delivery.claim(batch)  # a worker took the batch, then died
    assert [d.pk for d in mine] == batch
    PushDelivery.objects.update(due_at=past())
    with mock.patch("alerts.tasks.send_push_batch.delay") as queued:
        assert requeue_due_pushes() == 0  # leased: its run may still be sending
        PushDelivery.objects.update(lease_until=past())
        assert requeue_due_pushes() == 1
        assert requeue_due_pushes() == 0  # queued: not again before PUSH_REQUEUE_SECONDS
    queued.assert_called_once_with(published.pk, batch)


def test_a_lease_is_renewed_while_the_run_makes_progress(fake_push, published, settings):
    settings.PUSH_LEASE_SECONDS = 1.5
    settings.PUSH_TIMEOUT_SECONDS = 3
    push_subscription(fake_push, "slow", regions=["XR-RS-01"], script=["hang"])
    (batch,) = plan_push(published)
    leases = []
    original = delivery.renew_lease

    def renew(ids, lease):
        leases.append(lease)
        return original(ids, lease)

    with mock.patch.object(delivery, "renew_lease", renew):
        send_batch(published.pk, batch)  # 3 s waiting for an answer that never comes
    assert len(leases) >= 3 and leases == sorted(leases)


def test_at_most_concurrency_messages_are_ever_sent_and_unrecorded(fake_push):
    """A slot is freed when its outcome is recorded (the caller asks for the next chunk), so a
    crash can re-send at most `concurrency` messages."""
    import time

    from alerts.delivery.webpush import sender as push
    from tests.fakepush import b64encode

    subscribers = [fake_push.subscriber(f"s{i}") for i in range(8)]
    messages = [
        push.PushMessage(
            i, fake_push.endpoint(s.name), s.p256dh, b64encode(s.auth), b"{}", 60, "low", "t1"
        )
        for i, s in enumerate(subscribers)
    ]
    outcomes = push.sender().send_all(
        messages, vapid=delivery.vapid_headers(), concurrency=3, chunk_size=1
    )
    first = next(outcomes)  # not recorded yet: the caller holds it
    time.sleep(0.5)
    # outcomes that arrive together come together, so the chunk may hold up to the three sent
    assert 1 <= len(first) <= 3 and len(fake_push.received) == 3
    assert sum(len(chunk) for chunk in outcomes) == 8 - len(first)
    assert len(fake_push.received) == 8


def test_delivery_lag_is_the_age_of_the_oldest_waiting_delivery(fake_push, published):
    from alerts.delivery.webpush.plan import delivery_lag

    assert delivery_lag() is None
    push_subscription(fake_push, "one", regions=["XR-RS-01"], script=[500])
    Alert.objects.filter(pk=published.pk).update(sent=past(42))
    retry, _results = deliver(published)  # 500: retrying
    assert 42 <= delivery_lag() < 60 and 42 <= delivery_lag(published) < 60
    PushDelivery.objects.update(due_at=past())
    send_batch(published.pk, retry)
    assert delivery_lag() is None and delivery_lag(published) is None


def test_healthz_reports_the_delivery_lag(client, fake_push, published):
    push_subscription(fake_push, "one", regions=["XR-RS-01"], script=[500])
    Alert.objects.filter(pk=published.pk).update(sent=past(90))
    deliver(published)
    body = client.get("/healthz").json()
    assert body["delivery"]["waiting"] == 1 and 90 <= body["delivery"]["lag_seconds"] < 120


@pytest.fixture
def embedded_celery():
    """Tasks run in-process as in the embedded default, whatever this run is configured with."""
    from config.celery import app

    saved = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager = app.conf.task_eager_propagates = True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved


def approve(alert, user):
    """The publishing action under test (one place to change if it moves)."""
    from alerts import actions

    return actions.approve_alert(alert=alert, user=user)


def test_a_failing_push_service_never_breaks_publishing(
    fake_push,
    draft,
    author,
    approver,
    embedded_celery,
    django_capture_on_commit_callbacks,
    queued_deliveries,
    settings,
):
    from alerts import actions, tasks
    from alerts.models import AlertDelivery
    from alerts.tasks import sweep_deliveries
    from tests.services import free_port

    task = tasks.deliver_alert  # the real `delay`, run in-process as in the embedded default
    queued_deliveries.side_effect = lambda alert_id: task.apply_async((alert_id,))

    push_subscription(fake_push, "erring", regions=["XR-RS-01"], script=[500])
    away = push_subscription(fake_push, "away", regions=["XR-RS-01"])
    nowhere = f"http://127.0.0.1:{free_port()}"  # a push service that nothing answers
    settings.PUSH_SERVICE_HOSTS = [*settings.PUSH_SERVICE_HOSTS, nowhere]
    PushSubscription.objects.filter(pk=away.pk).update(endpoint=f"{nowhere}/push/away")
    actions.submit_alert(alert=draft, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        alert = approve(draft, approver)  # no exception

    assert Alert.objects.get(pk=alert.pk).state == AlertState.PUBLISHED
    assert AlertDelivery.objects.get(alert=alert).queued_at is not None
    assert counts(alert)[PushStatus.RETRYING] == 2 and fake_push.received == []
    # the push service recovers; the sweeper sends each once when its retry is due
    PushSubscription.objects.filter(pk=away.pk).update(endpoint=fake_push.endpoint("away"))
    assert sweep_deliveries() == {"scheduled": 0, "outbox": 0, "pushes": 0}  # not due yet
    PushDelivery.objects.update(due_at=past())
    assert sweep_deliveries() == {"scheduled": 0, "outbox": 0, "pushes": 2}
    assert counts(alert)[PushStatus.DELIVERED] == 2
    assert sorted(r.subscriber for r in fake_push.received) == ["away", "erring"]
    assert sweep_deliveries() == {"scheduled": 0, "outbox": 0, "pushes": 0}


def test_the_asgi_server_runs_the_sweeper_in_the_embedded_default(monkeypatch, settings):

    from alerts import tasks
    from config.asgi import application

    settings.OUTBOX_SWEEP_SECONDS = 0.05
    settings.CELERY_TASK_ALWAYS_EAGER = True
    swept = []
    monkeypatch.setattr(tasks, "sweep_deliveries", lambda: swept.append(1))
    monkeypatch.setattr(tasks, "close_old_connections", lambda: None)

    async def lifespan():
        inbox, sent = asyncio.Queue(), []

        async def send(message):
            sent.append(message)

        await inbox.put({"type": "lifespan.startup"})
        server = asyncio.create_task(application({"type": "lifespan"}, inbox.get, send))
        while len(swept) < 3:
            await asyncio.sleep(0.02)
        await inbox.put({"type": "lifespan.shutdown"})
        await asyncio.wait_for(server, 5)
        return [m["type"] for m in sent]

    assert asyncio.run(lifespan()) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    stopped_at = len(swept)
    import time

    time.sleep(0.2)
    assert len(swept) <= stopped_at + 1
