"""Classes in the Wagtail admin: the screen where requests for the educator role are decided."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from classes import admin_views


@hooks.register("register_admin_urls")
def register_educator_request_urls():
    return [
        path(
            "classes/educator-requests/",
            admin_views.educator_requests,
            name="classes_educator_requests",
        ),
    ]


class DecidersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.DECIDE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_educator_requests_menu_item():
    return DecidersMenuItem(
        _("Educator requests"),
        reverse("classes_educator_requests"),
        icon_name="group",
        order=900,
    )
