"""Publishing with a real Celery worker process on Redis and PostgreSQL (the production shape):
the task queued after commit reaches the worker, which delivers to the live-page group and to
every matching push subscription, each in its language."""

import subprocess

import pytest
import redis
from django.db import connection

from alerts import services
from alerts.demo import ensure_regions
from alerts.models import (
    Authority,
    AuthorityMember,
    PushDelivery,
    PushSubscription,
    Region,
)
from tests.builders import write_texts
from tests.fakepush import FakePushService, b64encode
from tests.services import PYTHON, ROOT, subprocess_env, unavailable, wait_until

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_url() -> str:
    if connection.vendor != "postgresql":
        unavailable("a worker process needs a shared database: set DATABASE_URL to PostgreSQL")
    settings = connection.settings_dict
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


@pytest.fixture
def worker(redis_url, database_url, tmp_path):
    redis.Redis.from_url(redis_url).delete("celery")  # tasks left by earlier runs
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=subprocess_env(
            DATABASE_URL=database_url,
            REDIS_URL=redis_url,
            BEACON_VAR_DIR=str(tmp_path),
            PUSH_ALLOW_HTTP_ENDPOINTS="1",
        ),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "worker.log").open("w"),
    )
    yield process
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def fake_push():
    service = FakePushService().start()
    yield service
    service.stop()


def subscription(fake_push, name: str, codes: list[str], language: str) -> None:
    subscriber = fake_push.subscriber(name)
    row = PushSubscription.objects.create(
        endpoint=fake_push.endpoint(name),
        p256dh=subscriber.p256dh,
        auth=b64encode(subscriber.auth),
        language=language,
    )
    row.regions.set(Region.objects.filter(code__in=codes))


def test_published_alert_is_delivered_by_the_worker(worker, fake_push, django_user_model):
    ensure_regions()
    authority = Authority.objects.create(
        name="Riverside", sender="alerts.riverside.test", languages="en"
    )
    authority.jurisdiction.set(Region.objects.filter(code="XR-RS"))
    author = django_user_model.objects.create_user("author", password="a-long-password-1")
    approver = django_user_model.objects.create_user("approver", password="a-long-password-2")
    AuthorityMember.objects.create(authority=authority, user=author)
    AuthorityMember.objects.create(authority=authority, user=approver, can_approve=True)
    subscription(fake_push, "fr-town", ["XR-RS-01"], "fr")
    subscription(fake_push, "uk-county", ["XR-RS"], "uk")
    subscription(fake_push, "elsewhere", ["XR-HL-01"], "en")

    alert = services.new_alert(authority=authority, user=author)
    alert.regions.set(Region.objects.filter(code="XR-RS-01"))
    alert.save()
    write_texts(alert)
    services.submit_alert(alert=alert, user=author)
    services.approve_alert(alert=alert, user=approver)  # commits; the task goes to Redis

    wait_until(lambda: len(fake_push.received) >= 2, timeout=60, what="the worker's deliveries")
    assert [p["title"] for p in fake_push.payloads_for("fr-town")] == ["Flood fr"]
    assert [p["lang"] for p in fake_push.payloads_for("uk-county")] == ["en"]  # fallback
    assert fake_push.payloads_for("elsewhere") == []
    assert fake_push.refused == []
    delivered = wait_until(
        lambda: PushDelivery.objects.filter(alert=alert, status="delivered").count() == 2,
        timeout=10,
        what="delivery records",
    )
    assert delivered
