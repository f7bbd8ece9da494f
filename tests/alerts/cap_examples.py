"""Example CAP 1.2 alerts and helpers shared by the codec tests: one valid alert per shape a
partner agency sends, and builders that change one part of it."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import defusedxml.ElementTree
import pytest
import xmlschema

from alerts.cap import (
    CapAlert,
    CapArea,
    CapError,
    CapInfo,
    CapReference,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = xmlschema.XMLSchema(ROOT / "alerts" / "schema" / "CAP-v1.2.xsd")
SAMPLES = Path(__file__).resolve().parent / "samples"

CET = timezone(timedelta(hours=1))
SENT = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
SENDER = "civil-protection@riverside.beacon.example"
RING = ((47.55, 7.58), (47.56, 7.60), (47.54, 7.62), (47.55, 7.58))

AREA = CapArea(description="Riverside old town", polygons=(RING,))
INFO = CapInfo(
    language="en",
    categories=("Met",),
    event="Flood",
    urgency="Expected",
    severity="Severe",
    certainty="Likely",
    response_types=("Prepare",),
    effective=SENT,
    expires=SENT + timedelta(hours=12),
    headline="River Aar expected to flood the old town",
    areas=(AREA,),
)
ALERT = CapAlert(
    identifier="beacon-2026-0042",
    sender=SENDER,
    sent=SENT,
    status="Actual",
    msg_type="Alert",
    infos=(INFO,),
)
EARLIER = CapReference(SENDER, "beacon-2026-0041", SENT - timedelta(hours=2))


def make_area(**changes) -> CapArea:
    return replace(AREA, **changes)


def make_info(**changes) -> CapInfo:
    return replace(INFO, **changes)


def make_alert(**changes) -> CapAlert:
    return replace(ALERT, **changes)


def with_area(**changes) -> CapAlert:
    """The default alert with its one area changed: most geometry tests need nothing else."""
    return make_alert(infos=(make_info(areas=(make_area(**changes),)),))


def assert_schema_valid(document: bytes) -> None:
    SCHEMA.validate(defusedxml.ElementTree.fromstring(document))


def cap_error(call, *args) -> CapError:
    with pytest.raises(CapError) as caught:
        call(*args)
    return caught.value


MULTILINGUAL = make_alert(
    infos=(
        make_info(language="en", event="Flood", headline="Flood warning for the old town"),
        make_info(language="fr", event="Inondation", headline="Alerte crue : vieille ville"),
        make_info(language="uk", event="Повінь", headline="Попередження про повінь"),
        make_info(language="ar", event="فيضان", headline="تحذير من الفيضان في البلدة القديمة"),
    )
)
ALL_GEOMETRY = with_area(
    polygons=(RING, tuple(reversed(RING))),
    circles=((47.5596, 7.5886, 2.5), (47.5, -7.25, 0.75)),
    geocodes=(("NUTS3", "CH031"), ("postcode", "4051")),
)
VALID_ALERTS = {
    "actual": ALERT,
    "exercise": make_alert(status="Exercise", note="Annual flood exercise"),
    "test": make_alert(status="Test"),
    "update": make_alert(msg_type="Update", references=(EARLIER,), incidents=("flood-7",)),
    "cancel": make_alert(
        msg_type="Cancel",
        references=(EARLIER, replace(EARLIER, identifier="beacon-2026-0040")),
        infos=(make_info(response_types=("AllClear",), urgency="Past", certainty="Observed"),),
    ),
    "no-info": make_alert(msg_type="Cancel", references=(EARLIER,), infos=()),
    "one-language": ALERT,
    "several-languages": MULTILINGUAL,
    "geocodes-only": with_area(polygons=(), geocodes=(("NUTS3", "CH031"),)),
    "circles-only": with_area(polygons=(), circles=((47.5596, 7.5886, 2.5),)),
    "all-geometry": ALL_GEOMETRY,
    "every-field": make_alert(
        source="river gauge 2289",
        infos=(
            make_info(
                categories=("Met", "Env"),
                response_types=("Prepare", "Monitor"),
                onset=SENT.astimezone(CET) + timedelta(hours=3),
                sender_name="Riverside County Civil Protection",
                description="Water levels < 2 m below the quay & rising.",
                instruction="Move valuables upstairs.",
                web="https://riverside.beacon.example/alerts/beacon-2026-0042",
                contact="+41 61 000 00 00",
            ),
        ),
    ),
}
