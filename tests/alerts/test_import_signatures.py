"""Import checks signatures against the trust store; a source may require them."""

import pytest
from django.core.management import CommandError, call_command

from alerts.cap import keys, signing
from alerts.models import Alert
from tests.alerts.test_ingest import WARNING, atom_feed, upstream  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def make_identity(settings, folder) -> keys.Identity:
    """A sender's key pair (made the way Beacon makes its demo pair)."""
    kept = settings.CAP_DEMO_SIGNING_FILE
    settings.CAP_DEMO_SIGNING_FILE = folder / "key.pem"
    identity = keys.identity()
    settings.CAP_DEMO_SIGNING_FILE = kept
    return identity


@pytest.fixture
def sender(settings, tmp_path) -> keys.Identity:
    """An upstream sender whose certificate is in the trust store (a PEM bundle)."""
    identity = make_identity(settings, tmp_path / "sender")
    (tmp_path / "trusted.pem").write_bytes(b"# upstream agency\n" + identity.cert_pem)
    settings.CAP_TRUST_STORE = str(tmp_path / "trusted.pem")
    return identity


def signed_by(identity: keys.Identity, document: bytes) -> bytes:
    return signing.sign(document, key_pem=identity.key_pem, cert_pem=identity.cert_pem)


def write(tmp_path, document: bytes):
    path = tmp_path / "message.xml"
    path.write_bytes(document)
    return str(path)


def test_required_signature_by_a_trusted_sender_is_imported(settings, sender, tmp_path):
    settings.CAP_SIGNATURE_REQUIRED = ["*"]
    call_command("import_cap", write(tmp_path, signed_by(sender, WARNING.read_bytes())))
    assert Alert.objects.get().identifier == "RHN-2026-11-29-0042"


def test_trust_store_may_be_a_directory(settings, sender, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    (store / "agency.crt").write_bytes(sender.cert_pem)
    settings.CAP_TRUST_STORE = str(store)
    settings.CAP_SIGNATURE_REQUIRED = ["*"]
    call_command("import_cap", write(tmp_path, signed_by(sender, WARNING.read_bytes())))
    assert Alert.objects.count() == 1


def test_unsigned_message_is_refused_where_required(settings, sender, tmp_path):
    settings.CAP_SIGNATURE_REQUIRED = ["message.xml"]
    with pytest.raises(CommandError, match="requires signed messages, and this one is not signed"):
        call_command("import_cap", write(tmp_path, WARNING.read_bytes()))
    assert not Alert.objects.exists()


def test_unsigned_message_is_imported_where_not_required(settings, sender, tmp_path):
    settings.CAP_SIGNATURE_REQUIRED = ["https://elsewhere.example/feed.atom"]
    call_command("import_cap", write(tmp_path, WARNING.read_bytes()))
    assert Alert.objects.count() == 1


def test_untrusted_signer_is_refused_naming_the_certificate(settings, sender, tmp_path):
    settings.CAP_SIGNATURE_REQUIRED = ["*"]
    stranger = make_identity(settings, tmp_path / "stranger")
    with pytest.raises(CommandError, match="which is not in the trust store") as refused:
        call_command("import_cap", write(tmp_path, signed_by(stranger, WARNING.read_bytes())))
    assert signing.fingerprint(stranger.cert_pem) in str(refused.value)
    assert not Alert.objects.exists()


def test_altered_message_is_refused_even_where_not_required(settings, sender, tmp_path):
    settings.CAP_SIGNATURE_REQUIRED = []
    signed = signed_by(sender, WARNING.read_bytes())
    altered = signed.replace(b"<severity>Severe", b"<severity>Minor")
    assert altered != signed
    with pytest.raises(CommandError, match="it was altered after signing"):
        call_command("import_cap", write(tmp_path, altered))
    assert not Alert.objects.exists()


def test_other_signers_broken_signature_is_no_reason_where_not_required(settings, sender, tmp_path):
    """Upstream signatures Beacon cannot judge (unknown signer) do not block a plain import."""
    settings.CAP_SIGNATURE_REQUIRED = []
    stranger = make_identity(settings, tmp_path / "stranger")
    signed = signed_by(stranger, WARNING.read_bytes())
    call_command("import_cap", write(tmp_path, signed.replace(b"Severe", b"Minor")))
    assert Alert.objects.count() == 1


def test_feed_requiring_signatures_reports_each_refusal(settings, sender, upstream, capsys):  # noqa: F811
    folder, base = upstream
    (folder / "signed.xml").write_bytes(signed_by(sender, WARNING.read_bytes()))
    (folder / "unsigned.xml").write_bytes(WARNING.read_bytes().replace(b"0042", b"0043"))
    (folder / "feed.atom").write_text(atom_feed("signed.xml", "unsigned.xml"))
    settings.CAP_SIGNATURE_REQUIRED = [f"{base}/feed.atom"]
    call_command("import_cap", f"{base}/feed.atom")
    captured = capsys.readouterr()
    assert "Imported 1, already known 0, failed 1." in captured.out
    assert "unsigned.xml: " in captured.err and "this one is not signed" in captured.err
