"""Learner pages outside the Wagtail tree: progress, certificates, search."""

import re

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from core import languages
from lessons import certificates
from lessons.learners import learner_for
from lessons.models import Certificate, CoursePage, LessonPage
from lessons.models.progress import normalised_certificate_code
from lessons.search import search_lessons
from lessons.services import (
    CourseNotComplete,
    course_progress,
    issue_certificate,
    lesson_progress,
)

SEARCH_PAGE_SIZE = 10
SEARCH_WORD = re.compile(r"\w+")  # letters and digits of every script


def progress(request):
    """My progress: lessons read, attempts and best scores, courses and certificates."""
    learner = learner_for(request)
    locale = Locale.get_active()
    lessons = LessonPage.objects.live().filter(locale=locale).order_by("title")
    courses = CoursePage.objects.live().filter(locale=locale).order_by("title")
    context = {
        "lessons": lesson_progress(lessons=list(lessons), learner=learner),
        "courses": [
            (course, course_progress(course=course, learner=learner)) for course in courses
        ],
        "is_anonymous": not request.user.is_authenticated,
    }
    return render(request, "lessons/progress.html", context)


@require_POST
def claim_certificate(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 80:
        messages.error(request, _("Enter the name to print, in at most 80 characters."))
        return redirect(course.url)
    try:
        certificate = issue_certificate(course=course, learner=learner_for(request), name=name)
    except CourseNotComplete:
        messages.error(request, _("Pass every quiz of this course first."))
        return redirect(course.url)
    return redirect(certificate.get_absolute_url())


def certificate(request, code: str):
    certificate = get_object_or_404(Certificate, code=normalised_certificate_code(code) or None)
    return render(request, "lessons/certificate.html", {"certificate": certificate})


def certificate_pdf(request, code: str):
    certificate = get_object_or_404(Certificate, code=normalised_certificate_code(code) or None)
    try:
        pdf = certificates.certificate_pdf(certificate=certificate, request=request)
    except certificates.PdfUnavailable:
        message = _("The PDF cannot be made on this server right now. Print this page instead.")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="beacon-certificate-{certificate.code}.pdf"'
    )
    return response


def verify_certificate(request):
    typed = request.GET.get("code", "")[:100].strip()
    code = normalised_certificate_code(typed)
    found = Certificate.objects.filter(code=code).first() if code else None
    context = {"code": code or typed, "found": found}
    return render(request, "lessons/verify_certificate.html", context)


def search_words(text: str) -> str:
    """The words of a query. Quotes, operators and control characters are left out: the search
    backends read them as syntax (an unclosed quote was a database error on SQLite, a NUL one on
    PostgreSQL)."""
    return " ".join(SEARCH_WORD.findall(text[:200]))


def search(request):
    """Search over live lessons in the reader's language only, by the words of that language
    (lessons.search): with or without accents, articles and inflections."""
    query = search_words(request.GET.get("q", ""))
    results = []
    if query:
        locale = Locale.get_active()
        lessons = LessonPage.objects.live().filter(locale=locale)
        results = search_lessons(lessons, query, locale.language_code)
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "lessons/search.html", {"query": query, "results": page})


def not_translated(request, page_id: int):
    """Says plainly that a page is not in the reader's language yet and offers the languages it
    is in (where the language switcher sends a reader asking for a missing translation)."""
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    return render_not_translated(request, languages.original_of(page))


def page_not_found(request, exception):
    """The 404 page; for the address of a page that exists in other languages only, the same
    note and links as `not_translated`. Still a 404 (and noindex): nothing is at this address
    in this language, so search engines and link checkers must not take it for a page; the
    address works by itself once the translation is published."""
    original = languages.page_elsewhere(request)
    if original is None:
        return defaults.page_not_found(request, exception)
    return render_not_translated(request, original, status=404)


def render_not_translated(request, original: Page, *, status: int = 200):
    translations = original.get_translations(inclusive=True).live().select_related("locale")
    context = {
        "original": original,
        "elsewhere": languages.versions(request, translations),
        "language_name": languages.own_name(get_language())["name"],
    }
    return render(request, "lessons/not_translated.html", context, status=status)
