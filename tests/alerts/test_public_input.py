"""The public alert interfaces answer any URL with a page, a 4xx or JSON: never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/alerts/active.json?region=%00", 400),
        ("/api/alerts/active.json?region=XR%00", 400),
        ("/api/alerts/active.json?lang=%00", 400),
        ("/en/alerts/?region=%00", 400),
        ("/alerts/cap/%00.xml", 404),
        ("/en/alerts/a%00b/", 404),
    ],
)
def test_nul_characters_in_urls_are_refused(client, regions, url, status):
    assert client.get(url).status_code == status
