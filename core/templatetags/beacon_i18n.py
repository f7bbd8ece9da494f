"""Template tags for the site shell's language handling (switcher, hreflang, text direction)
and filters that format dates, times and numbers for the reader (see core.l10n)."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi

from core import l10n, languages

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to what is being read in every interface language. Where a page has no live
    translation yet, the link leads to a page that says so and offers the original."""
    request, page = context["request"], context.get("page")
    urls = languages.alternates(request, page)
    current = get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        links.append(
            {
                **languages.own_name(code),
                "url": urls[code] or languages.not_translated_url(page, code),
                "missing": urls[code] is None,
                "current": code == current,
            }
        )
    return {"links": links}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """`<link rel="alternate" hreflang>` for every translation of what is being read, and
    `x-default`: the default language's version, else the first one there is."""
    request = context["request"]
    urls = {
        code: request.build_absolute_uri(url)
        for code, url in languages.alternates(request, context.get("page")).items()
        if url
    }
    default = urls.get(settings.LANGUAGE_CODE) or next(iter(urls.values()), None)
    return {"alternates": urls.items(), "default": default}


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
def names(values):
    """`{{ regions|names }}`: names joined as the reader's language lists them, each isolated
    in <bdi> so a Latin place name keeps its direction inside Arabic."""
    isolated = [format_html("<bdi>{}</bdi>", str(value)) for value in values]
    return mark_safe(l10n.format_names(isolated))  # noqa: S308 - every item escaped above


@register.filter
def number(value):
    return l10n.format_number(value) if value is not None else ""


@register.filter
def percentage(value):
    return l10n.format_percentage(value) if value is not None else ""


@register.filter
def bdi(value) -> str:
    """`value` isolated in <bdi>: a name or code in another script inside a translated sentence
    keeps its own direction, and the sentence's punctuation stays where the sentence puts it."""
    return format_html("<bdi>{}</bdi>", value)
