"""`manage.py import_regions`: GeoJSON in, regions out; bad features named, nothing half-saved."""

import json
import re

import pytest
from django.core.management import CommandError, call_command

from alerts.models import Region

pytestmark = pytest.mark.django_db
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
BOWTIE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}


def feature(code, name="Place", parent=None, geometry=SQUARE):
    return {
        "type": "Feature",
        "properties": {"code": code, "name": name, "parent": parent},
        "geometry": geometry,
    }


def write(tmp_path, *features):
    path = tmp_path / "regions.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}))
    return str(path)


def test_imports_a_tree_with_parents_listed_after_children(tmp_path, capsys):
    call_command("import_regions", write(tmp_path, feature("ZZ-01", parent="ZZ"), feature("ZZ")))
    assert "Imported 2 regions." in capsys.readouterr().out
    child = Region.objects.get(code="ZZ-01")
    assert child.parent.code == "ZZ" and child.geometry.area == 1


def test_running_again_updates_instead_of_duplicating(tmp_path):
    call_command("import_regions", write(tmp_path, feature("ZZ", name="Old")))
    call_command("import_regions", write(tmp_path, feature("ZZ", name="New")))
    assert list(Region.objects.values_list("name", flat=True)) == ["New"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (feature("", name="No code"), "feature 2: property 'code' is missing"),
        (feature("ZZ-02", geometry=BOWTIE), "feature 2 (ZZ-02): geometry is not a valid polygon"),
        (
            feature("ZZ-03", geometry={"type": "Point", "coordinates": [0, 0]}),
            "Polygon or MultiPolygon",
        ),
        (feature("ZZ-04", parent="NOPE"), "unknown parent NOPE"),
    ],
)
def test_a_bad_feature_is_named_and_nothing_is_saved(tmp_path, bad, message):
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("import_regions", write(tmp_path, feature("ZZ"), bad))
    assert not Region.objects.exists()


def test_not_geojson_is_refused(tmp_path):
    path = tmp_path / "x.geojson"
    path.write_text("{not json")
    with pytest.raises(CommandError, match="not JSON"):
        call_command("import_regions", str(path))


def test_a_time_zone_is_imported_and_an_unknown_one_named(tmp_path):
    zoned = feature("ZZ")
    zoned["properties"]["time_zone"] = "Europe/Warsaw"
    call_command("import_regions", write(tmp_path, zoned))
    assert Region.objects.get(code="ZZ").effective_time_zone == "Europe/Warsaw"
    zoned["properties"]["time_zone"] = "Mars/Olympus"
    with pytest.raises(CommandError, match=r"feature 1 \(ZZ\): unknown time zone 'Mars/Olympus'"):
        call_command("import_regions", write(tmp_path, zoned))
    assert Region.objects.get(code="ZZ").time_zone == "Europe/Warsaw"
