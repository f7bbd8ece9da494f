"""CAP 1.2 codec: hostile or broken documents are refused with the element at fault, and real
samples from partner agencies parse into the expected values.

Pure tests: no database.
"""

from datetime import UTC, datetime

import pytest

from alerts.cap import (
    CAP_NS,
    CapAlert,
    CapArea,
    CapReference,
    parse,
    to_xml,
    validate_schema,
)
from tests.alerts.cap_examples import (
    ALERT,
    CET,
    EARLIER,
    MULTILINGUAL,
    SAMPLES,
    SENDER,
    assert_schema_valid,
    cap_error,
    make_alert,
)

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
    "wrong namespace": (document_with(CAP_NS, "urn:oasis:names:tc:emergency:cap:9.9"), "alert"),
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
