"""Class fixtures (a pytest plugin, see tests/conftest.py): an educator, their class, and a
learner joining it with a nickname."""

import pytest
from django.contrib.auth.models import Group

from classes.actions import create_class
from classes.educators import EDUCATORS_GROUP
from classes.models import Classroom


@pytest.fixture
def educator(django_user_model):
    user = django_user_model.objects.create_user("teacher", password="Chalk-Board-77")
    user.groups.add(Group.objects.get_or_create(name=EDUCATORS_GROUP)[0])
    return user


@pytest.fixture
def educator_client(client, educator):
    client.force_login(educator)
    return client


@pytest.fixture
def classroom(educator) -> Classroom:
    return create_class(owner=educator, name="Class 7B", language="en", time_zone="UTC")


def join_with_nickname(client, classroom, nickname="Mika", pin="2468"):
    """Join `classroom` from `client` (a browser without an account) with a nickname and PIN."""
    return client.post(
        f"/en/join/{classroom.join_code}/",
        {"action": "nickname", "join-nickname": nickname, "join-pin": pin, "join-pin_again": pin},
    )
