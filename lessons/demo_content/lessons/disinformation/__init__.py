"""Demo lesson: recognising disinformation, rumours and scams during a crisis.

One module per language; "en" is the source text.
"""

from . import ar, en, fr, uk

LESSON = {
    "slug": "disinformation",
    "hazard": "cyber_disinformation",
    "pass_mark": 75,
    "content": {"en": en.TEXTS, "fr": fr.TEXTS, "uk": uk.TEXTS, "ar": ar.TEXTS},
}
