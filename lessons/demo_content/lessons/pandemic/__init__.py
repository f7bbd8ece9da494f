"""Demo lesson: pandemics and infectious disease, with lessons learnt from COVID-19.

One module per language; "en" is the source text.
"""

from . import ar, en, fr, uk

LESSON = {
    "slug": "pandemic",
    "hazard": "pandemic",
    "pass_mark": 75,
    "content": {"en": en.TEXTS, "fr": fr.TEXTS, "uk": uk.TEXTS, "ar": ar.TEXTS},
}
