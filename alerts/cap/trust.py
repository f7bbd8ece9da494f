"""Signatures on imported CAP: checked against the trust store before a message is stored.

A source listed in settings.CAP_SIGNATURE_REQUIRED ("*" for every source) must send messages
signed by a certificate of the trust store (settings.CAP_TRUST_STORE). From any source, a message
that names a trusted signer but whose signature no longer matches it is refused: it was altered
on the way. Other sources' signatures by unknown signers, or in algorithms not checked here
(such as RSA-SHA1), are not a reason to refuse a message no signature was required for.
"""

from django.conf import settings

from alerts import actions  # the module: actions -> tasks -> ingest -> trust is a cycle

from . import keys, signing


def signature_required(source: str) -> bool:
    required = settings.CAP_SIGNATURE_REQUIRED
    return "*" in required or source in required


def check_import_signature(document: bytes, *, source: str) -> signing.Check | None:
    """Refuse (ImportRefused, saying why) a message that names a trusted signer but no longer
    matches its signature, and one from a source that requires signatures unless a trusted
    certificate signed it. None when nothing was checked."""
    required = signature_required(source)
    if not required and b"Signature" not in document:
        return None  # nothing to check: no signature, and none required
    trusted = keys.trusted_senders()
    result = signing.check(document, trusted=trusted)
    if result.outcome == signing.Outcome.ALTERED and (
        required or result.fingerprint in {signing.fingerprint(pem) for pem in trusted}
    ):
        raise actions.ImportRefused(
            "the signature does not match the message: it was altered after signing, "
            "or the signature is damaged"
        )
    if required and result.outcome == signing.Outcome.UNSIGNED:
        raise actions.ImportRefused(
            f"{source} requires signed messages, and this one is not signed"
        )
    if required and result.outcome == signing.Outcome.UNTRUSTED:
        raise actions.ImportRefused(
            f"{source} requires messages signed by a trusted certificate; this one is signed by "
            f"{result.signer or 'an unnamed key'} (SHA-256 {result.fingerprint or 'unknown'}), "
            "which is not in the trust store"
        )
    return result
