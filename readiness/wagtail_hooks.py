"""The readiness dashboard's place in the Wagtail admin menu, for authority staff."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from alerts.admin.views import authorities_of
from readiness.admin_views import readiness_dashboard


class AuthorityMenuItem(MenuItem):
    def is_shown(self, request):
        return authorities_of(request.user).exists()


@hooks.register("register_admin_urls")
def register_readiness_urls():
    return [path("readiness/", readiness_dashboard, name="readiness_admin")]


@hooks.register("register_admin_menu_item")
def register_readiness_menu_item():
    return AuthorityMenuItem(
        _("Readiness"), reverse("readiness_admin"), icon_name="table", order=160
    )
