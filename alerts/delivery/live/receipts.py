"""How many open pages received each message over the live socket: an aggregate counter per
message and region group, with nothing that names a page.

Consumers count in memory; one task per process writes the counts to the database at most every
FLUSH_SECONDS, so a broadcast to thousands of pages costs a few queries, not one per page. A
process that dies loses at most its last FLUSH_SECONDS of counts: the figure is a lower bound.
"""

import asyncio
import logging
from collections import Counter

from channels.db import database_sync_to_async
from django.db import transaction
from django.db.models import F

from alerts.models import Alert, LiveReceipt

FLUSH_SECONDS = 1.0

logger = logging.getLogger(__name__)


@database_sync_to_async
def store(counts: Counter) -> None:
    """Add the counts to the stored ones (one row per message and region code); counts of a
    message deleted meanwhile are dropped."""
    known = set(Alert.objects.filter(pk__in={a for a, _c in counts}).values_list("pk", flat=True))
    counts = Counter({key: n for key, n in counts.items() if key[0] in known})
    with transaction.atomic():
        LiveReceipt.objects.bulk_create(
            [LiveReceipt(alert_id=alert_id, region_code=code) for alert_id, code in counts],
            ignore_conflicts=True,
        )
        for (alert_id, code), pages in counts.items():
            LiveReceipt.objects.filter(alert_id=alert_id, region_code=code).update(
                pages=F("pages") + pages
            )


class Receipts:
    """This process's counts not yet written, and the task writing them."""

    def __init__(self):
        self.pending: Counter[tuple[int, str]] = Counter()
        self.flushing: asyncio.Task | None = None

    def count(self, alert_id: int, region_code: str) -> None:
        self.pending[(alert_id, region_code)] += 1
        loop = asyncio.get_running_loop()
        # a task of a loop that has ended (a server restarted in the same process) never ends
        if self.flushing is None or self.flushing.done() or self.flushing.get_loop() is not loop:
            self.flushing = loop.create_task(self.flush())

    async def flush(self) -> None:
        while self.pending:
            await asyncio.sleep(FLUSH_SECONDS)
            counts, self.pending = self.pending, Counter()
            try:
                await store(counts)
            except Exception:
                logger.exception("live receipt counts of %s messages lost", len(counts))


receipts = Receipts()
