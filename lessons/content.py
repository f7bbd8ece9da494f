"""Lesson content from plain data (texts, lists, quiz questions) to StreamField values, for
loaders and imports that write lessons without the page editor."""

import uuid
from html import escape

from lessons.pictograms import PICTOGRAMS


def list_block(items: list) -> list[dict]:
    """A ListBlock value in Wagtail's current format: every item has its own stable id, which
    wagtail-localize needs to translate items and grading needs to identify choices."""
    return [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in items]


def body_stream(blocks: list) -> list[dict]:
    """StreamField data for body blocks given as (kind, content) pairs or {kind: content}."""

    def value(kind, content):
        if kind == "text":
            return "".join(f"<p>{escape(paragraph, quote=False)}</p>" for paragraph in content)
        if kind == "checklist":
            return {**content, "items": list_block(content["items"])}
        if kind == "steps":
            return {phase: list_block(items) for phase, items in content.items()}
        return content

    pairs = [next(iter(block.items())) if isinstance(block, dict) else block for block in blocks]
    return [{"type": kind, "value": value(kind, content)} for kind, content in pairs]


def quiz_stream(questions: list[dict]) -> list[dict]:
    return [
        {"type": "question", "value": {**question, "choices": list_block(question["choices"])}}
        for question in questions
    ]


def easy_read_stream(items: list[dict]) -> list[dict]:
    """StreamField data for an easy-read page from `{heading: text}` and
    `{pictogram: key, sentence: text}` items; an unknown pictogram is refused by name."""
    stream = []
    for item in items:
        if "heading" in item:
            stream.append({"type": "heading", "value": item["heading"]})
            continue
        if item["pictogram"] not in PICTOGRAMS:
            known = ", ".join(PICTOGRAMS)
            raise ValueError(f"Unknown pictogram {item['pictogram']!r}; use one of: {known}")
        value = {"pictogram": item["pictogram"], "sentence": item["sentence"]}
        stream.append({"type": "sentence", "value": value})
    return stream
