"""Every real CAP message of tests/alerts/cap_corpus/ (sources in its SOURCES.md) through the
import path: `manage.py import_cap` per file, and a feed of all of them through the ingest
function. Valid messages are never "invalid"; invalid ones fail naming the element."""

import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from alerts.cap import ingest
from alerts.models import Alert, ReceivedCap
from tests.alerts.test_ingest import atom_feed

pytestmark = pytest.mark.django_db
CORPUS = Path(__file__).parent / "cap_corpus"
VALID = sorted((CORPUS / "valid").glob("*.xml"))
INVALID = {
    "2.0.0.1.AT.1482843637.152AT003.cap.xml": "alert",  # an empty <alert>: identifier missing
    "2.49.0.3.0.AT.1476428256.112CA-NT.cap.xml": "info[1]/area",  # geocode but no areaDesc
    "google-PAAQ-4-mg5a94.xml": "Signature",  # the signature's content elided as "..."
}
UNSUPPORTED = {
    "ipaws-5e6dd9de023f1930ef6548d9.xml": "Cancel references messages Beacon has not received"
}
WRITTEN_IN = {"1.0": "http://www.incident.com/cap/1.0", "1.1": "emergency:cap:1.1"}


def identity(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    return tuple(
        re.search(f"<{name}>([^<]*)</{name}>", text)[1] for name in ("sender", "identifier")
    )


def test_the_corpus_has_messages_from_every_version():
    texts = [path.read_text(encoding="utf-8") for path in VALID]
    assert len(VALID) >= 20
    for namespace in [*WRITTEN_IN.values(), "emergency:cap:1.2"]:
        assert sum(namespace in text for text in texts) >= 3


@pytest.mark.parametrize("path", VALID, ids=lambda path: path.name)
def test_import_cap_never_calls_a_valid_message_invalid(path, capsys):
    call_command("import_cap", str(path))
    out = capsys.readouterr()
    assert "failed 0." in out.out
    received = ReceivedCap.objects.get()
    assert bytes(received.document) == path.read_bytes()  # the original, byte for byte
    if path.name in UNSUPPORTED:
        assert "Unsupported (valid, kept as received, not shown): 1." in out.out
        assert UNSUPPORTED[path.name] in received.notes
        assert not Alert.objects.exists()
        return
    sender, identifier = identity(path)
    alert = Alert.objects.get(sender=sender, identifier=identifier)
    assert alert.is_published and alert.infos.exists()
    assert received.alert == alert
    written_in = [v for v, ns in WRITTEN_IN.items() if ns in path.read_text(encoding="utf-8")]
    assert received.version == (written_in or ["1.2"])[0]


@pytest.mark.parametrize("name", INVALID, ids=INVALID.keys())
def test_invalid_messages_fail_naming_the_element(name):
    element = INVALID[name]
    with pytest.raises(CommandError, match=rf"Invalid CAP document: {re.escape(element)}: "):
        call_command("import_cap", str(CORPUS / "invalid" / name))
    assert not Alert.objects.exists() and not ReceivedCap.objects.exists()


@pytest.fixture
def corpus_feed(tmp_path):
    """The whole corpus served by a local server, with an Atom feed listing every file."""
    shutil.copytree(CORPUS, tmp_path, dirs_exist_ok=True)
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(*args, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paths = [f"valid/{p.name}" for p in VALID] + [f"invalid/{name}" for name in INVALID]
    (tmp_path / "feed.atom").write_text(atom_feed(*(f"{base}/{p}" for p in paths)))
    yield f"{base}/feed.atom"
    server.shutdown()
    server.server_close()


def test_ingest_of_the_whole_corpus_as_a_feed(corpus_feed):
    report = ingest.import_feed(corpus_feed)
    failed = sorted(line.split("/invalid/")[1].split(":")[0] for line in report.errors)
    assert failed == sorted(INVALID)
    assert len(report.unsupported) == len(UNSUPPORTED)
    # the CAP 1.0, 1.1 and 1.2 appendix examples share identities: later versions are duplicates
    assert len(report.created) + len(report.duplicates) == len(VALID) - len(UNSUPPORTED)
    assert len({identity(path) for path in VALID if path.name not in UNSUPPORTED}) == len(
        report.created
    )


def test_several_infos_in_one_language_are_imported(tmp_path, capsys):
    """Built from a real DWD warning (no real file with this shape was found): a second German
    info block for another area, as CAP 1.2 allows."""
    real = (CORPUS / "valid" / "Z_CAP_C_EDZW_20151031140412_PVW_0.xml").read_text(encoding="utf-8")
    info = real[real.index("<info>") : real.index("</info>") + len("</info>")]
    second = info.replace("Erzgebirgskreis", "Vogtlandkreis").replace("STURMBÖEN<", "ORKANBÖEN<")
    path = tmp_path / "two-german-infos.xml"
    path.write_text(real.replace(info, info + second), encoding="utf-8")
    call_command("import_cap", str(path))
    alert = Alert.objects.get()
    assert alert.infos.get().event == "STURMBÖEN"  # the first block's text is shown
    assert "Erzgebirgskreis" in alert.area_description
    assert "Vogtlandkreis" in alert.area_description  # the second block's area counts too
    assert "info[2] (de-DE): a further block in this language" in alert.received.notes


def test_older_versions_are_converted_and_a_radius_0_circle_is_a_point():
    call_command("import_cap", str(CORPUS / "valid" / "v1dot0_appendix_adot3.xml"))
    alert = Alert.objects.get()
    assert alert.infos.get().certainty == "Likely"  # CAP 1.0's deprecated "Very Likely"
    assert alert.circles == [[32.9525, -115.5527, 0.0]]
    assert alert.received.version == "1.0"


def test_blocks_in_languages_without_pages_are_noted_and_the_rest_imported(tmp_path):
    real = (CORPUS / "valid" / "v1dot2_appendix_adot4.xml").read_text(encoding="utf-8")
    call_command("import_cap", str(CORPUS / "valid" / "v1dot2_appendix_adot4.xml"))
    assert sorted(Alert.objects.get().infos.values_list("language", flat=True)) == ["en", "es"]
    path = tmp_path / "japanese.xml"  # the same message with its Spanish block marked Japanese
    path.write_text(real.replace("es-US", "ja-JP").replace("KAR0-0306112239-SW", "KAR0-ja"))
    call_command("import_cap", str(path))
    alert = Alert.objects.get(identifier="KAR0-ja")
    assert list(alert.infos.values_list("language", flat=True)) == ["en"]
    assert "info[2] (ja-JP): no pages in this language" in alert.received.notes
