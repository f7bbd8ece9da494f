"""Admin pages for the second factor, under /admin/second-factor/.

Who may use them (every view is wrapped in Wagtail's require_admin_access: anonymous visitors go
to the admin login, signed-in users without admin access are refused):
- setup/  an admin user who has no authenticator yet: shows a new secret (QR code and text) and
          confirms it with a first code, then shows the recovery codes once. A user who already has
          one is sent to verify/ (or on, when this session is verified): a password alone never
          replaces an authenticator.
- verify/ an admin user who has an authenticator: takes a TOTP code or a recovery code once per
          session, after the password. A user without one is sent to setup/.
Codes and secrets are marked sensitive, so they never appear in error reports or logs.
"""

import base64

import segno
from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.generic import View
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.auth import require_admin_access

from accounts.second_factor import has_authenticator

AUTHENTICATOR_NAME = "authenticator"
RECOVERY_NAME = "recovery codes"
RECOVERY_CODES = 10
TOTP_DIGITS = 6


def normalise(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def __init__(self, *args, device_error=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device_error = device_error

    def clean_code(self) -> str:
        code = normalise(self.cleaned_data["code"])
        if not code.isalnum():
            raise forms.ValidationError(_("Type the digits or letters of the code only."))
        return code


class SetupForm(CodeForm):
    code = forms.CharField(
        label=_("Six-digit code from the app"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self) -> str:
        code = super().clean_code()
        if not (code.isdigit() and len(code) == TOTP_DIGITS):
            raise forms.ValidationError(
                _("The code has %(digits)s digits.") % {"digits": TOTP_DIGITS}
            )
        return code


def next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def throttled(device) -> bool:
    allowed, _details = device.verify_is_allowed()
    return not allowed


TOO_MANY = _("Too many wrong codes. Wait a minute, then try again.")
WRONG = _("That code is not right. Check the clock of your device and try the newest code.")


@method_decorator([never_cache, require_admin_access], name="dispatch")
@method_decorator(sensitive_post_parameters("code"), name="post")
class SetupView(View):
    template_name = "registration/second_factor_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if has_authenticator(request.user):
            if request.user.is_verified():
                messages.info(request, _("Your authenticator is already set up."))
                return redirect(next_url(request))
            return redirect(f"{reverse('second_factor_verify')}?{request.GET.urlencode()}")
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self) -> TOTPDevice:
        """The unconfirmed device of this user, so reloading the page keeps the same secret."""
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name=AUTHENTICATOR_NAME, confirmed=False
        )

    def get(self, request):
        return self.page(self.pending_device(), SetupForm())

    def post(self, request):
        device = self.pending_device()
        form = SetupForm(request.POST)
        if form.is_valid():
            if throttled(device):
                form.add_error("code", TOO_MANY)
            elif device.verify_token(form.cleaned_data["code"]):
                codes = self.confirm(device)
                response = render(
                    request,
                    "registration/second_factor_recovery_codes.html",
                    {"codes": codes, "next": next_url(request)},
                )
                return response
            else:
                form.add_error("code", WRONG)
        return self.page(device, form)

    @sensitive_variables("codes")
    def confirm(self, device: TOTPDevice) -> list[str]:
        with transaction.atomic():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            StaticDevice.objects.filter(user=device.user).delete()
            recovery = StaticDevice.objects.create(user=device.user, name=RECOVERY_NAME)
            codes = [StaticToken.random_token() for _index in range(RECOVERY_CODES)]
            recovery.token_set.bulk_create(
                [StaticToken(device=recovery, token=code) for code in codes]
            )
        self.request.session.cycle_key()
        otp_login(self.request, device)
        return codes

    @sensitive_variables("secret")
    def page(self, device: TOTPDevice, form: SetupForm):
        secret = base64.b32encode(device.bin_key).decode()
        context = {
            "form": form,
            "next": next_url(self.request),
            "secret_groups": [secret[index : index + 4] for index in range(0, len(secret), 4)],
            "qr_svg": segno.make(device.config_url, error="m").svg_inline(
                scale=5, border=2, omitsize=False
            ),
        }
        return render(self.request, self.template_name, context)


@method_decorator([never_cache, require_admin_access], name="dispatch")
@method_decorator(sensitive_post_parameters("code"), name="post")
class VerifyView(View):
    template_name = "registration/second_factor_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if not has_authenticator(request.user):
            return redirect(f"{reverse('second_factor_setup')}?{request.GET.urlencode()}")
        if request.user.is_verified():
            return redirect(next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(request, self.template_name, {"form": CodeForm(), "next": next_url(request)})

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            error = self.check(form.cleaned_data["code"])
            if error is None:
                return redirect(next_url(request))
            form.add_error("code", error)
        return render(request, self.template_name, {"form": form, "next": next_url(request)})

    @sensitive_variables("code")
    def check(self, code: str):
        """None when a device of this user accepts the code (and the session is then verified)."""
        user = self.request.user
        model = TOTPDevice if code.isdigit() and len(code) == TOTP_DIGITS else StaticDevice
        devices = list(model.objects.devices_for_user(user, confirmed=True))
        if devices and all(throttled(device) for device in devices):
            return TOO_MANY
        for device in devices:
            verified = verify_token(user, device.persistent_id, code)
            if verified is not None:
                self.request.session.cycle_key()
                otp_login(self.request, verified)
                if isinstance(verified, StaticDevice):
                    self.warn_recovery_codes_left(verified)
                return None
        return WRONG

    def warn_recovery_codes_left(self, device: StaticDevice) -> None:
        left = device.token_set.count()
        messages.warning(
            self.request,
            ngettext(
                "You signed in with a recovery code. %(count)s recovery code is left.",
                "You signed in with a recovery code. %(count)s recovery codes are left.",
                left,
            )
            % {"count": left},
        )


urlpatterns = [
    path("setup/", SetupView.as_view(), name="second_factor_setup"),
    path("verify/", VerifyView.as_view(), name="second_factor_verify"),
]
