"""CAP 1.2 codec: the rules of section 3 of the standard that the schema cannot express.

Pure tests: no database.
"""

import pickle
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from alerts.cap import (
    CapReference,
    check,
    to_xml,
)
from tests.alerts.cap_examples import (
    ALERT,
    EARLIER,
    RING,
    SENDER,
    SENT,
    cap_error,
    make_alert,
    make_area,
    make_info,
    with_area,
)

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
    "negative radius": (with_area(circles=((47.5, 7.5, -1.0),)), "info[1]/area[1]/circle[1]"),
    "empty areaDesc": (with_area(description=" "), "info[1]/area[1]/areaDesc"),
    "html in description": (
        make_alert(infos=(make_info(description="Leave <b>now</b>"),)),
        "info[1]/description",
    ),
    "closing tag in headline": (
        make_alert(infos=(make_info(headline="Go</p>"),)),
        "info[1]/headline",
    ),
    "bad language tag": (make_alert(infos=(make_info(language="fr_FR!"),)), "info[1]/language"),
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


ALLOWED = {
    "several infos in one language": make_alert(
        infos=(make_info(language="fr"), make_info(language="FR", event="Second event"))
    ),
    "circle of radius 0 (a point)": with_area(circles=((47.5, 7.5, 0.0),)),
    "restricted scope": make_alert(scope="Restricted", restriction="Emergency services only"),
    "private scope": make_alert(scope="Private", addresses="ops@river.example.org"),
}


@pytest.mark.parametrize("alert", ALLOWED.values(), ids=ALLOWED.keys())
def test_check_accepts_what_the_standard_allows(alert):
    check(alert)


@pytest.mark.parametrize(
    ("scope", "element"), [("Restricted", "restriction"), ("Private", "addresses")]
)
def test_a_restricted_or_private_message_must_say_for_whom(scope, element):
    assert cap_error(check, make_alert(scope=scope)).element == element
    assert (
        cap_error(check, make_alert(scope=scope, restriction=" ", addresses=" ")).element == element
    )


def test_beacon_writes_only_public_messages():
    restricted = make_alert(scope="Restricted", restriction="Emergency services only")
    assert cap_error(to_xml, restricted).element == "scope"


def test_cap_error_names_element_and_problem_and_survives_pickling():
    error = cap_error(check, make_alert(identifier="beacon 42"))
    assert isinstance(error, ValueError)
    assert str(error) == f"identifier: {error.problem}"
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (copy.element, copy.problem) == (error.element, error.problem)
