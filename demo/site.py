"""Demo site content: locales and the home page in every interface language."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from core import languages
from demo.lessons import CONTENT, read_yaml, translate_everywhere
from lessons.models import HomePage


@transaction.atomic
def ensure_home_pages() -> HomePage:
    """Make the English home page the default site's root and publish its translations.

    Wagtail's placeholder welcome page is removed the first time. Running again refreshes the
    content from the demo texts instead of creating duplicates.
    """
    languages.ensure_locales()
    english = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    # Wagtail's own "Welcome to your new Wagtail site!" placeholder (and its Site), if still there.
    Page.objects.filter(depth=2).not_type(HomePage).delete()
    home = read_yaml(CONTENT / "home" / "page.yaml")
    page = HomePage.objects.filter(locale=english, depth=2).first()
    if page is None:
        page = HomePage(slug=home["slug"], locale=english, title=home["title"])
        page.intro, page.body = home["intro"], home["body"]
        root.add_child(instance=page)
    else:
        page.title, page.intro, page.body = home["title"], home["intro"], home["body"]
    page.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name = "localhost", 80, "Beacon"
    site.root_page = page
    site.save()

    translate_everywhere(page, CONTENT / "home", label="home page")
    return page
