"""The reach estimate's query on PostgreSQL: median and p95 of repeated runs, against a baseline.

    python bench/reach_query.py [--n 100000] [--runs 50] [--towns 0]

Fills a fresh PostgreSQL database (or DATABASE_URL) with N push subscriptions spread over the
demo's regions (7, so a town's alert concerns about 40% of them; `--towns` adds that many towns
under the demo's counties, as a country has), languages and thresholds, then times, in the same
run:
  - baseline: a plain `SELECT count(*)` over the subscriptions table;
  - counting rows: the subscriptions delivery would select, counted per language (the
    estimate's method before audiences);
  - reach: `alerts.delivery.reach.reach()` for a town, its county and the whole country (push
    per language summed from the audiences, and the open-page counts read from the cache, here
    the local-memory one), checked equal to the row count first.
The target is under 50 ms at the median and p95 for 100,000 subscriptions; it ends with each
reach query's target, met or NOT met.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time

from harness import (
    POSTGRES_ADMIN,
    RIVERLAND,
    ROOT,
    create_database,
    drop_database,
    report_targets,
    require_postgres,
)

sys.path.insert(0, str(ROOT))
SEED = 15
TARGET_MS = 50


def setup_django(database_url: str, var_dir: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["BEACON_VAR_DIR"] = var_dir
    os.environ["DATABASE_URL"] = database_url
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("this benchmark measures PostgreSQL: set DATABASE_URL to postgres://…")
    call_command("migrate", verbosity=0)


def populate(n: int, towns: int) -> None:
    """N subscriptions, each following one or two random regions."""
    from django.conf import settings

    from alerts.models import Audience, PushSubscription, Region
    from alerts.models.codes import Severity
    from alerts.regions_import import import_regions

    import_regions(RIVERLAND.read_text())
    rng = random.Random(SEED)  # noqa: S311 - test data, reproducible
    counties = list(Region.objects.filter(code__in=["XR-RS", "XR-HL"]))
    Region.objects.bulk_create(
        Region(code=f"XR-T{number}", name=f"Town {number}", parent=rng.choice(counties))
        for number in range(towns)
    )
    regions = list(Region.objects.all())
    languages = [code for code, _name in settings.LANGUAGES]
    audiences = {}

    def audience_of(places: tuple[Region, ...], language: str, severity: str) -> Audience:
        key = (tuple(sorted(region.pk for region in places)), language, severity)
        if key not in audiences:
            audiences[key] = Audience.objects.of(
                regions=list(places), language=language, min_severity=severity
            )
        return audiences[key]

    followed = []
    for number in range(n):
        places = tuple(rng.sample(regions, rng.choice([1, 1, 2])))
        language, severity = rng.choice(languages), rng.choice(Severity.values)
        followed.append(
            (
                PushSubscription(
                    endpoint=f"https://push.example/{number}",
                    p256dh="k",
                    auth="a",
                    language=language,
                    min_severity=severity,
                    audience=audience_of(places, language, severity),
                ),
                places,
            )
        )
    PushSubscription.objects.bulk_create((s for s, _places in followed), batch_size=5000)
    through = PushSubscription.regions.through
    through.objects.bulk_create(
        (
            through(pushsubscription_id=s.pk, region_id=region.pk)
            for s, places in followed
            for region in places
        ),
        batch_size=5000,
    )
    started = time.perf_counter()
    Audience.objects.recount()  # a bulk load writes around the subscribe path
    print(f"{len(audiences)} audiences recounted in {time.perf_counter() - started:.2f} s")
    from django.db import connection

    with connection.cursor() as cursor:  # the steady state autovacuum keeps
        cursor.execute("VACUUM ANALYZE")


def timed(function, runs: int) -> tuple[float, float]:
    """Median and p95 in milliseconds, after one warm-up run."""
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def measure(runs: int, n: int) -> None:
    from django.db import connection
    from django.db.models import Count

    from alerts.delivery.reach import reach
    from alerts.models import PushSubscription, Region

    def baseline():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {PushSubscription._meta.db_table}")  # noqa: S608
            return cursor.fetchone()

    def reach_of(code: str):
        def run():
            return reach(
                regions=Region.objects.filter(code=code),
                polygons=[],
                circles=[],
                severities=["Severe"],
                languages={"en", "fr"},
            )

        return run

    def selection_of(code: str):
        """What delivery selects, counted per language: the estimate's previous method."""

        def run():
            subscriptions = PushSubscription.objects.for_area(
                Region.objects.filter(code=code), severities=["Severe"]
            )
            return dict(subscriptions.order_by().values_list("language").annotate(n=Count("pk")))

        return run

    rows = [("baseline: SELECT count(*)", baseline, False)]
    for code in ["XR-RS-01", "XR-RS", "XR"]:
        estimate = reach_of(code)()
        devices = sum(estimate.push.values())
        if dict(estimate.push) != selection_of(code)():
            raise SystemExit(f"the estimate for {code} differs from the delivery selection")
        rows.append((f"counting rows, {code} ({devices} devices)", selection_of(code), False))
        rows.append((f"reach {code} ({devices} devices)", reach_of(code), True))
    print(f"{runs} runs each, milliseconds")
    print(f"{'query':<44} {'median':>8} {'p95':>8}")
    targets = []
    for label, function, is_target in rows:
        median, p95 = timed(function, runs)
        print(f"{label:<44} {median:8.2f} {p95:8.2f}")
        if is_target:
            targets.append((f"{label}: median and p95 under {TARGET_MS} ms", p95 < TARGET_MS))
    if n < 100_000:
        print(f"(the targets are for 100,000 subscriptions; this run has {n:,})")
    report_targets(targets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="push subscriptions")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--towns", type=int, default=0, help="towns added to the demo's regions")
    parser.add_argument("--postgres", default=POSTGRES_ADMIN, help="where to create a database")
    options = parser.parse_args()
    require_postgres(options.postgres)
    own_database = not os.environ.get("DATABASE_URL")
    database_url = create_database(options.postgres) if own_database else os.environ["DATABASE_URL"]
    try:
        setup_django(database_url, tempfile.mkdtemp(prefix="beacon-bench-reach-"))
        started = time.perf_counter()
        populate(options.n, options.towns)
        print(f"{options.n} subscriptions written in {time.perf_counter() - started:.1f} s")
        measure(options.runs, options.n)
    finally:
        if own_database:
            from django.db import connections

            connections.close_all()
            drop_database(options.postgres, database_url)


if __name__ == "__main__":
    main()
