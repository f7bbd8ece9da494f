"""Readiness fixtures: the demo country's regions and a way to send many self-checks."""

import pytest
from django.utils import timezone

from alerts.models import Region
from readiness.services import record_self_check
from tests.builders import riverland


@pytest.fixture
def regions(db):
    riverland()
    return {region.code: region for region in Region.objects.all()}


@pytest.fixture
def send_checks(regions):
    """Record `count` self-checks for a place code ("" for none) with the given answers."""

    def send(count: int, code: str = "", answers=None, day=None):
        for _n in range(count):
            record_self_check(
                answers=answers if answers is not None else {"plan": "done", "supplies": "planned"},
                region=regions[code] if code else None,
                day=day or timezone.localdate(),
            )

    return send
