"""A past exercise of the demo authority, with the acknowledgements it measured (demo data,
marked so in its headline): planned, approved and published through the real actions, then
cancelled; its publication moved three days back so that it reads as a past exercise."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from alerts import actions
from alerts.models import Acknowledgement, Alert, Authority, Exercise, LiveReceipt, Region
from demo.alerts import draft, publish
from demo.lessons import CONTENT, read_yaml

# Open pages told, and acknowledgements with their channel and delay in seconds: seeded, so the
# demo shows the same figures each time it is loaded. The demo has no push subscribers, so every
# acknowledgement came from an open page (a device cannot acknowledge a push it never got).
PAGES = {"XR-RS-01": 64, "XR-RS-02": 41}
ACKNOWLEDGED = {("XR-RS-01", "page"): 38, ("XR-RS-02", "page"): 22}
AGO = timedelta(days=3)


@transaction.atomic
def ensure_demo_exercise(authority: Authority) -> Exercise:
    """Made once: a second load finds it and changes nothing."""
    existing = Exercise.objects.filter(alert__authority=authority).first()
    if existing is not None:
        return existing
    users = get_user_model().objects
    author, approver = (
        users.get(username="riverside-author"),
        users.get(username="riverside-approver"),
    )
    spec = read_yaml(CONTENT / "alerts.yaml")["past_exercise"]
    alert = draft(authority, author, spec)
    soon = timezone.now() + timedelta(minutes=1)
    exercise = actions.plan_exercise(
        alert=alert,
        user=author,
        publish_at=soon,
        lesson=actions.lesson_pages().filter(locale__language_code="en", slug="flood").first(),
        question=spec["question"]["text"],
        choices=spec["question"]["choices"],
    )
    publish(alert, author, approver)
    actions.publish_due(now=soon)
    alert.refresh_from_db()
    publish(actions.start_follow_up(alert=alert, user=author, kind="cancel"), author, approver)
    Alert.objects.filter(pk=alert.pk).update(sent=alert.sent - AGO)
    Exercise.objects.filter(pk=exercise.pk).update(publish_at=alert.sent - AGO)
    record_reach(exercise)
    return exercise


def record_reach(exercise: Exercise) -> None:
    """The figures the exercise measured, as the live consumer and the route record them."""
    regions = {region.code: region for region in Region.objects.filter(code__in=PAGES)}
    for code, pages in PAGES.items():
        LiveReceipt.objects.create(alert=exercise.alert, region_code=code, pages=pages)
    draw = random.Random(16)  # noqa: S311 - demo figures, not security
    acks = []
    for (code, channel), count in ACKNOWLEDGED.items():
        for _n in range(count):
            acks.append(
                Acknowledgement(
                    exercise=exercise,
                    device=f"demo-{len(acks)}",
                    channel=channel,
                    region=regions[code],
                    delay_seconds=int(draw.lognormvariate(4.5, 1.1)),
                    answer=draw.choices([0, 1, 2], weights=[7, 1, 2])[0],
                )
            )
    Acknowledgement.objects.bulk_create(acks)
