"""`/alerts/feed.atom`: active public alerts, each entry linking its CAP 1.2 document."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from alerts.models import Alert


class CapAtom1Feed(Atom1Feed):
    """Atom with, for every entry, an alternate link to its CAP XML (as CAP aggregators expect)."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "application/cap+xml", "href": item["cap_url"]}
        )


class ActiveAlertsFeed(Feed):
    feed_type = CapAtom1Feed
    title = "Beacon: active alerts"
    description = "Official public alerts currently in force."

    def link(self):
        return "/en/alerts/"

    def items(self):
        return Alert.objects.active().select_related("authority").prefetch_related("infos")

    def item_title(self, alert: Alert) -> str:
        info = alert.info_for("en")
        prefix = f"{alert.exercise_label('en')} - " if alert.is_exercise else ""
        return f"{prefix}{info.headline}" if info else alert.identifier

    def item_description(self, alert: Alert) -> str:
        info = alert.info_for("en")
        return info.description if info else ""

    def item_link(self, alert: Alert) -> str:
        return alert.url_in("en")

    def item_guid(self, alert: Alert) -> str:
        return f"{alert.sender},{alert.identifier}"

    def item_pubdate(self, alert: Alert):
        return alert.sent

    def item_updateddate(self, alert: Alert):
        return alert.sent

    def item_author_name(self, alert: Alert) -> str:
        return alert.authority.name if alert.authority else alert.source or alert.sender

    def item_extra_kwargs(self, alert: Alert) -> dict:
        path = reverse("alert_cap", kwargs={"identifier": alert.identifier})
        return {"cap_url": self.request.build_absolute_uri(path)}

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None
