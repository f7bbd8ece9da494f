"""`__any` selects, updates and deletes the same rows as `__in`, as one array parameter on
PostgreSQL."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from alerts.models import Region
from tests.builders import riverland

pytestmark = pytest.mark.django_db


def test_any_matches_the_rows_of_in():
    riverland()
    ids = list(Region.objects.order_by("pk").values_list("pk", flat=True))
    chosen = [ids[0], ids[2], ids[2], 10**12]  # a repeat and an id nobody has
    in_rows = list(Region.objects.filter(pk__in=chosen).order_by("pk"))
    with CaptureQueriesContext(connection) as captured:
        assert list(Region.objects.filter(pk__any=chosen).order_by("pk")) == in_rows
    assert len(in_rows) == 2
    if connection.vendor == "postgresql":
        assert "= ANY(" in captured[0]["sql"] and " IN (" not in captured[0]["sql"]
    assert list(Region.objects.filter(pk__any=[])) == []
    assert Region.objects.filter(pk__any=[ids[1]]).update(name="Renamed") == 1
    assert Region.objects.get(pk=ids[1]).name == "Renamed"
