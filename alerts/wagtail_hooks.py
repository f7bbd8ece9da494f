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
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from alerts import actions, exercises
from alerts.admin import estimate
from alerts.admin import exercises as exercise_views
from alerts.admin import views as admin_views
from alerts.admin.alert_templates import AlertTemplateViewSet, new_from_template
from alerts.admin.dashboard import queue_panels
from alerts.admin.forms import SHARED_INFO_FIELDS, AlertForm
from alerts.admin.received import ReceivedCapViewSet
from alerts.admin.widgets import BroadcastTextarea
from alerts.models import Alert
from alerts.public import teaching
from core.l10n import format_when

INFO_FIELDS_BEFORE_DESCRIPTION = [
    "language",
    "category",
    "event_code",
    "event",
    "response_type",
    "effective",
    "onset",
    "expires",
    "headline",
]


def sent_in_zone(alert: Alert) -> str:
    """When the message went out, in its area's zone, the zone named ("30 Nov 2026, 13:05 CET")."""
    return format_when(alert.sent, zone=alert.time_zone, short=True) if alert.sent else ""


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
    list_display = [
        "__str__",
        "status",
        "msg_type",
        "state",
        Column("sent", label=_("sent"), accessor=sent_in_zone, sort_key="sent"),
    ]
    list_filter = ["state", "status", "msg_type"]
    panels = [
        MultiFieldPanel(
            [FieldPanel(field) for field in SHARED_INFO_FIELDS],
            heading=_("Urgency, severity and certainty (for every language)"),
        ),
        InlinePanel(
            "infos",
            heading=_("Text in each language"),
            min_num=1,
            label=_("language"),
            panels=[
                *map(FieldPanel, INFO_FIELDS_BEFORE_DESCRIPTION),
                FieldPanel("description", widget=BroadcastTextarea),
                *map(FieldPanel, ["instruction", "web", "contact"]),
            ],
        ),
        MultiFieldPanel(
            [
                FieldPanel("regions"),
                FieldPanel("area_description"),
                FieldPanel("polygons"),
                FieldPanel("circles"),
                estimate.ReachPanel(heading=_("Estimated reach")),
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


@hooks.register("register_admin_viewset")
def register_template_viewset():
    return AlertTemplateViewSet("alerts_template")


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("alerts/messages/<int:pk>/review/", admin_views.review, name="alerts_review"),
        path("alerts/messages/from-template/", new_from_template, name="alerts_from_template"),
        path(
            "alerts/authorities/<int:pk>/exercise-mode/",
            admin_views.exercise_mode,
            name="alerts_exercise_mode",
        ),
        path("alerts/reach-estimate/", estimate.reach_estimate, name="alerts_reach_estimate"),
        path(
            "alerts/messages/<int:pk>/exercise/", exercise_views.plan, name="alerts_exercise_plan"
        ),
        path(
            "alerts/messages/<int:pk>/exercise/report/",
            exercise_views.exercise_report,
            name="alerts_exercise_report",
        ),
    ]


@hooks.register("insert_global_admin_css")
def exercise_banner_css():
    return mark_safe(  # noqa: S308 - a constant
        "<style>.beacon-exercise-banner{background:#1a3a8f;color:#fff;font-weight:700;"
        "padding:.75rem 1rem;text-align:center;letter-spacing:.05em}</style>"
    )


@hooks.register("construct_homepage_panels")
def alert_queue_panels(request, panels):
    panels.extend(queue_panels(request.user))


@hooks.register("construct_main_menu")
def alert_queue_badge(request, menu_items):
    """The number of messages waiting for this approver, next to Alerts in the menu."""
    waiting = actions.awaiting_approval_by(request.user).count()
    for item in menu_items:
        if waiting and item.name == alert_viewset.get_menu_item().name:
            item.label = _("%(menu)s (%(count)s waiting)") % {"menu": item.label, "count": waiting}


@hooks.register("beacon_current_alerts")
def current_alerts():
    """The alerts in force a lesson shows, for the lessons app: `current_alerts(categories=,
    language=)`."""
    return teaching.current_alerts


@hooks.register("beacon_exercises")
def exercise_listing():
    """Exercises for the classes app: `listing(identifiers=, language=)`."""
    return exercises.listing


@hooks.register("register_admin_viewset")
def register_received_cap_viewset():
    return ReceivedCapViewSet("alerts_received")
