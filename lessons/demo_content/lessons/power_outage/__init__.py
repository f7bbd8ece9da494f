"""Demo lesson: preparing for and coping with a long power cut.

One module per language; "en" is the source text.
"""

from . import ar, en, fr, uk

LESSON = {
    "slug": "power-outage",
    "hazard": "power_outage",
    "pass_mark": 75,
    "content": {"en": en.TEXTS, "fr": fr.TEXTS, "uk": uk.TEXTS, "ar": ar.TEXTS},
}
