"""Rules for the texts of a message, shared by every route that writes one."""

import re

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a warning read
# differently from what was approved, e.g. reversing a street name or a time. The plain marks
# LRM and RLM (U+200E, U+200F), which right-to-left texts need, are kept.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text or "")
