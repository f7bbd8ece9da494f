"""Enveloped XML signatures on CAP documents (XML-DSig through signxml): sign and check.

Pure like the rest of the codec: keys and certificates come in as PEM bytes, nothing is read from
settings or disk. CAP 1.2's schema allows one `ds:Signature` as the last child of `<alert>`.

RSA (or ECDSA, for an EC key) with SHA-256 and exclusive canonicalisation, which every XML-DSig
implementation checks (xmlsec1, Java's, .NET's). RSA PKCS#1 v1.5 signatures are deterministic, so
with the RSA demo key a document signed twice is byte-identical. The signature covers the whole
document (`URI=""`).
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from lxml import etree
from signxml import SignatureConfiguration, SignatureMethod, XMLSigner, XMLVerifier

from .messages import CapError

DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"
EXCLUSIVE_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"


class Outcome(StrEnum):
    """What a check found; the verify page words each one for readers."""

    AUTHENTIC = "authentic"  # signed by a trusted certificate and unchanged since
    ALTERED = "altered"  # signed, but the content no longer matches the signature
    UNTRUSTED = "untrusted"  # intact, but signed by a certificate nobody here trusts
    UNSIGNED = "unsigned"  # no signature at all


@dataclass(frozen=True)
class Check:
    outcome: Outcome
    signer: str = ""  # the signing certificate's subject, when one was found
    fingerprint: str = ""  # its SHA-256, hex
    reason: str = ""  # for logs and import errors (English, technical)


def sign(document: bytes, *, key_pem: bytes, cert_pem: bytes) -> bytes:
    """The document with an enveloped signature appended to its root, certificate included."""
    root = etree.fromstring(document, parser=_parser())
    key = serialization.load_pem_private_key(key_pem, password=None)
    method = (
        SignatureMethod.ECDSA_SHA256
        if isinstance(key, ec.EllipticCurvePrivateKey)
        else SignatureMethod.RSA_SHA256
    )
    signer = XMLSigner(signature_algorithm=method, c14n_algorithm=EXCLUSIVE_C14N)
    signer.namespaces = {"ds": DSIG_NS}
    signed = signer.sign(root, key=key, cert=cert_pem.decode())
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8") + b"\n"


def check(document: bytes, *, trusted: list[bytes]) -> Check:
    """Whether `document` carries a valid signature by one of the `trusted` PEM certificates.

    Refuses what is not safe XML (DTD, entities) with a CapError, like every CAP reader here.
    """
    safe_root(document)
    root = etree.fromstring(document, parser=_parser())
    signature = root.find(f"{{{DSIG_NS}}}Signature")
    if signature is None:
        if DSIG_NS.encode() in document or any(_local(child) == "Signature" for child in root):
            return Check(Outcome.ALTERED, reason="the signature is damaged")
        return Check(Outcome.UNSIGNED, reason="the document has no enveloped signature")
    if signature.find(f".//{{{DSIG_NS}}}X509Certificate") is None:
        # no certificate named: only a trusted key can tell who signed
        return _by_any(root, trusted)
    embedded = _embedded_certificate(signature)
    if embedded is None:
        return Check(Outcome.ALTERED, reason="the certificate in the signature is damaged")
    named = fingerprint(embedded)
    for pem in trusted:
        if fingerprint(pem) == named:
            return _found(Outcome.AUTHENTIC if _verifies(root, pem) else Outcome.ALTERED, pem)
    if any(_same_key(embedded, pem) for pem in trusted):
        return Check(Outcome.ALTERED, reason="the certificate in the signature was changed")
    if _verifies(root, embedded):
        return _found(Outcome.UNTRUSTED, embedded, "signed by a certificate that is not trusted")
    return _found(Outcome.ALTERED, embedded, "the signature does not match the content")


def _by_any(root, trusted: list[bytes]) -> Check:
    for pem in trusted:
        if _verifies(root, pem):
            return _found(Outcome.AUTHENTIC, pem)
    return Check(Outcome.UNTRUSTED, reason="no trusted certificate checks this signature")


def fingerprint(cert_pem: bytes) -> str:
    """Hex SHA-256 of the certificate (what `openssl x509 -fingerprint -sha256` prints)."""
    return x509.load_pem_x509_certificate(cert_pem).fingerprint(hashes.SHA256()).hex()


def _same_key(first: bytes, second: bytes) -> bool:
    def public(pem: bytes) -> bytes:
        key = x509.load_pem_x509_certificate(pem).public_key()
        return key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    try:
        return public(first) == public(second)
    except (ValueError, UnsupportedAlgorithm):  # a damaged certificate whose key cannot be read
        return False


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _found(outcome: Outcome, pem: bytes | None, reason: str = "") -> Check:
    if not pem:
        return Check(outcome, reason=reason)
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        return Check(outcome, reason=reason)
    return Check(
        outcome, cert.subject.rfc4514_string(), cert.fingerprint(hashes.SHA256()).hex(), reason
    )


def _verifies(root, cert_pem: bytes) -> bool:
    """True when the signature covers the whole document and checks with this certificate."""
    config = SignatureConfiguration(verification_time=_checked_at(root, cert_pem))
    try:
        result = XMLVerifier().verify(
            root, x509_cert=cert_pem.decode(), parser=_parser(), expect_config=config
        )
    except Exception:  # noqa: BLE001 - a damaged signature fails in many ways, each a "no"
        return False
    # URI="" signs the root; anything else could be a signed fragment wrapped in other content
    return result.signed_xml is not None and result.signed_xml.tag == root.tag


def _checked_at(root, cert_pem: bytes) -> datetime:
    """When the certificate must have been valid: when the message was sent, so an expired
    certificate still vouches for what it signed in time, and a message sent after it expired
    is refused. A message older than the certificate (re-signed after a change of key, or an
    import from before it) is checked at the certificate's start; never later than now."""
    now = datetime.now(UTC)
    try:
        start = x509.load_pem_x509_certificate(cert_pem).not_valid_before_utc
    except ValueError:
        return now
    return min(max(_sent(root) or now, start), now)


def _sent(root) -> datetime | None:
    """The message's signed `sent` time (CAP of any version), None when absent or unreadable."""
    text = (root.findtext(f"{{{etree.QName(root).namespace}}}sent") or "").strip()
    try:
        sent = datetime.fromisoformat(text)
    except ValueError:
        return None
    return sent if sent.tzinfo else None


def _embedded_certificate(signature) -> bytes | None:
    """The first certificate in the signature's KeyInfo (the signer's), None when unreadable."""
    text = signature.findtext(f".//{{{DSIG_NS}}}X509Certificate")
    if not text:
        return None
    body = "".join(text.split())
    pem = f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n".encode()
    try:
        x509.load_pem_x509_certificate(pem)
    except ValueError:
        return None
    return pem


def safe_root(document: bytes):
    """The root element, read by defusedxml: DTDs and entities are refused (CapError) before
    lxml (which resolves no entities either) reads the signature, as parse() refuses them."""
    try:
        return fromstring(document, forbid_dtd=True)
    except DefusedXmlException as error:
        raise CapError("alert", f"DTD/entity not allowed ({type(error).__name__})") from error
    except ParseError as error:
        raise CapError("alert", f"not well-formed XML: {error}") from error
    except (LookupError, ValueError) as error:
        raise CapError("alert", f"unreadable XML: {error}") from error


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
