"""Unknown pages answer a translated 404, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_page_is_a_translated_404(client, homes):
    response = client.get("/es/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="es" dir="ltr">' in html
    assert "Page not found" not in html
