"""Importing CAP alerts from upstream agencies: single documents and Atom/RSS feeds of them.

Importing is idempotent (sender + identifier), and one bad entry in a feed is reported and
skipped without stopping the others. Three outcomes are kept apart: imported (perhaps with notes
on what is not shown), unsupported (a valid document Beacon cannot show: kept as received, with
what it cannot) and invalid (cap.CapError, naming the element).
"""

import logging
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from alerts import actions, cap
from alerts.cap import trust
from alerts.cap.feeds import policy_for

logger = logging.getLogger(__name__)

FETCH_TIMEOUT_SECONDS = 15
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)  # what each Cancel without info ended
    errors: list[str] = field(default_factory=list)


def fetch(url: str) -> bytes:
    """GET an http(s) URL, refusing other schemes and documents over MAX_DOCUMENT_BYTES."""
    if urlsplit(url).scheme not in {"http", "https"}:
        raise ValueError(f"only http and https addresses can be fetched: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": "Beacon CAP importer"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310
        body = response.read(MAX_DOCUMENT_BYTES + 1)
    if len(body) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"document larger than {MAX_DOCUMENT_BYTES} bytes: {url}")
    return body


def import_document(
    document: bytes, *, source: str, report: ImportReport, forward: bool = False
) -> None:
    """Parse one CAP document and store it, delivering it if `forward`; a valid document that
    Beacon cannot show is kept as received and counted as unsupported. Raises cap.CapError on
    an invalid document and ImportRefused on one that may not be stored (such as one with a bad
    signature)."""
    trust.check_import_signature(document, source=source)
    try:
        message = cap.parse(document)
        alert, outcome = actions.import_alert(
            message=message, source=source, document=document, forward=forward
        )
    except cap.CapUnsupported as unsupported:
        actions.keep_original(document, source=source, version="", notes=[unsupported.what])
        report.unsupported.append(f"{source}: {unsupported.what}")
        return
    target = report.duplicates if outcome == actions.ImportResult.DUPLICATE else report.created
    target.append(f"{alert.sender},{alert.identifier}")
    if outcome == actions.ImportResult.CANCELLED:
        ended = alert.references.filter(superseded_by=alert)
        names = ", ".join(f"{a.sender},{a.identifier}" for a in ended)
        report.cancelled.append(f"{alert.sender},{alert.identifier} (no info block) ended {names}")


def cap_links(feed: bytes, base_url: str) -> list[str]:
    """Addresses of the CAP documents an Atom or RSS feed lists."""
    try:
        root = fromstring(feed, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as exc:
        raise cap.CapError("feed", f"not a readable feed: {exc}") from exc
    links = []
    for entry in root.iter(f"{ATOM}entry"):
        chosen = [
            link.get("href")
            for link in entry.findall(f"{ATOM}link")
            if link.get("type", "").startswith("application/cap+xml")
            or link.get("href", "").endswith(".xml")
        ]
        links.extend(chosen[:1])
    links.extend(item.findtext("link") for item in root.iter("item") if item.findtext("link"))
    return [urljoin(base_url, link) for link in links]


def import_feed(url: str, *, report: ImportReport | None = None) -> ImportReport:
    """Import every CAP document the feed at `url` lists, with the feed's configured policy."""
    report = report or ImportReport()
    forward = policy_for(url).forward
    for link in cap_links(fetch(url), url):
        try:
            import_document(fetch(link), source=url, report=report, forward=forward)
        except (cap.CapError, actions.ImportRefused, OSError, ValueError) as exc:
            logger.warning("skipped CAP entry %s: %s", link, exc)
            report.errors.append(f"{link}: {exc}")
    return report


def is_feed(document: bytes) -> bool:
    head = document[:500]
    return b"<feed" in head or b"<rss" in head
