"""Configured upstream feeds and their policy (settings.BEACON_CAP_FEEDS, from CAP_FEEDS).

Each entry is a feed address, optionally preceded by its policy and a space:
"forward https://alerts.example.org/feed.atom". Policies:
- show (the default): imported alerts are shown on the public pages, feeds and API only;
- forward: imported alerts whose area reaches places citizens follow are also delivered live
  and by push, through the same publishing action and audience gate as local alerts. Forward
  only feeds of agencies you trust to warn your public.
An address that is not configured (a file, or a URL given to `import_cap`) is shown only.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

SHOW, FORWARD = "show", "forward"


@dataclass(frozen=True)
class Feed:
    url: str
    policy: str = SHOW

    @property
    def forward(self) -> bool:
        return self.policy == FORWARD

    @property
    def name(self) -> str:
        """How the public pages name the feed: its host."""
        return urlsplit(self.url).hostname or self.url


def feed_of(entry: str) -> Feed:
    """One CAP_FEEDS entry; ValueError (naming it) for an unknown policy or a non-http(s) URL."""
    policy, _space, url = entry.strip().rpartition(" ")
    policy = policy.strip().lower() or SHOW
    if policy not in {SHOW, FORWARD}:
        raise ValueError(f"CAP_FEEDS entry {entry!r}: policy must be {SHOW} or {FORWARD}")
    if urlsplit(url).scheme not in {"http", "https"}:
        raise ValueError(f"CAP_FEEDS entry {entry!r}: not an http(s) address")
    return Feed(url=url, policy=policy)


def configured_feeds() -> list[Feed]:
    return [feed_of(entry) for entry in settings.BEACON_CAP_FEEDS]


def policy_for(url: str) -> Feed:
    """The configured feed at `url`, or a show-only one if it is not configured."""
    return next((feed for feed in configured_feeds() if feed.url == url), Feed(url=url))
