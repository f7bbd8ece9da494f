"""VAPID keys: from the environment in production, else a local pair created once in var/."""

import base64
import json
from functools import cache

from cryptography.hazmat.primitives import serialization
from django.conf import settings
from py_vapid import Vapid02
from py_vapid.utils import b64urlencode


def generate_pair() -> dict[str, str]:
    """A new key pair as base64url strings: raw 32-byte private key, uncompressed public point."""
    vapid = Vapid02()
    vapid.generate_keys()
    private = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    public = vapid.public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return {"private_key": b64urlencode(private), "public_key": b64urlencode(public)}


@cache
def keys() -> dict[str, str]:
    if settings.VAPID_PRIVATE_KEY and settings.VAPID_PUBLIC_KEY:
        return {"private_key": settings.VAPID_PRIVATE_KEY, "public_key": settings.VAPID_PUBLIC_KEY}
    path = settings.VAR_DIR / "vapid.json"
    if not path.exists():
        path.write_text(json.dumps(generate_pair()))
        path.chmod(0o600)
    return json.loads(path.read_text())


def signer() -> Vapid02:
    return Vapid02.from_raw(keys()["private_key"].encode())


def decode(value: str) -> bytes:
    """base64url with or without padding."""
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
