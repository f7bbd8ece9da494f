"""Admin screens for alert templates, and the "New from template" choice for a new alert.

Who may use them: members of an authority list, add and edit its templates only (superusers all);
a template of another authority is a 404. Only index, add and edit are registered: Wagtail's
delete, copy, inspect, usage and history views are not, so no unscoped route exists.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from alerts.admin.forms import FromTemplateForm
from alerts.admin.views import authorities_of
from alerts.models import AlertTemplate


def visible_templates(user):
    return AlertTemplate.objects.filter(authority__in=authorities_of(user))


class AlertTemplateForm(WagtailAdminModelForm):
    """Only the user's own authorities can own a template."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authority"].queryset = authorities_of(self.for_user)


class TemplateIndexView(IndexView):
    def get_base_queryset(self):
        return visible_templates(self.request.user).select_related("authority")


class TemplateEditView(EditView):
    def get_object(self, queryset=None):
        return super().get_object(visible_templates(self.request.user))


class AlertTemplateViewSet(ModelViewSet):
    model = AlertTemplate
    icon = "doc-full"
    menu_label = _("Alert templates")
    add_to_admin_menu = True
    menu_order = 151
    url_prefix = "alerts/templates"
    url_namespace = "alerts_template"
    index_view_class = TemplateIndexView
    edit_view_class = TemplateEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["__str__", "authority", "severity", "urgency"]
    list_filter = ["hazard"]  # an authority filter would list every authority's name
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("authority"), FieldPanel("hazard")]),
            FieldRowPanel([FieldPanel("category"), FieldPanel("response_type")]),
            FieldRowPanel([FieldPanel("urgency"), FieldPanel("severity"), FieldPanel("certainty")]),
            InlinePanel(
                "texts",
                heading=_("Text in each language"),
                help_text=_(
                    "Placeholders: {place} and {time}, filled when an alert starts from this "
                    "template."
                ),
                min_num=1,
                label=_("language"),
            ),
        ],
        base_form_class=AlertTemplateForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{
                "usage_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
        ]


def new_from_template(request):
    """Choose a template, regions and a time; a valid choice opens the prefilled new alert form.
    Lists only templates of authorities the user writes alerts for."""
    form = FromTemplateForm(request.GET or None, user=request.user)
    if form.is_valid():
        return redirect(f"{reverse('alerts_alert:add')}?{request.GET.urlencode()}")
    return TemplateResponse(request, "alerts/admin/from_template.html", {"form": form})
