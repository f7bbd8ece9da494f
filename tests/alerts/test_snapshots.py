"""Snapshots for subscribing pages are built once per set of places and language, and end with
the next publish or cancel and with the first expiry among their alerts."""

import asyncio
import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
from asgiref.sync import async_to_sync
from django.utils import timezone

from alerts import actions
from alerts.delivery.live import snapshots as module
from alerts.delivery.live.snapshots import Snapshots

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def builds(monkeypatch):
    """The places and language of every snapshot built from the database."""
    built, view = [], module.subscription_view

    async def counted(codes, language, *, everywhere):
        built.append((tuple(codes), language))
        return await view(codes, language, everywhere=everywhere)

    monkeypatch.setattr(module, "subscription_view", counted)
    return built


def identifiers(snapshot) -> list[str]:
    return [alert["identifier"] for alert in json.loads(snapshot.frame)["alerts"]]


def get(shared: Snapshots, codes, language="en"):
    return async_to_sync(shared.get)(codes, language, everywhere=False)


def publish(alert, author, approver):
    actions.submit_alert(alert=alert, user=author)
    return actions.approve_alert(alert=alert, user=approver)


def test_pages_that_follow_the_same_places_share_one_build(regions, builds):
    shared = Snapshots()

    async def storm():
        pages = [shared.get(["XR-RS-01", "XR-NOPE"], "uk", everywhere=False) for _ in range(200)]
        return await asyncio.gather(*pages)

    frames = async_to_sync(storm)()
    assert builds == [(("XR-NOPE", "XR-RS-01"), "uk")]
    assert {snapshot.frame for snapshot in frames} == {'{"type": "snapshot", "alerts": []}'}
    assert frames[0].known == ["XR-RS-01"]  # the unknown code is not
    get(shared, ["XR-RS-01", "XR-NOPE"], "uk")
    get(shared, ["XR-RS-01"], "ar")  # another language, another snapshot
    assert len(builds) == 2


def test_a_publish_or_cancel_ends_the_shared_snapshot(draft, author, approver, builds):
    shared = Snapshots()
    assert identifiers(get(shared, ["XR-RS-01"])) == []
    published = publish(draft, author, approver)
    assert identifiers(get(shared, ["XR-RS-01"])) == [published.identifier]
    assert identifiers(get(shared, ["XR-RS-01"])) == [published.identifier]
    assert len(builds) == 2
    cancel = actions.start_follow_up(alert=published, user=author, kind="cancel")
    publish(cancel, author, approver)
    assert identifiers(get(shared, ["XR-RS-01"])) == []


def test_a_shared_snapshot_ends_when_its_first_alert_expires(
    draft, author, approver, builds, monkeypatch
):
    shared = Snapshots()
    published = publish(draft, author, approver)
    assert identifiers(get(shared, ["XR-RS-01"])) == [published.identifier]
    after = published.infos.first().expires + timedelta(seconds=1)
    get(shared, ["XR-RS-01"])
    assert len(builds) == 1
    # time passes beyond the expiry and nobody publishes
    monkeypatch.setattr(module, "time", SimpleNamespace(time=after.timestamp))
    monkeypatch.setattr(timezone, "now", lambda: after)
    assert identifiers(get(shared, ["XR-RS-01"])) == []
    assert len(builds) == 2
