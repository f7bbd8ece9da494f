"""Lessons in the Wagtail admin: the educator requests screen and the translation report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lessons import admin_views


@hooks.register("register_admin_urls")
def register_educator_request_urls():
    return [
        path(
            "lessons/educator-requests/",
            admin_views.educator_requests,
            name="lessons_educator_requests",
        ),
        path(
            "lessons/translations/",
            admin_views.lesson_translations,
            name="lessons_translations",
        ),
    ]


class DecidersMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.DECIDE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_educator_requests_menu_item():
    return DecidersMenuItem(
        _("Educator requests"),
        reverse("lessons_educator_requests"),
        icon_name="group",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return MenuItem(
        _("Lesson translations"), reverse("lessons_translations"), icon_name="globe", order=700
    )
