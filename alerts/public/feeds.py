"""`/alerts/feed.atom` and `/alerts/feed.rss`: active public alerts for CAP aggregators.

Every entry links its signed CAP 1.2 document. The feeds follow what aggregators require (Google
Public Alerts' CAP feed rules): only messages with one `info` per language and no `Unknown`
urgency, severity or certainty (those stay on the pages, in the JSON API and as CAP XML), and no
page over 900 KB: FEED_PAGE_SIZE entries per page, with RFC 5005 paging links (`first`, `next`,
`previous`). `?region=CODE` narrows a feed to one region; `?page=N` picks a page. Both feeds
answer conditional GETs (ETag, Last-Modified).
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Count, F, Max
from django.http import HttpResponseBadRequest, HttpResponseNotFound
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.text import Truncator

from alerts.models import Alert, AlertInfo
from alerts.models.codes import Certainty, Severity, Urgency
from alerts.public.conditional import conditional
from alerts.public.payloads import shown_in
from alerts.public.views import region_filter

# A full entry (headline, 500-character summary, links) stays under 4 KB even in a script of
# 3-byte characters: 100 of them are far below 900 KB (tests/alerts/test_feeds.py measures it).
FEED_PAGE_SIZE = 100
SUMMARY_CHARS = 500
PAGING_RELS = ("first", "previous", "next")


@dataclass
class Selection:
    """What one request asks for: the page, the region (or None), and the absolute URLs."""

    request: object
    regions: object
    page: int
    alerts: list
    has_next: bool

    def url(self, page: int) -> str:
        query = {"region": self.request.GET["region"]} if self.regions is not None else {}
        if page > 1:
            query["page"] = page
        suffix = f"?{urlencode(query)}" if query else ""
        return self.request.build_absolute_uri(f"{self.request.path}{suffix}")

    def paging(self) -> dict[str, str]:
        links = {"first": self.url(1)}
        if self.page > 1:
            links["previous"] = self.url(self.page - 1)
        if self.has_next:
            links["next"] = self.url(self.page + 1)
        return links


def aggregator_ready(alerts):
    """Alerts aggregators accept: one info per language, no Unknown urgency/severity/certainty."""
    return (
        alerts.exclude(infos__urgency=Urgency.UNKNOWN)
        .exclude(infos__severity=Severity.UNKNOWN)
        .exclude(infos__certainty=Certainty.UNKNOWN)
        .annotate(info_count=Count("infos"), language_count=Count("infos__language", distinct=True))
        .filter(info_count=F("language_count"))
    )


def last_modified(now):
    """When the feeds last changed: a message published, withdrawn or replaced (its row
    updated), or one that expired. Coarse on purpose: a change elsewhere only costs a 200."""
    changed = Alert.objects.aggregate(latest=Max("updated_at"))["latest"]
    expired = AlertInfo.objects.filter(expires__lte=now).aggregate(latest=Max("expires"))
    return max(filter(None, [changed, expired["latest"]]), default=None)


class RequestError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def select(request) -> Selection:
    regions, error = region_filter(request)
    if error:
        raise RequestError(400, error)
    page_text = request.GET.get("page", "1")
    if not page_text.isascii() or not page_text.isdigit() or int(page_text) < 1:
        raise RequestError(400, "page must be a whole number from 1")
    page = int(page_text)
    alerts = aggregator_ready(Alert.objects.active())
    if regions is not None:
        alerts = alerts.for_regions(regions)
    start = (page - 1) * FEED_PAGE_SIZE
    found = list(
        alerts.select_related("authority")
        .prefetch_related("infos")
        .order_by("-sent", "-pk")[start : start + FEED_PAGE_SIZE + 1]
    )
    if page > 1 and not found:
        raise RequestError(404, f"no page {page}: the feed has fewer alerts")
    for alert in found:
        cap_path = reverse("alert_cap", kwargs={"identifier": alert.identifier})
        alert.cap_url = request.build_absolute_uri(cap_path)
    return Selection(request, regions, page, found[:FEED_PAGE_SIZE], len(found) > FEED_PAGE_SIZE)


class PagedAtom1Feed(Atom1Feed):
    """Atom with paging links and, for every entry, an alternate link to its CAP XML."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        for rel, href in self.feed["paging"].items():
            handler.addQuickElement("link", "", {"rel": rel, "href": href})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement(
            "link", "", {"rel": "alternate", "type": "application/cap+xml", "href": item["cap_url"]}
        )


class PagedRss201rev2Feed(Rss201rev2Feed):
    """RSS 2.0 whose item links are the CAP documents (as CAP readers of RSS expect), with
    atom:link paging (RSS itself has none)."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        for rel, href in self.feed["paging"].items():
            handler.addQuickElement("atom:link", None, {"rel": rel, "href": href})


class ActiveAlertsFeed(Feed):
    """Anyone: active public alerts as Atom."""

    feed_type = PagedAtom1Feed
    description = "Official public alerts currently in force."

    def __call__(self, request, *args, **kwargs):
        try:
            selection = select(request)
        except RequestError as error:
            refuse = HttpResponseBadRequest if error.status == 400 else HttpResponseNotFound
            return refuse(str(error), content_type="text/plain; charset=utf-8")
        # the selection travels as an argument: one Feed instance serves every request
        response = super().__call__(request, *args, selection=selection, **kwargs)
        return conditional(request, response, last_modified=last_modified(timezone.now()))

    def get_object(self, request, *args, selection: Selection, **kwargs):
        return selection

    def title(self, selection: Selection) -> str:
        if selection.regions is None:
            return "Beacon: active alerts"
        return f"Beacon: active alerts in {selection.regions.first().name}"

    def link(self):
        return "/en/alerts/"

    def feed_url(self, selection: Selection) -> str:
        return selection.url(selection.page)

    def feed_extra_kwargs(self, selection: Selection) -> dict:
        return {"paging": selection.paging()}

    def items(self, selection: Selection):
        return selection.alerts

    def item_title(self, alert: Alert) -> str:
        info = shown_in(alert, "en")["info"]
        prefix = f"{alert.exercise_label('en')} - " if alert.is_exercise else ""
        return f"{prefix}{info.headline}" if info else alert.identifier

    def item_description(self, alert: Alert) -> str:
        info = shown_in(alert, "en")["info"]
        return Truncator(info.description).chars(SUMMARY_CHARS) if info else ""

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
        return {"cap_url": alert.cap_url}


class ActiveAlertsRssFeed(ActiveAlertsFeed):
    """Anyone: the same alerts as RSS 2.0, each item linking its CAP document."""

    feed_type = PagedRss201rev2Feed

    def item_link(self, alert: Alert) -> str:
        return alert.cap_url

    def item_guid_is_permalink(self, alert: Alert) -> bool:
        return False
