"""Wagtail page models of the public site: home, lessons index, lessons and courses."""

import math
import operator
from dataclasses import dataclass, field
from functools import reduce

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import languages
from lessons import grading, hazards, quiz_views, search, services
from lessons.blocks import LessonBodyBlock, QuizBlock
from lessons.learners import learner_for
from lessons.models.easy_read import EasyReadPage
from lessons.models.shared import SharedWithAnonymousReaders

WORDS_PER_MINUTE = 200
SEARCHED_FIELDS = {"title", "summary", "body", "quiz", "locale"}  # what search_text is made of


class Hazard(models.TextChoices):
    FLOOD = "flood", _("Flood")
    HEAT = "heat", _("Heat")
    STORM = "storm", _("Storm")
    WILDFIRE = "wildfire", _("Wildfire")
    POWER_OUTAGE = "power_outage", _("Power outage")
    WATER_SUPPLY = "water_supply", _("Water supply")
    PANDEMIC = "pandemic", _("Pandemic and health")
    CHEMICAL_NUCLEAR = "chemical_nuclear", _("Chemical and nuclear")
    CYBER_DISINFORMATION = "cyber_disinformation", _("Cyber and disinformation")
    EVACUATION = "evacuation", _("Evacuation")
    FIRST_AID = "first_aid", _("First aid")
    HOUSEHOLD_KIT = "household_kit", _("Household kit")


class HomePage(SharedWithAnonymousReaders, Page):
    """The front page of Beacon in one language.

    There is one home page per language; translations are made and reviewed with wagtail-localize
    (Translate in the page's menu). The lessons index is created below it.
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lessons_index=LessonIndexPage.objects.child_of(self).live().first(),
            courses=CoursePage.objects.descendant_of(self).live().specific().order_by("title"),
        )
        return context


@dataclass(frozen=True)
class Listed:
    """One entry of the lessons index: the page in the reader's language, or where it has no
    translation yet, its original and links to the languages it is in."""

    page: Page
    elsewhere: list[dict[str, str]] = field(default_factory=list)


def by_title(entry: Listed) -> str:
    return entry.page.title.casefold()


class LessonIndexPage(SharedWithAnonymousReaders, Page):
    """The list of lessons and courses, filterable by hazard. One per language, below home.

    A lesson or course not yet translated into this page's language is listed too, in its
    original language, with links to the languages it is in.
    """

    intro = models.TextField(_("introduction"), blank=True)
    shared_params = ("hazard",)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["lessons.HomePage"]
    subpage_types = ["lessons.LessonPage", "lessons.CoursePage"]

    class Meta:
        verbose_name = _("lessons index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = self.listing(LessonPage, request)
        hazard = request.GET.get("hazard", "")
        present = {entry.page.hazard for entry in lessons}
        if hazard in Hazard.values:
            lessons = [entry for entry in lessons if entry.page.hazard == hazard]
        context.update(
            lessons=lessons,
            courses=self.listing(CoursePage, request),
            hazards=[(value, label) for value, label in Hazard.choices if value in present],
            current_hazard=hazard if hazard in Hazard.values else "",
            language_name=languages.own_name(self.locale.language_code)["name"],
        )
        return context

    def listing(self, model, request) -> list[Listed]:
        """Live `model` pages below this index in every language, by title: those in this
        page's language first, then the others (one entry per page, not per translation)."""
        indexes = self.get_translations(inclusive=True)
        below = reduce(operator.or_, (model.objects.child_of_q(index) for index in indexes))
        translations: dict = {}
        for page in model.objects.live().filter(below).select_related("locale"):
            translations.setdefault(page.translation_key, []).append(page)
        here, elsewhere = [], []
        for pages in translations.values():
            own = [page for page in pages if page.locale_id == self.locale_id]
            if own:
                here.append(Listed(own[0]))
            else:
                ordered = languages.in_language_order(pages)
                elsewhere.append(Listed(ordered[0], languages.versions(request, ordered)))
        return sorted(here, key=by_title) + sorted(elsewhere, key=by_title)


class LessonPage(RoutablePageMixin, Page):
    """A short lesson on one hazard, optionally ending with a quiz graded on the server."""

    hazard = models.CharField(_("hazard"), max_length=32, choices=Hazard.choices)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences."))
    body = StreamField(LessonBodyBlock(), verbose_name=_("content"))
    quiz = StreamField(QuizBlock(), blank=True, verbose_name=_("quiz"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=grading.DEFAULT_PASS_MARK,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    # The words the lesson is found by in its language (lessons.search), refreshed on save.
    search_text = models.TextField(editable=False, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hazard"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("quiz"),
        FieldPanel("pass_mark"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = ["lessons.EasyReadPage"]
    template = "lessons/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            standard=self,
            easy_read=self.easy_read_version(),
            current_alerts=hazards.current_alerts(self.hazard, self.locale.language_code),
        )
        return context

    def easy_read_version(self) -> EasyReadPage | None:
        """The live easy-read version of this lesson in its language, if there is one."""
        return EasyReadPage.objects.child_of(self).live().filter(locale=self.locale_id).first()

    def save(self, *args, **kwargs):
        """Refreshes `search_text` with the content saved: publishing (an editor's or a
        wagtail-localize translation's) saves the page, a draft revision does not."""
        update_fields = kwargs.get("update_fields")
        if update_fields is None or SEARCHED_FIELDS.intersection(update_fields):
            if self.locale_id is None:  # a new page takes its parent's language, as Wagtail does
                self.locale = self.get_default_locale()
            self.search_text = search.lesson_search_text(self)
            if update_fields is not None:
                kwargs["update_fields"] = [*update_fields, "search_text"]
        return super().save(*args, **kwargs)

    @property
    def reading_minutes(self) -> int:
        words = len(strip_tags(self.body.render_as_block()).split()) + len(self.summary.split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def quiz_definition(self) -> grading.Quiz | None:
        """The quiz as grading sees it, in this page's language; None if there is no quiz."""
        questions = tuple(
            grading.Question(
                id=str(block.id),
                kind=block.value["kind"],
                prompt=block.value["prompt"],
                choices=tuple(
                    grading.Choice(
                        id=str(choice.id),
                        text=choice.value["text"],
                        correct=bool(choice.value["correct"]),
                        feedback=choice.value["feedback"],
                    )
                    for choice in block.value["choices"].bound_blocks
                ),
            )
            for block in self.quiz
        )
        if not questions:
            return None
        return grading.Quiz(key=self.translation_key, pass_mark=self.pass_mark, questions=questions)

    @path("")
    def lesson(self, request):
        return quiz_views.serve_lesson(request, self)

    @path("session/")
    def session(self, request):
        return quiz_views.serve_session(request, self)

    def answer_untokened_post(self, request, view=None, args=(), kwargs=None):
        """The quiz sent from the shared page without the reader's tokens (core/csrf_failure.py):
        the lesson again for this reader, answers kept. Only the lesson's own address has a form."""
        if view != self.lesson:
            return None
        return quiz_views.answer_again(request, self)

    @path("result/<int:attempt_id>/")
    def result(self, request, attempt_id: int):
        return quiz_views.serve_result(request, self, attempt_id)


class CoursePage(SharedWithAnonymousReaders, Page):
    """An ordered set of lessons. Passing every lesson's quiz earns a certificate."""

    summary = models.TextField(_("summary"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), InlinePanel("course_lessons")]
    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = []
    template = "lessons/course_page.html"

    class Meta:
        verbose_name = _("course")

    def lessons(self) -> list[LessonPage]:
        """The course's live lessons in order, in this page's language where translated."""
        lessons = []
        for item in self.course_lessons.select_related("lesson"):
            lesson = item.lesson.specific
            translated = lesson.get_translation_or_none(self.locale)
            lesson = translated.specific if translated and translated.live else lesson
            if lesson.live:
                lessons.append(lesson)
        return lessons

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["progress"] = services.course_progress(course=self, learner=learner_for(request))
        return context


class CourseLesson(Orderable):
    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_lessons")
    lesson = models.ForeignKey(
        LessonPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )

    panels = [PageChooserPanel("lesson")]
