"""Wagtail page models of the public site: the home page, root of each language's tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The front page of Beacon in one language.

    There is one home page per language; translations are made and reviewed with wagtail-localize
    (Translate in the page's menu). Lessons and alert pages are created below it.
    """

    intro = models.TextField(
        _("introduction"), help_text=_("One or two sentences shown under the title.")
    )
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
