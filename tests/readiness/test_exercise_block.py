"""The dashboard's exercise block: the exercise reports' figures per channel, with a channel
that reached fewer than ten devices suppressed on the page and in the JSON alike."""

from datetime import UTC, datetime

import pytest

from readiness import exercises

SUMMARY = {
    "identifier": "beacon-drill",
    "title": "Flood drill",
    "sent": datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
    "delivered": {"page": 12, "push": 9},
    "acknowledged": {"page": 7, "push": 4},
    "median_seconds": 40,
}


def test_a_channel_under_ten_devices_shows_no_figures():
    block = exercises.as_block(SUMMARY)
    rows = {row["channel"]: row for row in block["rows"]}
    assert rows["Open page"]["delivered"] == 12 and rows["Open page"]["acknowledged"] == 7
    assert rows["Notification"] == {
        "region": "The whole area",
        "channel": "Notification",
        "suppressed": True,
    }
    assert block["date"] == "2026-11-02"


def test_acknowledgements_from_fewer_than_ten_devices_are_hidden_without_deliveries():
    """Nine devices acknowledged by push, none recorded as delivered: still nine people."""
    block = exercises.as_block(
        {**SUMMARY, "delivered": {"page": 12}, "acknowledged": {"page": 7, "push": 9}}
    )
    rows = {row["channel"]: row for row in block["rows"]}
    assert rows["Notification"].get("suppressed") is True
    assert "acknowledged" not in rows["Notification"]


@pytest.mark.django_db
def test_the_page_and_the_json_show_the_same_suppressed_block(client, regions, monkeypatch):
    monkeypatch.setattr(exercises, "summaries", lambda regions: [SUMMARY])
    data = client.get("/api/readiness.json").json()
    (block,) = data["exercises"]
    assert [row.get("delivered") for row in block["rows"]] == [12, None]
    html = client.get("/en/readiness/").content.decode()
    assert "Exercise results" in html and "Flood drill" in html
    assert "fewer than 10: not shown" in html
