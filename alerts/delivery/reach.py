"""Who a message on an area would reach right now: subscribed browsers (web push) and open pages
(the live socket), per language, by the same rules delivery uses.

Delivery selects by region (a place, its ancestors and its descendants: `for_area` for push,
the region groups of live/broadcast for pages). Push is counted from the audiences (subscriptions
grouped by places, language and threshold, with their sizes) by the same rule. Subscribers
follow regions, not positions, so drawn polygons and circles describe the area in CAP but add
nobody. `shapes_only` says when an
area is drawn without regions, so authors learn that it reaches no subscriber.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet, Sum
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts.delivery.live.presence import open_pages
from alerts.models import Alert, Audience, Region


@dataclass(frozen=True)
class Reach:
    push: dict[str, int]  # language -> subscribed browsers
    pages: dict[str, int]  # language -> open pages
    written_in: frozenset[str]  # languages the message has text in
    shapes_only: bool = False

    @property
    def total(self) -> int:
        return sum(self.push.values()) + sum(self.pages.values())

    @property
    def without_text(self) -> int:
        """Readers whose language the message has no text in (they get a fallback)."""
        return sum(
            n
            for counts in (self.push, self.pages)
            for language, n in counts.items()
            if language not in self.written_in
        )

    def summary(self) -> str:
        """The sentence the approver confirms before publishing."""
        devices = ngettext(
            "This will alert about %(count)s device",
            "This will alert about %(count)s devices",
            self.total,
        ) % {"count": self.total}
        others = ngettext(
            "%(count)s of them reads a language this alert is not written in.",
            "%(count)s of them read a language this alert is not written in.",
            self.without_text,
        ) % {"count": self.without_text}
        return _("%(devices)s; %(others)s") % {"devices": devices, "others": others}

    def by_language(self) -> list[dict]:
        """One row per language anyone reads, in the order of settings.LANGUAGES."""
        return [
            {
                "language": code,
                "name": str(name),
                "push": self.push.get(code, 0),
                "pages": self.pages.get(code, 0),
                "has_text": code in self.written_in,
            }
            for code, name in settings.LANGUAGES
            if self.push.get(code) or self.pages.get(code)
        ]

    def as_json(self) -> dict:
        return {
            "total": self.total,
            "summary": self.summary(),
            "without_text": self.without_text,
            "shapes_only": self.shapes_only,
            "languages": self.by_language(),
        }


def reach(
    *,
    regions: QuerySet[Region],
    polygons: list,
    circles: list,
    severities: list[str],
    languages: set[str],
) -> Reach:
    """Browsers subscribed to the area at a threshold the severity reaches, and pages open on
    it, per language; `languages` are those the message has text in."""
    relatives = regions.with_relatives()
    audiences = Audience.objects.following(relatives, severities=severities)
    push = dict(
        audiences.order_by()
        .values_list("language")
        .annotate(n=Sum("size"))
        .values_list("language", "n")
    )
    codes = list(relatives.values_list("code", flat=True))
    return Reach(
        push=push,
        pages=dict(open_pages(codes)),
        written_in=frozenset(languages),
        shapes_only=bool(polygons or circles) and not codes,
    )


def reach_of(alert: Alert) -> Reach:
    infos = list(alert.infos.all())
    return reach(
        regions=Region.objects.filter(pk__in=alert.regions.all()),
        polygons=alert.polygons,
        circles=alert.circles,
        severities=[info.severity for info in infos],
        languages={info.language.split("-")[0] for info in infos},
    )


def pages_told(alert: Alert) -> int:
    """Open pages that received the message over the live socket (counted by the consumers,
    live.receipts), once per page."""
    return alert.live_receipts.aggregate(n=Sum("pages"))["n"] or 0
