"""Admin screen for requests for the educator role; only holders of DECIDE_PERMISSION see it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from classes.actions import ClassActionRefused, decide_educator_request
from classes.models import EducatorRequest

DECIDE_PERMISSION = "classes.change_educatorrequest"


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
        return redirect("classes_educator_requests")
    pending = EducatorRequest.objects.filter(decided_at__isnull=True).select_related("user")
    return TemplateResponse(request, "classes/admin/educator_requests.html", {"pending": pending})
