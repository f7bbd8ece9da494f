"""The dashboard's exercise block: the exercise reports' delivered and acknowledged figures
(alerts.exercises), per channel, through the same suppression rule as every other figure."""

from django.utils.translation import gettext as _

from alerts.exercises import summaries
from alerts.models import Channel, Region
from readiness.privacy import hidden_groups


def exercise_summaries(*, places) -> list[dict]:
    """Published exercises on `places` (region-level regions; None for the whole country), each
    with a row per channel; a channel that reached fewer than K devices shows no figures."""
    regions = None if places is None else Region.objects.filter(pk__in=[p.pk for p in places])
    return [as_block(summary) for summary in summaries(regions=regions)]


def as_block(summary: dict) -> dict:
    delivered, acknowledged = summary["delivered"], summary["acknowledged"]
    # A channel's group is every device it counts: acknowledgements can come from devices that
    # are not among its recorded deliveries (an open page told before its count was written).
    devices = {
        channel.value: max(delivered.get(channel.value, 0), acknowledged.get(channel.value, 0))
        for channel in Channel
    }
    hidden = hidden_groups(devices, adds_up_to_shown_total=False)
    rows = []
    for channel in Channel:
        row = {"region": _("The whole area"), "channel": str(channel.label)}
        if channel.value in hidden:
            row["suppressed"] = True
        else:
            row.update(
                delivered=delivered.get(channel.value, 0),
                acknowledged=acknowledged.get(channel.value, 0),
            )
        rows.append(row)
    sent = summary["sent"]
    return {
        "title": summary["title"],
        "date": sent.date().isoformat() if sent else "",
        "rows": rows,
    }
