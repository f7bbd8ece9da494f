"""`/<lang>/alerts/verify/`: anyone checks whether a CAP message is authentic and unaltered.

A reader pastes or uploads a CAP document, or types an alert identifier. A document is checked
against the certificate of this Beacon and those of the trust store (alerts.cap.signing); an
identifier is looked up among the public alerts published here. POSTs are limited per client
address, like the other public forms.
"""

from dataclasses import dataclass

from django import forms
from django.shortcuts import render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from alerts import cap
from alerts.cap import keys, signing
from alerts.models import Alert
from alerts.public.payloads import shown_in

MAX_DOCUMENT_BYTES = 256 * 1024
VERIFY_RATE = "20/m"
CAP_NAMESPACES = ("urn:oasis:names:tc:emergency:cap:1.",)


class VerifyForm(forms.Form):
    document = forms.CharField(
        label=gettext_lazy("Paste the CAP message (XML)"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "ltr", "spellcheck": "false"}),
    )
    upload = forms.FileField(label=gettext_lazy("Or choose a CAP file"), required=False)
    identifier = forms.CharField(
        label=gettext_lazy("Or type the alert's identifier"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )

    def clean(self):
        data = super().clean()
        given = [name for name in ("document", "upload", "identifier") if data.get(name)]
        if len(given) != 1 and not self.errors:
            raise forms.ValidationError(
                _("Give one thing to check: a pasted message, a file, or an identifier.")
            )
        return data

    def clean_document(self) -> bytes:
        document = self.cleaned_data["document"].encode()
        if len(document) > MAX_DOCUMENT_BYTES:
            raise too_large()
        return document

    def clean_upload(self) -> bytes:
        upload = self.cleaned_data["upload"]
        if upload and upload.size > MAX_DOCUMENT_BYTES:
            raise too_large()
        return upload.read() if upload else b""


def too_large() -> forms.ValidationError:
    return forms.ValidationError(
        _("This is larger than %(size)s KB: a CAP message is much smaller.")
        % {"size": MAX_DOCUMENT_BYTES // 1024}
    )


@dataclass(frozen=True)
class Verdict:
    outcome: str  # a signing.Outcome, or "beacon" for authentic messages of this Beacon
    signer: str
    sender: str
    identifier: str
    sent: str


def verdict(document: bytes) -> Verdict:
    """Who signed the document and whether it changed since (CapError when it cannot be read).

    A signed document that is no longer well-formed XML was altered too: Beacon and every
    signer write well-formed XML, and a signature only exists on a parsed document.
    """
    beacon = keys.identity()
    try:
        check = signing.check(document, trusted=[beacon.cert_pem, *keys.trusted_senders()])
    except cap.CapError as error:
        if "DTD/entity" in error.problem or signing.DSIG_NS.encode() not in document:
            raise
        return Verdict(str(signing.Outcome.ALTERED), "", "", "", "")
    if check.outcome == signing.Outcome.ALTERED:  # nothing in it can be relied on, not even these
        return Verdict(str(check.outcome), "", "", "", "")
    outcome = check.outcome
    if outcome == signing.Outcome.AUTHENTIC and check.fingerprint == beacon.fingerprint:
        outcome = "beacon"
    return Verdict(str(outcome), check.signer, **header_fields(document))


def header_fields(document: bytes) -> dict[str, str]:
    """Sender, identifier and sent of a CAP alert of any version (CapError when it is none)."""
    root = signing.safe_root(document)
    namespace, _brace, name = root.tag[1:].partition("}")
    if name != "alert" or not namespace.startswith(CAP_NAMESPACES):
        raise cap.CapError("alert", "not a CAP alert")
    return {
        field: (root.findtext(f"{{{namespace}}}{field}") or "").strip()
        for field in ("sender", "identifier", "sent")
    }


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=VERIFY_RATE, method="POST", block=False)
def verify(request):
    """Anyone: check a CAP message or an identifier (no account; CSRF-protected POST)."""
    if request.method != "POST":
        return page(request, VerifyForm())
    form = VerifyForm(request.POST, request.FILES)
    if getattr(request, "limited", False):
        form.is_valid()
        form.errors.clear()
        form.add_error(
            None, _("Too many checks from your connection. Wait a minute, then try again.")
        )
        return page(request, form, status=429)
    if not form.is_valid():
        return page(request, form, status=400)
    if form.cleaned_data["identifier"]:
        return by_identifier(request, form)
    try:
        result = verdict(form.cleaned_data["document"] or form.cleaned_data["upload"])
    except cap.CapError as error:
        form.add_error(None, unreadable(error))
        return page(request, form, status=400)
    return page(request, form, verdict=result)


def by_identifier(request, form):
    identifier = form.cleaned_data["identifier"]
    alert = (
        Alert.objects.public()
        .select_related("authority")
        .prefetch_related("infos", "regions__parent__parent")
        .filter(identifier=identifier)
        .first()
    )
    if alert is None:
        form.add_error("identifier", _("No alert with this identifier was published here."))
        return page(request, form, status=404)
    return page(request, form, found=shown_in(alert, get_language()))


def unreadable(error: cap.CapError) -> str:
    if "DTD/entity" in error.problem:
        return _(
            "This document declares a DTD or entities, which CAP messages never contain. "
            "It was not checked."
        )
    if error.problem == "not a CAP alert":
        return _("This is XML, but not a CAP alert. Nothing was checked.")
    return _("This is not a readable XML document. Check that you copied the whole message.")


def page(request, form, *, status: int = 200, **context):
    return render(request, "alerts/verify.html", {"form": form, **context}, status=status)
