"""Admin template tags of the alerts app."""

from django import template

from alerts.models import Authority

register = template.Library()


@register.inclusion_tag("alerts/admin/exercise_banner.html", takes_context=True)
def exercise_banner(context):
    """Authorities of the signed-in user that are in exercise mode (for the admin banner)."""
    user = context["request"].user
    in_exercise = (
        Authority.objects.filter(members__user=user, exercise_mode=True)
        if user.is_authenticated
        else []
    )
    return {"authorities": list(in_exercise)}
