"""The readiness pages: the household plan, the self-check and the public dashboard, and the
machine interfaces beside them (the signed-in plan, the readiness figures as JSON)."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit.decorators import ratelimit

from core.pdf import PdfUnavailable
from readiness import plan_pdf, plan_schema, services
from readiness.dashboard import dashboard_context
from readiness.figures import readiness_figures
from readiness.forms import SelfCheckForm, followed_place_map
from readiness.models import HouseholdPlan
from readiness.plan_page import plan_context


@require_GET
def plan(request):
    """The household plan editor. The page is the same for everyone (the service worker keeps
    it for offline use); the plan itself lives in the browser and, once signed in, on the
    account through plan_api."""
    return render(request, "readiness/plan.html", plan_context(request))


@require_http_methods(["GET", "PUT"])
def plan_api(request):
    """The signed-in user's plan: GET it, PUT a new one (JSON, CSRF token in X-CSRFToken)."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "sign in to keep a plan on your account"}, status=403)
    if request.method == "PUT":
        try:
            data = plan_schema.parse_plan(request.body)
        except plan_schema.InvalidPlan as error:
            return JsonResponse({"error": str(error)}, status=400)
        saved = services.save_plan(user=request.user, data=data)
        return JsonResponse(plan_json(saved))
    saved = HouseholdPlan.objects.filter(user=request.user).first()
    return JsonResponse(plan_json(saved) if saved else {"plan": None, "updated_at": None})


def plan_json(saved: HouseholdPlan) -> dict:
    return {"plan": saved.data, "updated_at": saved.updated_at.isoformat()}


@require_POST
@ratelimit(key="ip", rate="20/m", block=True)
def plan_document(request):
    """The plan sent in the form field `plan` as a one-page PDF (`format=page`) or a wallet
    card (`format=card`), in the page's language. Nothing is stored."""
    kind = request.POST.get("format", "page")
    if kind not in plan_pdf.FORMATS:
        return HttpResponse(_("Unknown format."), status=400, content_type="text/plain")
    try:
        data = plan_schema.parse_plan(request.POST.get("plan", ""))
    except plan_schema.InvalidPlan:
        message = _("This plan cannot be read. Reload the page and try again.")
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    try:
        pdf = plan_pdf.plan_pdf(plan=data, kind=kind, request=request)
    except PdfUnavailable:
        message = _("The PDF cannot be made on this server right now. Print this page instead.")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="beacon-plan-{kind}.pdf"'
    return response


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate="10/m", method="POST", block=True)
def self_check(request):
    """The anonymous self-check; a sent check only adds to counts (readiness.services)."""
    form = SelfCheckForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        answers = form.answers()
        services.record_self_check(answers=answers, region=form.region(), day=timezone.localdate())
        done = sum(1 for state in answers.values() if state == "done")
        return render(request, "readiness/self_check_done.html", {"done": done})
    context = {"form": form, "place_map": followed_place_map()}
    return render(request, "readiness/self_check.html", context)


@require_GET
def dashboard(request):
    """The whole country's readiness figures, for everyone."""
    return render(request, "readiness/dashboard.html", dashboard_context(readiness_figures()))


@require_GET
def readiness_json(request):
    """The dashboard's figures as JSON, suppressed exactly as on the page."""
    return JsonResponse(readiness_figures(), json_dumps_params={"ensure_ascii": False})
