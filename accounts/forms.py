"""The sign-up form: an account, and optionally a request for the educator role."""

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _


class SignupForm(UserCreationForm):
    wants_educator_role = forms.BooleanField(
        label=_("I teach a group (school, youth group, training) and want to run classes"),
        required=False,
        help_text=_("An administrator checks and approves this request."),
    )
