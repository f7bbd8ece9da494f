"""Template tags for the site shell's language handling (switcher, hreflang, text direction)
and filters that format dates, times and numbers for the reader (see lessons.l10n)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_bidi, get_language_info
from wagtail.models import Page

from lessons import l10n

register = template.Library()


def _page_urls_by_language(page: Page, request) -> dict[str, str]:
    """Live translations of a Wagtail page, keyed by language code."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {p.locale.language_code: p.get_url(request) for p in translations}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in every interface language.

    On a Wagtail page the link goes to that page's live translation; elsewhere the current URL is
    re-prefixed with the other language.
    """
    request = context["request"]
    page = context.get("page")
    page_urls = _page_urls_by_language(page, request) if isinstance(page, Page) else {}
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = page_urls.get(code) or translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "current": code == current,
                "dir": "rtl" if info["bidi"] else "ltr",
            }
        )
    return {"links": links}


@register.simple_tag
def text_direction() -> str:
    return "rtl" if get_language_bidi() else "ltr"


@register.filter
def when(value, zone: str = ""):
    """`{{ alert.sent|when:alert.time_zone }}`: date, time and zone name in the reader's locale."""
    return l10n.format_when(value, zone=zone or None) if value else ""


@register.filter
def day(value):
    return l10n.format_day(value) if value else ""


@register.filter
def relative(value):
    """`{{ info.expires|relative }}`: "in 2 hours", "vor 3 Tagen"..."""
    return l10n.format_relative(value) if value else ""


@register.filter
def number(value):
    return l10n.format_number(value) if value is not None else ""


@register.filter
def percentage(value):
    return l10n.format_percentage(value) if value is not None else ""
