"""The fixed set of pictograms that easy-read lessons put to the left of each sentence.

Each one is an SVG file in site/static/pictograms/<key>.svg; its alternative text is a
translatable string, so the image is described in the reader's language.
"""

from django.utils.translation import gettext_lazy as _

PICTOGRAMS = {
    "kit": _("An emergency bag"),
    "water": _("A bottle of drinking water"),
    "food": _("A tin of food"),
    "medicine": _("Medicine"),
    "first_aid": _("A first-aid box"),
    "torch": _("A torch"),
    "radio": _("A radio"),
    "phone": _("A mobile phone"),
    "cash": _("Money: a banknote and coins"),
    "documents": _("Papers and documents"),
    "house": _("A house"),
    "upstairs": _("Stairs going up"),
    "warning": _("Warning sign"),
    "no_water": _("Do not walk into water"),
    "no_car": _("Do not drive into water"),
    "call_112": _("Call the emergency number 112"),
}


def static_path(key: str) -> str:
    """The pictogram's file, relative to the static root."""
    return f"pictograms/{key}.svg"


def choices() -> list[tuple[str, str]]:
    """The pictogram choice of easy-read sentences (a callable, so that rewording an alternative
    text needs no migration)."""
    return list(PICTOGRAMS.items())
