"""Forms of the class pages: every bad input gets a message that says what to do."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from classes.models import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, Classroom
from lessons.models import CoursePage, LessonPage


class ClassForm(forms.ModelForm):
    class Meta:
        model = Classroom
        fields = ["name", "language", "time_zone"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class AssignmentPageField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        if obj.specific_class is CoursePage:
            return _("Course: %(title)s") % {"title": obj.title}
        return _("Lesson: %(title)s") % {"title": obj.title}


class AssignmentDatesForm(forms.Form):
    """The days that frame an assignment, in the class's time zone, checked to be in order."""

    available_from = forms.DateField(label=_("Available from"), widget=DateInput())
    due_on = forms.DateField(label=_("Due date"), widget=DateInput())
    cut_off_on = forms.DateField(
        label=_("Cut-off date (optional)"),
        required=False,
        widget=DateInput(),
        help_text=_("Work done after this day no longer counts for the class."),
    )

    def clean(self):
        data = super().clean()
        available, due, cut_off = (data.get(k) for k in ("available_from", "due_on", "cut_off_on"))
        if available and due and due < available:
            self.add_error("due_on", _("The due date cannot be before the day it is available."))
        if due and cut_off and cut_off < due:
            self.add_error("cut_off_on", _("The cut-off date cannot be before the due date."))
        return data


class AssignmentForm(AssignmentDatesForm):
    page = AssignmentPageField(queryset=Page.objects.none(), label=_("Lesson or course"))
    field_order = ["page", "available_from", "due_on", "cut_off_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = (
            Page.objects.live()
            .type(LessonPage, CoursePage)
            .filter(locale=Locale.get_active())
            .order_by("-content_type_id", "title")
        )


class JoinCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Class code"),
        max_length=20,
        help_text=_("The 8 letters and digits your educator gave you."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    def clean_code(self) -> str:
        code = "".join(ch for ch in self.cleaned_data["code"].upper() if ch.isalnum())
        if len(code) != JOIN_CODE_LENGTH or not set(code) <= set(JOIN_CODE_ALPHABET):
            raise forms.ValidationError(
                _("A class code has 8 letters and digits, like K7M2QX9P. Check what you typed.")
            )
        return code


def validate_printable(value: str) -> None:
    if not value.isprintable():
        raise forms.ValidationError(_("Use letters, digits and spaces only."))


class PseudonymForm(forms.Form):
    """A nickname and PIN: what a learner without an account is known by in one class."""

    nickname = forms.CharField(
        label=_("Nickname"),
        min_length=2,
        max_length=30,
        help_text=_("Not your real name: the name your educator will see."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        validators=[validate_printable],
    )
    pin = forms.RegexField(
        label=_("PIN"),
        regex=r"^[0-9]{4,8}$",
        error_messages={"invalid": _("A PIN has 4 to 8 digits.")},
        widget=forms.PasswordInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )


class JoinWithNicknameForm(PseudonymForm):
    pin_again = forms.CharField(
        label=_("PIN again"),
        widget=forms.PasswordInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        help_text=_("Remember your PIN: with your nickname, it opens your work on another device."),
    )

    def clean(self):
        data = super().clean()
        if data.get("pin") and data.get("pin") != data.get("pin_again"):
            self.add_error("pin_again", _("The two PINs are different."))
        return data
