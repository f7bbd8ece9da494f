"""Certificate documents: the PDF a learner downloads, rendered from HTML by WeasyPrint."""

from django.template.loader import render_to_string


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here, usually because the Pango system library is missing."""


def certificate_pdf(*, certificate, request) -> bytes:
    """The certificate as a PDF, in the active language, with the verification QR code."""
    try:
        from weasyprint import HTML  # loads Pango through ctypes; fails without it
    except OSError as exc:
        raise PdfUnavailable(str(exc)) from exc
    html = render_to_string(
        "lessons/certificate_pdf.html", {"certificate": certificate}, request=request
    )
    return HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
