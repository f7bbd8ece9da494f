"""The approval queue on the admin dashboard: what waits for this user, and for how long.

Approvers see the submitted messages of their authorities that they may approve (not their
own); authors see their drafts and rejected messages. The count of the first also shows on the
Alerts menu item, Wagtail having no notification centre of its own.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from alerts import actions
from alerts.models import Alert

QUEUE_LENGTH = 20


class AlertQueuePanel(Component):
    template_name = "alerts/admin/queue_panel.html"

    def __init__(self, *, name: str, heading: str, alerts, order: int):
        self.name, self.heading, self.order = name, heading, order
        self.alerts = list(alerts.select_related("authority").prefetch_related("infos"))

    def get_context_data(self, parent_context=None):
        return {"panel_id": self.name, "heading": self.heading, "alerts": self.alerts}


def queue_panels(user) -> list[AlertQueuePanel]:
    """The dashboard panels that have something in them for `user`."""
    waiting = actions.awaiting_approval_by(user).order_by("updated_at")[:QUEUE_LENGTH]
    own = Alert.objects.filter(
        state__in=actions.EDITABLE_STATES, created_by=user, authority__members__user=user
    ).order_by("updated_at")[:QUEUE_LENGTH]
    panels = [
        AlertQueuePanel(
            name="alerts-awaiting-approval",
            heading=_("Waiting for your approval"),
            alerts=waiting,
            order=50,
        ),
        AlertQueuePanel(
            name="alerts-own-drafts",
            heading=_("Your drafts and rejected messages"),
            alerts=own,
            order=60,
        ),
    ]
    return [panel for panel in panels if panel.alerts]
