"""The map's drawing toolbar in the author's language: Leaflet.draw ships English labels only
(`L.drawLocal`), so area-map.js merges these over them. Only the tools the map offers."""

from django.utils.translation import gettext as _


def draw_labels() -> dict:
    """The part of `L.drawLocal` for polygons, rectangles and circles, and for editing them."""
    return {
        "draw": {
            "toolbar": {
                "actions": {"title": _("Cancel drawing"), "text": _("Cancel")},
                "finish": {"title": _("Finish drawing"), "text": _("Finish")},
                "undo": {"title": _("Delete the last point drawn"), "text": _("Delete last point")},
                "buttons": {
                    "polygon": _("Draw a polygon"),
                    "rectangle": _("Draw a rectangle"),
                    "circle": _("Draw a circle"),
                },
            },
            "handlers": {
                "circle": {
                    "tooltip": {"start": _("Click and drag to draw a circle.")},
                    "radius": _("Radius"),
                },
                "polygon": {
                    "tooltip": {
                        "start": _("Click to start drawing the shape."),
                        "cont": _("Click to continue drawing the shape."),
                        "end": _("Click the first point to close the shape."),
                    }
                },
                "polyline": {"error": _("Error: the edges of a shape cannot cross.")},
                "rectangle": {"tooltip": {"start": _("Click and drag to draw a rectangle.")}},
                "simpleshape": {"tooltip": {"end": _("Release the mouse to finish drawing.")}},
            },
        },
        "edit": {
            "toolbar": {
                "actions": {
                    "save": {"title": _("Save the changes"), "text": _("Save")},
                    "cancel": {
                        "title": _("Cancel editing and discard the changes"),
                        "text": _("Cancel"),
                    },
                    "clearAll": {"title": _("Delete every shape"), "text": _("Delete all")},
                },
                "buttons": {
                    "edit": _("Edit shapes"),
                    "editDisabled": _("No shapes to edit"),
                    "remove": _("Delete shapes"),
                    "removeDisabled": _("No shapes to delete"),
                },
            },
            "handlers": {
                "edit": {
                    "tooltip": {
                        "text": _("Drag the handles to change a shape."),
                        "subtext": _("Click Cancel to undo the changes."),
                    }
                },
                "remove": {"tooltip": {"text": _("Click a shape to delete it.")}},
            },
        },
    }
