"""Demo accounts, shared by every app's demo loader. Passwords are public: demo use only."""

import base64
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from classes.educators import EDUCATORS_GROUP
from core.groups import admin_group


@dataclass(frozen=True)
class DemoAccount:
    role: str
    username: str
    password: str


def ensure_user(*, username: str, password: str, groups: list[Group], **fields) -> None:
    user, _created = get_user_model().objects.update_or_create(username=username, defaults=fields)
    user.set_password(password)
    user.save()
    user.groups.set(groups)


def ensure_editor() -> DemoAccount:
    """A content editor, in Wagtail's own Editors group (page permissions from Wagtail)."""
    account = DemoAccount("Editor (lessons, pages)", "editor", "demo-editor-pass")
    ensure_user(
        username=account.username,
        password=account.password,
        groups=[admin_group("Editors")],
        first_name="Eda",
        last_name="Editor",
        email="editor@beacon.example",
    )
    return account


def ensure_educator() -> DemoAccount:
    account = DemoAccount("Educator", "educator", "demo-educator-pass")
    ensure_user(
        username=account.username,
        password=account.password,
        groups=[admin_group(EDUCATORS_GROUP)],
        first_name="Emil",
        last_name="Educator",
        email="educator@beacon.example",
    )
    return account


@dataclass(frozen=True)
class DemoAuthenticator:
    secret: str  # base32, what an authenticator app or `oathtool --totp -b` takes
    uri: str  # otpauth:// URI, what a QR code of it would hold


DEMO_AUTHENTICATOR = "demo authenticator"


def ensure_authenticator(username: str) -> DemoAuthenticator:
    """A confirmed TOTP device for a demo account: a random secret made on the first run and kept
    on later runs, so an authenticator app set up once keeps working."""
    user = get_user_model().objects.get(username=username)
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name=DEMO_AUTHENTICATOR, defaults={"confirmed": True}
    )
    return DemoAuthenticator(base64.b32encode(device.bin_key).decode(), device.config_url)
