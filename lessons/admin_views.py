"""Admin screen: the translation status of lessons and courses."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from lessons.models import CoursePage, LessonPage
from lessons.translation import translation_status


def lesson_translations(request):
    """Which lessons and courses lack which languages, and which translations await review."""
    context = {
        "languages": settings.LANGUAGES,
        "groups": [
            (_("Lessons"), translation_status(LessonPage.objects.all())),
            (_("Courses"), translation_status(CoursePage.objects.all())),
        ],
    }
    return TemplateResponse(request, "lessons/admin/translations.html", context)
