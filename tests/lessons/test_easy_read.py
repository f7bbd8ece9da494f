"""Easy-read pages: one per lesson, how their content is checked, and the lesson's switch to
them, which appears only for a live easy-read version in the lesson's own language."""

import pytest

from lessons.content import easy_read_stream
from lessons.models import EasyReadPage
from tests.lessons.fixtures import french

SENTENCES = [
    {"heading": "Your kit"},
    {"pictogram": "water", "sentence": "Each person needs 2 litres of water every day."},
    {"pictogram": "torch", "sentence": "Use a torch and not a candle."},
]


def add_easy_read(lesson, *, publish: bool = True) -> EasyReadPage:
    page = EasyReadPage(
        title="Easy read", slug="easy-read", body=easy_read_stream(SENTENCES), live=False
    )
    lesson.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def test_an_unknown_pictogram_is_refused_by_name():
    with pytest.raises(ValueError, match="Unknown pictogram 'umbrella'; use one of: kit, water"):
        easy_read_stream([{"pictogram": "umbrella", "sentence": "Take an umbrella."}])


@pytest.mark.django_db
def test_a_lesson_has_at_most_one_easy_read_version(lesson):
    assert EasyReadPage.can_create_at(lesson)
    add_easy_read(lesson)
    assert not EasyReadPage.can_create_at(lesson)


@pytest.mark.django_db
def test_the_switch_links_both_versions_where_an_easy_read_version_exists(client, lesson):
    easy_read = add_easy_read(lesson)
    html = client.get(lesson.url).content.decode()
    assert f'<a href="{lesson.url}" aria-current="page">Standard version</a>' in html
    assert f'<a href="{easy_read.url}">Easy read</a>' in html

    html = client.get(easy_read.url).content.decode()
    assert f'<a href="{lesson.url}">Standard version</a>' in html
    assert f'<a href="{easy_read.url}" aria-current="page">Easy read</a>' in html
    assert 'src="/static/pictograms/water.svg" alt="A bottle of drinking water"' in html
    assert "Use a torch and not a candle." in html


@pytest.mark.django_db
def test_no_switch_without_a_live_easy_read_version_in_the_lessons_language(
    client, lesson, django_capture_on_commit_callbacks
):
    add_easy_read(lesson, publish=False)
    assert "version-switch" not in client.get(lesson.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # publishing ends the shared copy
        EasyReadPage.objects.get().save_revision().publish()
    assert "version-switch" in client.get(lesson.url).content.decode()
    assert "version-switch" not in client.get(french(lesson).url).content.decode()
