"""How many open pages follow each place, per interface language, right now.

Each web process counts its own subscribed pages in memory and writes its counts to the Django
cache under keys of its own (`presence:<process>:<code>:<lang>`), with an expiry that the
consumers' heartbeat renews; a process also holds a numbered slot (`presence:slot:<n>`, taken
with an atomic `add`) so that readers know which processes are alive. A process that dies stops
renewing: its slot and its counts expire after PRESENCE_TTL_SECONDS, leaving no ghosts. Only
one process writes a process's keys, so plain `set` suffices (no read-modify-write races).

Counts are shared between processes only through a shared cache: Redis in production (REDIS_URL).
The embedded default's local-memory cache is per process, so there a reader sees the pages of
its own process only (one process serves everything in the embedded default, so that is all).

Nothing personal is stored: a region code, a language code and a number.
"""

import asyncio
import time
import uuid
from collections import Counter

from django.conf import settings
from django.core.cache import cache

from core.per_loop import PerLoop

ALL_AREAS = "*"  # pages that follow every area (the home page, the alerts list)
HEARTBEAT_SECONDS = 60
PRESENCE_TTL_SECONDS = 3 * HEARTBEAT_SECONDS
MAX_PROCESSES = 64


def slot_key(number: int) -> str:
    return f"presence:slot:{number}"


def count_key(process: str, code: str, language: str) -> str:
    return f"presence:{process}:{code}:{language}"


class Presence:
    """This process's open pages per (region code or ALL_AREAS, language)."""

    def __init__(self):
        self.process = uuid.uuid4().hex
        self.counts: Counter[tuple[str, str]] = Counter()
        self.unwritten: set[tuple[str, str]] = set()  # counts changed since the last write
        self.slot: int | None = None
        self.renewed_at = 0.0
        self.lock = PerLoop(asyncio.Lock)

    async def follow(self, codes: list[str], language: str) -> None:
        await self.change(codes, language, 1)

    async def leave(self, codes: list[str], language: str) -> None:
        await self.change(codes, language, -1)

    async def change(self, codes: list[str], language: str, delta: int) -> None:
        for code in codes:
            self.counts[(code, language)] += delta
            self.unwritten.add((code, language))
        await self.write()

    async def heartbeat(self) -> None:
        """Renew this process's slot and counts; once per HEARTBEAT_SECONDS per process, however
        many consumers call it."""
        if time.monotonic() - self.renewed_at < HEARTBEAT_SECONDS / 2:
            return
        self.renewed_at = time.monotonic()  # before the write: the other consumers skip it
        self.unwritten |= set(self.counts)
        await self.write()

    async def write(self) -> None:
        """Write the counts changed since the last write, once this process holds a slot.

        One write at a time: changes made while a write is under way wait for it and go out
        together in the next one. When thousands of pages reconnect at once (a web process
        restarted), they cost a handful of cache writes instead of a few each."""
        async with self.lock():
            if not self.unwritten:
                return  # written by the write this one waited for
            changed, self.unwritten = self.unwritten, set()
            try:
                await self.hold_slot()
                await cache.aset_many(
                    {
                        count_key(self.process, c, lang): self.counts[(c, lang)]
                        for c, lang in changed
                    },
                    timeout=PRESENCE_TTL_SECONDS,
                )
            except BaseException:
                self.unwritten |= changed  # the next write tries again
                raise
            self.counts = +self.counts  # forget the places nobody follows any more

    async def hold_slot(self) -> None:
        """Keep (or take again, if it expired and another process took it) a slot naming this
        process, so that readers find its counts."""
        if self.slot is not None and await cache.aget(slot_key(self.slot)) == self.process:
            await cache.atouch(slot_key(self.slot), PRESENCE_TTL_SECONDS)
            return
        for number in range(MAX_PROCESSES):
            if await cache.aadd(slot_key(number), self.process, PRESENCE_TTL_SECONDS):
                self.slot = number
                return
        self.slot = None  # more processes than slots: this one's pages go uncounted


presence = Presence()


def open_pages(codes: list[str]) -> Counter[str]:
    """Open pages, per language, following any of these region codes or every area. A page
    following several of the codes counts once per code: each is a page told of the alert,
    the way the channel layer sends it once per group."""
    languages = [code for code, _name in settings.LANGUAGES]
    processes = cache.get_many([slot_key(n) for n in range(MAX_PROCESSES)]).values()
    keys = {
        count_key(process, code, language): language
        for process in processes
        for code in [*codes, ALL_AREAS]
        for language in languages
    }
    found = Counter()
    for key, number in cache.get_many(list(keys)).items():
        found[keys[key]] += number
    return +found
