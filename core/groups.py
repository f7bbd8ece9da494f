"""Groups of staff: the one place that says what lets a group into the Wagtail admin."""

from django.contrib.auth.models import Group, Permission


def admin_group(name: str) -> Group:
    """The group `name`, created if needed, whose members may sign in to the Wagtail admin."""
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group
