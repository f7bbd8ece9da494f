"""Lessons in the Wagtail admin: the translation report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from lessons import admin_views, hazards, services


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


@hooks.register("beacon_lesson_completions")
def lesson_completions():
    """How reports of other apps (an exercise's) count completions of a lesson, without
    importing this app: `completions(lesson_key=, start=, end=)`."""
    return services.completions


@hooks.register("beacon_lesson_for_alert")
def lesson_for_alert():
    """The lesson an alert links, for other apps: `lesson_for(category=, language=)`."""
    return hazards.lesson_for
