"""Alerts in the Wagtail admin: the message viewset, the review page, history and the
exercise-mode page and banner.

The viewset keeps only the views that go through `alerts.actions` and are scoped to the user's
authorities: index, add, edit, and a history of recorded events. Wagtail's default copy, delete,
usage and inspect views are not registered: a copy saved over a published message, and a message
is never deleted (a Cancel replaces it).
"""

from django.urls import path
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from alerts.admin import views as admin_views
from alerts.admin.forms import AlertForm
from alerts.models import Alert


class AlertViewSet(ModelViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    add_to_admin_menu = True
    menu_order = 150
    url_prefix = "alerts/messages"
    url_namespace = "alerts_alert"
    index_view_class = admin_views.AlertIndexView
    add_view_class = admin_views.AlertCreateView
    edit_view_class = admin_views.AlertEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["__str__", "status", "msg_type", "state", "sent"]
    list_filter = ["state", "status", "msg_type"]
    panels = [
        InlinePanel("infos", heading=_("Text in each language"), min_num=1, label=_("language")),
        MultiFieldPanel(
            [
                FieldPanel("regions"),
                FieldPanel("area_description"),
                FieldPanel("polygons"),
                FieldPanel("circles"),
            ],
            heading=_("Area"),
        ),
        FieldPanel("incidents"),
        FieldPanel("note"),
    ]

    def get_edit_handler(self):
        # The drafting form: regions of the jurisdiction only, the area checked, the map.
        return ObjectList(self.panels, base_form_class=AlertForm).bind_to_model(self.model)

    def get_common_view_kwargs(self, **kwargs):
        # No links to the views that are not registered.
        return super().get_common_view_kwargs(
            **{"usage_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("history/<int:pk>/", admin_views.history, name="history"),
        ]


alert_viewset = AlertViewSet("alerts_alert")


@hooks.register("register_admin_viewset")
def register_alert_viewset():
    return alert_viewset


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("alerts/messages/<int:pk>/review/", admin_views.review, name="alerts_review"),
        path(
            "alerts/authorities/<int:pk>/exercise-mode/",
            admin_views.exercise_mode,
            name="alerts_exercise_mode",
        ),
    ]


@hooks.register("insert_global_admin_css")
def exercise_banner_css():
    return mark_safe(  # noqa: S308 - a constant
        "<style>.beacon-exercise-banner{background:#1a3a8f;color:#fff;font-weight:700;"
        "padding:.75rem 1rem;text-align:center;letter-spacing:.05em}</style>"
    )
