"""Beacon's CAP signing key and certificate, and the certificates of trusted upstream senders.

The key comes from the environment (settings.CAP_SIGNING_KEY / CAP_SIGNING_CERT). Without one,
the embedded default makes a demo RSA key with a self-signed certificate once, in var/: every
thread and process of one installation then signs with the same key, the one whose certificate
`/alerts/cap/certificate.pem` publishes.
"""

import contextlib
import functools
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .signing import fingerprint

PEM_CERTIFICATE_END = b"-----END CERTIFICATE-----"
CERTIFICATE_VALIDITY = timedelta(days=3650)
_demo_lock = threading.Lock()


@dataclass(frozen=True)
class Identity:
    key_pem: bytes
    cert_pem: bytes

    @functools.cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.cert_pem)

    @functools.cached_property
    def issued(self) -> datetime:
        """When the certificate starts: documents signed before a change of key differ."""
        return x509.load_pem_x509_certificate(self.cert_pem).not_valid_before_utc


def identity() -> Identity:
    """The key and certificate Beacon signs with (configured, else the demo pair in var/)."""
    key, cert = settings.CAP_SIGNING_KEY, settings.CAP_SIGNING_CERT
    if bool(key) != bool(cert):
        raise ImproperlyConfigured("Set both CAP_SIGNING_KEY and CAP_SIGNING_CERT, or neither.")
    if key:
        return _configured(key, cert)
    return _demo(Path(settings.CAP_DEMO_SIGNING_FILE))


@functools.cache
def _configured(key_pem: bytes, cert_pem: bytes) -> Identity:
    return Identity(key_pem, cert_pem)


@functools.cache
def _demo(path: Path) -> Identity:
    with _demo_lock:
        if not path.exists():
            _create_demo(path)
    pem = path.read_bytes()
    end = pem.index(PEM_CERTIFICATE_END) + len(PEM_CERTIFICATE_END)
    return Identity(key_pem=pem[end:].strip() + b"\n", cert_pem=pem[:end] + b"\n")


def _create_demo(path: Path) -> None:
    """Write certificate and key in one file, atomically: a hard link fails when another process
    won the race, and then its pair is the one everybody reads."""
    path.parent.mkdir(parents=True, exist_ok=True)
    demo = new_identity("Beacon CAP signing (demo)", organisation="Beacon demo installation")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cap-signing-")
    try:
        with os.fdopen(handle, "wb") as file:  # mkstemp makes it readable by its owner only
            file.write(demo.cert_pem + demo.key_pem)
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)


def new_identity(common_name: str, *, organisation: str) -> Identity:
    """A new RSA key and a self-signed certificate for signing CAP (CAP senders commonly publish
    their own certificate; a CA-issued one can be configured instead)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return Identity(key_pem, _self_signed(key, name).public_bytes(serialization.Encoding.PEM))


def _self_signed(key: rsa.RSAPrivateKey, name: x509.Name) -> x509.Certificate:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + CERTIFICATE_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )


def trusted_senders() -> list[bytes]:
    """PEM certificates of the trust store (settings.CAP_TRUST_STORE): a bundle or a directory."""
    store = settings.CAP_TRUST_STORE
    if not store:
        return []
    path = Path(store)
    files = (
        sorted(p for p in path.iterdir() if p.suffix in {".pem", ".crt"})
        if path.is_dir()
        else [path]
    )
    return [cert for file in files for cert in split_bundle(file.read_bytes())]


def split_bundle(pem: bytes) -> list[bytes]:
    """The certificates of a PEM bundle, each one re-encoded (comments and keys left out)."""
    return [
        cert.public_bytes(serialization.Encoding.PEM)
        for cert in x509.load_pem_x509_certificates(pem)
    ]
