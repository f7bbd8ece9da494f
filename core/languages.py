"""Which interface languages a reader can have: negotiation on the first visit, and the
translations of the page being read (for the language switcher and hreflang alternates)."""

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import (
    get_language_from_path,
    get_language_info,
    get_supported_language_variant,
    override,
)
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.models import Locale, Page, Site


def live_languages(request) -> set[str]:
    """Languages whose home page is live: the only ones a visitor is sent to unasked."""
    site = Site.find_for_request(request)
    if site is None:
        return {settings.LANGUAGE_CODE}
    homes = site.root_page.get_translations(inclusive=True).live()
    return set(homes.values_list("locale__language_code", flat=True))


def preferred_language(request) -> str:
    """The visitor's choice (language cookie), else the first of their browser's languages that
    is live, else the default language."""
    live = live_languages(request)
    wishes = [request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")]
    wishes += [
        code for code, _q in parse_accept_lang_header(request.headers.get("Accept-Language", ""))
    ]
    for wish in filter(None, wishes):
        try:
            code = get_supported_language_variant(wish)
        except LookupError:
            continue
        if code in live:
            return code
    return settings.LANGUAGE_CODE


def alternates(request, page=None) -> dict[str, str | None]:
    """The URL of what is being read in each interface language; None where a Wagtail page has
    no live translation in that language. Other views render in every language. Worked out once
    per request: the switcher and the hreflang links both ask."""
    known = request.__dict__.setdefault("beacon_alternates", {})
    key = page.pk if isinstance(page, Page) else None
    if key not in known:
        known[key] = find_alternates(request, page)
    return known[key]


def find_alternates(request, page) -> dict[str, str | None]:
    if isinstance(page, Page):
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        urls = {p.locale.language_code: p.get_url(request) for p in translations}
        return {code: urls.get(code) for code, _name in settings.LANGUAGES}
    path = request.get_full_path()
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}


def not_translated_url(page: Page, language: str) -> str:
    """Where the switcher sends a reader asking for a language this page is not in yet."""
    with override(language):
        return reverse("lessons:not_translated", kwargs={"page_id": page.pk})


def own_name(code: str) -> dict[str, str]:
    """A language as a link to it shows it: its code, its own name and its text direction."""
    info = get_language_info(code)
    return {"code": code, "name": info["name_local"], "dir": "rtl" if info["bidi"] else "ltr"}


def in_language_order(pages) -> list[Page]:
    """Translations of one page in the order of settings.LANGUAGES, the default language first."""
    order = [settings.LANGUAGE_CODE] + [code for code, _name in settings.LANGUAGES]
    by_code = {page.locale.language_code: page for page in pages}
    return [by_code[code] for code in dict.fromkeys(order) if code in by_code]


def original_of(page: Page) -> Page:
    """The version to offer instead of a missing translation: the default language's if live,
    else the first live one."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return (next(iter(in_language_order(translations)), None) or page).specific


def versions(request, pages) -> list[dict[str, str]]:
    """Links to the live translations `pages` of one page, for a reader whose language is not
    among them: each with its language's own name and direction, in language order."""
    return [
        {**own_name(page.locale.language_code), "url": page.get_url(request)}
        for page in in_language_order(pages)
    ]


def page_elsewhere(request) -> Page | None:
    """The original of the live page at the requested address in another language, when the
    reader's language has none there: a missing translation, not an unknown address."""
    language = get_language_from_path(request.path_info)
    if language is None or "\x00" in request.path_info:  # no page has it; PostgreSQL refuses it
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    rest = request.path_info[len(language) + 2 :].lstrip("/")
    rest = rest if not rest or rest.endswith("/") else f"{rest}/"
    homes = site.root_page.get_translations(inclusive=True).live()
    found = (
        Page.objects.live()
        .filter(url_path__in=[home.url_path + rest for home in homes])
        .exclude(locale__language_code=language)
        .first()
    )
    return original_of(found) if found else None


def ensure_locales() -> None:
    """A Wagtail locale for every interface language, so pages can be translated into each."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
