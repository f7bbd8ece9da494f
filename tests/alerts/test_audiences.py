"""Audiences: the counts the reach estimate sums stay equal to the subscriptions delivery would
select, through every way a subscription is written or removed."""

import random
from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone

from alerts.delivery.reach import reach
from alerts.delivery.webpush.plan import prune_subscriptions
from alerts.models import Audience, PushSubscription, Region
from alerts.models.codes import Severity

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "uk"]


def subscribe(endpoint: str, regions: list[Region], language="en", min_severity="Minor"):
    return PushSubscription.objects.subscribe(
        endpoint=f"https://push.example/{endpoint}",
        p256dh="k",
        auth="a",
        regions=regions,
        language=language,
        min_severity=min_severity,
    )


def counted(area: list[Region], severities: list[str]) -> Counter:
    """Per language, from the audiences: the reach estimate's push figures."""
    estimate = reach(
        regions=Region.objects.filter(pk__in=[r.pk for r in area]),
        polygons=[],
        circles=[],
        severities=severities,
        languages=set(),
    )
    return Counter(estimate.push)


def selected(area: list[Region], severities: list[str]) -> Counter:
    """Per language, from the subscriptions themselves (what delivery sends to)."""
    subscriptions = PushSubscription.objects.for_area(
        Region.objects.filter(pk__in=[r.pk for r in area]), severities=severities
    )
    return Counter(subscriptions.values_list("language", flat=True))


def sizes() -> dict[str, int]:
    return {a.key: a.size for a in Audience.objects.all() if a.size}


def test_one_audience_per_places_language_and_threshold(regions):
    town, county = regions["XR-RS-01"], regions["XR-RS"]
    subscribe("a", [town, county])
    subscribe("b", [county, town])  # the same places in another order
    subscribe("c", [town, county], language="fr")
    assert sorted(sizes().values()) == [1, 2]


def test_moving_a_subscription_moves_its_count(regions):
    town, elsewhere = regions["XR-RS-01"], regions["XR-HL-01"]
    subscription, created = subscribe("a", [town])
    again, created_again = subscribe("a", [town])  # the browser subscribes again: no change
    assert created and not created_again and again.pk == subscription.pk
    assert counted([town], ["Severe"]) == Counter(en=1)
    subscribe("a", [elsewhere], language="uk")
    assert counted([town], ["Severe"]) == Counter()
    assert counted([elsewhere], ["Severe"]) == Counter(uk=1)


def test_every_removal_takes_the_count_away(regions):
    town = regions["XR-RS-01"]
    for name in ["unsubscribed", "gone", "stale", "single", "kept"]:
        subscribe(name, [town])
    PushSubscription.objects.filter(endpoint__endswith="/unsubscribed").delete()
    PushSubscription.objects.filter(endpoint__endswith="/gone").delete()
    PushSubscription.objects.filter(endpoint__endswith="/stale").update(
        created_at=timezone.now() - timedelta(days=90)
    )
    assert prune_subscriptions(older_than=timedelta(days=60)) == 1
    PushSubscription.objects.get(endpoint__endswith="/single").delete()
    assert counted([town], ["Minor"]) == Counter(en=1)
    assert PushSubscription.objects.count() == 1


def test_a_delete_counts_each_row_once_even_if_already_gone(regions):
    town = regions["XR-RS-01"]
    for name in ["a", "b"]:
        subscribe(name, [town])
    everyone = PushSubscription.objects.all()
    PushSubscription.objects.filter(endpoint__endswith="/a").delete()
    _total, by_model = everyone.delete()  # its row "a" went meanwhile
    assert by_model["alerts.PushSubscription"] == 1
    assert sizes() == {}


def test_random_writes_keep_counts_equal_to_the_delivery_selection(regions):
    rng = random.Random(8)  # noqa: S311 - reproducible test data
    places = list(regions.values())
    for _step in range(150):
        name = f"s{rng.randrange(40)}"
        if rng.random() < 0.25:
            PushSubscription.objects.filter(endpoint__endswith=f"/{name}").delete()
        else:
            subscribe(
                name,
                rng.sample(places, rng.choice([1, 1, 2, 3])),
                language=rng.choice(LANGUAGES),
                min_severity=rng.choice(Severity.values),
            )
    for area in (
        [regions["XR-RS-01"]],
        [regions["XR-RS"]],
        [regions["XR-HL-01"], regions["XR-RS"]],
        [regions["XR"]],  # the whole country: every audience, without a membership test
        [regions["XR-RS"], regions["XR-HL"]],  # every region but the country itself
    ):
        for severities in (["Minor"], ["Severe", "Moderate"], ["Extreme"], []):
            assert counted(area, severities) == selected(area, severities), (area, severities)


def test_recount_corrects_drift(regions):
    town = regions["XR-RS-01"]
    subscribe("a", [town])
    subscribe("b", [town], language="fr")
    Audience.objects.update(size=7)  # e.g. rows written around the write paths
    assert Audience.objects.recount() == 2
    assert counted([town], ["Minor"]) == Counter(en=1, fr=1)
    assert Audience.objects.recount() == 0


def test_a_subscription_without_a_region_is_refused(regions):
    """Every audience follows a region: a national estimate counts them all on that ground."""
    with pytest.raises(ValueError, match="at least one region"):
        subscribe("nowhere", [])
    assert not Audience.objects.exists() and not PushSubscription.objects.exists()
