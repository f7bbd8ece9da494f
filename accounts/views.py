"""Sign-up for citizens and educators; signing in is Django's own LoginView (accounts/urls.py)."""

from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.forms import SignupForm
from classes.actions import request_educator_role


def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your account is ready. Your progress so far has been kept."))
        if form.cleaned_data["wants_educator_role"]:
            request_educator_role(user=user)
            messages.info(request, _("An administrator will review your request to run classes."))
        return redirect("lessons:progress")
    return render(request, "registration/signup.html", {"form": form})
