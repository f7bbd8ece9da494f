"""Property-based fuzz tests of every entry point that reads outside input.

Profiles (HYPOTHESIS_PROFILE): `ci`, the default, is derandomized (the same examples on every run,
so CI is stable) with small example counts, so the whole set runs in well under a minute; `deep`
draws ten times as many fresh examples each run, for hunting locally. Neither keeps an example
database in the work tree.
"""

import os

from hypothesis import HealthCheck, settings

COMMON = {
    "deadline": None,
    "database": None,
    # Django's test client and the database fixtures are set up once per test, not per example:
    # every example leaves nothing behind that the next one would see.
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", derandomize=True, print_blob=True, **COMMON)
settings.register_profile("deep", **COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(n: int) -> int:
    """`n` examples under the ci profile, ten times as many under `deep`."""
    return n * 10 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else n
