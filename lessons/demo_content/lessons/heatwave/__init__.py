"""Demo lesson: heatwaves, who is most at risk, keeping cool and recognising heat stroke.

One module per language; "en" is the source text.
"""

from . import ar, en, fr, uk

LESSON = {
    "slug": "heatwave",
    "hazard": "heat",
    "pass_mark": 75,
    "content": {"en": en.TEXTS, "fr": fr.TEXTS, "uk": uk.TEXTS, "ar": ar.TEXTS},
}
