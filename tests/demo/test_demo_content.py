"""The demo content files (demo/content): complete PO files, and what the loader does with an
incomplete one."""

import json
import logging
import shutil
from io import StringIO

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.html import escape

from demo import lessons as demo_lessons
from demo.lessons import CONTENT, ensure_index, ensure_lesson, read_yaml
from demo.site import ensure_home_pages
from lessons.models import LessonPage

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def source_texts(node) -> set[str]:
    """Every string of a YAML source that a translator sees (quiz keys, block kinds and
    pictogram keys aside)."""
    if isinstance(node, str):
        return {node}
    if isinstance(node, list):
        return {text for item in node for text in source_texts(item)}
    if isinstance(node, dict):
        skip = {"kind", "correct", "slug", "hazard", "pass_mark", "lessons", "pictogram"}
        return {
            text for key, item in node.items() if key not in skip for text in source_texts(item)
        }
    return set()


@pytest.mark.parametrize(
    "po_path", sorted(CONTENT.glob("**/*.po")), ids=lambda p: str(p.relative_to(CONTENT))
)
def test_every_po_file_translates_its_source_and_nothing_else(po_path):
    assert po_path.stem in LANGUAGES - {"en"}
    po = polib.pofile(str(po_path))
    assert po.metadata["Language"] == po_path.stem
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    source = read_yaml(next(po_path.parent.glob("*.yaml")))
    if po_path.parent.name == "home":  # rich text: its segments are the texts between the tags
        return
    assert {entry.msgid for entry in po} == source_texts(source)


@pytest.mark.django_db
def test_a_translation_missing_a_string_is_a_draft_that_names_it(
    tmp_path, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    from demo.site import ensure_home_pages

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    kit_fr = content / "lessons" / "kit" / "fr.po"
    po = polib.pofile(str(kit_fr))
    dropped = po[3]
    po.remove(dropped)
    po.save(str(kit_fr))
    monkeypatch.setattr(demo_lessons, "CONTENT", content)
    with django_capture_on_commit_callbacks(execute=True):
        home = ensure_home_pages()
    with django_capture_on_commit_callbacks(execute=True):
        index = ensure_index(home)
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        kit = ensure_lesson(index, "kit")
    french = LessonPage.objects.get(translation_key=kit.translation_key, locale__language_code="fr")
    german = LessonPage.objects.get(translation_key=kit.translation_key, locale__language_code="de")
    assert not french.live and german.live
    assert "kit [fr] saved as a draft: 1 strings missing" in caplog.text
    assert dropped.msgid[:40] in caplog.text


@pytest.mark.django_db
def test_dump_lessons_prints_every_language_without_block_ids(lesson):
    out = StringIO()
    call_command("dump_lessons", stdout=out)
    pages = {(page["locale"], page["title"]): page for page in json.loads(out.getvalue())}
    english, french = pages["en", "Storm safety"], pages["fr", "Sécurité en cas de tempête"]
    assert english["quiz"][0]["value"]["choices"][0] == {
        "type": "item",
        "value": {"text": "Indoors", "correct": True, "feedback": "Walls protect you."},
    }
    assert french["live"] and '"id"' not in out.getvalue()


@pytest.mark.django_db
def test_demo_lesson_renders_in_each_of_its_languages(client, django_capture_on_commit_callbacks):
    # Translations are published after commit, level by level, as when the demo loader runs.
    with django_capture_on_commit_callbacks(execute=True):
        home = ensure_home_pages()
    with django_capture_on_commit_callbacks(execute=True):
        index = ensure_index(home)
    with django_capture_on_commit_callbacks(execute=True):
        kit = ensure_lesson(index, "kit")
    translations = kit.get_translations(inclusive=True).specific()
    # The kit is the one demo lesson written in every interface language.
    languages = sorted(page.locale.language_code for page in translations)
    assert languages == sorted(code for code, _name in settings.LANGUAGES)
    for page in translations:
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert escape(page.summary) in html
        checklist = next(block for block in page.body if block.block_type == "checklist")
        assert escape(checklist.value["items"][0]) in html
        assert html.count("<fieldset") == len(page.quiz)
