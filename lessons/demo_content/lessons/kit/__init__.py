"""Demo lesson: the 72-hour household emergency kit.

One module per language; "en" is the source text.
"""

from . import ar, de, en, es, fr, it, pl, uk

LESSON = {
    "slug": "72-hour-kit",
    "hazard": "household_kit",
    "pass_mark": 75,
    "content": {
        "en": en.TEXTS,
        "fr": fr.TEXTS,
        "uk": uk.TEXTS,
        "ar": ar.TEXTS,
        "de": de.TEXTS,
        "pl": pl.TEXTS,
        "es": es.TEXTS,
        "it": it.TEXTS,
    },
}
