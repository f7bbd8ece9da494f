"""Admin screens for authorities: drafting, the four-eyes review page and exercise mode."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView

from alerts import services
from alerts.delivery import counts as delivery_counts
from alerts.models import Alert, AlertDelivery, Authority, AuthorityMember, PushSubscription
from alerts.services import EDITABLE_STATES


def authorities_of(user):
    if user.is_superuser:
        return Authority.objects.all()
    return Authority.objects.filter(members__user=user)


def visible_alerts(user):
    """Messages of the user's authorities (all of them for superusers)."""
    return Alert.objects.filter(authority__in=authorities_of(user))


class AlertIndexView(IndexView):
    def get_base_queryset(self):
        return visible_alerts(self.request.user).prefetch_related("infos")


class AlertCreateView(CreateView):
    def get_initial_form_instance(self):
        member = AuthorityMember.objects.filter(user=self.request.user, can_author=True).first()
        if member is None:
            raise PermissionDenied(_("You do not write alerts for any authority."))
        return services.new_alert(authority=member.authority, user=self.request.user)

    def get_success_url(self):
        return self.object.review_url


class AlertEditView(EditView):
    def get_object(self, queryset=None):
        return get_object_or_404(visible_alerts(self.request.user), pk=self.kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        alert = self.get_object()
        if alert.state not in EDITABLE_STATES:
            messages.error(request, _("Submitted and published messages cannot be edited."))
            return redirect(alert.review_url)
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        return self.object.review_url


ACTIONS = {
    "submit": lambda alert, user, post: services.submit_alert(alert=alert, user=user),
    "approve": lambda alert, user, post: services.approve_alert(alert=alert, user=user),
    "reject": lambda alert, user, post: services.reject_alert(
        alert=alert, user=user, reason=post.get("reason", "")
    ),
}


def review(request, pk: int):
    """One message: its content, missing languages, state, and the actions this user may take."""
    alert = get_object_or_404(visible_alerts(request.user), pk=pk)
    if request.method == "POST":
        return act(request, alert)
    languages = {info.language for info in alert.infos.all()}
    context = {
        "alert": alert,
        "missing_languages": [name for code, name in settings.LANGUAGES if code not in languages],
        "member": services.membership(user=request.user, authority=alert.authority),
        "editable": alert.state in EDITABLE_STATES,
        "push": delivery_counts(alert) if alert.is_published else None,
        "push_planned": AlertDelivery.objects.filter(alert=alert, queued_at__isnull=False).exists(),
        "reach": PushSubscription.objects.for_alert(alert).count(),
    }
    return TemplateResponse(request, "alerts/admin/review.html", context)


def act(request, alert: Alert):
    action = request.POST.get("action", "")
    try:
        if action in services.FOLLOW_UPS:
            follow_up = services.start_follow_up(alert=alert, user=request.user, kind=action)
            return redirect(follow_up.edit_url)
        if action not in ACTIONS:
            raise ValidationError(_("Unknown action."))
        ACTIONS[action](alert, request.user, request.POST)
    except PermissionDenied as denied:
        return HttpResponseForbidden(str(denied))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Done: %(state)s.") % {"state": alert.get_state_display()})
    return redirect(alert.review_url)


@require_POST
def toggle_exercise_mode(request, pk: int):
    authority = get_object_or_404(authorities_of(request.user), pk=pk)
    if services.membership(user=request.user, authority=authority) is None:
        return HttpResponseForbidden(_("Only members of the authority can change its mode."))
    services.set_exercise_mode(
        authority=authority, user=request.user, on=request.POST.get("on") == "1"
    )
    return redirect("alerts_alert:index")
