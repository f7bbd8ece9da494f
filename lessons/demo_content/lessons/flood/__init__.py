"""Demo lesson: flood preparedness, before, during and after.

One module per language; "en" is the source text.
"""

from . import ar, en, fr, uk

LESSON = {
    "slug": "flood",
    "hazard": "flood",
    "pass_mark": 75,
    "content": {"en": en.TEXTS, "fr": fr.TEXTS, "uk": uk.TEXTS, "ar": ar.TEXTS},
}
