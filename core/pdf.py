"""HTML to PDF with WeasyPrint (Pango shapes Arabic and other scripts; the templates name the
fonts, DejaVu first). One place for the import, which fails where Pango is missing."""


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot run here, usually because the Pango system library is missing."""


def html_to_pdf(html: str, *, base_url: str) -> bytes:
    try:
        from weasyprint import HTML  # loads Pango through ctypes; fails without it
    except OSError as exc:
        raise PdfUnavailable(str(exc)) from exc
    return HTML(string=html, base_url=base_url).write_pdf()
