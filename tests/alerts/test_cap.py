"""CAP 1.2 codec: schema validity, round trips, section-3 rules and hostile documents.

Pure tests: no database. Documents are checked against the XSD with xmlschema directly, so a bug
in the module's own validation cannot hide a bug in its output.
"""

import pickle
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import defusedxml.ElementTree
import pytest
import xmlschema

from alerts.cap import (
    CAP_NS,
    CapAlert,
    CapArea,
    CapError,
    CapInfo,
    CapReference,
    check,
    format_datetime,
    parse,
    parse_datetime,
    to_xml,
    validate_schema,
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


# --- schema validity and round trip ------------------------------------------------------------


@pytest.mark.parametrize("alert", VALID_ALERTS.values(), ids=VALID_ALERTS.keys())
def test_exported_documents_pass_the_cap_schema(alert):
    assert_schema_valid(to_xml(alert))


@pytest.mark.parametrize("alert", VALID_ALERTS.values(), ids=VALID_ALERTS.keys())
def test_round_trip_gives_equal_alert_and_identical_bytes(alert):
    document = to_xml(alert)
    parsed = parse(document)
    assert parsed == alert
    assert to_xml(parsed) == document


def test_document_is_utf8_with_default_cap_namespace_and_real_non_latin_text():
    document = to_xml(MULTILINGUAL)
    assert document.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert f'<alert xmlns="{CAP_NS}">'.encode() in document
    assert "تحذير من الفيضان".encode() in document
    assert "Попередження".encode() in document


def local_names(element) -> list[str]:
    return [child.tag.removeprefix(f"{{{CAP_NS}}}") for child in element]


def test_elements_follow_schema_order_and_empty_optionals_are_omitted():
    document = to_xml(make_alert(msg_type="Update", references=(EARLIER,)))
    root = defusedxml.ElementTree.fromstring(document)
    header = ["identifier", "sender", "sent", "status", "msgType", "scope", "references", "info"]
    assert local_names(root) == header
    assert local_names(root.find(f"{{{CAP_NS}}}info")) == [
        *["language", "category", "event", "responseType", "urgency", "severity", "certainty"],
        *["effective", "expires", "headline", "area"],
    ]


def test_windows_line_ends_are_normalised_so_re_export_is_byte_identical():
    alert = make_alert(infos=(make_info(instruction="Close windows.\r\nStay inside.\rListen."),))
    document = to_xml(alert)
    parsed = parse(document)
    assert parsed.infos[0].instruction == "Close windows.\nStay inside.\nListen."
    assert to_xml(parsed) == document


def test_geometry_and_references_are_written_in_cap_text_form():
    ring = ((1.0, 2.5), (1 / 3, 2.0), (1.5, -0.0), (1.0, 2.5))
    alert = with_area(polygons=(ring,), circles=((47.5, 7.25, 10.0),))
    document = to_xml(replace(alert, msg_type="Update", references=(EARLIER,))).decode()
    assert "<polygon>1,2.5 0.333333,2 1.5,0 1,2.5</polygon>" in document
    assert "<circle>47.5,7.25 10</circle>" in document
    assert (
        f"<references>{SENDER},beacon-2026-0041,2026-11-29T08:15:00-00:00</references>" in document
    )


def test_plain_text_with_angle_brackets_and_ampersands_is_escaped_not_rejected():
    alert = make_alert(infos=(make_info(description="Level < 2 m & falling; 3 > 2"),))
    assert "Level &lt; 2 m &amp; falling; 3 &gt; 2" in to_xml(alert).decode()
    assert parse(to_xml(alert)) == alert


def test_parsed_info_without_language_defaults_to_en_us():
    document = to_xml(ALERT).replace(b"<language>en</language>", b"")
    assert parse(document).infos[0].language == "en-US"


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2026, 11, 29, 10, 15, tzinfo=UTC), "2026-11-29T10:15:00-00:00"),
        (datetime(2026, 11, 29, 10, 15, tzinfo=CET), "2026-11-29T10:15:00+01:00"),
        (
            datetime(2026, 11, 29, 10, 15, tzinfo=timezone(-timedelta(hours=5, minutes=30))),
            "2026-11-29T10:15:00-05:30",
        ),
        (datetime(2026, 11, 29, 10, 15, 7, 999999, tzinfo=UTC), "2026-11-29T10:15:07-00:00"),
    ],
)
def test_format_datetime_uses_cap_form(value, text):
    assert format_datetime(value) == text


def test_format_datetime_rejects_naive_values():
    naive = datetime(2026, 11, 29, 10, 15)  # noqa: DTZ001 - the point of the test
    assert "timezone-aware" in cap_error(format_datetime, naive).problem


def test_parse_datetime_keeps_the_offset():
    parsed = parse_datetime("2026-11-29T10:15:00+01:00", "sent")
    assert parsed == datetime(2026, 11, 29, 9, 15, tzinfo=UTC)
    assert parsed.utcoffset() == timedelta(hours=1)
    assert parse_datetime("2026-11-29T10:15:00-00:00", "sent").utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-29T10:15:00Z",
        "2026-11-29T10:15:00.5-00:00",
        "2026-11-29T10:15:00",
        "2026-11-29 10:15:00+01:00",
        "2026-11-29T10:15+01:00",
        "2026-13-29T10:15:00+01:00",
        "",
    ],
)
def test_parse_datetime_is_strict(text):
    assert cap_error(parse_datetime, text, "info[1]/onset").element == "info[1]/onset"


# --- section-3 rules ---------------------------------------------------------------------------

NAIVE = datetime(2026, 11, 29, 10, 15)  # noqa: DTZ001 - an invalid value on purpose
REJECTED = {
    "naive sent": (make_alert(sent=NAIVE), "sent"),
    "naive effective": (make_alert(infos=(make_info(effective=NAIVE),)), "info[1]/effective"),
    "naive reference": (
        make_alert(msg_type="Update", references=(replace(EARLIER, sent=NAIVE),)),
        "references",
    ),
    "identifier with space": (make_alert(identifier="beacon 42"), "identifier"),
    "identifier with comma": (make_alert(identifier="beacon,42"), "identifier"),
    "empty identifier": (make_alert(identifier=""), "identifier"),
    "sender with ampersand": (make_alert(sender="a&b@example.org"), "sender"),
    "update without references": (make_alert(msg_type="Update"), "references"),
    "cancel without references": (make_alert(msg_type="Cancel"), "references"),
    "alert with references": (make_alert(references=(EARLIER,)), "references"),
    "self-reference": (
        make_alert(msg_type="Update", references=(CapReference(SENDER, ALERT.identifier, SENT),)),
        "references",
    ),
    "incident with space": (make_alert(incidents=("flood 7",)), "incidents"),
    "bad status": (make_alert(status="Real"), "status"),
    "bad msgType": (make_alert(msg_type="Warning"), "msgType"),
    "restricted scope": (make_alert(scope="Restricted"), "scope"),
    "bad urgency": (make_alert(infos=(make_info(urgency="Soon"),)), "info[1]/urgency"),
    "bad severity": (make_alert(infos=(make_info(severity="High"),)), "info[1]/severity"),
    "bad certainty": (make_alert(infos=(make_info(certainty="Sure"),)), "info[1]/certainty"),
    "bad category": (make_alert(infos=(make_info(categories=("Flood",)),)), "info[1]/category"),
    "no category": (make_alert(infos=(make_info(categories=()),)), "info[1]/category"),
    "bad responseType": (
        make_alert(infos=(make_info(response_types=("Run",)),)),
        "info[1]/responseType",
    ),
    "open polygon": (
        with_area(polygons=(RING[:3] + ((47.0, 7.0),),)),
        "info[1]/area[1]/polygon[1]",
    ),
    "3-point polygon": (
        with_area(polygons=(RING[:2] + RING[:1],)),
        "info[1]/area[1]/polygon[1]",
    ),
    "latitude out of range": (
        with_area(polygons=(RING, ((91.0, 7.0), (47.0, 7.0), (47.0, 8.0), (91.0, 7.0)))),
        "info[1]/area[1]/polygon[2]",
    ),
    "zero radius": (with_area(circles=((47.5, 7.5, 0.0),)), "info[1]/area[1]/circle[1]"),
    "empty areaDesc": (with_area(description=" "), "info[1]/area[1]/areaDesc"),
    "html in description": (
        make_alert(infos=(make_info(description="Leave <b>now</b>"),)),
        "info[1]/description",
    ),
    "closing tag in headline": (
        make_alert(infos=(make_info(headline="Go</p>"),)),
        "info[1]/headline",
    ),
    "duplicate language": (
        make_alert(infos=(make_info(language="fr"), make_info(language="FR"))),
        "info[2]/language",
    ),
    "relative web": (make_alert(infos=(make_info(web="/alerts/42"),)), "info[1]/web"),
    "javascript web": (make_alert(infos=(make_info(web="javascript:alert(1)"),)), "info[1]/web"),
    "expires before onset": (
        make_alert(infos=(make_info(onset=SENT + timedelta(days=1)),)),
        "info[1]/expires",
    ),
    "second info polygon": (
        make_alert(
            infos=(make_info(), make_info(language="fr", areas=(make_area(polygons=(RING[:3],)),)))
        ),
        "info[2]/area[1]/polygon[1]",
    ),
}


@pytest.mark.parametrize(("alert", "element"), REJECTED.values(), ids=REJECTED.keys())
def test_check_rejects_section_3_violations(alert, element):
    assert cap_error(check, alert).element == element


@pytest.mark.parametrize(("alert", "element"), REJECTED.values(), ids=REJECTED.keys())
def test_to_xml_refuses_to_write_invalid_alerts(alert, element):
    assert cap_error(to_xml, alert).element == element


def test_cap_error_names_element_and_problem_and_survives_pickling():
    error = cap_error(check, make_alert(identifier="beacon 42"))
    assert isinstance(error, ValueError)
    assert str(error) == f"identifier: {error.problem}"
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (copy.element, copy.problem) == (error.element, error.problem)


# --- parsing hostile or broken documents -------------------------------------------------------


def document_with(old: str, new: str, alert: CapAlert = ALERT) -> bytes:
    document = to_xml(alert)
    assert old.encode() in document
    return document.replace(old.encode(), new.encode())


UPDATE = make_alert(msg_type="Update", references=(EARLIER,))
BROKEN_DOCUMENTS = {
    "bad urgency (schema)": (document_with("Expected", "Soon"), "info/urgency"),
    "Z date (schema)": (document_with("10:15:00-00:00</sent>", "10:15:00Z</sent>"), "sent"),
    "fractional seconds (schema)": (
        document_with("10:15:00-00:00</sent>", "10:15:00.250-00:00</sent>"),
        "sent",
    ),
    "missing sender (schema)": (document_with(f"<sender>{SENDER}</sender>", ""), "alert"),
    "Z in reference date": (
        document_with("08:15:00-00:00</references>", "08:15:00Z</references>", UPDATE),
        "references",
    ),
    "bad reference triple": (
        document_with(f"{SENDER},beacon-2026-0041,", f"{SENDER},", UPDATE),
        "references",
    ),
    "self-reference": (
        document_with("beacon-2026-0041", "beacon-2026-0042", UPDATE),
        "references",
    ),
    "open polygon": (
        document_with(" 47.55,7.58</polygon>", " 47.5,7.5</polygon>"),
        "info[1]/area[1]/polygon[1]",
    ),
    "unreadable polygon": (
        document_with("47.56,7.6 ", "47.56;7.6 "),
        "info[1]/area[1]/polygon[1]",
    ),
    "html in description": (
        document_with("</headline>", "</headline><description>&lt;script&gt;</description>"),
        "info[1]/description",
    ),
    "wrong namespace": (document_with(CAP_NS, "urn:oasis:names:tc:emergency:cap:1.1"), "alert"),
}


@pytest.mark.parametrize(
    ("document", "element"), BROKEN_DOCUMENTS.values(), ids=BROKEN_DOCUMENTS.keys()
)
def test_parse_rejects_invalid_documents(document, element):
    assert cap_error(parse, document).element == element


def test_schema_errors_keep_the_index_of_the_failing_info():
    document = document_with("<urgency>Expected</urgency>", "<urgency>Soon</urgency>", MULTILINGUAL)
    error = cap_error(parse, document)
    assert error.element == "info[1]/urgency"
    assert "Immediate" in error.problem


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE alert [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol3;</identifier></alert>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE alert [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><note>&secret;</note></alert>"""
PLAIN_DTD = to_xml(ALERT).replace(b"<alert ", b'<!DOCTYPE alert SYSTEM "cap.dtd">\n<alert ', 1)


@pytest.mark.parametrize("document", [BILLION_LAUGHS, EXTERNAL_ENTITY, PLAIN_DTD])
@pytest.mark.parametrize("call", [parse, validate_schema])
def test_dtds_and_entities_are_refused(call, document):
    error = cap_error(call, document)
    assert error.element == "alert"
    assert "DTD/entity not allowed" in error.problem


@pytest.mark.parametrize(
    "document", [b"", b"<alert", b"<alert></alrt>", to_xml(ALERT) + b"<alert/>", b"\xff\xfe<x/>"]
)
def test_not_well_formed_xml_is_refused(document):
    error = cap_error(parse, document)
    assert error.element == "alert"
    assert error.problem.startswith("not well-formed XML: ")


def test_validate_schema_accepts_valid_and_names_failing_element():
    validate_schema(to_xml(ALERT))
    assert cap_error(validate_schema, document_with("Severe", "Bad")).element == "info/severity"


# --- realistic samples -------------------------------------------------------------------------


def read_sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.xml")), ids=lambda path: path.name)
def test_samples_are_schema_valid_and_survive_re_export(path):
    document = path.read_bytes()
    assert_schema_valid(document)
    alert = parse(document)
    assert_schema_valid(to_xml(alert))
    assert parse(to_xml(alert)) == alert


def test_foreign_flood_warning_sample_parses_into_expected_values():
    alert = parse(read_sample("flood_warning_en_fr.xml"))
    assert (alert.identifier, alert.sender) == (
        "RHN-2026-11-29-0042",
        "alerts@hydro-rhine.example.ch",
    )
    assert alert.sent == datetime(2026, 11, 29, 8, 30, tzinfo=CET)
    assert (alert.status, alert.msg_type, alert.scope) == ("Actual", "Alert", "Public")
    assert alert.incidents == ("RHN-FLOOD-2026-07",)
    english, french = alert.infos
    assert [info.language for info in alert.infos] == ["en", "fr"]
    assert english.categories == ("Met", "Env")
    assert english.response_types == ("Prepare", "Monitor")
    assert (english.urgency, english.severity, english.certainty) == (
        "Expected",
        "Severe",
        "Likely",
    )
    assert english.onset == datetime(2026, 11, 29, 18, tzinfo=CET)
    assert english.expires == datetime(2026, 11, 30, 12, tzinfo=CET)
    assert french.event == "Avertissement de crue"
    assert french.sender_name == "Service hydrologique du Rhin supérieur"
    assert french.headline.startswith("Avertissement de crue : le Rhin devrait dépasser 8,5 m")
    area = english.areas[0]
    assert area.geocodes == (("NUTS3", "CH031"),)
    assert len(area.polygons[0]) == 7
    assert area.polygons[0][0] == area.polygons[0][-1] == (47.5561, 7.6369)
    assert french.areas[0].polygons == english.areas[0].polygons


def test_cancel_sample_references_the_flood_warning():
    warning = parse(read_sample("flood_warning_en_fr.xml"))
    cancel = parse(read_sample("flood_warning_cancel.xml"))
    assert cancel.msg_type == "Cancel"
    assert cancel.references == (CapReference(warning.sender, warning.identifier, warning.sent),)
    assert cancel.references[0].as_text() == (
        "alerts@hydro-rhine.example.ch,RHN-2026-11-29-0042,2026-11-29T08:30:00+01:00"
    )
    assert cancel.note == "Water levels fell faster than forecast; warning withdrawn."
    (info,) = cancel.infos
    assert (info.urgency, info.severity, info.certainty) == ("Past", "Minor", "Observed")
    assert info.response_types == ("AllClear",)
    assert info.areas == (
        CapArea("Rhine riverbank between Birsfelden and Huningue", geocodes=(("NUTS3", "CH031"),)),
    )


def test_exercise_sample_in_ukrainian_and_arabic_parses_with_circle():
    alert = parse(read_sample("chlorine_exercise_uk_ar.xml"))
    assert alert.status == "Exercise"
    ukrainian, arabic = alert.infos
    assert (ukrainian.language, arabic.language) == ("uk", "ar")
    assert ukrainian.event == "Витік хлору (навчання)"
    assert arabic.headline == "تمرين: تسرب الكلور قرب محطة معالجة المياه — ابقوا في الداخل"
    assert arabic.categories == ("CBRNE", "Safety")
    assert arabic.sender_name == arabic.web == ""
    assert arabic.expires == datetime(2026, 3, 14, 12, tzinfo=UTC)
    assert arabic.areas[0].circles == ((51.5012, -0.1246, 2.5),)
    assert arabic.areas[0].geocodes == (("postcode", "RS1"),)
