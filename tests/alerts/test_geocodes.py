"""Geocodes of common CAP profiles: one normal form, mapping tables loaded from CSV (bad tables
refused whole, the line named), and imported alerts reaching the mapped regions."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from alerts.geocodes import key
from alerts.models import Alert, GeocodeMapping

CORPUS = Path(__file__).parent / "cap_corpus" / "valid"
AUSTRIA = CORPUS / "2.0.0.1.AT.1483086568.131AT007.cap.xml"
HEADER = "scheme,code,region\n"


@pytest.mark.parametrize(
    ("name", "value", "normal"),
    [
        ("SAME", "006037", ("FIPS", "06037")),  # whole county (P = 0)
        ("SAME", "106037", ("FIPS", "06037")),  # part of the county: the whole county is told
        ("FIPS6", "006109", ("FIPS", "06109")),
        ("fips6", "06109", ("FIPS", "06109")),
        ("emma_id", "at007", ("EMMA_ID", "AT007")),
        ("NUTS3", "fr714", ("NUTS", "FR714")),
        ("NUTS2", "AT32", ("NUTS", "AT32")),
        ("WARNCELLID", "114521000", ("WARNCELLID", "114521000")),
        ("SAME", " ", None),
        ("", "AT007", None),
    ],
)
def test_common_profiles_have_one_normal_form(name, value, normal):
    assert key(name, value) == normal


def table(tmp_path, text: str, encoding="utf-8") -> str:
    path = tmp_path / "geocodes.csv"
    path.write_bytes(text.encode(encoding))
    return str(path)


@pytest.mark.django_db
def test_load_geocodes_is_idempotent(regions, tmp_path, capsys):
    path = table(tmp_path, HEADER + "SAME,006037,XR-RS\nemma_id,AT007,XR-HL\nNUTS3,AT312,XR-HL\n")
    call_command("load_geocodes", path)
    call_command("load_geocodes", path)
    assert "Loaded 0 geocodes, 3 already known." in capsys.readouterr().out.splitlines()[-1]
    assert set(GeocodeMapping.objects.values_list("scheme", "code", "region__code")) == {
        ("FIPS", "06037", "XR-RS"),
        ("EMMA_ID", "AT007", "XR-HL"),
        ("NUTS", "AT312", "XR-HL"),
    }


BAD_TABLES = {
    "wrong header": ("code,scheme,region\nAT007,EMMA_ID,XR-RS\n", "line 1: the header"),
    "no header": ("", "line 1: the header"),
    "extra column": (HEADER + "EMMA_ID,AT007,XR-RS,oops\n", "line 2: expected 3 columns"),
    "missing region": (HEADER + "EMMA_ID,AT007,\n", "line 2: scheme, code and region"),
    "missing code": (HEADER + "EMMA_ID,,XR-RS\n", "line 2: scheme, code and region"),
    "unknown region after a good line": (
        HEADER + "EMMA_ID,AT007,XR-RS\nEMMA_ID,AT008,XX-NOPE\n",
        "line 3: unknown region 'XX-NOPE'",
    ),
    "overlong code": (HEADER + f"EMMA_ID,{'A' * 40},XR-RS\n", "line 2: longer than 32"),
}


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "message"), BAD_TABLES.values(), ids=BAD_TABLES.keys())
def test_a_bad_table_is_refused_whole_naming_the_line(regions, tmp_path, text, message):
    with pytest.raises(CommandError, match=f"Nothing loaded: {message}"):
        call_command("load_geocodes", table(tmp_path, text))
    assert not GeocodeMapping.objects.exists()


@pytest.mark.django_db
def test_a_table_that_is_not_utf8_or_missing_is_a_clear_error(regions, tmp_path):
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("load_geocodes", table(tmp_path, HEADER + "NUTS3,ÖÄ1,XR-RS\n", "utf-16"))
    with pytest.raises(CommandError, match="No such file"):
        call_command("load_geocodes", str(tmp_path / "absent.csv"))


@pytest.mark.django_db
def test_imported_alerts_reach_the_regions_their_geocodes_map_to(regions, tmp_path):
    """Real messages: SAME (the CAP 1.2 specification's Amber Alert) and EMMA_ID (MeteoAlarm
    Austria); then NUTS3 in that MeteoAlarm message instead of EMMA_ID (no real file found)."""
    mappings = "SAME,006037,XR-RS-01\nemma_id,AT007,XR-RS-02\nNUTS3,AT312,XR-HL\n"
    call_command("load_geocodes", table(tmp_path, HEADER + mappings))
    nuts = tmp_path / "nuts.xml"
    nuts.write_text(
        AUSTRIA.read_text(encoding="utf-8")
        .replace(
            "<valueName>emma_id</valueName>\n\t\t\t\t<value>AT007",
            "<valueName>NUTS3</valueName>\n\t\t\t\t<value>AT312",
        )
        .replace("131AT007</identifier>", "131AT312</identifier>"),
        encoding="utf-8",
    )
    for path in [CORPUS / "v1dot2_appendix_adot4.xml", AUSTRIA, nuts]:
        call_command("import_cap", str(path))
    reached = {
        alert.identifier: list(alert.regions.values_list("code", flat=True))
        for alert in Alert.objects.all()
    }
    assert reached == {
        "KAR0-0306112239-SW": ["XR-RS-01"],
        "2.0.0.1.AT.1483086568.131AT007": ["XR-RS-02"],
        "2.0.0.1.AT.1483086568.131AT312": ["XR-HL"],
    }
