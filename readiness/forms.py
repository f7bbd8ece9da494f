"""The readiness self-check: the 12 actions, each done, planned or not yet, and an optional
region-level place."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import Region
from readiness.preparedness import ACTIONS, DONE, PLANNED
from readiness.selfcheck_figures import region_level_places
from readiness.services import region_level

NOT_YET = "no"
ANSWERS = [(DONE, _("Done")), (PLANNED, _("Planned")), (NOT_YET, _("Not yet"))]


class SelfCheckForm(forms.Form):
    place = forms.ChoiceField(label=_("Where do you live? (optional, region only)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = [("", _("I'd rather not say"))] + [
            (region.code, region.name) for region in region_level_places()
        ]
        for action, label in ACTIONS.items():
            self.fields[action] = forms.ChoiceField(
                label=label, choices=ANSWERS, widget=forms.RadioSelect, initial=NOT_YET
            )

    def action_fields(self):
        return [self[action] for action in ACTIONS]

    def answers(self) -> dict[str, str]:
        return {
            action: self.cleaned_data[action]
            for action in ACTIONS
            if self.cleaned_data[action] != NOT_YET
        }

    def region(self) -> Region | None:
        code = self.cleaned_data["place"]
        return Region.objects.get(code=code) if code else None


def followed_place_map() -> dict[str, str]:
    """Every region's code mapped to its region-level place, for the script that suggests the
    place this browser follows for alerts."""
    mapping = {}
    for region in Region.objects.select_related("parent__parent__parent"):
        place = region_level(region)
        if place is not None:
            mapping[region.code] = place.code
    return mapping
