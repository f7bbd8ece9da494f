"""The JSON API answers anything with a 200/201, or a 4xx with a JSON `error`: never a 500.

`/push/subscribe` and `/push/unsubscribe` get arbitrary bodies (bytes, JSON values, and JSON
shaped like a subscription with any value inside); `/api/alerts/active.json` arbitrary query
strings; `/alerts/cap/<identifier>.xml` arbitrary identifiers. Django's test client raises what
a view raises, so a crash fails the test with its traceback.
"""

import json
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.builders import riverland
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import any_text, json_values, subscribe_bodies, unsubscribe_bodies

pytestmark = pytest.mark.django_db


@pytest.fixture
def regions(db):
    riverland()


def assert_json_answer(response, *, ok=(200, 201)) -> None:
    assert response.status_code in ok or 400 <= response.status_code < 500, response.status_code
    assert response["Content-Type"] == "application/json"
    body = response.json()
    if response.status_code not in ok:
        assert isinstance(body["error"], str) and body["error"]


def post_raw(client, path: str, raw: bytes | str, content_type="application/json"):
    cache.clear()  # the rate limit counts per address; here every example is one client
    return client.post(path, raw, content_type=content_type)


def dumps(value) -> str:
    return json.dumps(value, allow_nan=True)


bodies = (
    st.binary(max_size=300)
    | json_values.map(dumps)
    | st.sampled_from(
        ["[" * 2000 + "]" * 2000, '{"a":' * 600 + "1" + "}" * 600, b"\xed\xa0\x80", "\x00"]
    )
)


@settings(max_examples=examples(40))
@given(body=bodies | subscribe_bodies.map(dumps))
def test_subscribe(client, regions, body):
    assert_json_answer(post_raw(client, "/push/subscribe", body))


@settings(max_examples=examples(25))
@given(body=bodies | unsubscribe_bodies.map(dumps))
def test_unsubscribe(client, regions, body):
    assert_json_answer(post_raw(client, "/push/unsubscribe", body))


@settings(max_examples=examples(10))
@given(
    body=subscribe_bodies.map(dumps),
    content_type=st.sampled_from(["text/plain", "application/x-www-form-urlencoded", ""]),
)
def test_subscribe_with_another_content_type(client, regions, body, content_type):
    assert_json_answer(post_raw(client, "/push/subscribe", body, content_type))


query_strings = (
    st.dictionaries(
        st.sampled_from(["region", "lang", "page", "x"]) | any_text,
        st.sampled_from(["XR-RS-01", "fr", "en", ""]) | any_text,
        max_size=3,
    ).map(lambda data: urlencode(data, encoding="utf-8", errors="surrogatepass"))
    | st.binary(max_size=60).map(lambda raw: quote(raw, safe="=&"))
    | st.text(max_size=60)
)


@settings(max_examples=examples(40))
@given(query=query_strings)
@example(query="region=%00")
@example(query="lang=%00&region=XR-RS-01")
@example(query="region=%ED%A0%80")  # a surrogate's UTF-8 bytes
def test_active_alerts_json(client, regions, query):
    assert_json_answer(client.get("/api/alerts/active.json?" + query))


@settings(max_examples=examples(25))
@given(identifier=any_text.filter(bool))
@example(identifier="\x00")
@example(identifier="..")
def test_cap_xml_of_any_identifier(client, regions, identifier):
    path = "/alerts/cap/" + quote(identifier, safe="", errors="surrogatepass") + ".xml"
    response = client.get(path)
    assert response.status_code in (200, 404)
