"""Signing admin users in as the two-step login leaves them: password and a second factor.

Use `verified_login(client, user)` wherever a test needs a signed-in admin user: it gives the user
a confirmed TOTP device (if they have none) and marks the session verified with it, as
django_otp.login() does after a right code. Nothing disables the check for the other tests.
"""

import base64
import hashlib
import hmac
import struct
import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def authenticator(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def verified_login(client, user):
    """client.force_login(user), with the session verified by a TOTP device of the user."""
    device = authenticator(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def code_for(key: bytes, *, steps_ahead: int = 0) -> str:
    """The six-digit code an authenticator app shows now (or `steps_ahead` periods later),
    computed here from RFC 6238 rather than by the library under test."""
    counter = int(time.time()) // 30 + steps_ahead
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def code_for_secret(secret: str, *, steps_ahead: int = 0) -> str:
    """The same, from the base32 secret a person types into an authenticator app."""
    return code_for(base64.b32decode(secret), steps_ahead=steps_ahead)


def current_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    assert (device.step, device.t0, device.digits) == (30, 0, 6)
    return code_for(device.bin_key, steps_ahead=steps_ahead)
