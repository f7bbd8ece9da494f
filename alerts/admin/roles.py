"""The permissions an authority's staff need, as one group: who may write alerts is decided by
AuthorityMember (and approval by its can_approve flag); the group only opens the admin and the
alert screens to them. Deployments and the demo create one such group per authority."""

from django.contrib.auth.models import Group, Permission

from core.groups import admin_group

ALERT_PERMISSIONS = [
    "add_alert",
    "change_alert",
    "view_alert",
    "add_alerttemplate",
    "change_alerttemplate",
    "view_alerttemplate",
]


def authority_group(name: str) -> Group:
    """The group `name`, created if needed, with admin access and the alert permissions."""
    group = admin_group(name)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="alerts", codename__in=ALERT_PERMISSIONS)
    )
    return group
