"""The household plan printed: one A4 page and a wallet card, in en, uk and ar, rendered to
images (saved in pytest's temporary directory, `plan-pdf*`, for a reviewer to look at)."""

import json

import pypdfium2
import pytest

from tests.readiness.test_plan import PLAN
from tests.services import unavailable

pytestmark = pytest.mark.django_db

NAMES = {
    "en": ["Ann Example", "Ben Example"],
    "uk": ["Олена Коваленко", "Петро Коваленко"],
    "ar": ["ليلى حداد", "سامي حداد"],
}


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory):
    return tmp_path_factory.mktemp("plan-pdf")


@pytest.fixture
def weasyprint():
    try:
        import weasyprint  # noqa: F401
    except OSError:
        unavailable("the Pango library is missing (apt-get install libpangoft2-1.0-0)")


def plan_in(language: str) -> dict:
    members = [dict(member) for member in PLAN["members"]]
    members[0]["name"], members[1]["name"] = NAMES[language]
    return {**PLAN, "members": members}


def ink_columns(image) -> list[int]:
    """The x of every dark pixel in the top tenth of the page (the title)."""
    width, height = image.size
    pixels = image.load()
    return [x for y in range(height // 10) for x in range(width) if pixels[x, y] < 128]


@pytest.mark.parametrize("language", ["en", "uk", "ar"])
@pytest.mark.parametrize("kind", ["page", "card"])
def test_the_plan_prints_on_one_page(client, weasyprint, artefacts, language, kind):
    response = client.post(
        f"/{language}/plan/print/", {"plan": json.dumps(plan_in(language)), "format": kind}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    document = pypdfium2.PdfDocument(response.content)
    assert len(document) == 1
    image = document[0].render(scale=2).to_pil().convert("L")
    image.save(artefacts / f"plan-{kind}-{language}.png")
    text = document[0].get_textpage().get_text_range()
    assert NAMES[language][0].split()[0] in text
    title = ink_columns(image)
    assert title, "nothing printed at the top"
    middle = sum(title) / len(title) / image.size[0]
    # The title starts at the right margin in Arabic, at the left one otherwise.
    assert middle > 0.5 if language == "ar" else middle < 0.5


def test_the_pdf_is_refused_for_a_bad_plan_or_format(client):
    assert client.post("/en/plan/print/", {"plan": "{", "format": "page"}).status_code == 400
    assert client.post("/en/plan/print/", {"plan": '{"x": 1}'}).status_code == 400
    bad_format = {"plan": json.dumps(PLAN), "format": "poster"}
    assert client.post("/en/plan/print/", bad_format).status_code == 400
    assert client.get("/en/plan/print/").status_code == 405
