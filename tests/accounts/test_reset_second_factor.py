"""An operator removes the devices of someone who lost their authenticator and recovery codes."""

import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import password_login
from tests.second_factor import authenticator

pytestmark = pytest.mark.django_db


def test_reset_removes_the_devices_and_the_user_enrols_again(client, author, editor, capsys):
    authenticator(author)
    authenticator(editor)
    StaticDevice.objects.create(user=author, name="recovery codes")
    call_command("reset_second_factor", "author")
    assert "Removed 2 device(s) of author" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=author).exists()
    assert not StaticDevice.objects.filter(user=author).exists()
    assert TOTPDevice.objects.filter(user=editor).exists()
    password_login(client, author)
    assert client.get("/admin/")["Location"].startswith("/admin/second-factor/setup/")


def test_reset_of_an_unknown_user_is_an_error():
    with pytest.raises(CommandError, match="No user 'nobody'"):
        call_command("reset_second_factor", "nobody")
