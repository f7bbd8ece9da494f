"""Lessons in the Wagtail admin: the translation report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lessons import admin_views


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "lessons/translations/",
            admin_views.lesson_translations,
            name="lessons_translations",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return MenuItem(
        _("Lesson translations"), reverse("lessons_translations"), icon_name="globe", order=700
    )
