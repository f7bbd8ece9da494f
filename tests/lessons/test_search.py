"""`/<lang>/search/`: whatever is typed, the reader gets a page (results, none, or a message)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ['"', '"storm', "\x00", "storm\x00", "a AND", "(", "*", "-"])
def test_any_query_gets_a_page_not_a_server_error(client, lesson, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"Search lessons" in response.content


def test_a_query_with_a_quote_still_finds_what_it_can(client, lesson):
    assert b"Storm safety" in client.get("/en/search/", {"q": '"storm'}).content
