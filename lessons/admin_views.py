"""Admin screens: requests for the educator role, and the translation status of lessons."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from lessons.classes_services import ClassActionRefused, decide_educator_request
from lessons.models import CoursePage, EducatorRequest, LessonPage
from lessons.translation import translation_status

DECIDE_PERMISSION = "lessons.change_educatorrequest"


def educator_requests(request):
    """Pending requests with Approve / Decline; POST decides one."""
    if not request.user.has_perm(DECIDE_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        pk = request.POST.get("request", "")
        pending = get_object_or_404(EducatorRequest, pk=int(pk) if pk.isdigit() else 0)
        try:
            decide_educator_request(
                request=pending, approve=request.POST.get("action") == "approve", by=request.user
            )
        except ClassActionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Decision saved."))
        return redirect("lessons_educator_requests")
    pending = EducatorRequest.objects.filter(decided_at__isnull=True).select_related("user")
    return TemplateResponse(request, "lessons/admin/educator_requests.html", {"pending": pending})


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
