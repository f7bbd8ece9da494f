"""CAP 1.2 codec: schema validity, round trips and dates.

Pure tests: no database. Documents are checked against the XSD with xmlschema directly, so a bug
in the module's own validation cannot hide a bug in its output.
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import defusedxml.ElementTree
import pytest

from alerts.cap import (
    CAP_NS,
    format_datetime,
    parse,
    parse_datetime,
    to_xml,
)
from tests.alerts.cap_examples import (
    ALERT,
    CET,
    EARLIER,
    MULTILINGUAL,
    SENDER,
    VALID_ALERTS,
    assert_schema_valid,
    cap_error,
    make_alert,
    make_info,
    with_area,
)

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


def test_event_codes_are_written_in_schema_order_and_read_back():
    info = replace(make_info(), event_codes=(("beacon:hazard", "flood"), ("other", "x")))
    alert = make_alert(infos=(info,))
    document = to_xml(alert)
    assert_schema_valid(document)
    names = local_names(defusedxml.ElementTree.fromstring(document).find(f"{{{CAP_NS}}}info"))
    assert names.index("certainty") < names.index("eventCode") < names.index("effective")
    assert parse(document) == alert
