"""Forms of the drafting screens. The drafting form chooses urgency, severity and certainty once
for the whole message and writes them into the text of every language, as CAP repeats them in
each info block. The "New from template" form chooses which template, for which regions, from
what time."""

from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from alerts.models import AlertInfo, AlertTemplate, Authority, Region

SHARED_INFO_FIELDS = ["urgency", "severity", "certainty"]


class AlertForm(WagtailAdminModelForm):
    urgency = AlertInfo._meta.get_field("urgency").formfield()
    severity = AlertInfo._meta.get_field("severity").formfield()
    certainty = AlertInfo._meta.get_field("certainty").formfield()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Also an unsaved draft started from a template, whose texts carry the template's values.
        first = next(iter(self.instance.infos.all()), None)
        for field in SHARED_INFO_FIELDS:
            if first is not None:
                self.initial.setdefault(field, getattr(first, field))

    def save(self, commit=True):
        for form in self.formsets["infos"].forms:
            for field in SHARED_INFO_FIELDS:
                setattr(form.instance, field, self.cleaned_data[field])
        return super().save(commit=commit)


def authored_authorities(user):
    """The authorities the user writes alerts for: their templates can start an alert."""
    return Authority.objects.filter(members__user=user, members__can_author=True)


class FromTemplateForm(forms.Form):
    template = forms.ModelChoiceField(
        label=_("Template"), queryset=AlertTemplate.objects.none(), empty_label=None
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.none(),
        required=False,
        help_text=_("Their names replace {place}; without regions, {place} stays for you to fill."),
    )
    when = forms.DateTimeField(
        label=_("Time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_("In the regions' local time; replaces {time}. Leave empty to write it later."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        authorities = authored_authorities(user)
        self.fields["template"].queryset = AlertTemplate.objects.filter(
            authority__in=authorities
        ).select_related("authority")
        self.fields["regions"].queryset = Region.objects.filter(
            pk__in=Region.objects.filter(authorities__in=authorities).with_descendants()
        )

    def clean(self):
        """The time typed is wall-clock time where the alert applies: that of its first region."""
        cleaned = super().clean()
        when, regions = cleaned.get("when"), cleaned.get("regions")
        if when and regions:
            zone = ZoneInfo(regions[0].effective_time_zone)
            cleaned["when"] = when.replace(tzinfo=None).replace(tzinfo=zone)
        return cleaned
