"""Self-check figures: the share of self-checks with each action done or planned, by
region-level place and by week, with readiness.privacy deciding what may be shown."""

from collections import Counter, defaultdict
from datetime import date, timedelta

from alerts.models import Region
from readiness.models import SelfCheckAnswerCount, SelfCheckTally
from readiness.preparedness import ACTIONS, DONE, PLANNED
from readiness.privacy import hidden_groups, shown

NO_PLACE = ""


def selfcheck_figures(*, places: list[Region] | None, first_week: date, weeks: int) -> dict:
    """Figures for `places` (region-level regions; None for the whole country, with the checks
    that named no place as a group of their own) over `weeks` weeks from `first_week`."""
    tallies = SelfCheckTally.objects.filter(
        week__gte=first_week, week__lt=first_week + timedelta(weeks=weeks)
    )
    names = {region.code: region.name for region in places or region_level_places()}
    codes = [*names] if places is not None else [*names, NO_PLACE]
    tallies = tallies.filter(region_code__in=codes)
    checks, answers = Counter(), defaultdict(Counter)
    for tally in tallies.values("week", "region_code", "checks"):
        checks[(tally["week"], tally["region_code"])] += tally["checks"]
    for row in SelfCheckAnswerCount.objects.filter(tally__in=tallies).values(
        "tally__week", "tally__region_code", "action", "state", "count"
    ):
        key = (row["tally__week"], row["tally__region_code"])
        answers[key][(row["action"], row["state"])] += row["count"]
    by_region = grouped(checks, answers, lambda key: key[1])
    by_week = grouped(checks, answers, lambda key: key[0])
    total_checks = sum(checks.values())
    total_answers = sum(answers.values(), Counter())
    return {
        "total": cell(total_checks, total_answers, hidden=not shown(total_checks)),
        "regions": table(by_region, codes, lambda code: {"code": code, "name": names.get(code)}),
        "weeks": table(
            by_week,
            [first_week + timedelta(weeks=n) for n in range(weeks)],
            lambda week: {"week": week.isoformat()},
        ),
    }


def grouped(checks: Counter, answers: dict, group) -> dict:
    sums = defaultdict(lambda: [0, Counter()])
    for key, count in checks.items():
        sums[group(key)][0] += count
        sums[group(key)][1].update(answers.get(key, Counter()))
    return sums


def table(sums: dict, keys: list, label) -> list[dict]:
    """One row per key in order; the rows add up to the shown total."""
    sizes = {key: sums[key][0] if key in sums else 0 for key in keys}
    hidden = hidden_groups(sizes, adds_up_to_shown_total=True)
    rows = []
    for key in keys:
        count, counted = sums[key] if key in sums else (0, Counter())
        rows.append({**label(key), **cell(count, counted, hidden=key in hidden)})
    return rows


def cell(checks: int, answers: Counter, *, hidden: bool) -> dict:
    """The figures of one group, or only the mark that they are suppressed."""
    if hidden:
        return {"suppressed": True}
    if not checks:
        return {"checks": 0}
    done = {action: 100 * answers[(action, DONE)] / checks for action in ACTIONS}
    return {
        "checks": checks,
        # The mean share of the 12 actions done: one figure to compare places and weeks.
        "done_average": round(sum(done.values()) / len(done)),
        "actions": {
            action: {
                DONE: round(done[action]),
                PLANNED: round(100 * answers[(action, PLANNED)] / checks),
            }
            for action in ACTIONS
        },
    }


def region_level_places() -> list[Region]:
    """The country's regions one level below it (where self-checks are counted)."""
    return list(
        Region.objects.filter(parent__isnull=False, parent__parent__isnull=True).order_by("name")
    )
