"""The text a cell broadcast carries, with a live count of its characters against the limit."""

import json

from django import forms
from django.utils.translation import gettext as _

from alerts.models.text import GSM7_BASIC, GSM7_EXTENSION, GSM7_LIMIT, UCS2_LIMIT


class BroadcastTextarea(forms.Textarea):
    """A textarea that hands the browser the GSM-7 alphabet and both limits as data, so
    broadcast-count.js counts as `alerts.models.text.broadcast_length` does without a copy."""

    template_name = "alerts/admin/widgets/broadcast_textarea.html"

    class Media:
        js = ["js/broadcast-count.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"].update(
            {
                # JSON: HTML parsing would turn the alphabet's carriage return into a line feed
                "data-gsm7-basic": json.dumps(GSM7_BASIC),
                "data-gsm7-extension": json.dumps(GSM7_EXTENSION),
                "data-gsm7-limit": GSM7_LIMIT,
                "data-ucs2-limit": UCS2_LIMIT,
                "data-count-text": _("%(count)s of %(limit)s characters in one cell broadcast"),
            }
        )
        return context
