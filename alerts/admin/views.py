"""Admin screens for authorities: drafting, the four-eyes review page, history, exercise mode.

Who may use them: members of an authority see its messages only (superusers see all); drafting
needs the author role, approving the approver role; every change goes through `alerts.actions`,
which checks again. A message of another authority is a 404, not a 403, so its existence leaks
no more than its content.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.admin.widgets.button import HeaderButton

from alerts import actions
from alerts.admin.forms import FromTemplateForm
from alerts.delivery.reach import pages_told, reach_of
from alerts.delivery.webpush.plan import counts as delivery_counts
from alerts.delivery.webpush.plan import delivery_lag
from alerts.models import Alert, AlertDelivery, AlertEvent, Authority


def authorities_of(user):
    if user.is_superuser:
        return Authority.objects.all()
    return Authority.objects.filter(members__user=user)


def visible_alerts(user):
    """Messages of the user's authorities (all of them for superusers)."""
    return Alert.objects.filter(authority__in=authorities_of(user))


class ActionFormMixin:
    """Saving goes through `actions.save_draft`; what it refuses becomes a form error."""

    def save_instance(self):
        alert = actions.save_draft(form=self.form, user=self.request.user)
        if self.form.simplification:
            messages.warning(self.request, self.form.simplification)
        return alert

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error(None, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)

    def get_success_url(self):
        return self.object.review_url


class AlertIndexView(IndexView):
    def get_base_queryset(self):
        return visible_alerts(self.request.user).prefetch_related("infos", "regions__parent")

    @property
    def header_buttons(self):
        """Approvers reach the exercise-mode switch of each of their authorities."""
        memberships = self.request.user.authority_memberships.filter(can_approve=True)
        return [
            *super().header_buttons,
            *(
                HeaderButton(
                    _("Exercise mode: %(authority)s") % {"authority": m.authority},
                    url=reverse("alerts_exercise_mode", args=[m.authority_id]),
                    icon_name="cog",
                )
                for m in memberships.select_related("authority")
            ),
            HeaderButton(
                _("New from template"), url=reverse("alerts_from_template"), icon_name="doc-full"
            ),
        ]


class AlertCreateView(ActionFormMixin, CreateView):
    def get(self, request, *args, **kwargs):
        if "template" in request.GET and not self.from_template.is_valid():
            return redirect(f"{reverse('alerts_from_template')}?{request.GET.urlencode()}")
        return super().get(request, *args, **kwargs)

    @cached_property
    def from_template(self) -> FromTemplateForm | None:
        """The template choice in the query, kept in the form's address so the POST starts
        from the same template and authority."""
        if "template" not in self.request.GET:
            return None
        return FromTemplateForm(self.request.GET, user=self.request.user)

    def get_add_url(self):
        query = f"?{self.request.GET.urlencode()}" if self.from_template is not None else ""
        return super().get_add_url() + query

    def get_initial_form_instance(self):
        if self.from_template is not None:
            if not self.from_template.is_valid():
                raise PermissionDenied(_("Choose one of your authority's templates."))
            data = self.from_template.cleaned_data
            return actions.draft_from_template(
                template=data["template"],
                user=self.request.user,
                regions=list(data["regions"]),
                when=data["when"],
            )
        member = self.request.user.authority_memberships.filter(can_author=True).first()
        if member is None:
            raise PermissionDenied(_("You do not write alerts for any authority."))
        return actions.new_alert(authority=member.authority, user=self.request.user)


class AlertEditView(ActionFormMixin, EditView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_alerts(self.request.user), pk=self.kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        alert = self.get_object()
        if alert.state not in actions.EDITABLE_STATES:
            messages.error(request, _("Submitted and published messages cannot be edited."))
            return redirect(alert.review_url)
        actions.require_role(user=request.user, authority=alert.authority, role="author")
        return super().dispatch(request, *args, **kwargs)


def approve(alert: Alert, user, post) -> Alert:
    """The approver must have confirmed the reach shown on the review page."""
    if post.get("confirm_reach") != "1":
        raise ValidationError(
            _("Tick the confirmation of how many devices this alert reaches, then approve.")
        )
    return actions.approve_alert(alert=alert, user=user)


ACTIONS = {
    "submit": lambda alert, user, post: actions.submit_alert(alert=alert, user=user),
    "approve": approve,
    "reject": lambda alert, user, post: actions.reject_alert(
        alert=alert, user=user, reason=post.get("reason", "")
    ),
}


def review(request, pk: int):
    """One message: its content, missing languages, state, and the actions this user may take."""
    alert = get_object_or_404(visible_alerts(request.user), pk=pk)
    if request.method == "POST":
        return act(request, alert)
    languages = {info.language for info in alert.infos.all()}
    member = actions.membership(user=request.user, authority=alert.authority)
    context = {
        "alert": alert,
        "missing_languages": [name for code, name in settings.LANGUAGES if code not in languages],
        "member": member,
        "may_approve": member is not None
        and member.can_approve
        and request.user.pk not in actions.authors_of(alert),
        "editable": alert.state in actions.EDITABLE_STATES,
        "push": delivery_counts(alert) if alert.is_published else None,
        "pages_told": pages_told(alert) if alert.is_published else None,
        "exercise": getattr(alert, "exercise", None),
        "delivery_lag": delivery_lag(alert) if alert.is_published else None,
        "push_planned": AlertDelivery.objects.filter(alert=alert, queued_at__isnull=False).exists(),
        "reach": reach_of(alert),
        "events": alert.events.select_related("actor"),
    }
    return TemplateResponse(request, "alerts/admin/review.html", context)


def act(request, alert: Alert):
    action = request.POST.get("action", "")
    try:
        if action in actions.FOLLOW_UPS:
            follow_up = actions.start_follow_up(alert=alert, user=request.user, kind=action)
            return redirect(follow_up.edit_url)
        if action not in ACTIONS:
            raise ValidationError(_("Unknown action."))
        alert = ACTIONS[action](alert, request.user, request.POST)
    except PermissionDenied as denied:
        return HttpResponseForbidden(str(denied))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Done: %(state)s.") % {"state": alert.get_state_display()})
    return redirect(alert.review_url)


def history(request, pk: int):
    """Every recorded change of one message, with the content each step saw and its hash."""
    alert = get_object_or_404(visible_alerts(request.user), pk=pk)
    events = AlertEvent.objects.filter(alert=alert).select_related("actor")
    return TemplateResponse(
        request, "alerts/admin/history.html", {"alert": alert, "events": events}
    )


def exercise_mode(request, pk: int):
    """Show the authority's mode and, on POST, switch it (approvers only, see the action)."""
    authority = get_object_or_404(authorities_of(request.user), pk=pk)
    if request.method == "POST":
        try:
            actions.set_exercise_mode(
                authority=authority, user=request.user, on=request.POST.get("on") == "1"
            )
        except PermissionDenied:
            return HttpResponseForbidden(_("Only approvers of the authority can change its mode."))
        return redirect("alerts_alert:index")
    member = actions.membership(user=request.user, authority=authority)
    context = {"authority": authority, "may_switch": member is not None and member.can_approve}
    return TemplateResponse(request, "alerts/admin/exercise_mode.html", context)
