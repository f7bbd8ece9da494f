"""What an exercise measured: delivered and acknowledged per region and channel, how long
people took to acknowledge, the answers to its question and the lessons completed after it.

Figures only: the rows behind them hold no person (see alerts.models.exercises). `summaries`
is what other reports (the readiness dashboard) read; they apply their own suppression of small
groups.
"""

import math
import statistics
from collections import Counter, defaultdict
from datetime import timedelta

from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail import hooks

from alerts.delivery.reach import pages_told
from alerts.models import Alert, Channel, Exercise, PushStatus, Region

# Time-to-acknowledge buckets, in seconds: under 1 min, 1-5 min, 5-15 min, 15-60 min, longer.
BUCKET_EDGES = (60, 300, 900, 3600)
LESSON_WINDOW = timedelta(days=7)


def bucket_labels() -> list[str]:
    return [
        _("under 1 min"),
        _("1 to 5 min"),
        _("5 to 15 min"),
        _("15 to 60 min"),
        _("over 1 hour"),
    ]


def target_names(alert: Alert) -> dict[str, str]:
    """Region code -> the name of the message's region it falls under (the region itself, an
    ancestor or a descendant), so that every count lands on one of the regions warned."""
    names = {}
    for target in alert.regions.order_by("name"):
        for code in (
            Region.objects.filter(pk=target.pk).with_relatives().values_list("code", flat=True)
        ):
            names.setdefault(code, target.name)
    return names


def delivered(alert: Alert, names: dict[str, str]) -> Counter:
    """(region name, channel) -> devices the message reached: open pages told over the live
    socket, notifications accepted by the push service. "" is no single region (pages that
    follow every area, a subscription since removed)."""
    found = Counter()
    for code, pages in alert.live_receipts.values_list("region_code", "pages"):
        found[(names.get(code, ""), Channel.PAGE)] += pages
    seen = {}
    rows = alert.push_deliveries.filter(status=PushStatus.DELIVERED).values_list(
        "pk", "subscription__regions__code"
    )
    for pk, code in rows:
        if seen.get(pk, "") == "":
            seen[pk] = names.get(code, "")
    for name in seen.values():
        found[(name, Channel.PUSH)] += 1
    return found


def distribution(delays: list[int]) -> dict:
    """Median, 90th percentile (nearest rank) and histogram of delays in seconds."""
    ordered = sorted(delays)
    histogram = [0] * (len(BUCKET_EDGES) + 1)
    for delay in ordered:
        histogram[sum(delay >= edge for edge in BUCKET_EDGES)] += 1
    return {
        "median": statistics.median(ordered) if ordered else None,
        "p90": ordered[math.ceil(0.9 * len(ordered)) - 1] if ordered else None,
        "histogram": histogram,
    }


def lesson_completions(exercise: Exercise) -> int | None:
    """Completions of the linked lesson in the week after publishing, as the lessons app counts
    them (through its hook: alerts does not import the learning apps); None without a lesson."""
    if exercise.lesson is None or exercise.alert.sent is None:
        return None
    start = exercise.alert.sent
    for count in hooks.get_hooks("beacon_lesson_completions"):
        return count()(
            lesson_key=exercise.lesson.translation_key, start=start, end=start + LESSON_WINDOW
        )
    return None


def report(exercise: Exercise) -> dict:
    """Everything the exercise report shows, by region and channel."""
    alert = exercise.alert
    names = target_names(alert)
    reached = delivered(alert, names)
    delays = defaultdict(list)
    for code, channel, delay in exercise.acks.values_list(
        "region__code", "channel", "delay_seconds"
    ):
        delays[(names.get(code, ""), channel)].append(delay)
    rows = [
        {
            "region": region or _("Not one region"),
            "channel": Channel(channel).label,
            "delivered": reached.get((region, channel), 0),
            "acknowledged": len(delays.get((region, channel), [])),
            **distribution(delays.get((region, channel), [])),
        }
        for region, channel in sorted(set(reached) | set(delays))
    ]
    answers = Counter(exercise.acks.exclude(answer=None).values_list("answer", flat=True))
    return {
        "rows": rows,
        "total": distribution([d for values in delays.values() for d in values]),
        "buckets": bucket_labels(),
        "answers": [(choice, answers.get(i, 0)) for i, choice in enumerate(exercise.choices)],
        "lesson_completions": lesson_completions(exercise),
    }


def summaries(regions=None) -> list[dict]:
    """Per published exercise (those on `regions`, a Region queryset, if given): delivered and
    acknowledged per channel, and the median delay. For the readiness dashboard."""
    exercises = Exercise.objects.filter(alert__state="published").select_related("alert")
    if regions is not None:
        exercises = exercises.filter(alert__in=Alert.objects.for_regions(regions))
    return [summary(exercise) for exercise in exercises.prefetch_related("alert__infos")]


def summary(exercise: Exercise) -> dict:
    alert = exercise.alert
    acks = dict(exercise.acks.values_list("channel").annotate(n=Count("pk")))
    delays = list(exercise.acks.values_list("delay_seconds", flat=True))
    return {
        "identifier": alert.identifier,
        "title": str(alert),
        "sent": alert.sent,
        "delivered": {
            Channel.PAGE.value: pages_told(alert),
            Channel.PUSH.value: alert.push_deliveries.filter(status=PushStatus.DELIVERED).count(),
        },
        "acknowledged": {channel: acks.get(channel, 0) for channel in Channel.values},
        "median_seconds": distribution(delays)["median"],
    }


def listing(*, identifiers: list[str] | None = None, language: str) -> list[dict]:
    """Exercises as others list them (a class's): those approved and waiting for their time or
    published, soonest first, or those of `identifiers`. The text of one not yet published is
    not shown; the page address only once it is public."""
    exercises = Exercise.objects.filter(alert__state__in=["scheduled", "published"])
    if identifiers is not None:
        exercises = exercises.filter(alert__identifier__in=identifiers)
    exercises = exercises.select_related("alert__authority").prefetch_related("alert__infos")
    return [
        {
            "identifier": exercise.alert.identifier,
            "authority": str(exercise.alert.authority or exercise.alert.sender),
            "publish_at": exercise.alert.sent or exercise.publish_at,
            "headline": headline(exercise.alert, language) if exercise.alert.is_published else "",
            "url": exercise.alert.url_in(language) if exercise.alert.is_published else "",
        }
        for exercise in exercises.order_by("publish_at")
    ]


def headline(alert: Alert, language: str) -> str:
    fallbacks = alert.authority.language_list if alert.authority else []
    info = alert.info_for(language, fallbacks)
    return info.headline if info else ""
