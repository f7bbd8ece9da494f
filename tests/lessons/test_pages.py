"""Page models: where pages may live, what editors may save, search, weight and offline support."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from lessons.blocks import QuestionBlock
from lessons.content import body_stream
from lessons.models import CoursePage, EasyReadPage, HomePage, LessonIndexPage, LessonPage
from tests.lessons.fixtures import french

pytestmark = pytest.mark.django_db


def test_allowed_parents():
    assert LessonPage.allowed_parent_page_models() == [LessonIndexPage]
    assert CoursePage.allowed_parent_page_models() == [LessonIndexPage]
    assert LessonIndexPage.allowed_parent_page_models() == [HomePage]
    assert LessonPage.allowed_subpage_models() == [EasyReadPage]
    assert EasyReadPage.allowed_parent_page_models() == [LessonPage]
    assert EasyReadPage.allowed_subpage_models() == []


def test_lesson_cannot_be_created_under_home(home):
    assert not LessonPage.can_create_at(home)


@pytest.mark.parametrize(
    ("kind", "flags", "message"),
    [
        ("single", [False, False], "Mark at least one answer as correct."),
        ("single", [True, True], "exactly one correct answer"),
        ("true_false", [True, False, False], "exactly two answers"),
    ],
)
def test_question_block_rejects_inconsistent_answers(kind, flags, message):
    block = QuestionBlock()
    value = block.to_python(
        {
            "kind": kind,
            "prompt": "Question?",
            "choices": [
                {"text": f"answer {n}", "correct": f, "feedback": "why"}
                for n, f in enumerate(flags)
            ],
        }
    )
    with pytest.raises((StructBlockValidationError, ValidationError)) as error:
        block.clean(value)
    assert message in str(error.value.block_errors["choices"])


def test_every_block_type_renders(client, lesson):
    image = Image.objects.create(title="Kit", file=get_test_image_file())
    video = Document.objects.create(title="Clip", file=ContentFile(b"\x00" * 64, name="clip.mp4"))
    lesson.body = [
        *body_stream(
            [
                ("heading", "Get ready"),
                ("callout", {"kind": "warning", "title": "Careful", "text": "No candles."}),
                ("checklist", {"title": "Kit", "items": ["Water", "Radio"]}),
                ("steps", {"before": ["Plan"], "during": ["Shelter"], "after": ["Check"]}),
            ]
        ),
        {"type": "image", "value": {"image": image.pk, "alt_text": "A packed bag", "caption": ""}},
        {
            "type": "video",
            "value": {"video": video.pk, "title": "How to pack", "transcript": "<p>Words</p>"},
        },
    ]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "<h2>Get ready</h2>" in html
    assert 'class="callout callout--warning"' in html
    assert html.count('type="checkbox" data-item=') == 2
    assert all(f"<h3>{phase}</h3>" in html for phase in ("Before", "During", "After"))
    assert 'alt="A packed bag"' in html
    assert "<video controls" in html and "Transcript" in html


def test_callouts_and_checklists_get_ids_of_their_own(client, lesson):
    """Each callout is a landmark named by its own title, and each checklist keeps its ticks
    under a key of its lesson and block (axe's landmark-unique; ticks leaking between lessons)."""
    lesson.body = body_stream(
        [
            ("callout", {"kind": "warning", "title": "Careful", "text": "No candles."}),
            ("callout", {"kind": "tip", "title": "Copies", "text": "Keep digital copies."}),
            ("checklist", {"title": "Kit", "items": ["Water"]}),
            ("checklist", {"title": "Home", "items": ["Torch"]}),
        ]
    )
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    labels = re.findall(r'<aside class="callout[^"]*" aria-labelledby="([^"]+)"', html)
    ids = re.findall(r'<p class="callout__title" id="([^"]+)"', html)
    assert len(set(labels)) == 2 and labels == ids
    keys = re.findall(r'data-checklist="([^"]+)"', html)
    block_ids = [block.id for block in LessonPage.objects.get(pk=lesson.pk).body[2:]]
    assert keys == [f"{lesson.translation_key}:{block_id}" for block_id in block_ids]


def test_lesson_index_filters_by_hazard(client, lesson):
    index = lesson.get_parent()
    assert "Storm safety" in client.get(index.url, {"hazard": "storm"}).content.decode()
    assert "Storm safety" not in client.get(index.url, {"hazard": "flood"}).content.decode()
    assert client.get(index.url, {"hazard": "nonsense"}).status_code == 200


def test_search_finds_lessons_in_the_current_language_only(client, lesson):
    english = client.get("/en/search/", {"q": "storm"}).content.decode()
    assert "Storm safety" in english
    in_french = client.get("/fr/search/", {"q": "tempête"}).content.decode()
    assert "Sécurité en cas de tempête" in in_french
    assert "Storm safety" not in client.get("/fr/search/", {"q": "storm"}).content.decode()


def test_lesson_page_is_light(client, lesson):
    html = client.get(lesson.url).content
    css = client.get("/static/css/beacon.css")
    scripts = [client.get(f"/static/js/{name}.js") for name in ("beacon", "live-alerts")]
    total = len(html) + sum(len(b"".join(r.streaming_content)) for r in (css, *scripts))
    assert total < 60 * 1024
    assert b"https://" not in html.split(b"<body")[0]  # no third-party fonts or scripts


def test_offline_page_is_translated(client, lesson):
    assert french(lesson)  # French locale exists
    response = client.get("/en/offline/")
    assert response.status_code == 200
    assert "You are offline" in response.content.decode()


def test_home_page_leads_to_the_alerts_the_lessons_and_each_course(client, course):
    main = client.get("/en/").content.decode().split('id="main"')[1]  # past the site's menu
    assert '<a href="/en/lessons/">Lessons</a>' in main
    assert f'<a href="{course.url}">{course.title}</a>' in main
    assert '<a href="/en/alerts/">See all alerts' in main  # the alerts, also without JavaScript
    assert '<a href="/en/alerts/get/">Get alerts</a>' in main
    assert "data-alert-list" in main
