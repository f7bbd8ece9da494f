"""Rules for the texts of a message, shared by every route that writes one."""

import re

# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a warning read
# differently from what was approved, e.g. reversing a street name or a time. The plain marks
# LRM and RLM (U+200E, U+200F), which right-to-left texts need, are kept.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text or "")


# What an alert template may leave for the author to fill in: `{place}` becomes the names of the
# chosen regions, `{time}` the time the author enters. Any other `{...}` is refused, so a typo
# cannot reach citizens as a literal brace.
PLACEHOLDERS = ("place", "time")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def unknown_placeholders(text: str) -> list[str]:
    """The placeholders in `text` other than `{place}` and `{time}`, and any stray brace."""
    unknown = [
        f"{{{name}}}" for name in PLACEHOLDER.findall(text or "") if name not in PLACEHOLDERS
    ]
    stray = [brace for brace in "{}" if brace in PLACEHOLDER.sub("", text or "")]
    return unknown + stray


def open_placeholders(text: str) -> list[str]:
    """The placeholders still waiting to be filled in `text`."""
    return [f"{{{name}}}" for name in PLACEHOLDER.findall(text or "") if name in PLACEHOLDERS]


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    """`text` with each placeholder that has a non-empty value replaced; the others stay."""
    for name, value in values.items():
        if value:
            text = text.replace(f"{{{name}}}", value)
    return text


# Cell broadcast (3GPP TS 23.038, 23.041): a message of up to 15 pages holds 1,395 characters of
# the GSM 7-bit alphabet, or 615 in UCS-2 as soon as one character is outside it. Characters of
# the extension table take two septets. The admin's live counter receives these sets as data.
GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = "\f^{}\\[~]|€"
GSM7_LIMIT = 1395
UCS2_LIMIT = 615


def broadcast_length(text: str) -> tuple[int, int]:
    """(characters counted, limit) of `text` as one cell-broadcast message."""
    if all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text):
        return len(text) + sum(char in GSM7_EXTENSION for char in text), GSM7_LIMIT
    # UCS-2 counts UTF-16 code units: a character beyond the BMP (an emoji) takes two.
    return len(text.encode("utf-16-le")) // 2, UCS2_LIMIT
