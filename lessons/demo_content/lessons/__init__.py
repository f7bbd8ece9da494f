"""Demo lessons, one package per lesson: its `__init__` defines LESSON in this shape, taking each
language's texts from a module of its own (`en.py`, `fr.py`...):

    LESSON = {
        "slug": "72-hour-kit",                 # URL slug of the English page
        "hazard": "household_kit",             # one of lessons.models.Hazard values
        "pass_mark": 75,                       # percent needed to pass the quiz
        "content": {                           # same shape in every language; "en" is the source
            "en": {
                "title": "...",
                "summary": "...",              # one or two sentences
                "body": [                      # blocks in reading order
                    ("text", ["paragraph", "paragraph"]),
                    ("heading", "Section title"),
                    ("callout", {"kind": "warning" | "tip", "title": "...", "text": "..."}),
                    ("checklist", {"title": "...", "items": ["...", "..."]}),
                    ("steps", {"before": ["..."], "during": ["..."], "after": ["..."]}),
                ],
                "quiz": [
                    {
                        "kind": "single" | "multiple" | "true_false",
                        "prompt": "...",
                        "choices": [
                            {"text": "...", "correct": True, "feedback": "why this is right"},
                            {"text": "...", "correct": False, "feedback": "why this is wrong"},
                        ],
                    },
                ],
            },
            "fr": {...}, "uk": {...}, "ar": {...},
        },
    }

Translations must have exactly the shape of "en" (same blocks, same number of paragraphs, items,
questions and choices, in the same order); the loader pairs texts by position and publishes them
as wagtail-localize translations. "correct" is taken from "en" only.
"""
