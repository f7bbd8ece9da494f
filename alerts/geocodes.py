"""Geocodes of the common CAP profiles, in one normal form, and loading their mapping tables.

CAP leaves geocode names to profiles, and senders spell them differently: "FIPS6" and "SAME"
(US counties), "EMMA_ID" or "emma_id" (MeteoAlarm areas), "NUTS2", "NUTS3" (EU statistical
regions). `key()` gives one (scheme, code) for each, so one table row serves every spelling:
- FIPS6 and SAME codes are six digits PSSCCC (P: part of the county, 0 for all of it; SS the
  state, CCC the county) and become ("FIPS", "SSCCC"); a five-digit FIPS county code is kept.
  A message for part of a county reaches the whole county's followers: more, never fewer.
- NUTS, NUTS1, NUTS2, NUTS3 become "NUTS" (NUTS codes are unique across levels); EMMA_ID codes
  and NUTS codes are upper-cased.
- Any other name is kept, upper-cased, with its code as sent (e.g. DWD's WARNCELLID).

A mapping table is a CSV file with the header `scheme,code,region` (region: a Beacon region
code), loaded with `manage.py load_geocodes FILE`: all rows or none.
"""

import csv
import io

from django.db import transaction

from alerts.models import GeocodeMapping, Region

MAX_LENGTH = 32
COUNTY_SCHEMES = {"FIPS", "FIPS6", "SAME"}
NUTS_SCHEMES = {"NUTS", "NUTS1", "NUTS2", "NUTS3"}
COLUMNS = ["scheme", "code", "region"]


class GeocodeTableError(ValueError):
    """A mapping table that cannot be loaded; the message names the line."""


def key(value_name: str, value: str) -> tuple[str, str] | None:
    """The normal (scheme, code) of a CAP geocode, or None if either part is empty."""
    scheme, code = value_name.strip().upper(), value.strip()
    if not (scheme and code):
        return None
    if scheme in COUNTY_SCHEMES and code.isdigit() and len(code) in (5, 6):
        return "FIPS", code[-5:]
    if scheme in NUTS_SCHEMES:
        return "NUTS", code.upper()
    if scheme == "EMMA_ID":
        return scheme, code.upper()
    return scheme, code


def keys(geocodes: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {k for name, value in geocodes if (k := key(name, value)) is not None}


def read_table(text: str) -> list[tuple[int, str, str, str]]:
    """The rows of a mapping table as (line, scheme, code, region code), scheme and code in
    their normal form."""
    reader = csv.DictReader(io.StringIO(text))
    if [name.strip().lower() for name in reader.fieldnames or []] != COLUMNS:
        raise GeocodeTableError(f"line 1: the header must be {','.join(COLUMNS)}")
    rows = []
    for row in reader:
        line = reader.line_num
        values = [(row.get(name) or "").strip() for name in reader.fieldnames]
        if None in row:
            raise GeocodeTableError(f"line {line}: expected {len(COLUMNS)} columns")
        normal = key(values[0], values[1])
        if normal is None or not values[2]:
            raise GeocodeTableError(f"line {line}: scheme, code and region are all required")
        if max(len(part) for part in normal) > MAX_LENGTH:
            raise GeocodeTableError(f"line {line}: longer than {MAX_LENGTH} characters")
        rows.append((line, *normal, values[2]))
    return rows


@transaction.atomic
def load_table(text: str) -> tuple[int, int]:
    """Add every row of a mapping table; all or none. Returns (added, already present)."""
    rows = read_table(text)
    codes = {region for *_rest, region in rows}
    regions = dict(Region.objects.filter(code__in=codes).values_list("code", "pk"))
    added = 0
    for line, scheme, code, region in rows:
        if region not in regions:
            raise GeocodeTableError(f"line {line}: unknown region {region[:64]!r}")
        _row, created = GeocodeMapping.objects.get_or_create(
            scheme=scheme, code=code, region_id=regions[region]
        )
        added += created
    return added, len(rows) - added
