"""The drafting form: urgency, severity and certainty are chosen once for the whole message and
written into the text of every language, as CAP repeats them in each info block."""

from wagtail.admin.forms import WagtailAdminModelForm

from alerts.models import AlertInfo

SHARED_INFO_FIELDS = ["urgency", "severity", "certainty"]


class AlertForm(WagtailAdminModelForm):
    urgency = AlertInfo._meta.get_field("urgency").formfield()
    severity = AlertInfo._meta.get_field("severity").formfield()
    certainty = AlertInfo._meta.get_field("certainty").formfield()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = self.instance.infos.first() if self.instance.pk else None
        for field in SHARED_INFO_FIELDS:
            if first is not None:
                self.initial.setdefault(field, getattr(first, field))

    def save(self, commit=True):
        for form in self.formsets["infos"].forms:
            for field in SHARED_INFO_FIELDS:
                setattr(form.instance, field, self.cleaned_data[field])
        return super().save(commit=commit)
