"""Actions of the readiness app: keep a household plan on an account, count a self-check."""

from datetime import date, timedelta

from django.db import transaction
from django.db.models import F

from alerts.models import Region
from readiness.models import HouseholdPlan, SelfCheckAnswerCount, SelfCheckTally
from readiness.plan_schema import validated


def save_plan(*, user, data: dict) -> HouseholdPlan:
    """Store `data` (validated again here: InvalidPlan otherwise) as `user`'s plan."""
    plan, _created = HouseholdPlan.objects.update_or_create(
        user=user, defaults={"data": validated(data)}
    )
    return plan


def region_level(region: Region | None) -> Region | None:
    """The region-level place of `region`: the child of the country it lies in. A country
    itself (a region without a parent) is too wide to count: None."""
    if region is None or region.parent_id is None:
        return None
    while region.parent.parent_id is not None:
        region = region.parent
    return region


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@transaction.atomic
def record_self_check(
    *, answers: dict[str, str], region: Region | None, day: date, demo: bool = False
) -> SelfCheckTally:
    """Add one self-check to the counts of its week and region-level place.

    `answers` maps action keys to "done" or "planned" (others left out); the caller validated
    them. Only counts change: the check itself, its time and its sender are not kept.
    """
    place = region_level(region)
    tally, _created = SelfCheckTally.objects.get_or_create(
        week=week_of(day), region_code=place.code if place else "", demo=demo
    )
    SelfCheckTally.objects.filter(pk=tally.pk).update(checks=F("checks") + 1)
    for action, state in answers.items():
        count, _created = SelfCheckAnswerCount.objects.get_or_create(
            tally=tally, action=action, state=state
        )
        SelfCheckAnswerCount.objects.filter(pk=count.pk).update(count=F("count") + 1)
    return tally
