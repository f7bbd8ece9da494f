"""Admin users with and without an authority membership, signed in with their password only."""

import pytest
from django.contrib.auth.models import Group, Permission

from alerts.models import Authority, AuthorityMember

PASSWORD = "Lantern-Orchard-58"


def admin_user(django_user_model, username: str):
    user = django_user_model.objects.create_user(username, password=PASSWORD)
    group, _created = Group.objects.get_or_create(name="Admin users")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def author(django_user_model):
    """An alert author: must pass a second factor."""
    user = admin_user(django_user_model, "author")
    authority = Authority.objects.create(name="Riverside", sender="alerts.riverside.example")
    AuthorityMember.objects.create(authority=authority, user=user, can_author=True)
    return user


@pytest.fixture
def editor(django_user_model):
    """A plain admin user (pages only): may enrol a second factor, need not."""
    return admin_user(django_user_model, "editor")


def password_login(client, user):
    """What /admin/login/ leaves: a session signed in with the password, not yet verified."""
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD}, follow=False
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return client
