"""The easy-read version of a lesson: a page of its own below the lesson."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from lessons.blocks import EasyReadBodyBlock
from lessons.models.shared import SharedWithAnonymousReaders


class EasyReadPage(SharedWithAnonymousReaders, Page):
    """The lesson below which it sits, in easy-read form: short sentences, one idea each, every
    sentence with a pictogram to its left (Leichte Sprache, FALC, easy-to-read conventions).

    A page of its own so that each language's easy-read text is translated on its own: a language
    without one simply has none, and the lesson's translation never waits for these strings.
    """

    body = StreamField(EasyReadBodyBlock(), verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["lessons.LessonPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "lessons/easy_read_page.html"

    class Meta:
        verbose_name = _("easy-read version")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(standard=self.get_parent().specific, easy_read=self)
        return context
