"""Certificate documents: the PDF a learner downloads, rendered from HTML by WeasyPrint."""

from django.template.loader import render_to_string

from core.pdf import PdfUnavailable, html_to_pdf

__all__ = ["PdfUnavailable", "certificate_pdf"]


def certificate_pdf(*, certificate, request) -> bytes:
    """The certificate as a PDF, in the active language, with the verification QR code."""
    html = render_to_string(
        "lessons/certificate_pdf.html", {"certificate": certificate}, request=request
    )
    return html_to_pdf(html, base_url=request.build_absolute_uri("/"))
