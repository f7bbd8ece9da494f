"""A read-only admin list of the CAP documents received from upstream (ReceivedCap): what was
done with each (imported or unsupported) and why, for checking a feed.

Who may use it: superusers, and users given the dedicated permission `alerts.view_receivedcap`
(authority staff are not: their group has only the alert permissions). Only the list exists: no
add, edit, delete, copy, inspect, usage or history view is registered, and the documents
themselves are not shown, only their outcome, feed, CAP version and the importer's reasons.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from alerts.models import ReceivedCap
from core.l10n import format_when

OUTCOMES = {ReceivedCap.IMPORTED: _("imported"), ReceivedCap.UNSUPPORTED: _("unsupported")}


def policy_of(received: ReceivedCap) -> str:
    """What was done with the imported message, by its feed's policy when it arrived."""
    return received.alert.get_feed_policy_display() if received.alert else ""


class ReceivedCapIndexView(IndexView):
    any_permission_required = ["view"]  # nobody adds or changes a received document

    def get_base_queryset(self):
        return ReceivedCap.objects.select_related("alert").defer("document")


class ReceivedCapViewSet(ModelViewSet):
    model = ReceivedCap
    icon = "download"
    menu_label = _("Received CAP")
    add_to_admin_menu = True
    menu_order = 160
    url_prefix = "alerts/received"
    index_view_class = ReceivedCapIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        Column(
            "received_at",
            label=_("received"),
            accessor=lambda r: format_when(r.received_at, short=True),
            sort_key="received_at",
        ),
        Column("outcome", label=_("outcome"), accessor=lambda r: OUTCOMES.get(r.outcome, "")),
        Column("version", label=_("CAP version")),
        Column("source", label=_("source")),
        Column("alert", label=_("alert"), accessor=lambda r: r.alert.identifier if r.alert else ""),
        Column("feed_policy", label=_("feed policy"), accessor=policy_of),
        Column("notes", label=_("reasons and notes")),
    ]
    ordering = ["-received_at"]

    def get_common_view_kwargs(self, **kwargs):
        # No links to the views that are not registered.
        names = ("add", "edit", "delete", "usage", "history")
        return super().get_common_view_kwargs(
            **{f"{name}_url_name": None for name in names}, **kwargs
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
