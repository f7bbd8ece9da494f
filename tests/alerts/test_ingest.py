"""Importing upstream CAP alerts: files, feeds over HTTP (a local server), idempotency, updates."""

import http.server
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import escape

from alerts.models import Alert, ReceivedCap
from alerts.tasks import poll_upstream_feeds

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples"
WARNING, CANCEL = SAMPLES / "flood_warning_en_fr.xml", SAMPLES / "flood_warning_cancel.xml"
DURING_THE_WARNING = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


@pytest.fixture
def upstream(tmp_path):
    """A local HTTP server playing an upstream agency; files are served from tmp_path."""
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def atom_feed(*cap_paths: str) -> str:
    entries = "".join(
        f"<entry><id>{path}</id><title>t</title><updated>2026-11-29T08:30:00Z</updated>"
        f'<link rel="alternate" type="application/cap+xml" href="{path}"/></entry>'
        for path in cap_paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Upstream</title><id>urn:upstream</id><updated>2026-11-29T08:30:00Z</updated>{entries}</feed>"
    )


def test_import_file_is_idempotent(capsys):
    call_command("import_cap", str(WARNING))
    call_command("import_cap", str(WARNING))
    assert "Imported 0, already known 1" in capsys.readouterr().out
    alert = Alert.objects.get()
    assert (alert.sender, alert.identifier, alert.source) == (
        "alerts@hydro-rhine.example.ch",
        "RHN-2026-11-29-0042",
        WARNING.name,
    )
    assert sorted(alert.infos.values_list("language", flat=True)) == ["en", "fr"]
    assert list(Alert.objects.active(now=DURING_THE_WARNING)) == [alert]


def test_imported_cancel_ends_the_warning():
    call_command("import_cap", str(WARNING))
    call_command("import_cap", str(CANCEL))
    warning = Alert.objects.get(identifier="RHN-2026-11-29-0042")
    cancel = Alert.objects.get(identifier="RHN-2026-11-30-0007")
    assert warning.superseded_by == cancel
    assert list(cancel.references.all()) == [warning]
    assert not Alert.objects.active(now=DURING_THE_WARNING).exists()


def test_document_with_a_dtd_is_refused(tmp_path):
    evil = tmp_path / "evil.xml"
    evil.write_text(
        '<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x "boom">]>'
        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&x;</identifier></alert>'
    )
    with pytest.raises(CommandError, match="Invalid CAP document: alert"):
        call_command("import_cap", str(evil))
    assert not Alert.objects.exists()


def test_invalid_document_names_the_element(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text(
        WARNING.read_text().replace("<urgency>Expected</urgency>", "<urgency>Soon</urgency>", 1)
    )
    with pytest.raises(CommandError, match="urgency"):
        call_command("import_cap", str(bad))


def test_missing_file_is_a_clear_error():
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_cap", "/nonexistent/alert.xml")


def test_feed_import_skips_a_bad_entry_and_keeps_the_others(upstream, capsys):
    folder, base = upstream
    (folder / "warning.xml").write_bytes(WARNING.read_bytes())
    (folder / "broken.xml").write_text("<alert>not CAP</alert>")
    (folder / "cancel.xml").write_bytes(CANCEL.read_bytes())
    (folder / "feed.atom").write_text(
        atom_feed("warning.xml", "broken.xml", "missing.xml", "cancel.xml")
    )
    call_command("import_cap", f"{base}/feed.atom")
    captured = capsys.readouterr()
    assert "Imported 2, already known 0, failed 2." in captured.out
    assert "broken.xml" in captured.err and "missing.xml" in captured.err
    assert Alert.objects.count() == 2


def test_beat_task_polls_configured_feeds(upstream, settings):
    folder, base = upstream
    (folder / "warning.xml").write_bytes(WARNING.read_bytes())
    (folder / "feed.atom").write_text(atom_feed("warning.xml"))
    settings.BEACON_CAP_FEEDS = [f"{base}/feed.atom", f"{base}/gone.atom"]
    assert poll_upstream_feeds() == {"created": 1, "duplicates": 0, "unsupported": 0, "errors": 1}
    assert poll_upstream_feeds() == {"created": 0, "duplicates": 1, "unsupported": 0, "errors": 1}


def test_imported_alert_is_public_with_its_source(client):
    call_command("import_cap", str(WARNING))
    alert = Alert.objects.get()
    html = client.get(alert.url_in("fr")).content.decode()
    assert escape(alert.infos.get(language="fr").headline) in html
    assert WARNING.name in html


@pytest.mark.parametrize(
    ("scope", "element", "for_whom"),
    [
        ("Restricted", "restriction", "<restriction>Emergency services only</restriction>"),
        ("Private", "addresses", "<addresses>ops@river.example.org</addresses>"),
    ],
)
def test_restricted_and_private_messages_are_never_shown(
    tmp_path, capsys, scope, element, for_whom
):
    """CAP 1.2 section 3.2.1: without <restriction> or <addresses> such a message is invalid,
    naming the element; with it, it is valid but for its addressees: kept, not shown."""
    path = tmp_path / "scoped.xml"
    public = "<scope>Public</scope>"
    path.write_text(WARNING.read_text().replace(public, f"<scope>{scope}</scope>"))
    with pytest.raises(CommandError, match=f"Invalid CAP document: {element}: required"):
        call_command("import_cap", str(path))
    path.write_text(WARNING.read_text().replace(public, f"<scope>{scope}</scope>{for_whom}"))
    call_command("import_cap", str(path))
    captured = capsys.readouterr()
    assert "Unsupported (valid, kept as received, not shown): 1." in captured.out
    assert f"a {scope} message is for its addressees" in captured.err
    assert not Alert.objects.exists()
    assert ReceivedCap.objects.get().outcome == ReceivedCap.UNSUPPORTED
