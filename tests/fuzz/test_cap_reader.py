"""`cap.parse` reads anything: it returns a message or raises `cap.CapError` (invalid) or
`cap.CapUnsupported` (a valid older document without a CAP 1.2 form), nothing else."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from alerts import cap
from tests.alerts.cap_examples import SAMPLES, VALID_ALERTS
from tests.fuzz.conftest import examples

DOCUMENTS = [path.read_bytes() for path in sorted(SAMPLES.glob("*.xml"))] + [
    cap.to_xml(alert) for alert in VALID_ALERTS.values()
]


def parse_or_cap_error(document: bytes) -> None:
    try:
        cap.parse(document)
    except cap.CapError as error:
        assert error.args  # names the element and the problem
    except cap.CapUnsupported as unsupported:
        assert unsupported.what


def mutated() -> st.SearchStrategy[bytes]:
    return st.sampled_from(DOCUMENTS).flatmap(mutated_from)


@st.composite
def mutated_from(draw, original: bytes) -> bytes:
    """`original` with a few bytes replaced, inserted or removed, or a slice of it repeated."""
    document = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(document)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "repeat"]))
        chunk = draw(st.binary(min_size=1, max_size=8))
        if kind == "replace":
            document[at : at + len(chunk)] = chunk
        elif kind == "insert":
            document[at:at] = chunk
        elif kind == "delete":
            del document[at : at + draw(st.integers(1, 40))]
        else:
            document[at:at] = document[at : at + draw(st.integers(1, 200))]
    return bytes(document)


TEXT_MUTATIONS = [
    (b"<sent>", b"<sent>9999"),
    (b"-00:00</sent>", b"+99:99</sent>"),
    (b"</polygon>", b" 91,181 x,y</polygon>"),
    (b"</circle>", b" -1</circle>"),
    (b"<references>", b"<references>a,b,"),
    (b"<expires>", b"<expires>2026-02-30T25:61:61-00:00"),
    (b"<geocode>", b"<geocode><valueName/>"),
    (b"<info>", b"<info><language>\xff</language>"),
]


EDITED = [
    document.replace(old, new, 1)
    for document in DOCUMENTS
    for old, new in TEXT_MUTATIONS
    if old in document
]


FOUND = [  # what the fuzzers found: a declared encoding Python does not know, or cannot use
    b'<?xml version="1.0" encoding="TF-8"?><alert/>',
    b'<?xml version="1.0" encoding="UTF-32"?><alert/>',
]


@pytest.mark.parametrize("document", FOUND)
def test_what_the_fuzzers_found_is_a_cap_error(document):
    with pytest.raises(cap.CapError, match="unreadable XML"):
        cap.parse(document)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_samples_are_read(document):
    assert cap.parse(document).identifier


@settings(max_examples=examples(300))
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\x00")
@example(b"<alert xmlns='urn:oasis:names:tc:emergency:cap:1.2'/>")
@example(b"<" * 5000)
def test_arbitrary_bytes(document):
    parse_or_cap_error(document)


@settings(max_examples=examples(300))
@given(mutated())
def test_mutated_samples(document):
    parse_or_cap_error(document)


@pytest.mark.parametrize("document", EDITED)
def test_samples_with_values_out_of_range(document):
    parse_or_cap_error(document)


@settings(max_examples=examples(100))
@given(st.sampled_from(EDITED).flatmap(lambda document: mutated_from(document)))
def test_samples_with_values_out_of_range_then_mutated(document):
    parse_or_cap_error(document)
