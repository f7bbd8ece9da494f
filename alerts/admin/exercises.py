"""Admin screens of exercises: planning one on a draft, and its report.

Who may use them: planning needs the author role in the message's authority (the action checks
it again, with the message still editable); the report is for members of the authority, like
the review page (superusers see all). A message of another authority is a 404.
"""

from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alerts import actions
from alerts.admin.views import visible_alerts
from alerts.exercises import report
from alerts.models import Exercise


class ExercisePlanForm(forms.Form):
    publish_at = forms.DateTimeField(
        label=gettext_lazy("Publish at"),
        help_text=gettext_lazy("In the time zone of the area."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    lesson = forms.ModelChoiceField(
        queryset=actions.lesson_pages(), required=False, label=gettext_lazy("Linked lesson")
    )
    question = forms.CharField(
        label=gettext_lazy('"What would you do?" question'), max_length=200, required=False
    )
    choices = forms.CharField(
        label=gettext_lazy("Answers to choose from"),
        help_text=gettext_lazy("One answer per line, 2 to 6."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=600,
        required=False,
    )

    def __init__(self, *args, zone: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = ZoneInfo(zone)
        self.fields["lesson"].queryset = actions.lesson_pages().order_by("title")

    def plan(self) -> dict:
        data = self.cleaned_data
        return {
            "publish_at": data["publish_at"].replace(tzinfo=None).replace(tzinfo=self.zone),
            "lesson": data["lesson"],
            "question": data["question"],
            "choices": data["choices"].splitlines(),
        }


def initial_of(exercise: Exercise | None, zone: str) -> dict:
    if exercise is None:
        return {}
    return {
        "publish_at": exercise.publish_at.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M"),
        "lesson": exercise.lesson_id,
        "question": exercise.question,
        "choices": "\n".join(exercise.choices),
    }


def plan(request, pk: int):
    """Make a draft an exercise at a set time, or change its plan (authors)."""
    alert = get_object_or_404(visible_alerts(request.user), pk=pk)
    try:
        actions.require_role(user=request.user, authority=alert.authority, role="author")
    except PermissionDenied as denied:
        return HttpResponseForbidden(str(denied))
    exercise = Exercise.objects.filter(alert=alert).first()
    form = ExercisePlanForm(
        request.POST or None, initial=initial_of(exercise, alert.time_zone), zone=alert.time_zone
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.plan_exercise(alert=alert, user=request.user, **form.plan())
        except PermissionDenied as denied:
            return HttpResponseForbidden(str(denied))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The exercise is planned."))
            return redirect(alert.review_url)
    context = {"alert": alert, "form": form}
    return TemplateResponse(request, "alerts/admin/exercise_plan.html", context)


def exercise_report(request, pk: int):
    """What a published exercise measured, by region and channel."""
    exercise = get_object_or_404(
        Exercise.objects.select_related("alert", "lesson"),
        alert__in=visible_alerts(request.user),
        alert_id=pk,
    )
    context = {"exercise": exercise, "alert": exercise.alert, "report": report(exercise)}
    return TemplateResponse(request, "alerts/admin/exercise_report.html", context)
