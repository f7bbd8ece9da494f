"""The household plan printed: one A4 page, or a wallet card (the size of a bank card, folded
once) with what is needed away from home: meeting points, the contact, who needs what."""

from django.template.loader import render_to_string

from core.pdf import html_to_pdf
from readiness.plan_page import described_plan

FORMATS = {"page": "readiness/plan_pdf.html", "card": "readiness/plan_card_pdf.html"}


def plan_pdf(*, plan: dict, kind: str, request) -> bytes:
    """`plan` (validated by readiness.plan_schema) as a PDF in the active language."""
    html = render_to_string(FORMATS[kind], {"plan": described_plan(plan)}, request=request)
    return html_to_pdf(html, base_url=request.build_absolute_uri("/"))
