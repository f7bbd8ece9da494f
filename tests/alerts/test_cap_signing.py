"""Signed CAP: Beacon's documents verify with nothing but the published certificate."""

import shutil
import subprocess
import threading

import pytest
import xmlschema
from signxml import XMLVerifier
from signxml.exceptions import InvalidSignature

from alerts import actions
from alerts.cap import keys, signing
from tests.services import ROOT

pytestmark = pytest.mark.django_db
SCHEMA = xmlschema.XMLSchema(str(ROOT / "alerts" / "schema" / "CAP-v1.2.xsd"))


@pytest.fixture(autouse=True)
def demo_key(settings, tmp_path):
    """A fresh demo key per test, made in a temporary var/."""
    settings.CAP_SIGNING_KEY = settings.CAP_SIGNING_CERT = b""
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "var" / "cap-signing-demo.pem"
    return settings.CAP_DEMO_SIGNING_FILE


@pytest.fixture
def published(draft, author, approver, django_capture_on_commit_callbacks):
    actions.submit_alert(alert=draft, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        return actions.approve_alert(alert=draft, user=approver)


def fetched(client, published):
    document = client.get(f"/alerts/cap/{published.identifier}.xml").content
    certificate = client.get("/alerts/cap/certificate.pem")
    assert certificate.status_code == 200
    assert certificate["Content-Type"] == "application/pem-certificate-chain"
    return document, certificate.content


def test_published_cap_verifies_with_the_published_certificate_alone(client, published):
    document, certificate = fetched(client, published)
    result = XMLVerifier().verify(document, x509_cert=certificate.decode())
    assert result.signed_xml.findtext("{urn:oasis:names:tc:emergency:cap:1.2}identifier") == (
        published.identifier
    )


def test_signed_cap_is_still_valid_cap_1_2(client, published):
    document, _ = fetched(client, published)
    assert b"<ds:Signature" in document
    SCHEMA.validate(document)


def test_a_changed_byte_breaks_the_signature(client, published):
    document, certificate = fetched(client, published)
    altered = document.replace(b"Flood warning (en)", b"Flood warning (eN)")
    with pytest.raises(InvalidSignature):
        XMLVerifier().verify(altered, x509_cert=certificate.decode())
    assert signing.check(altered, trusted=[certificate]).outcome == signing.Outcome.ALTERED


def test_another_certificate_does_not_verify(client, published, tmp_path, settings):
    document, _ = fetched(client, published)
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "other" / "demo.pem"
    other = keys.identity().cert_pem
    check = signing.check(document, trusted=[other])
    assert check.outcome == signing.Outcome.UNTRUSTED
    assert "Beacon CAP signing (demo)" in check.signer


def test_xmlsec1_verifies_with_the_published_certificate(client, published, tmp_path):
    if shutil.which("xmlsec1") is None:
        pytest.skip("xmlsec1 is not installed")
    document, certificate = fetched(client, published)
    (tmp_path / "alert.xml").write_bytes(document)
    (tmp_path / "certificate.pem").write_bytes(certificate)
    command = ["xmlsec1", "--verify", "--pubkey-cert-pem", "certificate.pem", "alert.xml"]
    ok = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)  # noqa: S603
    assert ok.returncode == 0, ok.stderr
    (tmp_path / "alert.xml").write_bytes(document.replace(b"(en)</headline>", b"(EN)</headline>"))
    bad = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)  # noqa: S603
    assert bad.returncode != 0


def test_configured_key_is_used(client, published, settings, tmp_path):
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "configured" / "demo.pem"
    configured = keys.identity()
    settings.CAP_SIGNING_KEY, settings.CAP_SIGNING_CERT = configured.key_pem, configured.cert_pem
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "unused" / "demo.pem"
    document, certificate = fetched(client, published)
    assert certificate == configured.cert_pem
    assert signing.check(document, trusted=[certificate]).outcome == signing.Outcome.AUTHENTIC
    assert not settings.CAP_DEMO_SIGNING_FILE.exists()


def test_half_a_configured_key_is_refused(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.CAP_SIGNING_KEY = b"-----BEGIN PRIVATE KEY-----"
    with pytest.raises(ImproperlyConfigured):
        keys.identity()


def test_demo_key_is_made_once_for_concurrent_callers(demo_key):
    """Threads racing on a new installation all end up with the one pair written to var/."""
    found, barrier = [], threading.Barrier(4)

    def make():
        barrier.wait()
        keys._create_demo(demo_key)  # the racy step itself, not the per-process cache
        found.append(demo_key.read_bytes())

    threads = [threading.Thread(target=make) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(found)) == 1
    assert [p.name for p in demo_key.parent.iterdir()] == [demo_key.name]
    assert demo_key.stat().st_mode & 0o077 == 0


def test_cap_signing_key_command_prints_a_pair_the_settings_read(monkeypatch):
    import io

    from django.core.management import call_command

    from config.settings import env_pem

    out = io.StringIO()
    call_command("cap_signing_key", "Riverland Civil Protection", stdout=out, stderr=io.StringIO())
    lines = dict(line.split("=", 1) for line in out.getvalue().splitlines())
    for name, value in lines.items():
        assert "\n" not in value
        monkeypatch.setenv(name, value.strip('"'))
    key, cert = env_pem("CAP_SIGNING_KEY"), env_pem("CAP_SIGNING_CERT")
    document = (ROOT / "tests" / "alerts" / "samples" / "flood_warning_en_fr.xml").read_bytes()
    signed = signing.sign(document, key_pem=key, cert_pem=cert)
    check = signing.check(signed, trusted=[cert])
    assert check.outcome == signing.Outcome.AUTHENTIC
    assert "Riverland Civil Protection" in check.signer


def test_an_ec_key_signs_with_ecdsa(tmp_path):
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EC signer")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    document = (ROOT / "tests" / "alerts" / "samples" / "flood_warning_en_fr.xml").read_bytes()
    signed = signing.sign(document, key_pem=key_pem, cert_pem=cert)
    assert b"ecdsa-sha256" in signed
    SCHEMA.validate(signed)
    assert signing.check(signed, trusted=[cert]).outcome == signing.Outcome.AUTHENTIC
    XMLVerifier().verify(signed, x509_cert=cert.decode())


def test_an_expired_certificate_still_vouches_for_what_was_sent_while_valid():
    """Signatures are checked at the message's `sent` time, not today's: archived messages of a
    sender whose certificate has since expired stay authentic, later ones do not."""
    from datetime import UTC, datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Expired agency")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(datetime(2026, 11, 1, tzinfo=UTC))
        .not_valid_after(datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.PEM)
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    document = (ROOT / "tests" / "alerts" / "samples" / "flood_warning_en_fr.xml").read_bytes()
    archived = signing.sign(document, key_pem=key_pem, cert_pem=cert)
    assert signing.check(archived, trusted=[cert]).outcome == signing.Outcome.AUTHENTIC
    late = document.replace(b"<sent>2026-11-29T08:30", b"<sent>2026-11-30T08:30")
    assert late != document
    signed_late = signing.sign(late, key_pem=key_pem, cert_pem=cert)
    assert signing.check(signed_late, trusted=[cert]).outcome != signing.Outcome.AUTHENTIC
